/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings via day numbers (days since
 * 1970-01-01, UTC), so no time zone or clock ever enters the analysis.
 */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** AP style weekday abbreviations (used only when the draft abbreviates). */
export const WEEKDAY_ABBR = ['Sun.', 'Mon.', 'Tues.', 'Wed.', 'Thurs.', 'Fri.', 'Sat.'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** AP style month abbreviations; March through July are never abbreviated. */
export const MONTH_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

/** Month number (1-12) of a written month name or abbreviation, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(w) && (w.length === 3 || m.toLowerCase() === w));
  return i + 1;
}

/** Weekday index (0 = Sunday) of a written weekday name or abbreviation (`Tues.`, `Thu`), or -1. */
export function weekdayNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const abbr: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
  if (w in abbr) return abbr[w];
  return WEEKDAYS.findIndex((d) => d.toLowerCase() === w);
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}

export function fromIso(iso: string): number {
  return dayNumber(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

export function toIso(dn: number): string {
  const d = new Date(dn * 86400000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** 0 = Sunday. */
export function weekdayOf(dn: number): number {
  return (((dn + 4) % 7) + 7) % 7;
}

export function addDays(iso: string, n: number): string {
  return toIso(fromIso(iso) + n);
}

/** Monday of the Monday-Sunday week holding `dn`. */
export function mondayOf(dn: number): number {
  return dn - ((weekdayOf(dn) + 6) % 7);
}

/** `Tuesday, Nov. 4, 2025`-style long form for hovers. */
export function longDate(iso: string): string {
  const dn = fromIso(iso);
  return `${WEEKDAYS[weekdayOf(dn)]}, ${MONTHS[+iso.slice(5, 7) - 1]} ${+iso.slice(8, 10)}, ${iso.slice(0, 4)}`;
}

/** `3 days before publication`, `on the publication date`, `1 day after publication`. */
export function distanceFromPublication(iso: string, pubIso: string): string {
  const n = fromIso(iso) - fromIso(pubIso);
  if (n === 0) return 'on the publication date';
  const abs = Math.abs(n);
  return `${abs} day${abs === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} publication`;
}

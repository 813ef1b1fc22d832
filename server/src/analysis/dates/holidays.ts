/**
 * Named days: national election days and public holidays of the US and the
 * UK, computed for any year (fixed dates, nth weekday of a month, last
 * weekday of a month, and Easter-based days by the Gregorian computus).
 */
import { dayNumber, daysInMonth, toIso, weekdayOf } from './calendar';

/** Day number of the `n`th (1-based) weekday `w` (0 = Sunday) of month `m` in `y`; n = -1 for the last. */
export function nthWeekday(y: number, m: number, w: number, n: number): number {
  if (n < 0) {
    const last = dayNumber(y, m, daysInMonth(y, m));
    return last - ((weekdayOf(last) - w + 7) % 7);
  }
  const first = dayNumber(y, m, 1);
  return first + ((w - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}

/** Day number of Easter Sunday in year `y` (Gregorian; anonymous computus). */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** US general election day: the Tuesday after the first Monday of November. */
export function usElectionDay(y: number): number {
  return nthWeekday(y, 11, 1, 1) + 1;
}

export interface NamedDay {
  /** How the hover names it. */
  name: string;
  /** Day number of the day in year `y`, or null when it has none that year. */
  inYear: (y: number) => number | null;
}

const fixed = (name: string, m: number, d: number): NamedDay => ({ name, inYear: (y) => dayNumber(y, m, d) });
const nth = (name: string, m: number, w: number, n: number): NamedDay => ({ name, inYear: (y) => nthWeekday(y, m, w, n) });
const fromEaster = (name: string, shift: number): NamedDay => ({ name, inYear: (y) => easter(y) + shift });

/**
 * Named days by the lower-cased, apostrophe-normalised words that name them. `Super Tuesday` is the first
 * Tuesday of March in US presidential election years (2012 on).
 */
export const NAMED_DAYS: Readonly<Record<string, NamedDay>> = {
  'election day': { name: 'US election day (the Tuesday after the first Monday of November)', inYear: usElectionDay },
  'super tuesday': { name: 'Super Tuesday (the first Tuesday of March of a presidential election year)', inYear: (y) => (y % 4 === 0 && y >= 2012 ? nthWeekday(y, 3, 2, 1) : null) },
  "new year's day": fixed("New Year's Day (January 1)", 1, 1),
  "new year's eve": fixed("New Year's Eve (December 31)", 12, 31),
  'martin luther king day': nth('Martin Luther King Jr. Day (the third Monday of January)', 1, 1, 3),
  'martin luther king jr. day': nth('Martin Luther King Jr. Day (the third Monday of January)', 1, 1, 3),
  'mlk day': nth('Martin Luther King Jr. Day (the third Monday of January)', 1, 1, 3),
  "presidents' day": nth("Presidents' Day (the third Monday of February)", 2, 1, 3),
  "presidents day": nth("Presidents' Day (the third Monday of February)", 2, 1, 3),
  "president's day": nth("Presidents' Day (the third Monday of February)", 2, 1, 3),
  "valentine's day": fixed("Valentine's Day (February 14)", 2, 14),
  'memorial day': nth('Memorial Day (the last Monday of May)', 5, 1, -1),
  'independence day': fixed('Independence Day (July 4)', 7, 4),
  'fourth of july': fixed('Independence Day (July 4)', 7, 4),
  'labor day': nth('Labor Day (the first Monday of September)', 9, 1, 1),
  'columbus day': nth('Columbus Day (the second Monday of October)', 10, 1, 2),
  'halloween': fixed('Halloween (October 31)', 10, 31),
  'veterans day': fixed('Veterans Day (November 11)', 11, 11),
  "veterans' day": fixed('Veterans Day (November 11)', 11, 11),
  'thanksgiving': nth('Thanksgiving (the fourth Thursday of November)', 11, 4, 4),
  'thanksgiving day': nth('Thanksgiving (the fourth Thursday of November)', 11, 4, 4),
  'christmas eve': fixed('Christmas Eve (December 24)', 12, 24),
  'christmas': fixed('Christmas Day (December 25)', 12, 25),
  'christmas day': fixed('Christmas Day (December 25)', 12, 25),
  'boxing day': fixed('Boxing Day (December 26)', 12, 26),
  'good friday': fromEaster('Good Friday (two days before Easter Sunday)', -2),
  'easter': fromEaster('Easter Sunday', 0),
  'easter sunday': fromEaster('Easter Sunday', 0),
  'easter monday': fromEaster('Easter Monday (the day after Easter Sunday)', 1),
  'early may bank holiday': nth('the early May bank holiday (the first Monday of May)', 5, 1, 1),
  'may day bank holiday': nth('the early May bank holiday (the first Monday of May)', 5, 1, 1),
  'spring bank holiday': nth('the spring bank holiday (the last Monday of May)', 5, 1, -1),
  'summer bank holiday': nth('the summer bank holiday (the last Monday of August)', 8, 1, -1),
  'august bank holiday': nth('the summer bank holiday (the last Monday of August)', 8, 1, -1),
};

/** Names that also name other things (`Christmas party`, `Easter Seals`): a date only after a time preposition. */
export const BARE_NAMES: ReadonlySet<string> = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'independence day']);

/**
 * The occurrence of `day` to use: by tense, the last on/before or first on/after publication (within reach); else
 * the nearest. `by` says which rule chose it, for the hover.
 */
export function namedDayOccurrence(day: NamedDay, pub: number, py: number, tense: 'past' | 'future' | 'neutral'): { iso: string; year: number; by: 'past' | 'future' | 'nearest' } | null {
  const cands: number[] = [];
  for (const y of [py - 1, py, py + 1]) {
    const dn = day.inYear(y);
    if (dn !== null) cands.push(dn);
  }
  if (cands.length === 0) return null;
  let pick: number | undefined;
  let by: 'past' | 'future' | 'nearest' = tense === 'neutral' ? 'nearest' : tense;
  // The tense picks a side only within reach: `the Saturday before Christmas` written two days before it is that Christmas.
  if (tense === 'past') pick = cands.filter((d) => d <= pub && pub - d <= 300).pop();
  else if (tense === 'future') pick = cands.find((d) => d >= pub && d - pub <= 300);
  if (pick === undefined) {
    by = 'nearest';
    pick = cands.reduce((b, d) => (Math.abs(d - pub) < Math.abs(b - pub) ? d : b));
  }
  const iso = toIso(pick);
  return { iso, year: +iso.slice(0, 4), by };
}

/**
 * Writing dates and weekdays back in the draft's own style, for quick fixes:
 * `Nov. 4, 2025` stays AP-abbreviated, `17 March` stays day-first, `Sat.`
 * stays abbreviated, `5th` keeps its ordinal.
 */
import { MONTHS, MONTH_AP, WEEKDAYS, WEEKDAY_ABBR } from './calendar';
import type { WrittenDate } from './types';

function matchCase(like: string, word: string): string {
  return like.length > 1 && like === like.toUpperCase() ? word.toUpperCase() : word;
}

/** The weekday `index` written like `like` (`Thursday` → `Tuesday`, `Thu.` → `Tue.`, `Thurs.` → `Tues.`). */
export function weekdayLike(like: string, index: number): string {
  const bare = like.replace(/\.$/, '');
  let out: string;
  if (/day$/i.test(bare)) out = WEEKDAYS[index];
  else if (bare.length === 3) out = WEEKDAYS[index].slice(0, 3) + (like.endsWith('.') ? '.' : '');
  else out = like.endsWith('.') ? WEEKDAY_ABBR[index] : WEEKDAY_ABBR[index].replace(/\.$/, '');
  return matchCase(like, out);
}

/** The month `month` written like `like` (`Nov.` → `Dec.`, `November` → `December`, `Sep.` → `Oct.`). */
export function monthLike(like: string, month: number): string {
  const bare = like.replace(/\.$/, '');
  let out: string;
  if (MONTHS.some((m) => m.toLowerCase() === bare.toLowerCase()) && (bare.length > 4 || !like.endsWith('.'))) out = MONTHS[month - 1];
  else if (MONTH_AP.includes(like as (typeof MONTH_AP)[number])) out = MONTH_AP[month - 1];
  else out = MONTHS[month - 1].slice(0, 3) + (like.endsWith('.') ? '.' : '');
  return matchCase(like, out);
}

function ordinalOf(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** `written` (as it stands in `text`) rewritten to say `iso`, in the same order, abbreviations, ordinal and year presence. */
export function dateLike(written: WrittenDate, text: string, iso: string): string {
  const y = +iso.slice(0, 4);
  const mo = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  const pad = (n: number, like: string): string => (like.length === 2 && n < 10 ? `0${n}` : String(n));
  switch (written.order) {
    case 'iso':
      return iso;
    case 'slash-mdy':
    case 'slash-dmy': {
      const [a, b, c] = text.split('/');
      const year = c && c.length === 2 ? String(y).slice(2) : String(y);
      return written.order === 'slash-mdy' ? `${pad(mo, a)}/${pad(d, b)}/${year}` : `${pad(d, a)}/${pad(mo, b)}/${year}`;
    }
    case 'dot-dmy': {
      const [a, b] = text.split('.');
      return `${pad(d, a)}.${pad(mo, b)}.${y}`;
    }
    default: {
      const monthText = mo === written.month ? written.monthText : monthLike(written.monthText, mo);
      const ordinal = written.ordinal ? ordinalOf(d) : '';
      // Keep everything else as written (`, `, ` of `): swap the month word, the day and the year digits.
      let out = text.replace(written.monthText, '\u0000');
      out = out.replace(new RegExp(`(?<!\\d)${written.day}(?:st|nd|rd|th)?(?!\\d)`), `${d}${ordinal}`);
      if (written.year !== null) out = out.replace(String(written.year), String(y));
      return out.replace('\u0000', monthText);
    }
  }
}

/**
 * A paragraph about another year: `In the fall of 2007, ... By Jan. 18, ...` means January 18, 2008, not the
 * January 18 nearest publication. A yearless month-day (no weekday to fix its year) that follows, in the same
 * paragraph, a written year well away from publication (two years or more) takes the year that puts it nearest
 * that written time: `fall of 2007` is read as mid-October 2007, `in 2012` as the middle of 2012, a full date as
 * itself. A relative word or a bare weekday between them (`yesterday`, `on Tuesday`) brings the paragraph back to
 * the publication's time and ends the context. One regex pass over the paragraph and one walk over its
 * mentions, both in text order.
 */
import { MONTHS, dayNumber, daysInMonth, fromIso, monthNumber, toIso } from './calendar';
import type { DateMention } from './types';

/** A year written as a time (`in 2007`, `the fall of 2007`, `November 2007`, `since 1998`), not an amount. */
const YEAR_TIME = /\b(?:(?:in|of|since|during|until|through|by|from|before|after|around)\s+(?:(?:early|late|mid-?)\s*)?|(January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter)\s+(?:of\s+)?)((?:19|20)\d{2})\b(?![-–/]?\d|\s*(?:%|percent\b|people\b|votes?\b|voters\b|delegates\b))/gi;

/** Middle month of a season named before a year (northern hemisphere; winter is the one opening the year). */
const SEASON_MONTH: Record<string, number> = { spring: 4, summer: 7, fall: 10, autumn: 10, winter: 1 };

interface Context {
  at: number;
  /** Day number the paragraph is about. */
  day: number;
  text: string;
}

/** How far (UTF-16 units) a written year may stand before the date it gives a year to. */
const REACH = 300;
const SENTENCE_END = /[.!?][”"’']?\s+(?=[A-Z“"‘'(])/g;

/**
 * The date at `at` carries on the time written before it at `from`: in the same sentence, or opening the next one
 * (`In the fall of 2007, ... . By Jan. 18, ...`), the way a narrative moves on. A date deeper in a later sentence
 * (`... following the Dec. 2 attack`) more often names an event of its own time. Reads at most REACH characters.
 */
function follows(text: string, from: number, at: number): boolean {
  if (at - from > REACH) return false;
  const between = text.slice(from, at);
  SENTENCE_END.lastIndex = 0;
  let ends = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(between))) {
    ends++;
    last = m.index + m[0].length;
  }
  if (ends === 0) return true;
  return ends === 1 && /^(?:(?:By|On|In|Until|Since|After|Before|Then,?|And|But)\s+)?$/.test(between.slice(last));
}

/** Re-dates the yearless month-days of one paragraph's mentions (sorted by start) that follow a written year far from publication. */
export function applyYearContext(text: string, mentions: DateMention[], pubIso: string): void {
  if (!/(?:19|20)\d\d/.test(text)) return;
  const py = +pubIso.slice(0, 4);
  const far = (y: number): boolean => Math.abs(y - py) >= 2;
  const written: Context[] = [];
  YEAR_TIME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_TIME.exec(text))) {
    const y = +m[2];
    if (!far(y)) continue;
    const lead = m[1]?.toLowerCase();
    const month = lead ? (SEASON_MONTH[lead] ?? monthNumber(lead)) : 7;
    written.push({ at: m.index + m[0].length, day: dayNumber(y, month, lead ? 15 : 1), text: m[0].trim() });
  }
  let wi = 0;
  let context: Context | null = null;
  for (const d of mentions) {
    while (wi < written.length && written[wi].at <= d.start) context = written[wi++];
    if (d.date && d.date.year !== null && d.iso && !d.impossible) {
      // A full date is context too (`On March 3, 2009, ... on March 20`), when far from publication.
      context = far(d.date.year) ? { at: d.end, day: fromIso(d.iso), text: d.text } : null;
      continue;
    }
    if (d.relative || d.kind === 'weekday') {
      context = null;
      continue;
    }
    if (!context || !d.date || d.date.year !== null || d.weekday || d.impossible || !d.iso || d.range) continue;
    if (!follows(text, context.at, d.start)) continue;
    const { month, day } = d.date;
    const cy = +toIso(context.day).slice(0, 4);
    let best: number | null = null;
    for (const y of [cy - 1, cy, cy + 1]) {
      if (day > daysInMonth(y, month)) continue;
      const dn = dayNumber(y, month, day);
      if (best === null || Math.abs(dn - context.day) < Math.abs(best - context.day)) best = dn;
    }
    if (best === null) continue;
    const iso = toIso(best);
    if (iso === d.iso) continue;
    d.iso = iso;
    d.yearChoice = `no year written; ${iso.slice(0, 4)}, the year that puts ${MONTHS[month - 1]} ${day} nearest "${context.text}", written earlier in the paragraph (the paragraph is about that time, not the publication date)`;
    d.anchor = null;
  }
}

/**
 * `date.weekday-mismatch`: a weekday written with a date that falls on
 * another weekday, in any written order (`Wednesday, November 4, 2025`,
 * `Saturday, Feb. 8`, `Tuesday 17 March`, `Oct. 17 (Friday)`).
 *
 * Why: one of the most common corrections; either the weekday or the date is
 * wrong and the reader cannot tell which. Example: `Wednesday, November 4,
 * 2025` (a Tuesday). A date without a year takes, among the years near
 * publication, one in which the weekday fits, so only real mismatches fire.
 */
import type { DocumentAnalysis } from '../analyze';
import { WEEKDAYS, fromIso, longDate, toIso, weekdayOf } from '../dates/calendar';
import { dateLike, weekdayLike } from '../dates/format';
import { RuleId } from '../ruleIds';
import type { Span } from '../types';
import type { Rule, RuleResult } from './rule';

/** Quick-fix payload: both repairs, each a replacement in the draft's own style. */
export interface WeekdayMismatchData {
  /** The date as resolved (ISO) and the weekday it really falls on. */
  iso: string;
  actualWeekday: string;
  writtenWeekday: string;
  /** Repair 1: the right weekday for the written date. */
  weekdayFix: Span & { text: string };
  /** Repair 2: the date of the written weekday in the same week (nearest such day). */
  dateFix: Span & { text: string; iso: string };
}

export const dateWeekdayMismatch: Rule = {
  id: RuleId.DateWeekdayMismatch,
  defaultLevel: 'warning',
  title: 'Weekday does not match the date',
  why: 'A weekday written next to a date must be the day that date falls on; otherwise one of the two is wrong and readers cannot tell which.',
  fix: 'Correct the weekday, or correct the date to the intended day of that week.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    const text = a.doc.text;
    for (const m of a.dates) {
      if (!m.weekday || !m.date || !m.iso || m.impossible) continue;
      const dn = fromIso(m.iso);
      const actual = weekdayOf(dn);
      if (actual === m.weekday.index) continue;
      // Nearest day with the written weekday: within three days either side.
      let shift = (m.weekday.index - actual + 7) % 7;
      if (shift > 3) shift -= 7;
      const target = toIso(dn + shift);
      const dateText = text.slice(m.date.span.start, m.date.span.end);
      const data: WeekdayMismatchData = {
        iso: m.iso,
        actualWeekday: WEEKDAYS[actual],
        writtenWeekday: m.weekday.text,
        weekdayFix: { ...m.weekday.span, text: weekdayLike(m.weekday.text, actual) },
        dateFix: { ...m.date.span, text: dateLike(m.date, dateText, target), iso: target },
      };
      out.push({
        start: m.start,
        end: m.end,
        message: `${dateText} is a ${WEEKDAYS[actual]} (${longDate(m.iso)}), not a ${WEEKDAYS[m.weekday.index]}.`,
        advice: 'Correct the weekday or the date.',
        data,
      });
    }
    return out;
  },
};

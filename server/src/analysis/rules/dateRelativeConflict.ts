/**
 * `date.relative-conflict`: a relative expression and the weekday or date
 * written with it contradict each other or the publication date:
 * `yesterday, Tuesday` in a Thursday story, `last Thursday, Nov. 6` when last
 * Thursday was Nov. 13, `tomorrow, Saturday` on a Thursday, `Last night's
 * game, on Saturday` in a Monday story; and a bare weekday in a paragraph that
 * dates the same weekday otherwise (`Tuesday, March 3` ... `On Tuesday,` in a
 * story published March 20).
 *
 * Why: the relative word was often left over from an earlier draft or the
 * wire copy's own dateline; one of the two is wrong. The finding sits on the
 * explicit weekday or date; `data` names the relative expression and the
 * dates it allows. Not inside a quotation: the speaker counts from the day
 * they spoke.
 */
import type { DocumentAnalysis } from '../analyze';
import { WEEKDAYS, fromIso, weekdayOf } from '../dates/calendar';
import { weekdayLike } from '../dates/format';
import { RuleId } from '../ruleIds';
import type { Span } from '../types';
import type { Rule, RuleResult } from './rule';

export interface RelativeConflictData {
  explanation: string;
  /** The relative expression that disagrees. */
  other: Span;
  otherText: string;
  /** Dates (ISO) the relative expression allows. */
  expected: string[];
  /** When the contradiction is a weekday and the relative word allows exactly one: that weekday, written like the draft's. */
  weekdayFix: (Span & { text: string }) | null;
  /** For a bare weekday contradicted by a dated mention of that weekday: the dated mention's text to write instead. */
  dateFix: (Span & { text: string }) | null;
}

export const dateRelativeConflict: Rule = {
  id: RuleId.DateRelativeConflict,
  defaultLevel: 'warning',
  title: 'Relative date contradicts the weekday or date',
  why: 'A relative expression (yesterday, last Thursday) counted from the publication date must land on the weekday or date written with it.',
  fix: 'Correct the weekday or date, or the relative expression.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    const text = a.doc.text;
    for (const m of a.dates) {
      const c = m.conflict;
      if (!c) continue;
      // Inside a quotation, `yesterday` is the speaker's, counted from a day the draft may not give.
      if (c.kind === 'relative' && a.quotations.some((q) => q.contentStart <= c.other.start && c.other.end <= q.contentEnd)) continue;
      const written = text.slice(c.span.start, c.span.end);
      const isWeekday = m.weekday !== null && c.span.start === m.weekday.span.start;
      const days = new Set(c.expected.map((iso) => weekdayOf(fromIso(iso))));
      const sameWeekday = c.kind === 'same-weekday';
      const weekdayFix = !sameWeekday && isWeekday && days.size === 1 ? { ...c.span, text: weekdayLike(written, [...days][0]) } : null;
      const dateFix = sameWeekday ? { ...c.span, text: c.otherText } : null;
      const data: RelativeConflictData = { explanation: c.explanation, other: c.other, otherText: c.otherText, expected: c.expected, weekdayFix, dateFix };
      const hint = weekdayFix ? ` (${WEEKDAYS[[...days][0]]}?)` : '';
      const message = sameWeekday ? c.explanation : `${c.explanation} Correct one of the two${hint}.`;
      out.push({ start: c.span.start, end: c.span.end, message, data });
    }
    return out;
  },
};

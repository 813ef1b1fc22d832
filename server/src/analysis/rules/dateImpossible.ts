/**
 * `date.impossible`: a date that does not exist: `February 30`, `April 31`,
 * `February 29, 2027` (not a leap year), month 13 in a numeric date
 * (`2026-13-01`, `13/32/2026`).
 *
 * Why: date parsers silently drop or roll such dates (February 30 becomes
 * March 2), so nothing downstream notices; a reader does. Example: `The
 * factory will open on April 31.`
 */
import type { DocumentAnalysis } from '../analyze';
import { RuleId } from '../ruleIds';
import type { Rule, RuleResult } from './rule';

export interface ImpossibleDateData {
  /** Why the date cannot exist. */
  reason: string;
}

export const dateImpossible: Rule = {
  id: RuleId.DateImpossible,
  defaultLevel: 'error',
  title: 'Date that does not exist',
  why: 'The date is not on any calendar (a day past the end of its month, February 29 outside a leap year, a month above 12).',
  fix: 'Check the date against the source and correct the day, month or year.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    for (const m of a.dates) {
      if (!m.impossible) continue;
      const span = m.date ? m.date.span : m;
      const data: ImpossibleDateData = { reason: m.impossible };
      out.push({ start: span.start, end: span.end, message: `This date does not exist: ${m.impossible}.`, data });
    }
    return out;
  },
};

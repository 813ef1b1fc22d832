/**
 * `quote.unattributed`: a quotation of speech with no speaker in its
 * sentence, its paragraph, or the multi-paragraph quote it continues.
 *
 * Why: readers must know who is talking; an unattributed quote is the first
 * thing a copy editor sends back. Example: `"We threw it away."` standing
 * alone in a paragraph with no "said".
 */
import type { DocumentAnalysis } from '../analyze';
import { RuleId } from '../ruleIds';
import type { Rule, RuleResult } from './rule';
import { nearestPeopleBefore } from '../actors';

/** Payload of a `quote.unattributed` finding, read by its quick fixes. */
export interface QuoteFixData {
  /** Up to three people the draft names before the quote, nearest first (full names). */
  candidates: string[];
}

export const quoteUnattributed: Rule = {
  id: RuleId.QuoteUnattributed,
  defaultLevel: 'warning',
  title: 'Quotation without attribution',
  why: 'Readers need to know who said it: a quotation with no speaker in its sentence or paragraph cannot be checked and reads as the reporter\u2019s own claim.',
  fix: 'Name the speaker in the same sentence or paragraph ("…," Name said.), or paraphrase.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    for (const q of a.quotations) {
      if (q.status !== 'unattributed' || q.isTitle || q.partial || q.inHeadline || q.depth > 0) continue;
      out.push({
        start: q.start,
        end: q.end,
        message: 'Quotation without attribution: no speaker is named in its sentence or paragraph. Add who said it.',
        data: { candidates: nearestPeopleBefore(a, q.start, 3).map((p) => p.name) } satisfies QuoteFixData,
      });
    }
    return out;
  },
};

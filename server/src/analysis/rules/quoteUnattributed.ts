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
import { likelySpeakers } from '../actors/speakers';

/** Payload of a `quote.unattributed` finding, read by its quick fixes. */
export interface QuoteFixData {
  /** Up to three people who may have said it, likeliest first (full names; see actors/speakers.ts). */
  candidates: string[];
  /** How an attribution writes each candidate: the surname after the first reference (AP). */
  writeAs: string[];
  /** How many of the candidates are likely (spoke or were named in this paragraph or the one before); the rest are unlikely. */
  likely: number;
}

/** The payload when nobody may have said it: one shared, frozen object (a draft of many such quotes holds one, not thousands). */
const NO_CANDIDATES: QuoteFixData = Object.freeze({ candidates: Object.freeze([]) as unknown as string[], writeAs: Object.freeze([]) as unknown as string[], likely: 0 });

function quoteFixData(a: DocumentAnalysis, q: { start: number; end: number }): QuoteFixData {
  const ranked = likelySpeakers(a, q, 3);
  if (ranked.length === 0) return NO_CANDIDATES;
  return { candidates: ranked.map((c) => c.name), writeAs: ranked.map((c) => c.writeAs), likely: ranked.filter((c) => c.tier < 3).length };
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
        message: 'Quotation without attribution: no speaker is named in its sentence or paragraph.',
        advice: 'Add who said it.',
        data: quoteFixData(a, q),
      });
    }
    return out;
  },
};

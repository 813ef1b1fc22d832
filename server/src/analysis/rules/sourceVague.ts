/**
 * `source.vague`: hedges that hide a source without naming one:
 * `reportedly`, `it is understood`, `the BBC understands`, `it is said`,
 * `critics say`, `some say`, `many believe`.
 *
 * Why: the reader cannot weigh a claim whose source is "some" or "it is
 * said"; copy editors ask who, exactly. A hint by default: some hedges are
 * house style. Spans that `source.unnamed` reports are never reported again,
 * and quoted words are the speaker's, not the reporter's, so they are skipped.
 * Example: `The minister is reportedly considering a snap election.`
 */
import type { DocumentAnalysis } from '../analyze';
import { VAGUE_PATTERNS } from '../lexicon/sources';
import { RuleId } from '../ruleIds';
import { sourceTally } from '../sources/unnamed';
import type { Span } from '../types';
import type { Rule, RuleResult } from './rule';

/** Payload of a `source.vague` finding. */
export interface VagueSourceData {
  /** Which kind of hedge: `reportedly`, `impersonal passive`, `vague group`, `news-organisation understands`, ... */
  label: string;
}

function overlaps(spans: readonly Span[], s: Span): boolean {
  return spans.some((x) => s.start < x.end && x.start < s.end);
}

export const sourceVague: Rule = {
  id: RuleId.SourceVague,
  defaultLevel: 'hint',
  title: 'Vague source',
  why: 'A hedge such as "reportedly", "it is understood" or "critics say" tells the reader a claim has a source without saying who; the claim cannot be weighed.',
  fix: 'Say who: name the person, organisation or document, or attribute to the unnamed source with a reason for anonymity.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    const unnamed = sourceTally(a).unnamed;
    const quotes = a.quotations.filter((q) => q.depth === 0 && !q.isTitle);
    for (const p of a.doc.paragraphs) {
      if (p.isHeading) continue;
      const text = a.doc.masked.slice(p.start, p.end);
      for (const { re, label } of VAGUE_PATTERNS) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          if (overlaps(unnamed, span) || overlaps(quotes, span) || overlaps(out, span)) continue;
          const phrase = a.doc.text.slice(span.start, span.end);
          const data: VagueSourceData = { label };
          out.push({
            ...span,
            message: `Vague source: “${phrase}” hides who says so. Name the person, organisation or document behind the claim.`,
            data,
          });
        }
      }
    }
    return out.sort((x, y) => x.start - y.start);
  },
};

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
import { memo } from '../cache';
import { SpanSet } from '../sources/spanSet';
import { insideReportedSpeech, sourceTally } from '../sources/unnamed';
import type { Rule, RuleResult } from './rule';

/** Payload of a `source.vague` finding. */
export interface VagueSourceData {
  /** Which kind of hedge: `reportedly`, `impersonal passive`, `vague group`, `news-organisation understands`, ... */
  label: string;
}

/** A hedge in one paragraph: offsets paragraph-relative. */
interface VagueMatch {
  start: number;
  end: number;
  label: string;
}

/** The hedges of a paragraph's masked text, pattern by pattern (memoised per paragraph: a keystroke rescans one). */
function vagueMatches(text: string): readonly VagueMatch[] {
  return memo('sources.vague', text, () => {
    const found: VagueMatch[] = [];
    for (const { re, label, needs } of VAGUE_PATTERNS) {
      if (!needs.test(text)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found.push({ start: m.index, end: m.index + m[0].length, label });
      }
    }
    return found;
  });
}

export const sourceVague: Rule = {
  id: RuleId.SourceVague,
  defaultLevel: 'hint',
  title: 'Vague source',
  why: 'A hedge such as "reportedly", "it is understood" or "critics say" tells the reader a claim has a source without saying who; the claim cannot be weighed.',
  fix: 'Say who: name the person, organisation or document, or attribute to the unnamed source with a reason for anonymity.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    const tally = sourceTally(a);
    const unnamed = new SpanSet(tally.unnamed);
    const quotes = new SpanSet(a.quotations.filter((q) => q.depth === 0 && !q.isTitle));
    const reported = new SpanSet([]);
    // Generic and hedged authorities found as attribution sources (`experts say`, `many Democrats believe`).
    for (const v of tally.vague) {
      if (quotes.overlaps(v)) continue;
      reported.add(v);
      const data: VagueSourceData = { label: v.info.det && !v.info.possessed && !v.info.partitive && /^(?:some|many|most|few|others|various|numerous|countless)$/.test(v.info.det) ? 'hedged group' : 'generic authority' };
      const shown = v.phrase.length > 60 ? v.phrase.slice(0, 59) + '…' : v.phrase;
      out.push({
        start: v.start,
        end: v.end,
        message: `Vague source: “${shown}” is a class, not a source the reader can check.`,
        advice: `Say which ${v.info.head || 'people'}: name them, or quote one by name.`,
        data,
      });
    }
    for (const p of a.doc.paragraphs) {
      if (p.isHeading) continue;
      for (const m of vagueMatches(a.doc.paragraphTexts[p.index])) {
        const span = { start: p.start + m.start, end: p.start + m.end };
        // `it was reported on CNN`, `it was said by the minister`: the passive names its source.
        if (m.label === 'impersonal passive' && /^[^.;:!?]{0,40}?\b(?:by|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)\p{Lu}/u.test(a.doc.text.slice(span.end, span.end + 60))) continue;
        if (unnamed.overlaps(span) || quotes.overlaps(span) || reported.overlaps(span)) continue;
        if (m.label === 'vague group' && insideReportedSpeech(a.doc.text, span.start)) continue;
        reported.add(span);
        const phrase = a.doc.text.slice(span.start, span.end);
        const data: VagueSourceData = { label: m.label };
        out.push({
          ...span,
          message: `Vague source: “${phrase}” hides who says so.`,
          advice: 'Name the person, organisation or document behind the claim.',
          data,
        });
      }
    }
    return out.sort((x, y) => x.start - y.start);
  },
};

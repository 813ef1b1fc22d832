/**
 * `source.unnamed`: information attributed to someone the draft does not
 * name: `a senior official said`, `according to people familiar with the
 * matter`, `Trump aides insisted`. Named people, organisations speaking
 * officially (`the State Department said`), documents (`court filings`) and
 * pronouns that resolve to a named person are not flagged.
 *
 * Why: AP and New York Times policy allow an anonymous source only when the
 * information is vital and unavailable on the record, and require the story
 * to say why anonymity was granted. Reported at the configured level when
 * the paragraph (or the sentence next to it in the paragraph before or after)
 * gives no reason, one level
 * weaker when it does (`who spoke on condition of anonymity because …`).
 * Example: `Insiders say the vote was decided weeks ago.`
 */
import type { DocumentAnalysis } from '../analyze';
import { RuleId } from '../ruleIds';
import { nearestPeopleBefore } from '../actors';
import { sourceTally } from '../sources/unnamed';
import type { Rule, RuleResult } from './rule';

/** Payload of a `source.unnamed` finding, for its quick fixes and hover. */
export interface UnnamedSourceData {
  /** The descriptor as written. */
  phrase: string;
  /** Its head noun (`official`, `aides`). */
  head: string;
  /** The reason for anonymity the draft gives, or null. */
  justification: { start: number; end: number; text: string; sentence: string; quality: 'specific' | 'boilerplate' | 'placeholder' } | null;
  /** Where a justification clause goes: right after the descriptor. */
  insertAt: number;
  /** True when a comma already follows `insertAt` (the clause then must not add its own closing comma). */
  followedByComma: boolean;
  /** Up to three people the draft names before the source, nearest first. */
  candidates: string[];
}

/** People named before `offset`, nearest first (full names from the actor table). */
function candidatesFor(a: DocumentAnalysis, offset: number): string[] {
  return nearestPeopleBefore(a, offset, 3).map((p) => p.name);
}

export const sourceUnnamed: Rule = {
  id: RuleId.SourceUnnamed,
  defaultLevel: 'warning',
  title: 'Unnamed source',
  why: 'AP and New York Times policy allow anonymous sources only for vital information unavailable on the record, and require the story to say why anonymity was granted; "a source said" alone is not allowed.',
  fix: 'Name the source, or say why anonymity was granted ("who spoke on condition of anonymity because …").',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    for (const u of sourceTally(a).unnamed) {
      const j = u.justification;
      const shown = u.phrase.length > 60 ? u.phrase.slice(0, 59) + '…' : u.phrase;
      // What is wrong, then (the advice, left to the hover in the editor) what the policy asks.
      const [message, advice] =
        j?.quality === 'specific'
          ? [`Unnamed source “${shown}”: the draft gives a reason for anonymity (“${j.text}”).`, 'Policy (AP, NYT) still asks that the information be vital and unavailable on the record; name the source if you can.']
          : j?.quality === 'boilerplate'
            ? [`Unnamed source “${shown}”: the draft grants anonymity (“${j.text}”) but says no specific reason.`, 'AP and New York Times standards ask the story to say why (“because they feared losing their jobs”, “to discuss private negotiations”).']
            : j?.quality === 'placeholder'
              ? [`Unnamed source “${shown}”: the reason for anonymity is still a placeholder (“${j.sentence.length > 80 ? j.text : j.sentence}”).`, 'Write why anonymity was granted; AP and NYT policy ask the story to say why.']
              : [`Unnamed source “${shown}”: no reason for anonymity is given in this paragraph or the sentences next to it.`, 'AP and NYT policy ask the story to say why anonymity was granted; name the source or explain (“who spoke on condition of anonymity because …”).'];
      const data: UnnamedSourceData = {
        phrase: u.phrase,
        head: u.head,
        justification: j ? { start: j.start, end: j.end, text: j.text, sentence: j.sentence, quality: j.quality } : null,
        insertAt: u.end,
        followedByComma: /^\s*,/.test(a.doc.text.slice(u.end, u.end + 3)),
        candidates: candidatesFor(a, u.start),
      };
      // A placeholder is no reason: the finding keeps its level until one is written.
      out.push({ start: u.start, end: u.end, message, advice, data, weaker: j !== null && j.quality !== 'placeholder' });
    }
    return out;
  },
};

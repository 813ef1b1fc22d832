/**
 * `quote.inferred`: a paragraph that is only a quotation, whose speaker is
 * not named in it but assumed from the paragraph before (the attribution
 * stage's `previous-paragraph` step). Reported at information level: the
 * reading is usually right, but the reader has to make the same guess, and a
 * copy editor checks it. A continuation paragraph of a multi-paragraph
 * quotation (the paragraph before opened a quotation and did not close it) is
 * the standard layout and stays silent; a quotation with no speaker at all is
 * `quote.unattributed`.
 */
import type { DocumentAnalysis } from '../analyze';
import { RuleId } from '../ruleIds';
import type { Rule, RuleResult } from './rule';

/** Payload of a `quote.inferred` finding, read by its quick fix. */
export interface QuoteInferredData {
  /** The assumed speaker as the analysis names them (`Ray Okoro`). */
  speaker: string;
  /** The name to write in `<name> said`: the surname for a person (AP second reference), else the phrase. */
  attributeAs: string;
}

/** Honorifics and suffixes that are not the surname. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * The second-reference form of a speaker: the surname of a personal name
 * (`Ray Okoro` → `Okoro`, `Martin Luther King Jr.` → `King`), else the
 * phrase itself (`the ministry`, `a spokeswoman`).
 */
export function secondReference(speaker: string): string {
  const toks = speaker.trim().split(/\s+/).filter(Boolean);
  while (toks.length > 1 && SUFFIX.test(toks[toks.length - 1].replace(/,$/, ''))) toks.pop();
  if (toks.length === 0) return speaker.trim();
  const capitalised = toks.every((t) => /^[\p{Lu}]/u.test(t) || /^(?:de|da|van|von|der|del|la|le|bin|al|el|di|du)$/.test(t));
  if (!capitalised || toks.length === 1) return toks.join(' ').replace(/,$/, '');
  // `van der Berg`, `de la Cruz`: a lower-case particle run before the last word belongs to the surname.
  let i = toks.length - 1;
  while (i > 1 && /^[\p{Ll}]/u.test(toks[i - 1])) i--;
  return toks.slice(i).join(' ').replace(/,$/, '');
}

/** `Okoro's`, `Jones'` (AP: a singular proper name ending in s takes only an apostrophe). */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

export const quoteInferred: Rule = {
  id: RuleId.QuoteInferred,
  defaultLevel: 'information',
  title: 'Speaker inferred from the paragraph before',
  why: 'A paragraph that is only a quotation leaves the reader to assume the speaker from the paragraph before; when a new quotation opens a paragraph, AP style names the speaker again so nobody has to guess.',
  fix: "Add 'Surname said' if the assumed speaker is right, or name who said it.",
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    for (const q of a.quotations) {
      if (q.how !== 'previous-paragraph' || q.status !== 'attributed' || !q.speaker) continue;
      if (q.isTitle || q.inHeadline || q.depth > 0 || q.isContinuation) continue;
      const attributeAs = secondReference(q.speaker);
      out.push({
        start: q.start,
        end: q.end,
        message: `Speaker not named; read as ${possessive(q.speaker)} from the paragraph before.`,
        advice: `Add '${attributeAs} said' if that is right, or name who said it.`,
        data: { speaker: q.speaker, attributeAs } satisfies QuoteInferredData,
      });
    }
    return out;
  },
};

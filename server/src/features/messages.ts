/**
 * Diagnostic messages: the finding's message without its closing advice, which
 * the hover on the finding gives (the topic card's or the rule's fix) and the
 * quick fixes carry out. A diagnostic says what is wrong; the hover says why it
 * matters and what to do. The CLI and the sourcing report keep the whole
 * message (README, Command line: its JSON `message` is the finding's).
 *
 * Each rule's advice is matched at the end of its message; a message the
 * pattern does not match (a template changed) stays whole, and a unit test
 * checks every pattern on real findings.
 */
import type { Finding } from '../analysis/types';
import { RuleId } from '../analysis/ruleIds';

/** Per rule: the closing advice of its messages (anchored at the end, with the space before it). */
export const ADVICE: Partial<Record<string, readonly RegExp[]>> = {
  [RuleId.QuoteUnattributed]: [/ Add who said it\.$/u],
  [RuleId.QuoteInferred]: [/ Add '.*' if that is right, or name who said it\.$/u],
  [RuleId.SourceUnnamed]: [
    / AP and NYT policy ask the story to say why anonymity was granted; name the source or explain \(“who spoke on condition of anonymity because …”\)\.$/u,
    / AP and New York Times standards ask the story to say why \(“because they feared losing their jobs”, “to discuss private negotiations”\)\.$/u,
    / Write why anonymity was granted; AP and NYT policy ask the story to say why\.$/u,
    / Policy \(AP, NYT\) still asks that the information be vital and unavailable on the record; name the source if you can\.$/u,
  ],
  [RuleId.SourceVague]: [/ Say which [^.:]*: name them, or quote one by name\.$/u, / Name the person, organisation or document behind the claim\.$/u],
  [RuleId.DateWeekdayMismatch]: [/ Correct the weekday or the date\.$/u],
  [RuleId.ActorFirstReference]: [/ Give the full name here\.$/u],
};

/** The diagnostic message of `f`: its message without the closing advice (see above). */
export function diagnosticMessage(f: Finding): string {
  const patterns = ADVICE[f.ruleId];
  if (!patterns) return f.message;
  for (const p of patterns) {
    const m = p.exec(f.message);
    if (m && m.index > 0) return f.message.slice(0, m.index);
  }
  return f.message;
}

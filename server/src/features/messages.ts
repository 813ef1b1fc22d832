/**
 * Diagnostic messages: the finding's message without its closing advice, which
 * the hover on the finding gives (the topic card's or the rule's fix) and the
 * quick fixes carry out. A diagnostic says what is wrong; the hover says why it
 * matters and what to do. The CLI and the sourcing report keep the whole
 * message (README, Command line: its JSON `message` is the finding's).
 *
 * Rules give the advice apart (`RuleResult.advice`); the finding's message is
 * the two joined by a space, and the finding keeps the advice.
 */
import type { Finding } from '../analysis/types';

/** The diagnostic message of `f`: its message without the closing advice (see above). */
export function diagnosticMessage(f: Finding): string {
  const tail = f.advice ? ` ${f.advice}` : '';
  return tail && f.message.endsWith(tail) ? f.message.slice(0, -tail.length) : f.message;
}

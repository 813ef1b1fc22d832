/**
 * Classifies the source phrase of an attribution (`a senior official`,
 * `Witkoff`, `he`, `the State Department`, `court filings`).
 * First version; the sources engineer owns and refines it.
 */
import type { Attribution } from '../types';

const PRONOUNS = /^(?:he|she|they|i|we|you|it)$/i;
const DOCUMENTS = /\b(?:filings?|documents?|records?|reports?|data|statement|transcript|memo|letter|copy|survey|poll|study|analysis|figures|release)\b/i;
const DESCRIPTOR_HEAD = /^(?:(?:a|an|one|two|three|four|several|some|many|other|the|multiple|\d+)\s+)?(?:[\w-]+\s+){0,4}(?:officials?|sources?|insiders?|aides?|people|persons?|person|employees?|staffers?|diplomats?|advisers?|advisors?|executives?|members?|lawmakers?|senators?|democrats?|republicans?|analysts?|observers?|experts?|critics?|residents?|witnesses?|investigators?|officers?|spokes(?:man|woman|person))\b/i;

export function classifySourcePhrase(phrase: string): Attribution['sourceKind'] {
  const p = phrase.trim();
  if (PRONOUNS.test(p)) return 'pronoun';
  if (DESCRIPTOR_HEAD.test(p) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(p)) return 'descriptor';
  if (DOCUMENTS.test(p)) return 'document';
  if (/^(?:the\s+)?\p{Lu}/u.test(p)) return 'name';
  return 'other';
}

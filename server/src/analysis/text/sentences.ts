/**
 * Sentence splitting inside one paragraph.
 *
 * A sentence ends at `.`, `?`, `!` or `…` (with any closing quotes or
 * brackets after it) followed by white space and a capital, digit or opening
 * quote. Titles before names (`Sen.`, `Gov.`, `Dr.`) and initials never end
 * a sentence; other abbreviations (`Inc.`, `Oct.`, `Calif.`, `U.S.`) end one
 * only when the next word is a typical sentence opener (`The`, `A`, `He`).
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import type { Span } from '../types';

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'col', 'maj', 'capt',
  'cmdr', 'sgt', 'cpl', 'pvt', 'adm', 'rev', 'msgr', 'fr', 'st', 'supt', 'atty', 'amb', 'pres', 'hon', 'insp', 'det',
  'mt', 'ft', 'no', 'nos', 'vol', 'pp', 'fig', 'vs', 'cf', 'viz', 'ald',
]);

/** Words that, capitalised after an ambiguous abbreviation, show that a new sentence began. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'there', 'his', 'her', 'their', 'its', 'our', 'my', 'as', 'after', 'when', 'while', 'if', 'for', 'some', 'many',
  'one', 'two', 'three', 'officials', 'those', 'these', 'still', 'yet', 'so', 'no', 'not', 'however', 'meanwhile',
  'earlier', 'later', 'last', 'since', 'both', 'all', 'most', 'other', 'others', 'what', 'who', 'how', 'why',
]);

const BOUNDARY = /(?<![.!?…])[.!?…]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\d])/gu;

function wordBefore(text: string, end: number, min: number): string {
  let s = end;
  while (s > min && /[\p{L}.'’-]/u.test(text[s - 1])) s--;
  return text.slice(s, end);
}

function wordAfter(text: string, start: number, max: number): string {
  const m = /^\s+["“‘'(\[]?([\p{L}]+)/u.exec(text.slice(start, Math.min(max, start + 40)));
  return m ? m[1] : '';
}

/** Splits `[start, end)` of `text` into sentence spans (trimmed). */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(start, end);
  BOUNDARY.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(para))) {
    const dot = m.index;
    const after = m.index + m[0].length;
    if (para[dot] === '.' && m[0].startsWith('.') && !m[0].startsWith('..')) {
      const w = wordBefore(para, dot, from);
      const bare = w.replace(/^[-'’]+/, '').toLowerCase();
      // Initials: "J." or dotted runs such as "U.S." and "a.m."
      const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(bare);
      const initial = /^\p{Lu}$/u.test(w);
      const next = wordAfter(para, after, para.length).toLowerCase();
      if (initial || TITLES.has(bare)) continue;
      if ((dotted || ABBREVIATIONS.has(bare) || /-\p{Lu}\p{Ll}+$/u.test(w)) && !OPENERS.has(next)) continue;
    }
    pushTrimmed(text, start + from, start + after, out);
    from = after;
  }
  pushTrimmed(text, start + from, end, out);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (s < e) out.push({ start: s, end: e });
}

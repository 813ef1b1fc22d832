/**
 * Base noun-phrase chunks from part-of-speech tags: the phrases a speaker or
 * source can be. A chunk is a maximal run of
 *
 *   (determiner | possessive pronoun | number | adjective | noun | proper noun)*
 *
 * that contains a noun or proper noun, trimmed to end on its last one (the
 * head), or a lone pronoun. A possessive `'s` continues the chunk and makes
 * what stands before it the possessor (`Smith's son`: head `son`, possessor
 * `Smith`); a hyphen joins words written without spaces (`R-Ky`,
 * `high-ranking`); a determiner after a noun starts a new chunk. A
 * preposition ends it: `Rep. Jane Doe of Ohio` is two chunks, `Rep. Jane Doe`
 * and `Ohio`.
 */
import type { TaggedToken, Upos } from './tagger';
import type { Span } from '../types';

export interface Chunk extends Span {
  /** The head token (the last noun or proper noun, or the pronoun). */
  head: Span;
  headPos: Upos;
  /** The phrase before a possessive `'s` inside the chunk (`Smith` in `Smith's son`), or null. */
  possessor: Span | null;
  /** Index of the chunk's first and last token in the tagged tokens. */
  first: number;
  last: number;
}

/** Possessive determiners: wink tags them PRON; inside a phrase they act as determiners (`his chief of staff`). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

const NOMINAL: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN']);
const MODIFIER: ReadonlySet<Upos> = new Set<Upos>(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

function isPossessiveMark(text: string, t: TaggedToken): boolean {
  if (t.pos !== 'PART') return false;
  const v = text.slice(t.start, t.end).toLowerCase();
  return v === "'s" || v === '’s' || v === "'" || v === '’';
}

/** The chunks of a tagged sentence; `text` is the text the offsets point into. */
export function chunkTokens(text: string, toks: readonly TaggedToken[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const lower = t.pos === 'PRON' ? text.slice(t.start, t.end).toLowerCase() : '';
    const possessiveDet = t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(lower);
    if (t.pos === 'PRON' && !possessiveDet) {
      out.push({ start: t.start, end: t.end, head: { start: t.start, end: t.end }, headPos: 'PRON', possessor: null, first: i, last: i });
      i++;
      continue;
    }
    if (!possessiveDet && !MODIFIER.has(t.pos)) {
      i++;
      continue;
    }
    // Extend over modifiers and nouns; remember the last nominal and the last possessive mark.
    let j = i;
    let lastNominal = NOMINAL.has(t.pos) ? i : -1;
    let possessorEnd = -1;
    let seenNominal = lastNominal >= 0;
    for (let k = i + 1; k < toks.length; k++) {
      const u = toks[k];
      if (isPossessiveMark(text, u) && seenNominal) {
        possessorEnd = k;
        j = k;
        continue;
      }
      // A hyphen written without spaces joins two words (`R-Ky`, `high-ranking`).
      if (u.pos === 'PUNCT' && text.slice(u.start, u.end) === '-' && u.start === toks[k - 1].end && k + 1 < toks.length && toks[k + 1].start === u.end && MODIFIER.has(toks[k + 1].pos)) {
        j = k;
        continue;
      }
      // A determiner after a noun, or after a possessive mark other than right after it, starts a new phrase.
      if (u.pos === 'DET' && seenNominal && possessorEnd !== k - 1) break;
      const det = u.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(text.slice(u.start, u.end).toLowerCase());
      if (!MODIFIER.has(u.pos) && !det) break;
      if (det && seenNominal) break;
      j = k;
      if (NOMINAL.has(u.pos)) {
        lastNominal = k;
        seenNominal = true;
      }
    }
    if (lastNominal >= 0) {
      const h = toks[lastNominal];
      // A possessive mark with no noun after it (`… of Smith's.`) makes no possessor.
      const possessor = possessorEnd > i && possessorEnd < lastNominal ? { start: toks[i].start, end: toks[possessorEnd - 1].end } : null;
      out.push({ start: toks[i].start, end: h.end, head: { start: h.start, end: h.end }, headPos: h.pos, possessor, first: i, last: lastNominal });
    }
    i = Math.max(j, lastNominal) + 1;
  }
  return out;
}

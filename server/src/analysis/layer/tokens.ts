/**
 * The cheap tokenisation of the linguistic layer: one pass over a paragraph
 * of masked prose that every paragraph gets (no tagger involved). Words are
 * `/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?/u`,
 * scanned by hand (text/words.ts `nameWordEnd`), with a sentence period
 * split off unless the word is an abbreviation or initial, and a possessive
 * ending split off (`Doe's` → `Doe`, possessive).
 *
 * This was the name pass's own tokeniser (actors/candidates.ts); it moved
 * here unchanged so that the name pass and the part-of-speech layer read the
 * same words, and it gained `id`, the interned id of the lower-case form.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { TITLE_WORDS } from '../lexicon/titles';
import { nameWordEnd, nextWordStart } from '../text/words';
import { keyOfId, wordId, wordOfId } from './wordIds';

/** One word of the paragraph (offsets relative to the paragraph). */
export interface Token {
  start: number;
  /** End of the word itself (before a possessive ending or a sentence period). */
  end: number;
  /** End including a possessive ending (`'s`). */
  outer: number;
  text: string;
  lower: string;
  /** Interned id of `lower` (layer/wordIds.ts). */
  id: number;
  /** `keyOf(text)`: lower case without periods, the form lexicon look-ups use. */
  key: string;
  cap: boolean;
  possessive: boolean;
  /** True when a sentence period directly follows the word. */
  endsSentence: boolean;
  /** True for the first word of a sentence. */
  sentenceInitial: boolean;
}

/** `/['’]s$/u.test(word)` without a regular expression (every word is tested). */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 0x73 && isApostrophe(word.charCodeAt(n - 2));
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  // ASCII answers directly; anything else goes to the Unicode property.
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(w);
}

function isAbbreviation(word: string): boolean {
  const bare = word.slice(0, -1);
  if (/^\p{L}$/u.test(bare)) return true; // an initial: "J."
  if (/\./.test(bare)) return true; // dotted: "U.S."
  // An acronym written in capitals ("LLC", "NATO") takes no period: a period after it ends the sentence.
  if (/^\p{Lu}{2,}$/u.test(bare)) return false;
  const k = bare.toLowerCase();
  return ABBREVIATIONS.has(k) || TITLE_WORDS.has(k + '.');
}

/** Flags of a word in a `WordTable`. */
export const CAP = 1;
export const POSSESSIVE = 2;
export const ENDS_SENTENCE = 4;
export const SENTENCE_INITIAL = 8;

/**
 * A paragraph's words in compact form (what the layer keeps: about 17 bytes a
 * word, where `Token` objects with their strings take ten times that, and a
 * layer is kept for every paragraph of a draft). Word `i` spans
 * `start[i]`..`end[i]` (`outer[i]` with a possessive ending), its lower-case
 * form is `wordOfId(id[i])`, and `flags[i]` holds `CAP`, `POSSESSIVE`,
 * `ENDS_SENTENCE`, `SENTENCE_INITIAL`.
 */
export interface WordTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly outer: Int32Array;
  readonly id: Int32Array;
  readonly flags: Uint8Array;
}

/** Splits one paragraph (text relative to its start) into its words, compactly. */
export function scanWords(text: string, sentenceStarts: readonly number[]): WordTable {
  // At most one word per two characters (a word and a separator), plus one.
  const cap = (text.length >> 1) + 1;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const outerAt = new Int32Array(cap);
  const id = new Int32Array(cap);
  const flags = new Uint8Array(cap);
  let n = 0;
  // The first word at or after each sentence start is sentence-initial.
  let nextStart = 0;
  const sorted = sentenceStarts.length > 1 ? [...sentenceStarts].sort((a, b) => a - b) : sentenceStarts;
  // Lower-cased once per paragraph; word by word only where lower-casing changes a length (İ).
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  for (let at = nextWordStart(text, 0); at < text.length; at = nextWordStart(text, at)) {
    const s = at;
    const outer = nameWordEnd(text, s);
    at = outer;
    let word = text.slice(s, outer);
    let f = 0;
    if (word.charCodeAt(word.length - 1) === 0x2e && !isAbbreviation(word)) {
      word = word.slice(0, -1);
      f |= ENDS_SENTENCE;
    }
    if (endsPossessive(word)) {
      word = word.slice(0, -2);
      f |= POSSESSIVE;
    } else if (isApostrophe(text.charCodeAt(s + word.length)) && word.endsWith('s') && /^\p{Lu}/u.test(word) && !/\p{L}/u.test(text[s + word.length + 1] ?? '')) {
      // Plural possessive on a name ending in s: "Jones' book" keeps "Jones".
      f |= POSSESSIVE;
    }
    // Starts are increasing: the word is sentence-initial when it is the first one at or after a sentence start not yet passed.
    while (nextStart < sorted.length && sorted[nextStart] <= s) {
      f |= SENTENCE_INITIAL;
      nextStart++;
    }
    if (!word) continue;
    const e = s + word.length;
    const c0 = word.charCodeAt(0);
    // "I've", "I'm": a pronoun with a contraction, never a name; "D-Va." is a party and state.
    if (isCapitalised(word) && !((c0 === 0x49 || c0 === 0x52 || c0 === 0x44) && (/^I['’]/u.test(word) || /^[RDI]-\p{Lu}/u.test(word)))) f |= CAP;
    start[n] = s;
    end[n] = e;
    outerAt[n] = outer;
    id[n] = wordId(sameLength ? lowered.slice(s, e) : word.toLowerCase());
    flags[n] = f;
    n++;
  }
  return { count: n, start: start.slice(0, n), end: end.slice(0, n), outer: outerAt.slice(0, n), id: id.slice(0, n), flags: flags.slice(0, n) };
}

/**
 * The words of `table` as `Token` objects (made for the caller, not kept: a
 * pass that walks a paragraph's words asks once). `lower` and `key` are the
 * interned forms, shared by every occurrence of the word.
 */
export function tokensOf(text: string, table: WordTable): Token[] {
  const out: Token[] = new Array(table.count);
  for (let i = 0; i < table.count; i++) {
    const s = table.start[i];
    const f = table.flags[i];
    const wid = table.id[i];
    out[i] = {
      start: s,
      end: table.end[i],
      outer: table.outer[i],
      text: text.slice(s, table.end[i]),
      lower: wordOfId(wid),
      id: wid,
      key: keyOfId(wid),
      cap: (f & CAP) !== 0,
      possessive: (f & POSSESSIVE) !== 0,
      endsSentence: (f & ENDS_SENTENCE) !== 0,
      sentenceInitial: (f & SENTENCE_INITIAL) !== 0,
    };
  }
  return out;
}

/** Splits one paragraph (text relative to its start) into word tokens. */
export function tokenize(text: string, sentenceStarts: readonly number[]): Token[] {
  return tokensOf(text, scanWords(text, sentenceStarts));
}

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
 * same words. It is cheap (about 10 ms per 100,000 words here), cheaper than
 * keeping its objects for every paragraph of a long draft (that doubled the
 * peak memory of a full analysis and cost more in garbage collection than the
 * scan), so the layer makes the tokens on request and keeps none of them.
 * Interned ids (`wordId(token.lower)`) are made on request too: hashing every
 * word of a draft cost three times the scan.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { TITLE_WORDS } from '../lexicon/titles';
import { nameWordEnd, nextWordStart } from '../text/words';

/** One word of the paragraph (offsets relative to the paragraph). */
export interface Token {
  start: number;
  /** End of the word itself (before a possessive ending or a sentence period). */
  end: number;
  /** End including a possessive ending (`'s`). */
  outer: number;
  text: string;
  lower: string;
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

/** Splits one paragraph (text relative to its start) into word tokens. */
export function tokenize(text: string, sentenceStarts: readonly number[]): Token[] {
  const out: Token[] = [];
  // The first word at or after each sentence start is sentence-initial.
  let nextStart = 0;
  const sorted = sentenceStarts.length > 1 ? [...sentenceStarts].sort((a, b) => a - b) : sentenceStarts;
  // Lower-cased once per paragraph; word by word only where lower-casing changes a length (İ).
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  for (let at = nextWordStart(text, 0); at < text.length; at = nextWordStart(text, at)) {
    const start = at;
    const outer = nameWordEnd(text, start);
    at = outer;
    let word = text.slice(start, outer);
    let endsSentence = false;
    if (word.charCodeAt(word.length - 1) === 0x2e && !isAbbreviation(word)) {
      word = word.slice(0, -1);
      endsSentence = true;
    }
    let possessive = false;
    if (endsPossessive(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (isApostrophe(text.charCodeAt(start + word.length)) && word.endsWith('s') && /^\p{Lu}/u.test(word) && !/\p{L}/u.test(text[start + word.length + 1] ?? '')) {
      // Plural possessive on a name ending in s: "Jones' book" keeps "Jones".
      possessive = true;
    }
    // Starts are increasing: the word is sentence-initial when it is the first one at or after a sentence start not yet passed.
    let sentenceInitial = false;
    while (nextStart < sorted.length && sorted[nextStart] <= start) {
      sentenceInitial = true;
      nextStart++;
    }
    if (!word) continue;
    const end = start + word.length;
    const c0 = word.charCodeAt(0);
    const lower = sameLength ? lowered.slice(start, end) : word.toLowerCase();
    out.push({
      start,
      end,
      outer,
      text: word,
      lower,
      key: lower.includes('.') ? lower.replace(/\./g, '') : lower,
      // "I've", "I'm": a pronoun with a contraction, never a name; "D-Va." is a party and state.
      cap: isCapitalised(word) && !((c0 === 0x49 || c0 === 0x52 || c0 === 0x44) && (/^I['’]/u.test(word) || /^[RDI]-\p{Lu}/u.test(word))),
      possessive,
      endsSentence,
      sentenceInitial,
    });
  }
  return out;
}

/**
 * Hand-written word scanners: the hot loops of the name and attribution
 * passes, which see every word of a draft. Each is exactly equivalent to the
 * regular expression in its comment (a property test compares them on
 * random Unicode), but walks the characters once with a class table instead
 * of running the regular-expression engine per word.
 */

/** Character classes: letter or number, combining mark, anything else. */
const LN = 1;
const MARK = 2;
const OTHER = 3;

const IS_LN = /^[\p{L}\p{N}]$/u;
const IS_MARK = /^\p{M}$/u;

/** Class of each BMP code unit, filled on first sight (0 = not yet known). */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) BMP[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LN : OTHER;

function classOfChar(ch: string): number {
  return IS_LN.test(ch) ? LN : IS_MARK.test(ch) ? MARK : OTHER;
}

/** Class of the code point at `i`, and its width in code units (2 for an astral character), packed as class * 4 + width. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOfChar(text.slice(i, i + 2)) * 4 + 2;
  }
  let k = BMP[c];
  if (k === 0) k = BMP[c] = classOfChar(String.fromCharCode(c));
  return k * 4 + 1;
}

/** True when the code unit at `i` begins a letter or number. */
export function isWordCharAt(text: string, i: number): boolean {
  return i < text.length && classAt(text, i) >> 2 === LN;
}

/** Index of the first letter or number at or after `i` (`text.length` when there is none). */
export function nextWordStart(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (BMP[c] === LN) return i;
      i++;
      continue;
    }
    const k = classAt(text, i);
    if (k >> 2 === LN) return i;
    i += k & 3;
  }
  return n;
}

/** Letters, marks and numbers from `i`: the end of the run. */
function runLMN(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (BMP[c] !== LN) return i;
      i++;
      continue;
    }
    const k = classAt(text, i);
    if (k >> 2 === OTHER) return i;
    i += k & 3;
  }
  return i;
}

function isNameConnector(c: number): boolean {
  // - ' ’ . &
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x26;
}

/**
 * End of the word starting at `i` (a letter or number), as
 * `/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?/u` matches it.
 */
export function nameWordEnd(text: string, i: number): number {
  const n = text.length;
  // The first character is a letter or number (the caller found it); then letters, marks and numbers.
  i = runLMN(text, i + (classAt(text, i) & 3));
  while (i + 1 < n && isNameConnector(text.charCodeAt(i)) && classAt(text, i + 1) >> 2 !== OTHER) i = runLMN(text, i + 1);
  return i < n && text.charCodeAt(i) === 0x2e ? i + 1 : i;
}

function isClauseConnector(c: number): boolean {
  // ' ’ . & / -
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x26 || c === 0x2f || c === 0x2d;
}

/**
 * End of the run of letters, combining marks and numbers from the word start `i`, where a
 * connector joins two runs only when a letter or number follows it
 * (`(?:[\p{L}\p{M}\p{N}]|[connectors](?=[\p{L}\p{N}]))*`); with `ampersand`, `&`
 * counts as a letter (`AT&T`) rather than a connector.
 */
function joinedRunEnd(text: string, i: number, isConnector: (c: number) => boolean, ampersand: boolean): number {
  const n = text.length;
  i += classAt(text, i) & 3;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && (BMP[c] === LN || (ampersand && c === 0x26))) {
      i++;
      continue;
    }
    if (isConnector(c)) {
      if (i + 1 < n && classAt(text, i + 1) >> 2 === LN) {
        i++;
        continue;
      }
      break;
    }
    if (c < 0x80) break;
    const k = classAt(text, i);
    // A combining mark belongs to the letter before it: `José` typed as `e` + U+0301 (NFD) is one word.
    if (k >> 2 === OTHER) break;
    i += k & 3;
  }
  return i;
}

/**
 * End of the word starting at `i` (a letter or number), as
 * `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.&\/-](?=[\p{L}\p{N}]))*\.?/u` matches it.
 */
export function clauseWordEnd(text: string, i: number): number {
  i = joinedRunEnd(text, i, isClauseConnector, false);
  return i < text.length && text.charCodeAt(i) === 0x2e ? i + 1 : i;
}

/** Abbreviations whose period belongs to the word in the sources pass (`Sen.`, `Gov.`). */
const SOURCE_ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'St', 'Jr', 'Sr', 'Prof', 'Rev'];
const IS_UPPER = /^\p{Lu}$/u;
const IS_SPACE = /^\s$/;

/** `\w` of a regular expression: ASCII letters, digits and the underscore (also with the `u` flag). */
function isAsciiWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** `\b` at `i` (ASCII word characters, as regular expressions have it also with the `u` flag). */
export function boundaryAt(text: string, i: number): boolean {
  return isAsciiWordChar(text, i - 1) !== isAsciiWordChar(text, i);
}

/** `(?<=\b(?:Mr|Mrs|…|Rev|\p{Lu}))` at `p` (the position of a period). */
function abbreviationBefore(text: string, p: number): boolean {
  for (const a of SOURCE_ABBREVIATIONS) if (p - a.length >= 0 && text.startsWith(a, p - a.length) && boundaryAt(text, p - a.length)) return true;
  if (p <= 0) return false;
  const d = text.charCodeAt(p - 1);
  const pair = d >= 0xdc00 && d <= 0xdfff && p >= 2 && text.charCodeAt(p - 2) >= 0xd800 && text.charCodeAt(p - 2) <= 0xdbff;
  const q = pair ? p - 2 : p - 1;
  return IS_UPPER.test(text.slice(q, p)) && boundaryAt(text, q);
}

function isSourceConnector(c: number): boolean {
  // ' ’ . -
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
}

/**
 * End of the word starting at `i` (a letter or number), as the sources pass's
 * `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|['’.-](?=[\p{L}\p{N}]))*(?:['’](?=\s)|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|\p{Lu}))\.)?/u`
 * matches it: `&` inside words (`AT&T`), a plural possessive's apostrophe
 * before white space (`officials' `), and the period of a title or an initial.
 */
export function sourceWordEnd(text: string, i: number): number {
  const n = text.length;
  i = joinedRunEnd(text, i, isSourceConnector, true);
  if (i >= n) return i;
  const c = text.charCodeAt(i);
  if ((c === 0x27 || c === 0x2019) && i + 1 < n && IS_SPACE.test(text[i + 1])) return i + 1;
  if (c === 0x2e && abbreviationBefore(text, i)) return i + 1;
  return i;
}

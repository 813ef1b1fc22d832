/**
 * Words of a quotation or of a transcript turn, normalised so that what AP
 * lets an editor change compares equal: letter case, accents, punctuation and
 * quote-mark style, whitespace, numerals versus words (`twelve` = `12`),
 * `%` versus `percent` (and `per cent`), hyphenation (`well-known` is two
 * words). Fillers (`um`, `uh`) are dropped; `you know`, a filler `like`
 * (next to a comma, or after another filler) and a word said twice in a row
 * (`I, I think`) are marked optional: leaving them out is not a change.
 *
 * In a draft's quotation an ellipsis (`…`, `...`) marks a place where words
 * were omitted, and a `[bracketed insertion]` a place where the editor
 * replaced or added words: both become free points (`gapBefore`) and the
 * bracketed words are not compared. In a transcript, bracketed notes
 * (`[laughs]`, `[inaudible]`) are not speech and are skipped.
 */

/** One word: its normalised form and where it stands in the text it came from. */
export interface Token {
  norm: string;
  /** Offsets of the word (or merged number/percent run) in the source text. */
  start: number;
  end: number;
  /** Leaving this word out is an allowed edit (a filler, a repeated word). */
  optional: boolean;
  /** An omission (ellipsis) or a bracketed insertion stands right before this word: words of the record may be skipped there. */
  gapBefore: boolean;
  /** A numeral or number words. */
  number: boolean;
  /** A negation (`not`, `never`, `don't`, …). */
  negation: boolean;
}

export interface Tokens {
  tokens: Token[];
  /** An omission or insertion at the very end (after the last word). */
  gapAtEnd: boolean;
  /** Offsets where a sentence of the source text ends (after `.`, `?`, `!`), for telling a splice from a dropped word. */
  sentenceEnds: number[];
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mm', 'mhm']);
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without', 'cannot', 'nowhere']);

function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/** Lower case, no accents, curly apostrophes straight. */
export function normWord(w: string): string {
  let s = w;
  if (!/^[\x20-\x7e]*$/.test(s)) s = s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘ʼ`]/g, "'");
  return s.toLowerCase();
}

interface Raw {
  norm: string;
  start: number;
  end: number;
  gapBefore: boolean;
  bracket: boolean;
  commaBefore: boolean;
  commaAfter: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string): boolean {
  return c >= 'a' && c <= 'z' ? true : c >= 'A' && c <= 'Z' ? true : c >= '0' && c <= '9' ? true : c.charCodeAt(0) > 127 && WORD_CHAR.test(c);
}

/** Splits `text[from, to)` into raw words, noting ellipses, brackets and commas. */
function scan(text: string, from: number, to: number, sentenceEnds: number[]): { raws: Raw[]; gapAtEnd: boolean } {
  const raws: Raw[] = [];
  let gap = false;
  let bracket = 0;
  let comma = false;
  let i = from;
  while (i < to) {
    const c = text[i];
    if (isWordChar(c)) {
      const start = i;
      i++;
      for (;;) {
        if (i < to && isWordChar(text[i])) i++;
        else if (i + 1 < to && (text[i] === "'" || text[i] === '’') && isWordChar(text[i + 1]) && /[\p{L}]/u.test(text[i + 1])) i += 2;
        else if (i + 1 < to && (text[i] === ',' || text[i] === '.') && /\d/.test(text[i - 1]) && /\d/.test(text[i + 1])) i += 2;
        else break;
      }
      let norm = normWord(text.slice(start, i));
      if (/^\d[\d,]*(?:\.\d+)?$/.test(norm)) norm = norm.replace(/,/g, '');
      raws.push({ norm, start, end: i, gapBefore: gap, bracket: bracket > 0, commaBefore: comma, commaAfter: false });
      gap = false;
      comma = false;
      continue;
    }
    if (c === '%') {
      raws.push({ norm: 'percent', start: i, end: i + 1, gapBefore: gap, bracket: bracket > 0, commaBefore: comma, commaAfter: false });
      gap = false;
      comma = false;
    } else if (c === '…' || (c === '.' && text[i + 1] === '.' && text[i + 2] === '.') || (c === '.' && text[i + 1] === ' ' && text[i + 2] === '.' && text[i + 3] === ' ' && text[i + 4] === '.')) {
      gap = true;
      i += c === '…' ? 1 : text[i + 1] === '.' ? 3 : 5;
      while (i < to && text[i] === '.') i++;
      continue;
    } else if (c === '[') {
      bracket++;
      gap = true;
    } else if (c === ']') {
      if (bracket > 0) bracket--;
      gap = true;
    } else if (c === ',' || c === ';' || c === '—' || c === '–') {
      comma = true;
      if (raws.length) raws[raws.length - 1].commaAfter = true;
    } else if (c === '.' || c === '?' || c === '!') {
      sentenceEnds.push(i + 1);
      comma = true;
      if (raws.length) raws[raws.length - 1].commaAfter = true;
    }
    i++;
  }
  return { raws, gapAtEnd: gap };
}

function numberValue(words: string[]): number | null {
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w in SCALES) current = (current || 1) * SCALES[w];
    else return null;
    if (w === 'thousand') {
      total += current;
      current = 0;
    }
  }
  return total + current;
}

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)]);

function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}

/**
 * The words of `text[from, to)`. `role` is `quote` for a draft's quotation
 * (ellipses and brackets are free points, bracketed words are dropped) or
 * `record` for a transcript (bracketed notes are dropped).
 */
export function tokenize(text: string, from = 0, to = text.length, role: 'quote' | 'record' = 'quote'): Tokens {
  const sentenceEnds: number[] = [];
  const { raws, gapAtEnd } = scan(text, from, to, sentenceEnds);
  const out: Token[] = [];
  let pendingGap = false;
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k];
    if (r.bracket) {
      pendingGap = pendingGap || role === 'quote';
      continue;
    }
    const gapBefore = (r.gapBefore && role === 'quote') || pendingGap;
    pendingGap = false;
    if (FILLERS.has(r.norm)) {
      if (gapBefore) pendingGap = true;
      continue;
    }
    // A run of number words is one number: "twenty-five" = "25", "one hundred" = "100".
    if (isNumberWord(r.norm) && !(r.norm in SCALES && !out.length)) {
      let e = k;
      const words = [r.norm];
      while (e + 1 < raws.length && !raws[e + 1].bracket && (isNumberWord(raws[e + 1].norm) || (raws[e + 1].norm === 'and' && e + 2 < raws.length && isNumberWord(raws[e + 2].norm) && words.some((w) => w in SCALES)))) {
        e++;
        if (raws[e].norm !== 'and') words.push(raws[e].norm);
      }
      const v = numberValue(words);
      if (v !== null) {
        out.push({ norm: String(v), start: r.start, end: raws[e].end, optional: false, gapBefore, number: true, negation: false });
        k = e;
        continue;
      }
    }
    // "per cent" is "percent".
    if (r.norm === 'per' && raws[k + 1]?.norm === 'cent') {
      out.push({ norm: 'percent', start: r.start, end: raws[k + 1].end, optional: false, gapBefore, number: false, negation: false });
      k++;
      continue;
    }
    const prev = out[out.length - 1];
    const prevRaw = raws[k - 1];
    let optional = false;
    // "you know" as a filler; "like" as a filler next to a comma or after another filler.
    if (r.norm === 'you' && raws[k + 1]?.norm === 'know' && (r.commaBefore || raws[k + 1].commaAfter || k === 0 || k + 2 === raws.length)) {
      optional = true;
    } else if (r.norm === 'know' && prevRaw?.norm === 'you' && prev?.optional && prev.norm === 'you') optional = true;
    else if (r.norm === 'like' && (r.commaBefore || r.commaAfter || (prevRaw && FILLERS.has(prevRaw.norm)))) optional = true;
    // A word said twice in a row ("I, I think") in a transcript: the repeat is a false start.
    else if (role === 'record' && prev && prev.norm === r.norm && prev.end >= r.start - 3) optional = true;
    const number = /^\d/.test(r.norm);
    out.push({ norm: r.norm, start: r.start, end: r.end, optional, gapBefore, number, negation: isNegation(r.norm) });
  }
  return { tokens: out, gapAtEnd: gapAtEnd || pendingGap, sentenceEnds };
}

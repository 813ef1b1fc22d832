/**
 * Quotation detection.
 *
 * Works paragraph by paragraph on the masked prose. Double quotes (straight
 * or curly) are the outer marks when a paragraph has any; single quotes
 * (`'…'`, `‘…’`) inside them are nested quotes, and outside them are British
 * outer quotes. Apostrophes (`it's`, `Clinton’s`, `'90s`) and inch/foot marks
 * (`6'2"`) are not quotation marks. A paragraph that leaves a quote open and
 * is followed by a paragraph opening with a quote mark runs on into it: the
 * standard multi-paragraph quote.
 */
import { memo } from '../cache';
import type { DocumentModel } from '../document';
import type { Paragraph, Quotation, Span } from '../types';
import { SPEECH_VERBS, TITLE_CUES } from '../lexicon/speech';

/** A quotation found inside one paragraph, before linking and attribution. */
export interface RawQuote extends Span {
  contentStart: number;
  contentEnd: number;
  mark: string;
  depth: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
}

const OPENERS_BEFORE = /[\s([{“"‘'—–\-/]/;
/** Words that start with an apostrophe rather than an opening single quote. */
const APOSTROPHE_WORDS = /^['’](?:\d0s|\d\d\b|em\b|til\b|tis\b|twas\b|cause\b|n['’]|round\b|bout\b|nother\b|kay\b)/i;
const STRONG_CLOSE_BEFORE = /[,.!?;:…—–\-]/;
const STRONG_CLOSE_AFTER = /[,.;:!?)\]—–]/;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** True when `[from, to)` of `text` holds a letter or digit. */
function hasWord(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true;
    if (c >= 0x80 && isLetter(text[k])) return true;
  }
  return false;
}

/** Double-quoted quotations in `[from, to)`, until `out` holds `max`. */
function findDoubles(text: string, from: number, to: number, depth: number, out: RawQuote[], max = Infinity): void {
  let open = -1;
  let mark = '';
  let nested = 0;
  // The last straight quote of this range (a bounded scan: `lastIndexOf` would run back through the whole draft
  // for every paragraph of a draft without straight quotes).
  let lastStraight = -1;
  for (let k = to - 1; k >= from && lastStraight < 0; k--) if (text[k] === '"') lastStraight = k;
  for (let i = from; i < to && out.length < max; i++) {
    let c = text[i];
    // Two straight apostrophes stand for a double quote in some wire and archive copy (''Grand Bargain'').
    const doubled = c === "'" && text[i + 1] === "'" && i + 1 < to;
    if (doubled) c = '"';
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (open >= 0) {
      if (c === '“') {
        if (mark === '“') nested++; // “… what he calls “hell” …”
        continue;
      }
      if (c === '”' && nested > 0) {
        nested--;
        continue;
      }
      // A straight quote is closed by a straight quote; a curly closer inside it is nested, unless none follows.
      if (mark === '"' && c === '”' && lastStraight > i) continue;
      // Marks with no word between them (`""`, `" -- "`) quote nothing anybody said: a storm of them is no storm of quotations.
      if (hasWord(text, open + mark.length, i)) out.push({ start: open, end: i + (doubled ? 2 : 1), contentStart: open + mark.length, contentEnd: i, mark, depth, closed: true });
      open = -1;
      if (doubled) i++;
      continue;
    }
    if (c === '”') continue; // a stray closer
    if (c === '"') {
      const prev = text[i - 1];
      const next = text[i + (doubled ? 2 : 1)];
      // Inch marks: 6'2", a 12" pipe.
      if (prev !== undefined && /\d/.test(prev)) continue;
      // A straight quote followed by white space cannot open a quotation.
      if (next === undefined || i + 1 >= to || /\s/.test(next)) continue;
      if (prev !== undefined && i > from && !OPENERS_BEFORE.test(prev) && isLetter(prev)) continue;
    }
    open = i;
    nested = 0;
    mark = doubled ? "''" : c;
    if (doubled) i++;
  }
  if (open >= 0 && out.length < max) {
    let end = to;
    while (end > open + 1 && /\s/.test(text[end - 1])) end--;
    out.push({ start: open, end, contentStart: open + mark.length, contentEnd: end, mark, depth, closed: false });
  }
}

/**
 * Positions in `[from, to)` that can close a single quote: strong ones
 * (after punctuation or before it, or at the end) and weak ones (a word
 * then a space). Whether a mark can close depends only on its neighbours,
 * so one pass serves every opener and the search stays linear.
 */
function singleClosers(text: string, from: number, to: number): { strong: number[]; weak: number[] } {
  const strong: number[] = [];
  const weak: number[] = [];
  for (let j = from; j < to; j++) {
    const c = text[j];
    if (c !== '’' && c !== "'") continue;
    const prev = text[j - 1];
    const next = text[j + 1];
    if (prev === undefined || /\s/.test(prev)) continue;
    if (isLetter(prev) && isLetter(next)) continue; // it's, Clinton’s
    if (STRONG_CLOSE_BEFORE.test(prev) || next === undefined || j + 1 >= to || STRONG_CLOSE_AFTER.test(next) || next === '"' || next === '”') {
      strong.push(j);
    } else if (/\s/.test(next) && !/s/i.test(prev)) {
      weak.push(j);
    }
  }
  return { strong, weak };
}

/** Single-quoted quotations in `[from, to)`, until `out` holds `max`. */
function findSingles(text: string, from: number, to: number, depth: number, out: RawQuote[], max = Infinity): void {
  if (out.length >= max) return;
  if (!/['‘]/.test(text.slice(from, to))) return;
  const closers = singleClosers(text, from, to);
  let si = 0;
  let wi = 0;
  const findSingleClose = (i: number): number => {
    while (si < closers.strong.length && closers.strong[si] < i + 2) si++;
    if (si < closers.strong.length) return closers.strong[si];
    while (wi < closers.weak.length && closers.weak[wi] < i + 2) wi++;
    return wi < closers.weak.length ? closers.weak[wi] : -1;
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '‘' && c !== "'") continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (next === "'" || prev === "'") continue;
    if (i > from && prev !== undefined && !OPENERS_BEFORE.test(prev)) continue;
    if (!isLetter(next) && next !== '“' && next !== '"' && next !== '…') continue;
    if (APOSTROPHE_WORDS.test(text.slice(i, i + 8))) continue;
    const j = findSingleClose(i);
    if (j < 0) continue;
    out.push({ start: i, end: j + 1, contentStart: i + 1, contentEnd: j, mark: c, depth, closed: true });
    if (out.length >= max) return;
    i = j;
  }
}

/**
 * At most this many quotations are taken from `length` characters of text: one
 * per 16 characters (prose quotes far less densely; `"a" "a" …` is a storm of
 * four characters each), and never fewer than 256. It bounds the quotations of
 * a paragraph (so a one-paragraph storm is not scanned to its end) and of the
 * whole draft (issue 15: memory under 20 bytes per byte of draft).
 */
export function quotationBudget(length: number): number {
  return Math.max(256, Math.floor(length / 16));
}

/**
 * All quotations of one paragraph span, outer ones first by position; nested
 * ones follow their parent. Past `quotationBudget` of the span the scan stops:
 * the result then holds one quotation more than the budget (the sign that the
 * paragraph was cut there), and the ones after it are not found.
 */
export function findParagraphQuotes(text: string, start: number, end: number): RawQuote[] {
  const max = quotationBudget(end - start) + 1;
  const doubles: RawQuote[] = [];
  findDoubles(text, start, end, 0, doubles, max);
  const out: RawQuote[] = [];
  let pos = start;
  // Single quotes count against their own `max` (`out` holds the doubles too).
  let n = 0;
  for (const d of doubles) {
    findSingles(text, pos, d.start, 0, out, n + max);
    out.push(d);
    n++;
    findSingles(text, d.contentStart, d.contentEnd, 1, out, n + max);
    pos = d.end;
  }
  // A cut scan of the double quotes leaves the rest of the paragraph unread: no single quotes there either.
  if (doubles.length < max) findSingles(text, pos, end, 0, out, n + max);
  out.sort((a, b) => a.start - b.start || a.depth - b.depth);
  if (out.length > max) out.length = max;
  return out;
}

const OPENING_MARK = /^\s*["“‘']/;

/**
 * `findParagraphQuotes` of paragraph `p`, memoised paragraph-relative: the
 * marks of a paragraph depend on its text and, at its edges, on the one
 * character either side (white space or nothing), which must match too.
 */
function paragraphQuotes(doc: DocumentModel, p: Paragraph): RawQuote[] {
  const edges = (doc.masked[p.start - 1] ?? '') + '\u0000' + (doc.masked[p.end] ?? '');
  const relative = memo('quotes.paragraph', doc.paragraphTexts[p.index], () =>
    findParagraphQuotes(doc.masked, p.start, p.end).map((r) => ({ ...r, start: r.start - p.start, end: r.end - p.start, contentStart: r.contentStart - p.start, contentEnd: r.contentEnd - p.start })),
  edges);
  return relative.map((r) => ({ ...r, start: r.start + p.start, end: r.end + p.start, contentStart: r.contentStart + p.start, contentEnd: r.contentEnd + p.start }));
}

/**
 * True for quoted names and titles rather than speech: after a title cue
 * (`titled`, `so-called`, `a group called`), a nickname between names
 * (`Marcia "Cia" Price`), or a short Title Case phrase inside a sentence
 * (`Springsteen’s “American Skin (41 Shots)”`).
 */
function looksLikeTitle(text: string, q: RawQuote, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, q.start - 60), q.start);
  if (q.contentEnd - q.contentStart > 120) return false;
  const content = text.slice(q.contentStart, q.contentEnd).trim();
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length > 12) return false;
  if (TITLE_CUES.test(before)) return true;
  // `“Denver,” he answered.`, `“No,” replied the director.`: a short quote that a speech verb follows is speech.
  if (/[,!?]$/.test(content) && spokenAfter(text.slice(q.end, q.end + 40))) return false;
  const after = text.slice(q.end, q.end + 3);
  if (words.length <= 2 && /[\p{Lu}][\p{L}.]*\s$/u.test(before) && /^\s[\p{Lu}]/u.test(after) && /^[\p{Lu}]/u.test(content)) return true;
  // Inside a sentence, or opening one that carries on in lower case (`“American Skin” was written by …`).
  const midSentence = /[\p{L}\d,]\s*$/u.test(before) || /^\s+[\p{Ll}]/u.test(text.slice(q.end, q.end + 4));
  return midSentence && words.length >= 1 && words.length <= 8 && !/[!?;:]$/.test(content) &&
    words.every((w) => /^[\p{Lu}\d(]/u.test(w) || /^(?:of|the|a|an|and|or|in|on|for|to|at|with|from|by)$/.test(w));
}

/** True when a speech verb is the first or second word after a quotation (`" he said`, `" replied Ms. Ito`). */
function spokenAfter(after: string): boolean {
  const m = /^\s+([\p{L}.'’-]+)(?:\s+([\p{L}'’-]+))?/u.exec(after);
  if (!m) return false;
  const a = m[1].toLowerCase();
  const b = (m[2] ?? '').toLowerCase();
  return SPEECH_VERBS.has(a) || ((/^(?:he|she|they|i|we)$/.test(a) || /^[\p{Lu}]/u.test(m[1])) && SPEECH_VERBS.has(b));
}

/** A lower-case fragment inside a sentence, or a fragment of two words or fewer. */
function isPartial(text: string, q: RawQuote, sentenceStart: number): boolean {
  const content = text.slice(q.contentStart, Math.min(q.contentEnd, q.contentStart + 400)).trim();
  const from = Math.max(sentenceStart, q.start - 200);
  // `/[\p{L}\d][,;]?\s*$/u` (which covers `/[\p{L}\d]\s*$/u`) and not `/:\s*$/` on the text before, read backwards.
  const e = trimmedEnd(text, from, q.start);
  const last = e > from ? text.charCodeAt(e - 1) : -1;
  const midSentence = last === 0x2c || last === 0x3b ? isLetterOrDigitBefore(text, from, e - 1) : last !== 0x3a && isLetterOrDigitBefore(text, from, e);
  // `/^\(.*\)?[.]?$/s`: anything that opens with a parenthesis.
  if (content.startsWith('(')) return true;
  if (e > from && atMostTwoWords(content)) return true;
  return midSentence && /^(?:[…\-–—]|\.\.\.)?\s*[\p{Ll}\d]/u.test(content);
}

/** `content.split(/\s+/).filter(Boolean).length <= 2`, without splitting. */
function atMostTwoWords(content: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    const blank = c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(content[i]));
    if (blank) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 2) return false;
    }
  }
  return true;
}

/** End of `text[from, to)` without its trailing white space. */
function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}

/** True when the character (code point) ending at `end`, not before `from`, is a letter or a digit (`/[\p{L}\d]/u`). */
function isLetterOrDigitBefore(text: string, from: number, end: number): boolean {
  if (end <= from) return false;
  const c = text.charCodeAt(end - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const pair = c >= 0xdc00 && c <= 0xdfff && end - 2 >= from && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
  return /^\p{L}$/u.test(text.slice(pair ? end - 2 : end - 1, end));
}

/** A first paragraph short enough to be the headline. */
function isShortHeadline(t: string): boolean {
  const words = t.split(/\s+/).filter(Boolean).length;
  return words <= 22 && !/[.!?]["”’]?\s+\S/.test(t.replace(/\b(?:\p{Lu}\.)+/gu, ''));
}

/** Id of the information finding that says a draft's quotations were cut (a notice, not a rule). */
export const TOO_MANY_QUOTATIONS = 'copydesk.too-many-quotations';

/** Where the quotation budget cut a draft's quotations (see `quotationBudget`). */
export interface QuotationCut {
  /** Offset of the first quotation not checked: none after it was. */
  at: number;
  /** How many quotations were checked (all before `at`). */
  checked: number;
}

/**
 * Finds every quotation of the document, links multi-paragraph quotes, and
 * marks titles. Speakers and status are filled by the attribution stage.
 */
export function findQuotations(doc: DocumentModel): Quotation[] {
  return findQuotationsWithin(doc).quotations;
}

/**
 * `findQuotations`, within the quotation budget of the draft and of each
 * paragraph: past it no quotation is taken, and `cut` says where that was.
 */
export function findQuotationsWithin(doc: DocumentModel): { quotations: Quotation[]; cut: QuotationCut | null } {
  const out: Quotation[] = [];
  const budget = quotationBudget(doc.text.length);
  let cut: QuotationCut | null = null;
  let runOnFrom: Quotation | null = null;
  for (const p of doc.paragraphs) {
    let raws = paragraphQuotes(doc, p);
    const room = Math.min(quotationBudget(p.end - p.start), budget - out.length);
    if (raws.length > room) {
      cut = { at: raws[room].start, checked: out.length + room };
      raws = raws.slice(0, room);
    }
    const startsWithQuote = OPENING_MARK.test(doc.masked.slice(p.start, p.start + 4));
    let first = true;
    let si = 0;
    for (const r of raws) {
      while (si + 1 < p.sentences.length && p.sentences[si].end <= r.start) si++;
      const sentence = p.sentences[si] && p.sentences[si].start <= r.start && r.start < p.sentences[si].end ? p.sentences[si] : undefined;
      const q: Quotation = {
        start: r.start,
        end: r.end,
        contentStart: r.contentStart,
        contentEnd: r.contentEnd,
        mark: r.mark,
        paragraph: p.index,
        runsOn: false,
        isContinuation: false,
        depth: r.depth,
        isTitle: r.depth === 0 && looksLikeTitle(doc.masked, r, sentence ? sentence.start : p.start),
        partial: isPartial(doc.masked, r, sentence ? sentence.start : p.start),
        inHeadline: p.isHeading || (p.index === 0 && doc.paragraphs.length > 1 && isShortHeadline(doc.masked.slice(p.start, p.end))),
        status: 'unattributed',
        speaker: null,
        speakerSpan: null,
        cue: null,
        how: null,
      };
      if (first && r.depth === 0 && runOnFrom && startsWithQuote && r.start - p.start < 4) {
        q.isContinuation = true;
      }
      if (r.depth === 0) first = false;
      out.push(q);
    }
    // The last outer quote left open runs on when the next paragraph opens with a quote mark.
    runOnFrom = null;
    const lastOuter = [...raws].reverse().find((r) => r.depth === 0);
    if (lastOuter && !lastOuter.closed) {
      const next = doc.paragraphs[p.index + 1];
      const q = out[out.length - raws.length + raws.indexOf(lastOuter)];
      if (next && !next.isHeading && OPENING_MARK.test(doc.masked.slice(next.start, next.start + 4))) {
        q.runsOn = true;
        runOnFrom = q;
      }
    }
    if (cut) break;
  }
  return { quotations: out, cut };
}

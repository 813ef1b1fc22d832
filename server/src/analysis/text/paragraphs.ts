/**
 * Paragraph segmentation of the masked prose.
 *
 * Blank lines always separate paragraphs. Inside a block, line breaks are
 * soft wraps when the block looks hard-wrapped (short lines, some ending
 * mid-sentence); otherwise every line is its own paragraph, as in the
 * one-line-per-paragraph copy wire services and CMS exports produce.
 */
import type { Span } from '../types';

export interface ParagraphSpan extends Span {
  isHeading: boolean;
}

const WRAP_WIDTH = 120;
/** Lines that end a paragraph when a hard-wrapped block ends with them: sentence punctuation, optionally followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?:;…]["”’')\]]*\s*$|["”’]\s*$/;
/** Markdown block starts that always begin a paragraph of their own. */
const BLOCK_START = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>\s?)/;

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (/^#{1,6}\s/.test(t)) return true;
  // A short line with no sentence punctuation at its end: a headline or subhead.
  return t.length > 0 && t.length <= 90 && !/[.!?:;,"”’'…)]$/.test(t) && !/^[-*+>]\s/.test(t);
}

/** Adds the paragraph `[start, end)` of `masked`, trimmed, unless it is blank. */
function pushParagraph(masked: string, start: number, end: number, out: ParagraphSpan[]): void {
  const s = trimSpan(masked, start, end);
  if (s) {
    const t = masked.slice(s.start, s.end);
    out.push({ ...s, isHeading: !t.includes('\n') && isTitleLine(t) });
  }
}

/**
 * Splits masked prose into paragraphs. With `from`/`to`, only the lines of
 * `[from, to)`: the same paragraphs as a split of the whole text when the
 * range starts at a line start after a blank line (or at 0) and ends at the
 * start of a blank line (or at the end), since blank lines always separate
 * paragraphs (see `blankLineBefore`, `blankLineAfter`).
 */
export function splitParagraphs(masked: string, from = 0, to = masked.length): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  // Lines, with their offsets.
  const lines: Span[] = [];
  let pos = from;
  while (pos <= to) {
    let eol = masked.indexOf('\n', pos);
    if (eol < 0 || eol > to) eol = to;
    lines.push({ start: pos, end: eol });
    pos = eol + 1;
  }
  let i = 0;
  while (i < lines.length) {
    // Skip blank lines.
    while (i < lines.length && isBlank(masked, lines[i].start, lines[i].end)) i++;
    if (i >= lines.length) break;
    const block: Span[] = [];
    while (i < lines.length && !isBlank(masked, lines[i].start, lines[i].end)) block.push(lines[i++]);
    emitBlock(masked, block, out);
  }
  return out;
}

/**
 * The start of the line after the last blank line that ends (with its line
 * break) before `offset`, or 0: a paragraph boundary that an edit at
 * `offset` or later cannot move.
 */
export function blankLineBefore(masked: string, offset: number): number {
  // (`lastIndexOf` treats a negative start as 0, which would find a break at 0 again.)
  let b = offset > 0 ? masked.lastIndexOf('\n', offset - 1) : -1;
  while (b >= 0) {
    const a = b > 0 ? masked.lastIndexOf('\n', b - 1) + 1 : 0;
    if (isBlank(masked, a, b)) return b + 1;
    b = a - 1;
  }
  return 0;
}

/**
 * The start of the first blank line whose preceding line break is at or
 * after `offset`, or the end of the text: a paragraph boundary that an edit
 * before `offset` cannot move.
 */
export function blankLineAfter(masked: string, offset: number): number {
  let n = masked.indexOf('\n', offset);
  while (n >= 0) {
    const a = n + 1;
    let b = masked.indexOf('\n', a);
    if (b < 0) b = masked.length;
    if (isBlank(masked, a, b)) return a;
    n = b < masked.length ? b : -1;
  }
  return masked.length;
}

/** `text.slice(start, end).trim() === ''` without slicing: only white space (as `trim` and `\s` know it) in the range. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80 || !/\s/.test(text[i])) return false;
  }
  return true;
}

function emitBlock(masked: string, block: Span[], out: ParagraphSpan[]): void {
  if (block.length === 1) {
    // One line is one paragraph (the common case: blank lines between paragraphs).
    pushParagraph(masked, block[0].start, block[0].end, out);
    return;
  }
  const texts = block.map((l) => masked.slice(l.start, l.end));
  const longest = texts.reduce((m, t) => Math.max(m, t.trimEnd().length), 0);
  const someMidSentence = (): boolean => texts.slice(0, -1).some((t, k) => !ENDS_SENTENCE.test(t) && !BLOCK_START.test(texts[k + 1]));
  const wrapped = longest <= WRAP_WIDTH && someMidSentence();
  let start = -1;
  let end = -1;
  const flush = (): void => {
    if (start < 0) return;
    pushParagraph(masked, start, end, out);
    start = -1;
  };
  for (let k = 0; k < block.length; k++) {
    const line = block[k];
    const t = texts[k];
    const newPara =
      start < 0 ||
      !wrapped ||
      BLOCK_START.test(t) ||
      /^\s*#{1,6}\s/.test(texts[k - 1]);
    if (newPara) {
      flush();
      start = line.start;
    }
    end = line.end;
  }
  flush();
}

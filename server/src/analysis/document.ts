/**
 * The document model: prose map, paragraphs and sentences, built once per
 * document version and shared by every later stage and rule.
 */
import { intern, memo } from './cache';
import { buildProseMap, type FrontMatter } from './text/prose';
import { blankLineAfter, blankLineBefore, splitParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';
import type { Paragraph, Sentence, Span } from './types';

export interface DocumentModel {
  /** The original text. */
  text: string;
  /** The text with non-prose (front matter, code, comments, URLs) blanked out; same offsets. */
  masked: string;
  frontMatter: FrontMatter | null;
  /** HTML comments (ignore directives live there). */
  comments: Span[];
  /** HTML/XML tags of the text (markup, blanked in `masked`), in order. */
  tags: Span[];
  paragraphs: Paragraph[];
  /**
   * Each paragraph's masked text, in paragraph order. In an incremental
   * analysis these are the cache's canonical copies (`intern`), the keys
   * every paragraph-local stage memoises under.
   */
  paragraphTexts: string[];
  /** Every sentence of the document in order (also reachable per paragraph). */
  sentences: Sentence[];
  isMarkdown: boolean;
}

/** True for language ids and file names that are Markdown. */
export function isMarkdownLanguage(languageId: string | undefined): boolean {
  return languageId === undefined || languageId === 'markdown' || languageId === 'newsdraft' || /\.(md|markdown|mdown|mkd)$/i.test(languageId);
}

/**
 * Builds the document model of `text`. `languageId` is a VS Code language id
 * or a file name. With `prev` (the model of an earlier version, built in the
 * same analysis cache), only the paragraphs around the edit are split again:
 * the ones before it are shared and the ones after it shifted (see
 * `applyEdit`); the result is the same as without it. Without `prev`, only
 * the first `maxParagraphs` paragraphs are built (`analyze` never edits a
 * model cut so into the next version's).
 */
export function buildDocument(text: string, languageId?: string, prev?: DocumentModel, maxParagraphs = Infinity): DocumentModel {
  const isMarkdown = isMarkdownLanguage(languageId);
  const prose = buildProseMap(text, isMarkdown);
  const base = { text, masked: prose.masked, frontMatter: prose.frontMatter, comments: prose.comments, tags: prose.tags, isMarkdown };
  if (prev) return { ...base, ...applyEdit(prev, prose.masked) };
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paragraphTexts: string[] = [];
  splitRange(prose.masked, 0, prose.masked.length, paragraphs, sentences, paragraphTexts, maxParagraphs);
  return { ...base, paragraphs, paragraphTexts, sentences };
}

/** Splits `[from, to)` of `masked` (bounded by blank lines) into paragraphs and sentences, appended to those before it. */
function splitRange(masked: string, from: number, to: number, paragraphs: Paragraph[], sentences: Sentence[], paragraphTexts: string[], maxParagraphs = Infinity): void {
  for (const p of splitParagraphs(masked, from, to)) {
    if (paragraphs.length >= maxParagraphs) break;
    const index = paragraphs.length;
    const key = intern(masked.slice(p.start, p.end));
    paragraphTexts.push(key);
    // Sentence spans depend on the paragraph's text alone: memoised paragraph-relative (see cache.ts).
    const relative = memo('document.sentences', key, () =>
      splitSentences(masked, p.start, p.end).map((s) => [s.start - p.start, s.end - p.start] as const),
    );
    const own: Sentence[] = relative.map(([start, end]) => ({ start: p.start + start, end: p.start + end, index: 0, paragraph: index }));
    // One push per sentence, not `push(...own)`: a long pasted paragraph has more sentences than a call has room for arguments.
    for (const s of own) {
      s.index = sentences.length;
      sentences.push(s);
    }
    paragraphs.push({ start: p.start, end: p.end, index, sentences: own, isHeading: p.isHeading });
  }
}

/**
 * The paragraphs and sentences of `masked`, from those of `prev` (an earlier
 * version): the masked texts' common prefix and suffix bound the edit, the
 * nearest blank lines outside it bound the paragraphs it can change (blank
 * lines always separate paragraphs), and only those are split again.
 * Paragraphs before them are the same objects (nothing mutates a model);
 * those after them are copies shifted by the change in length and count.
 * Paragraphs and sentences depend on the masked text alone.
 */
function applyEdit(prev: DocumentModel, masked: string): Pick<DocumentModel, 'paragraphs' | 'paragraphTexts' | 'sentences'> {
  const old = prev.masked;
  if (old === masked) return { paragraphs: prev.paragraphs, paragraphTexts: prev.paragraphTexts, sentences: prev.sentences };
  const prefix = commonPrefix(old, masked);
  const suffix = commonSuffix(old, masked, Math.min(old.length, masked.length) - prefix);
  const delta = masked.length - old.length;
  const from = blankLineBefore(masked, prefix);
  const to = blankLineAfter(masked, masked.length - suffix);
  // Old paragraphs and sentences wholly before `from` / from `to - delta` on.
  const p0 = firstFrom(prev.paragraphs, from);
  const p1 = firstFrom(prev.paragraphs, to - delta);
  const s0 = firstFrom(prev.sentences, from);
  const s1 = firstFrom(prev.sentences, to - delta);
  const paragraphs = prev.paragraphs.slice(0, p0);
  const sentences = prev.sentences.slice(0, s0);
  const paragraphTexts = prev.paragraphTexts.slice(0, p0);
  splitRange(masked, from, to, paragraphs, sentences, paragraphTexts);
  const dp = paragraphs.length - p1;
  const ds = sentences.length - s1;
  for (let i = p1; i < prev.paragraphs.length; i++) {
    const p = prev.paragraphs[i];
    const own: Sentence[] = [];
    for (const s of p.sentences) {
      const t: Sentence = { start: s.start + delta, end: s.end + delta, index: s.index + ds, paragraph: s.paragraph + dp };
      own.push(t);
      sentences.push(t);
    }
    paragraphs.push({ start: p.start + delta, end: p.end + delta, index: p.index + dp, sentences: own, isHeading: p.isHeading });
    paragraphTexts.push(prev.paragraphTexts[i]);
  }
  return { paragraphs, paragraphTexts, sentences };
}

/** Index of the first span of `list` (sorted, disjoint) starting at or after `offset`. */
function firstFrom(list: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of the common prefix of `a` and `b` (compared a block at a time: string equality is a native compare). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 4096; step >= 1; step >>= 4) while (i + step <= n && a.substr(i, step) === b.substr(i, step)) i += step;
  return i;
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  for (let step = 4096; step >= 1; step >>= 4) while (k + step <= max && a.substr(a.length - k - step, step) === b.substr(b.length - k - step, step)) k += step;
  return k;
}

/** Id of the information finding that says a draft's paragraphs were cut (a notice, not a rule). */
export const TOO_MANY_PARAGRAPHS = 'copydesk.too-many-paragraphs';

/**
 * At most this many paragraphs of a draft of `length` characters are
 * analysed: one per 40 characters (news paragraphs run to hundreds), and
 * never fewer than 1,024. Each paragraph costs a few hundred bytes of model
 * and layer whatever its length, so a draft of one-line paragraphs (`"a"` on
 * every line) would otherwise hold over 100 bytes per byte of text (issue 15:
 * at most 20).
 */
export function paragraphBudget(length: number): number {
  return Math.max(1024, Math.floor(length / 40));
}

/** Where the paragraph budget cut a draft: the first paragraph not analysed, and how many were. */
export interface ParagraphCut {
  at: number;
  checked: number;
}

/**
 * `doc` within its paragraph budget: the same model when it fits, else one
 * with only the first `paragraphBudget` paragraphs and their sentences (the
 * text after them is not analysed), and where it was cut.
 */
export function withinParagraphBudget(doc: DocumentModel): { doc: DocumentModel; cut: ParagraphCut | null } {
  const budget = paragraphBudget(doc.text.length);
  if (doc.paragraphs.length <= budget) return { doc, cut: null };
  const first = doc.paragraphs[budget];
  const sentences = firstFrom(doc.sentences, first.start);
  return {
    doc: { ...doc, paragraphs: doc.paragraphs.slice(0, budget), paragraphTexts: doc.paragraphTexts.slice(0, budget), sentences: doc.sentences.slice(0, sentences) },
    cut: { at: first.start, checked: budget },
  };
}

/** Index of the paragraph containing `offset`, or -1 (binary search). */
export function paragraphAt(doc: DocumentModel, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the sentence containing `offset`, or -1 (binary search). */
export function sentenceAt(doc: DocumentModel, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

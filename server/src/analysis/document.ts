/**
 * The document model: prose map, paragraphs and sentences, built once per
 * document version and shared by every later stage and rule.
 */
import { intern, memo } from './cache';
import { buildProseMap, type FrontMatter } from './text/prose';
import { splitParagraphs } from './text/paragraphs';
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

/** Builds the document model of `text`. `languageId` is a VS Code language id or a file name. */
export function buildDocument(text: string, languageId?: string): DocumentModel {
  const isMarkdown = isMarkdownLanguage(languageId);
  const prose = buildProseMap(text, isMarkdown);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paragraphTexts: string[] = [];
  for (const p of splitParagraphs(prose.masked)) {
    const index = paragraphs.length;
    const key = intern(prose.masked.slice(p.start, p.end));
    paragraphTexts.push(key);
    // Sentence spans depend on the paragraph's text alone: memoised paragraph-relative (see cache.ts).
    const relative = memo('document.sentences', key, () =>
      splitSentences(prose.masked, p.start, p.end).map((s) => [s.start - p.start, s.end - p.start] as const),
    );
    const own: Sentence[] = relative.map(([start, end]) => ({ start: p.start + start, end: p.start + end, index: sentences.length, paragraph: index }));
    // One push per sentence, not `push(...own)`: a long pasted paragraph has more sentences than a call has room for arguments.
    for (const s of own) {
      s.index = sentences.length;
      sentences.push(s);
    }
    paragraphs.push({ start: p.start, end: p.end, index, sentences: own, isHeading: p.isHeading });
  }
  return { text, masked: prose.masked, frontMatter: prose.frontMatter, comments: prose.comments, paragraphs, paragraphTexts, sentences, isMarkdown };
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

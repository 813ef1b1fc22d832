/**
 * Incremental analysis for the keystroke path: `analyzeIncremental(prev,
 * text, options)` returns exactly what `analyze(text, options)` returns, but
 * reuses the paragraph-local work of the previous version (see `cache.ts`):
 * the previous document model is edited (only the paragraphs around the edit
 * are split again, see `buildDocument`), only paragraphs whose text changed
 * are re-scanned, and the document-level passes (continued quotes, pronoun
 * speakers, date anchors, the actor table) run in full. Editors call it once per document version; the cache lives as
 * long as the analyses that share it.
 */
import { analyze, type DocumentAnalysis } from './analyze';
import { AnalysisCache, attachCache, cacheOf, withCache, type CacheStats } from './cache';
import type { AnalysisOptions } from './types';

/** The analysis of `text`, reusing the paragraph work of `prev` (an earlier version of the same document) when given. */
export function analyzeIncremental(prev: DocumentAnalysis | undefined, text: string, options: AnalysisOptions): DocumentAnalysis {
  const own = prev && cacheOf(prev);
  const cache = own ?? new AnalysisCache();
  cache.nextGeneration();
  // The previous model is edited rather than rebuilt (its paragraph texts are this cache's canonical copies).
  const analysis = withCache(cache, () => analyze(text, options, own ? prev.doc : undefined));
  attachCache(analysis, cache);
  return analysis;
}

/** Cache hits and misses of the analysis that produced `analysis` (undefined when it was not incremental). */
export function cacheStats(analysis: DocumentAnalysis): CacheStats | undefined {
  return cacheOf(analysis)?.stats();
}

/**
 * The paragraph memo of the sources pipeline (`source.unnamed`,
 * `source.vague`). The rules run after `analyze`/`analyzeIncremental` has
 * returned, outside the analysis cache (`cache.ts`), so the sources keep
 * their own `AnalysisCache`: one generation per analysis they read, so a
 * keystroke rescans only the edited paragraph and entries not used by the
 * last two analyses are dropped. Stages store pure functions of the
 * paragraph's text with paragraph-relative offsets, so a hit gives exactly
 * what a fresh scan would (the incremental property test checks it).
 */
import { AnalysisCache } from '../cache';
import type { DocumentModel } from '../document';

const cache = new AnalysisCache();
/** Documents (one per analysis) that already opened their generation. */
const opened = new WeakSet<DocumentModel>();

/** `compute()`, memoised under `stage`/`key` across the analyses of a document; `doc` is the analysis's document. */
export function paragraphMemo<T>(doc: DocumentModel, stage: string, key: string, compute: () => T): T {
  if (!opened.has(doc)) {
    opened.add(doc);
    cache.nextGeneration();
  }
  return cache.memo(stage, key, compute);
}

/**
 * The paragraph memo of the sources pipeline (`source.unnamed`,
 * `source.vague`). The rules run after `analyze`/`analyzeIncremental` has
 * returned, outside the analysis cache (`cache.ts`), so the sources keep
 * their own generational memo (as `AnalysisCache` does): one generation per analysis they read, so a
 * keystroke rescans only the edited paragraph and entries not used by the
 * last two analyses are dropped. Stages store pure functions of the
 * paragraph's text with paragraph-relative offsets, so a hit gives exactly
 * what a fresh scan would (the incremental property test checks it).
 */
import type { DocumentModel } from '../document';

/** One stage's entries: those the current analysis used, and those of the one before. */
interface Generations {
  current: Map<string, unknown>;
  previous: Map<string, unknown>;
}

const stages = new Map<string, Generations>();
/** Documents (one per analysis) that already opened their generation. */
const opened = new WeakSet<DocumentModel>();

/**
 * `compute()`, memoised under `stage`/`key` across the analyses of a
 * document; `doc` is the analysis's document. `compute` must not return
 * undefined. Two map operations per call: the paragraph keys are long, and
 * every lookup hashes and compares one.
 */
export function paragraphMemo<T>(doc: DocumentModel, stage: string, key: string, compute: () => T): T {
  if (!opened.has(doc)) {
    opened.add(doc);
    for (const g of stages.values()) {
      g.previous = g.current;
      g.current = new Map();
    }
  }
  let g = stages.get(stage);
  if (!g) stages.set(stage, (g = { current: new Map(), previous: new Map() }));
  let v = g.current.get(key) as T | undefined;
  if (v !== undefined) return v;
  v = g.previous.get(key) as T | undefined;
  if (v === undefined) v = compute();
  g.current.set(key, v);
  return v;
}

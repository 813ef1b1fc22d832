/**
 * The per-document memo of paragraph-local work (the incremental analysis).
 *
 * Most facts are local to a paragraph: its sentences, quotation marks,
 * speech cues, date candidates, name candidates. A stage that computes such a
 * fact with a pure function of the paragraph's text (plus a little context,
 * e.g. the publication date) wraps the call in `memo(stage, key, fn)`. Inside
 * `withCache(cache, …)` (see `analyzeIncremental`), a keystroke recomputes only the edited paragraph and
 * reuses every other one; the document-level passes that link paragraphs run
 * in full each time, so the result is the same as a full analysis by
 * construction (a property test checks it). Outside `withCache`, `memo` just
 * calls `fn`. The analysis is synchronous, so the active cache is simply the
 * one of the analysis running now; no stage signature has to carry it.
 *
 * Results must be paragraph-relative (offsets from the paragraph start) and
 * treated as read-only by callers, because the same object is handed out for
 * every version that contains the paragraph.
 *
 * Eviction is generational: entries not used by the last two analyses are
 * dropped, so memory follows the document, not its edit history.
 */

export interface CacheStats {
  hits: number;
  misses: number;
  entries: number;
}

export class AnalysisCache {
  // Entries keep their own (detached) key: lookups use slices of the new version, which must not be stored.
  private current = new Map<string, Map<string, { key: string; value: unknown }>>();
  private previous = new Map<string, Map<string, { key: string; value: unknown }>>();
  private hits = 0;
  private misses = 0;

  /** Starts a new analysis: entries the previous analysis did not use are dropped. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /** The cached value of `stage` for `key`, computing it with `compute` on a miss. */
  memo<T>(stage: string, key: string, compute: () => T): T {
    let cur = this.current.get(stage);
    if (!cur) this.current.set(stage, (cur = new Map()));
    const here = cur.get(key);
    if (here) {
      this.hits++;
      return here.value as T;
    }
    const before = this.previous.get(stage)?.get(key);
    if (before) {
      cur.set(before.key, before);
      this.hits++;
      return before.value as T;
    }
    this.misses++;
    const entry = { key: detach(key), value: compute() };
    cur.set(entry.key, entry);
    return entry.value as T;
  }

  /** Hits and misses of the current analysis, and entries kept. */
  stats(): CacheStats {
    let entries = 0;
    for (const m of this.current.values()) entries += m.size;
    return { hits: this.hits, misses: this.misses, entries };
  }
}

/**
 * A copy of `s` that does not keep a larger string alive. V8 represents a
 * slice as a view into its parent; a cached result built from a slice of one
 * version of a draft would otherwise hold that whole version in memory for as
 * long as the paragraph stays unchanged. Compute cached results from
 * `detach(paragraphText)`.
 */
export function detach(s: string): string {
  // Slicing a concatenation flattens it into a fresh string of this length only.
  return (s + ' ').slice(0, -1);
}

let active: AnalysisCache | undefined;

/** Runs `fn` (a synchronous analysis) with `cache` as the active paragraph cache. */
export function withCache<T>(cache: AnalysisCache, fn: () => T): T {
  const outer = active;
  active = cache;
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/** `compute()`, memoised under `stage`/`key` in the active cache when an analysis runs with one. */
export function memo<T>(stage: string, key: string, compute: () => T): T {
  return active ? active.memo(stage, key, compute) : compute();
}

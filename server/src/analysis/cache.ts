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
  private current = new Map<string, Map<string, Entry>>();
  private previous = new Map<string, Map<string, Entry>>();
  // Canonical (detached) copies of paragraph texts: see `intern`.
  private interned = new Map<string, string>();
  private internedBefore = new Map<string, string>();
  private hits = 0;
  private misses = 0;

  /** Starts a new analysis: entries the previous analysis did not use are dropped. */
  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
    this.internedBefore = this.interned;
    this.interned = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /**
   * The canonical copy of `s`: the same string object for the same text
   * across the analyses of a document. A slice of a new version is hashed
   * once here; every later look-up with the canonical copy then finds its
   * hash cached and its key identical, instead of hashing and comparing the
   * whole paragraph again in every stage.
   */
  intern(s: string): string {
    let c = this.interned.get(s);
    if (c !== undefined) return c;
    c = this.internedBefore.get(s) ?? copyOf(s);
    this.interned.set(c, c);
    return c;
  }

  /** True when `s` is the canonical copy of its text (see `intern`). */
  isInterned(s: string): boolean {
    return this.interned.get(s) === s;
  }

  /** The cached value of `stage` for `key`, computing it with `compute` on a miss. */
  memo<T>(stage: string, key: string, compute: () => T, extra = ''): T {
    let cur = this.current.get(stage);
    if (!cur) this.current.set(stage, (cur = new Map()));
    const here = cur.get(key);
    if (here && here.extra === extra) {
      this.hits++;
      return here.value as T;
    }
    const before = this.previous.get(stage)?.get(key);
    if (before && before.extra === extra) {
      cur.set(before.key, before);
      this.hits++;
      return before.value as T;
    }
    this.misses++;
    const entry: Entry = { key: this.isInterned(key) ? key : copyOf(key), extra: extra && copyOf(extra), value: compute() };
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

interface Entry {
  key: string;
  /** Further input the value depends on, compared on a hit (not hashed). */
  extra: string;
  value: unknown;
}

/**
 * A copy of `s` that does not keep a larger string alive. V8 represents a
 * slice as a view into its parent; a cached result built from a slice of one
 * version of a draft would otherwise hold that whole version in memory for as
 * long as the paragraph stays unchanged. Compute cached results from
 * `detach(paragraphText)`. Without an active cache nothing is kept, and a
 * canonical (`intern`ed) text is already a copy: both come back as they are.
 */
export function detach(s: string): string {
  if (!active || active.isInterned(s)) return s;
  return copyOf(s);
}

function copyOf(s: string): string {
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

/**
 * `compute()`, memoised under `stage`/`key` in the active cache when an
 * analysis runs with one. `extra` is further input the value depends on
 * (say, the raw text beside the masked one): a hit needs it equal too, but
 * it is compared rather than hashed. Use an `intern`ed paragraph text as the
 * key where there is one.
 */
export function memo<T>(stage: string, key: string, compute: () => T, extra = ''): T {
  return active ? active.memo(stage, key, compute, extra) : compute();
}

/** The canonical copy of a paragraph's text in the active cache (see `AnalysisCache.intern`); `s` itself without one. */
export function intern(s: string): string {
  return active ? active.intern(s) : s;
}

const owners = new WeakMap<object, AnalysisCache>();

/** Records that `analysis` was computed with `cache`, so that later passes over it (the rules) can memoise there too. */
export function attachCache(analysis: object, cache: AnalysisCache): void {
  owners.set(analysis, cache);
}

/** The cache `analysis` was computed with, if any. */
export function cacheOf(analysis: object): AnalysisCache | undefined {
  return owners.get(analysis);
}

/** Runs `fn` with the cache of `analysis` active, when it has one (the rules of an incremental analysis). */
export function withCacheOf<T>(analysis: object, fn: () => T): T {
  const cache = owners.get(analysis);
  return cache ? withCache(cache, fn) : fn();
}

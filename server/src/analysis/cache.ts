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
 * every version that contains the paragraph. (A stage may keep a holder of
 * its own under a key, as attribution does for its sentence slots, if what
 * it hands out stays read-only.) Keys are the paragraph texts `intern`ed by
 * the document model; the rules memoise here too (`check` runs them inside
 * the cache of the analysis they read).
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
  private stages = new Map<string, Map<string, Entry>>();
  // Canonical (detached) copies of paragraph texts: see `intern`.
  private interned = new Map<string, Interned>();
  /** The analysis running now; an entry is stamped with the last analysis that used it. */
  private generation = 0;
  /** Entries added since the last sweep: only then can entries have fallen out of use. */
  private added = 0;
  private hits = 0;
  private misses = 0;

  /**
   * Starts a new analysis. Entries that neither of the last two analyses used
   * are dropped (the last one's stay, for an edit that is undone). Entries
   * are stamped rather than moved between generations, so a keystroke costs
   * no map rebuilding; the sweep is one pass, and only after new entries.
   */
  nextGeneration(): void {
    this.generation++;
    this.hits = 0;
    this.misses = 0;
    if (this.added === 0) return;
    this.added = 0;
    const keep = this.generation - 1;
    for (const m of this.stages.values()) for (const [k, e] of m) if (e.used < keep) m.delete(k);
    for (const [k, e] of this.interned) if (e.used < keep) this.interned.delete(k);
  }

  /**
   * The canonical copy of `s`: the same string object for the same text
   * across the analyses of a document. A slice of a new version is hashed
   * once here; every later look-up with the canonical copy then finds its
   * hash cached and its key identical, instead of hashing and comparing the
   * whole paragraph again in every stage.
   */
  intern(s: string): string {
    const e = this.interned.get(s);
    if (e !== undefined) {
      e.used = this.generation;
      return e.text;
    }
    const text = copyOf(s);
    this.interned.set(text, { text, used: this.generation });
    this.added++;
    return text;
  }

  /** True when `s` is the canonical copy of its text (see `intern`). */
  isInterned(s: string): boolean {
    return this.interned.get(s)?.text === s;
  }

  /** The cached value of `stage` for `key`, computing it with `compute` on a miss. */
  memo<T>(stage: string, key: string, compute: () => T, extra = ''): T {
    let m = this.stages.get(stage);
    if (!m) this.stages.set(stage, (m = new Map()));
    const e = m.get(key);
    if (e !== undefined && e.extra === extra) {
      e.used = this.generation;
      this.hits++;
      return e.value as T;
    }
    this.misses++;
    this.added++;
    const entry: Entry = { key: this.isInterned(key) ? key : copyOf(key), extra: extra && copyOf(extra), value: compute(), used: this.generation };
    m.set(entry.key, entry);
    return entry.value as T;
  }

  /** Hits and misses of the current analysis, and entries kept. */
  stats(): CacheStats {
    let entries = 0;
    for (const m of this.stages.values()) entries += m.size;
    return { hits: this.hits, misses: this.misses, entries };
  }
}

interface Interned {
  text: string;
  used: number;
}

interface Entry {
  key: string;
  /** Further input the value depends on, compared on a hit (not hashed). */
  extra: string;
  value: unknown;
  /** The last analysis (generation) that used the entry. */
  used: number;
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

/** A copy of `s` that keeps no larger string alive, cache or not (for memos that outlive one analysis). */
export function copyOf(s: string): string {
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
  if (interrupt?.()) throw new Interrupted();
  return active ? active.memo(stage, key, compute, extra) : compute();
}

/** Thrown from a checkpoint (every paragraph of every memoised stage) when the running analysis is no longer wanted. */
export class Interrupted extends Error {
  constructor() {
    super('analysis interrupted');
  }
}

let interrupt: (() => boolean) | undefined;

/**
 * Runs `fn` with `stop` checked at each paragraph of each stage: when it
 * returns true, `fn` throws `Interrupted`. The language server's analysis
 * worker stops an analysis whose document has a newer version this way
 * (cooperative: no stage is cut in the middle of a paragraph).
 */
export function withInterrupt<T>(stop: () => boolean, fn: () => T): T {
  const outer = interrupt;
  interrupt = stop;
  try {
    return fn();
  } finally {
    interrupt = outer;
  }
}

/** True inside `withCache` (an incremental analysis, whose document model the next version edits). */
export function cacheIsActive(): boolean {
  return active !== undefined;
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

/**
 * The transcript index: every turn of every transcript file of the workspace,
 * tokenised once, with an inverted index of word pairs (bigrams) to their
 * positions. A quotation is matched by looking up its own word pairs, taking
 * the few turns they hit most, and aligning the quotation only against those
 * (see `align.ts`). Updates are per file (`setFile`, `removeFile`), like the
 * profile index; results are memoised per quotation text until the index
 * changes, so a keystroke that does not touch a quotation costs one map read
 * per quotation.
 */
import { align, changesOf, type Alignment, diffOf, recordedWording, usesAllowedEdits, type Change, type DiffPart } from './align';
import { parseTranscript } from './parse';
import { tokenize, type Token } from './tokens';
import type { ParsedTranscript, Turn } from './types';

/** A quotation is from the record when at least this many of its words, and this share of them, align with one passage. */
export const MIN_WORDS = 4;
export const MIN_SHARE = 0.6;

/** Word pairs found more often than this in the record (very common ones) are not used to find candidates. */
const MAX_POSTINGS = 2000;
/** The rarest word pairs of a quotation used to find candidates, and how many of them may propose a turn. */
const PAIRS_USED = 8;
const PAIRS_PROPOSING = 3;
/** Quotation texts remembered (a draft has far fewer quotations; older entries go all at once). */
const MEMO_LIMIT = 20_000;
/** Turns aligned per quotation. */
const CANDIDATES = 4;

export interface TranscriptFileResult {
  /** The file as shown to people (a path relative to the workspace or current folder). */
  display: string;
  /** Why the file could not be read, or null. */
  error: string | null;
  parsed: ParsedTranscript | null;
}

interface FileEntry extends TranscriptFileResult {
  key: string;
  text: string;
  tokens: Token[];
  /** Turn (index into parsed.turns) of each token. */
  turnOf: Int32Array;
  /** First token and end token of each turn (answers only; question turns have none). */
  turnStart: Int32Array;
  turnEnd: Int32Array;
  sentenceEnds: number[];
  bigrams: Map<number, number[]>;
  lineStarts: number[] | null;
}

/** The record's passage a quotation matches, and how it differs. */
export interface RecordMatch {
  /** The file's key (URI in the server, path in the CLI) and display name. */
  file: string;
  display: string;
  /** Zero-based line of the first matching word in the file. */
  line: number;
  /** Zero-based line of the turn's label. */
  turnLine: number;
  time: string | null;
  speaker: string | null;
  /** The turn (in its file) and the first and last word of the passage (indices into the file's words). */
  turn: number;
  pFirst: number;
  pLast: number;
  /** Words of the quotation that align, out of those that count. */
  matched: number;
  total: number;
  status: 'verbatim' | 'edited' | 'misquoted';
  changes: Change[];
  diff: DiffPart[];
  /** The record's words the quotation aligns with (whitespace collapsed). */
  recordText: string;
  /** The quotation's text (between its marks) with the record's wording, when it differs. */
  fixed: string | null;
  /** Alignment score (higher is better), for choosing between passages. */
  score: number;
}

/** What the analysis needs from a transcript index. */
export interface TranscriptLookup {
  /** Number of files indexed. */
  readonly size: number;
  /** Bumped on every change. */
  readonly version: number;
  /** The passages a quotation's text (between its marks) comes from, best first; empty when none does. */
  match(quoteText: string): readonly RecordMatch[];
  /** The speakers of the record's answer turns, as labelled. */
  speakers(): readonly string[];
  /** A short part of a split quotation matched next to the passage of its neighbouring part. */
  near(quoteText: string, m: RecordMatch, side: 'after' | 'before'): RecordMatch | null;
}

/**
 * A word pair as a small integer (a V8 small integer: no allocation, fast map keys). Two pairs may share a
 * key; that only proposes a turn the alignment then rejects.
 */
function pairKey(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0x3fffffff;
}

/** The files where a word pair occurs, and its number of occurrences in all of them. */
interface PairFiles {
  files: FileEntry[];
  total: number;
}

/** Per-file scratch slots for counting candidate turns (reused by every match). */
interface Scratch {
  file: FileEntry;
  count: Int32Array;
  last: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  /** Turns with a non-zero count. */
  turns: number[];
}

const scratches = new WeakMap<FileEntry, Scratch>();

function scratchOf(file: FileEntry): Scratch {
  let sc = scratches.get(file);
  if (!sc) {
    const n = file.turnStart.length;
    sc = { file, count: new Int32Array(n), last: new Int32Array(n), lo: new Int32Array(n), hi: new Int32Array(n), turns: [] };
    scratches.set(file, sc);
  }
  return sc;
}

function lowerBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TranscriptIndex implements TranscriptLookup {
  private readonly files = new Map<string, FileEntry>();
  private readonly vocab = new Map<string, number>();
  private memo = new Map<string, readonly RecordMatch[]>();
  /** Every word pair of the record: the files holding it and how often it occurs in all. */
  private readonly pairs = new Map<number, PairFiles>();
  private speakerList: string[] | null = null;
  private ver = 0;

  get size(): number {
    return this.files.size;
  }

  get version(): number {
    return this.ver;
  }

  private changed(): void {
    this.ver++;
    this.memo = new Map();
    this.speakerList = null;
  }

  private id(norm: string): number {
    let v = this.vocab.get(norm);
    if (v === undefined) {
      v = this.vocab.size + 1;
      this.vocab.set(norm, v);
    }
    return v;
  }

  /** Parses `text` as the transcript `key` (shown as `display`) and replaces that file's entries. */
  setFile(key: string, text: string, display: string = key): TranscriptFileResult {
    this.unindex(key);
    const parsed = parseTranscript(text, key);
    const tokens: Token[] = [];
    const turnOfList: number[] = [];
    const turnStart = new Int32Array(parsed.turns.length).fill(-1);
    const turnEnd = new Int32Array(parsed.turns.length).fill(-1);
    const sentenceEnds: number[] = [];
    parsed.turns.forEach((turn, t) => {
      if (turn.question) return;
      turnStart[t] = tokens.length;
      for (const seg of turn.segments) {
        const tk = tokenize(text, seg.start, seg.end, 'record');
        for (const tok of tk.tokens) {
          tokens.push(tok);
          turnOfList.push(t);
        }
        for (const e of tk.sentenceEnds) sentenceEnds.push(e);
      }
      turnEnd[t] = tokens.length;
    });
    const bigrams = new Map<number, number[]>();
    const ids = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) ids[k] = this.id(tokens[k].norm);
    const turnOf = Int32Array.from(turnOfList);
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (turnOf[k] !== turnOf[k + 1]) continue;
      const key2 = pairKey(ids[k], ids[k + 1]);
      const list = bigrams.get(key2);
      if (list) list.push(k);
      else bigrams.set(key2, [k]);
    }
    const entry: FileEntry = { key, display, error: null, parsed, text, tokens, turnOf, turnStart, turnEnd, sentenceEnds, bigrams, lineStarts: null };
    this.files.set(key, entry);
    for (const [k, list] of bigrams) {
      let where = this.pairs.get(k);
      if (!where) {
        where = { files: [], total: 0 };
        this.pairs.set(k, where);
      }
      where.files.push(entry);
      where.total += list.length;
    }
    this.changed();
    return entry;
  }

  /** Records a file that could not be read: it holds nothing and carries `error`. */
  setError(key: string, error: string, display: string = key): TranscriptFileResult {
    this.unindex(key);
    const entry: FileEntry = {
      key, display, error, parsed: null, text: '', tokens: [], turnOf: new Int32Array(0), turnStart: new Int32Array(0), turnEnd: new Int32Array(0),
      sentenceEnds: [], bigrams: new Map(), lineStarts: null,
    };
    this.files.set(key, entry);
    this.changed();
    return entry;
  }

  removeFile(key: string): void {
    if (this.unindex(key)) this.changed();
  }

  /** Takes a file out of the index (its pairs out of the record-wide table); false when it was not there. */
  private unindex(key: string): boolean {
    const old = this.files.get(key);
    if (!old) return false;
    for (const [k, list] of old.bigrams) {
      const where = this.pairs.get(k);
      if (!where) continue;
      const at = where.files.indexOf(old);
      if (at >= 0) where.files.splice(at, 1);
      where.total -= list.length;
      if (!where.files.length) this.pairs.delete(k);
    }
    this.files.delete(key);
    return true;
  }

  /** The files indexed, with their errors. */
  fileResults(): ReadonlyMap<string, TranscriptFileResult> {
    return this.files;
  }

  /** Number of words indexed (answers only). */
  get words(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.tokens.length;
    return n;
  }

  speakers(): readonly string[] {
    if (!this.speakerList) {
      const s = new Set<string>();
      for (const f of this.files.values()) for (const t of f.parsed?.turns ?? []) if (!t.question && t.speaker) s.add(t.speaker);
      this.speakerList = [...s];
    }
    return this.speakerList;
  }

  match(quoteText: string): readonly RecordMatch[] {
    const hit = this.memo.get(quoteText);
    if (hit) return hit;
    const result = this.files.size ? this.compute(quoteText) : [];
    // Typing inside a quotation makes a new text per keystroke: the memo is bounded, not a log of the session.
    if (this.memo.size >= MEMO_LIMIT) this.memo = new Map();
    this.memo.set(quoteText, result);
    return result;
  }

  private compute(quoteText: string): RecordMatch[] {
    const { tokens: q } = tokenize(quoteText, 0, quoteText.length, 'quote');
    const counted = q.filter((t) => !t.optional);
    if (counted.length < MIN_WORDS) return [];
    const qIds = q.map((t) => this.vocab.get(t.norm) ?? 0);
    // The quotation's word pairs, rarest first (one look-up each in the record-wide table of pairs).
    const pairs: { i: number; key: number; where: PairFiles }[] = [];
    for (let i = 0; i + 1 < q.length; i++) {
      if (!qIds[i] || !qIds[i + 1]) continue;
      const key = pairKey(qIds[i], qIds[i + 1]);
      const where = this.pairs.get(key);
      if (where) pairs.push({ i, key, where });
    }
    pairs.sort((a, b) => a.where.total - b.where.total);
    // Candidate turns: those most of the rarer pairs hit. Counts live in per-file scratch arrays (one slot per
    // turn), so the postings loop allocates nothing; the turns touched are reset afterwards.
    interface Cand {
      file: FileEntry;
      turn: number;
      count: number;
      lo: number;
      hi: number;
    }
    let used = pairs.slice(0, PAIRS_USED).filter((p) => p.where.total <= MAX_POSTINGS);
    if (!used.length) used = pairs.slice(0, 2);
    const touched: Scratch[] = [];
    for (let k = 0; k < used.length; k++) {
      const { i, key, where } = used[k];
      for (const file of where.files) {
        const list = file.bigrams.get(key)!;
        const sc = scratchOf(file);
        if (sc.turns.length === 0) {
          if (k >= PAIRS_PROPOSING) continue;
          touched.push(sc);
        }
        const { count, last, lo, hi } = sc;
        const tail = q.length - i;
        for (let x = 0; x < list.length; x++) {
          const pos = list[x];
          const turn = file.turnOf[pos];
          if (count[turn] === 0) {
            // Turns are proposed by the rarest pairs; the others only add evidence (bounded work on common words).
            if (k >= PAIRS_PROPOSING) continue;
            sc.turns.push(turn);
            lo[turn] = pos - i;
            hi[turn] = pos + tail;
          }
          if (last[turn] !== k + 1) {
            last[turn] = k + 1;
            count[turn]++;
          }
          if (pos - i < lo[turn]) lo[turn] = pos - i;
          if (pos + tail > hi[turn]) hi[turn] = pos + tail;
        }
      }
    }
    // The few best candidates, by one pass (no sort of every turn hit); the scratch slots are cleared.
    const ranked: Cand[] = [];
    for (const sc of touched) {
      for (const turn of sc.turns) {
        const n = sc.count[turn];
        if (ranked.length < CANDIDATES || n > ranked[ranked.length - 1].count) {
          let at = ranked.length;
          while (at > 0 && ranked[at - 1].count < n) at--;
          ranked.splice(at, 0, { file: sc.file, turn, count: n, lo: sc.lo[turn], hi: sc.hi[turn] });
          if (ranked.length > CANDIDATES) ranked.pop();
        }
        sc.count[turn] = 0;
        sc.last[turn] = 0;
      }
      sc.turns.length = 0;
    }
    const out: RecordMatch[] = [];
    for (const c of ranked) {
      const f = c.file;
      const slack = q.length + 10;
      let from = Math.max(f.turnStart[c.turn], c.lo - slack);
      let to = Math.min(f.turnEnd[c.turn], c.hi + slack);
      // A very long turn hit all over by common pairs: align around the densest hits only.
      if (to - from > 6 * q.length + 400) {
        from = Math.max(f.turnStart[c.turn], c.lo - slack);
        to = Math.min(f.turnEnd[c.turn], from + 6 * q.length + 400);
      }
      const al = align(q, f.tokens, from, to);
      if (al.matched < MIN_WORDS || al.matched < MIN_SHARE * al.total || al.pFirst < 0) continue;
      out.push(this.build(f, c.turn, al, q, quoteText));
    }
    out.sort((a, b) => b.score - a.score || b.matched - a.matched);
    return out;
  }

  /** The record match of an alignment of the quotation `q` (words of `quoteText`) in turn `turnIndex` of `f`. */
  private build(f: FileEntry, turnIndex: number, al: Alignment, q: Token[], quoteText: string): RecordMatch {
    const between = (a: number, b: number) => {
      const k = lowerBound(f.sentenceEnds, a + 1);
      return k < f.sentenceEnds.length && f.sentenceEnds[k] <= b;
    };
    const changes = changesOf(al, q, quoteText, f.tokens, f.text, between, { from: f.turnStart[turnIndex], to: f.turnEnd[turnIndex] });
    const turn: Turn = f.parsed!.turns[turnIndex];
    const first = f.tokens[al.pFirst];
    const last = f.tokens[al.pLast];
    return {
      file: f.key,
      display: f.display,
      line: this.lineOf(f, first.start),
      turnLine: turn.line,
      time: turn.time,
      speaker: turn.speaker,
      turn: turnIndex,
      pFirst: al.pFirst,
      pLast: al.pLast,
      matched: al.matched,
      total: al.total,
      status: changes.length ? 'misquoted' : usesAllowedEdits(al, q, quoteText, f.tokens, f.text) ? 'edited' : 'verbatim',
      changes,
      diff: diffOf(al, q, quoteText, f.tokens, f.text),
      recordText: f.text.slice(first.start, last.end).replace(/\s+/g, ' '),
      fixed: changes.length ? recordedWording(al, q, quoteText, f.tokens, f.text, changes) : null,
      score: al.score,
    };
  }

  /**
   * A short part of a split quotation (fewer than four words: `"We will not," Vu said, "raise taxes."`), matched in
   * the record right after (or before) the passage its neighbouring part matched: at least 60% of its words must
   * align there. Null when they do not.
   */
  near(quoteText: string, m: RecordMatch, side: 'after' | 'before'): RecordMatch | null {
    const key = `\u0001${side}\u0001${m.file}\u0001${m.turn}\u0001${m.pFirst}\u0001${m.pLast}\u0001${quoteText}`;
    const hit = this.memo.get(key);
    if (hit) return hit[0] ?? null;
    let result: RecordMatch | null = null;
    const f = this.files.get(m.file);
    const { tokens: q } = tokenize(quoteText, 0, quoteText.length, 'quote');
    if (f && q.length && m.turn < f.turnStart.length) {
      const reach = 2 * q.length + 8;
      const from = side === 'after' ? m.pLast + 1 : Math.max(f.turnStart[m.turn], m.pFirst - reach);
      const to = side === 'after' ? Math.min(f.turnEnd[m.turn], m.pLast + 1 + reach) : m.pFirst;
      if (to > from) {
        const al = align(q, f.tokens, from, to);
        if (al.pFirst >= 0 && al.matched >= 1 && al.matched >= MIN_SHARE * al.total) result = this.build(f, m.turn, al, q, quoteText);
      }
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo = new Map();
    this.memo.set(key, result ? [result] : []);
    return result;
  }

  private lineOf(f: FileEntry, offset: number): number {
    if (!f.lineStarts) {
      const starts = [0];
      for (let i = f.text.indexOf('\n'); i >= 0; i = f.text.indexOf('\n', i + 1)) starts.push(i + 1);
      f.lineStarts = starts;
    }
    return lowerBound(f.lineStarts, offset + 1) - 1;
  }
}

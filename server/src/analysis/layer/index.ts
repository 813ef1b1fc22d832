/**
 * The linguistic layer: one tokenisation per paragraph, read by every pass,
 * with part-of-speech tags and noun-phrase chunks on demand.
 *
 * `paragraphLayer(doc, i)` is the layer of paragraph `i`, memoised in the
 * analysis cache under the paragraph's interned text (cache.ts), so a
 * keystroke rebuilds only the edited paragraph's layer and every other
 * paragraph keeps its words, tags and chunks. Two levels:
 *
 * - `tokens()`: the cheap words of the paragraph (layer/tokens.ts), made on
 *   request (cheaper than keeping them); interned lower-case ids
 *   (layer/wordIds.ts) and a compact word table for position questions
 *   (`wordAt`, `isWeekday`) are built for the paragraphs a pass asks about.
 * - tags and chunks, computed per sentence the first time a pass asks about
 *   it (wink-nlp's tagger, layer/tagger.ts; chunks, layer/chunks.ts), then
 *   kept with the paragraph's layer. Tagging costs about as much as the rest
 *   of the analysis per word, so passes ask only about the sentences they
 *   need (an attribution sentence, a date clause); the model itself loads on
 *   the first request.
 *
 * Everything inside a layer is paragraph-relative; the `…At(doc, offset)`
 * helpers below take and give document offsets. The layer is read-only for
 * callers (the lazily filled sentence tags are its own business, and are a
 * pure function of the paragraph's text, so an incremental analysis still
 * equals a full one).
 */
import { detach, memo } from '../cache';
import { paragraphAt, type DocumentModel } from '../document';
import type { Sentence, Span } from '../types';
import { chunkTokens, type Chunk } from './chunks';
import { tagText, type TaggedToken, type Upos } from './tagger';
import { tokenize, type Token } from './tokens';
import { idSet, wordId } from './wordIds';

export type { Chunk } from './chunks';
export type { TaggedToken, Upos } from './tagger';
export type { Token } from './tokens';
export { isTaggerLoaded, preloadTagger } from './tagger';
export { idSet, wordId, wordOfId } from './wordIds';

/** One sentence's tags and chunks (offsets relative to the paragraph, or to the document from the `doc` helpers). */
export interface TaggedSentence extends Span {
  tokens: readonly TaggedToken[];
  chunks: readonly Chunk[];
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.'];
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
];
const WEEKDAY_IDS = idSet(WEEKDAYS);
const CALENDAR_IDS = idSet([...WEEKDAYS, ...MONTHS]);
/** Abbreviations without their period: calendar words only when the period follows (`Sept.` read as `Sept` + full stop). */
const WEEKDAY_ABBR_IDS = idSet(WEEKDAYS.filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));
const CALENDAR_ABBR_IDS = idSet([...WEEKDAYS, ...MONTHS].filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)));

/** What may follow a sentence-opening participle (`Campaigning in`, `Looking ahead`, `Hoping to`). */
const PARTICIPLE_FOLLOWERS: ReadonlySet<Upos> = new Set<Upos>(['ADP', 'DET', 'ADV', 'PART']);

/** Word spans and ids of a paragraph, compact (typed arrays), for position questions. */
interface WordTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  /** 1 for a capitalised word that does not open a sentence. */
  capInside: Uint8Array;
}

const NO_TAGS: TaggedSentence = Object.freeze({ start: 0, end: 0, tokens: Object.freeze([]) as readonly TaggedToken[], chunks: Object.freeze([]) as readonly Chunk[] });

/** The linguistic layer of one paragraph (see the header). */
export class ParagraphLayer {
  /** Spans, ids and flags of the words, made when a position question first needs them (see `table`). */
  private words: WordTable | null = null;
  /** Tags and chunks per sentence, filled on first request; null when the tagger could not load. */
  private tagged: (TaggedSentence | null | undefined)[] | null = null;
  private spans: readonly Span[] | null = null;

  /** `text` is the paragraph's masked text, `sentences` its sentence spans relative to it, in order. */
  constructor(
    readonly text: string,
    readonly sentences: readonly (readonly [number, number])[],
  ) {
  }

  /** How many sentences have been tagged so far (for tests and cache statistics). */
  taggedSentences(): number {
    let n = 0;
    for (const t of this.tagged ?? []) if (t !== undefined) n++;
    return n;
  }

  /** Index of the sentence containing `offset` (paragraph-relative), or -1. */
  sentenceAt(offset: number): number {
    this.spans ??= this.sentences.map(([start, end]) => ({ start, end }));
    return indexCovering(this.spans, offset);
  }

  /** Tags and chunks of sentence `k` (tagged now if no pass asked before); null when no tagger is available. */
  sentence(k: number): TaggedSentence | null {
    this.tagged ??= new Array(this.sentences.length);
    let t = this.tagged[k];
    if (t !== undefined) return t;
    const [s, e] = this.sentences[k];
    const own = tagText(this.text.slice(s, e));
    if (own === null) t = null;
    else {
      const tokens = own.map((x) => ({ start: x.start + s, end: x.end + s, pos: x.pos }));
      this.participleOpener(tokens);
      t = { start: s, end: e, tokens, chunks: chunkTokens(this.text, tokens) };
    }
    this.tagged[k] = t;
    return t;
  }

  /**
   * The tagger reads a capitalised participle that opens a sentence as a
   * proper noun (`Campaigning in the rain, …`, `Armed with data, …`). Such a
   * word, followed by a preposition, determiner, adverb or `to`, is re-tagged
   * a verb, unless the paragraph also writes it capitalised inside a sentence
   * (then it is a name: `Manning in 2010 …` after `… said Manning`).
   */
  private participleOpener(tokens: TaggedToken[]): void {
    if (tokens.length < 2) return;
    let i = 0;
    while (i < tokens.length - 1 && tokens[i].pos === 'PUNCT') i++;
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.pos !== 'PROPN' || !next || !PARTICIPLE_FOLLOWERS.has(next.pos)) return;
    const word = this.text.slice(t.start, t.end);
    if (!/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(word)) return;
    const w = this.wordAt(t.start);
    if (w < 0) return;
    const { id, capInside, count } = this.table();
    for (let k = 0; k < count; k++) if (k !== w && id[k] === id[w] && capInside[k]) return;
    t.pos = 'VERB';
  }

  /** The tagged token covering `offset` (paragraph-relative), or null. */
  tokenAt(offset: number): TaggedToken | null {
    const k = this.sentenceAt(offset);
    const s = k >= 0 ? this.sentence(k) : null;
    if (!s) return null;
    const i = indexCovering(s.tokens, offset);
    return i >= 0 ? s.tokens[i] : null;
  }

  /** Part of speech of the token covering `offset`, or null (between tokens, or no tagger). */
  posAt(offset: number): Upos | null {
    return this.tokenAt(offset)?.pos ?? null;
  }

  /** The noun-phrase chunk covering `offset`, or null. */
  chunkAt(offset: number): Chunk | null {
    const k = this.sentenceAt(offset);
    const s = k >= 0 ? this.sentence(k) : null;
    if (!s) return null;
    const i = indexCovering(s.chunks, offset);
    return i >= 0 ? s.chunks[i] : null;
  }

  /**
   * The paragraph's words as `Token` objects (span, text, lower case, key, flags), made for the caller and not
   * kept: tokenising is cheaper than keeping the objects of every paragraph (see layer/tokens.ts), so a pass that
   * walks the words asks once per paragraph. `wordId(token.lower)` is a word's interned id.
   */
  tokens(): Token[] {
    return tokenize(this.text, this.sentences.map((s) => s[0]));
  }

  /** The compact word table, built on the first position question (only paragraphs that passes ask about). */
  private table(): WordTable {
    if (this.words) return this.words;
    const toks = this.tokens();
    const n = toks.length;
    const w: WordTable = { count: n, start: new Int32Array(n), end: new Int32Array(n), id: new Int32Array(n), capInside: new Uint8Array(n) };
    toks.forEach((t, i) => {
      w.start[i] = t.start;
      w.end[i] = t.end;
      w.id[i] = wordId(t.lower);
      w.capInside[i] = t.cap && !t.sentenceInitial ? 1 : 0;
    });
    return (this.words = w);
  }

  /** Number of words in the paragraph. */
  wordCount(): number {
    return this.table().count;
  }

  /** Span of word `i` (paragraph-relative). */
  wordSpan(i: number): Span {
    const w = this.table();
    return { start: w.start[i], end: w.end[i] };
  }

  /** Interned id of word `i`'s lower-case form. */
  wordIdOf(i: number): number {
    return this.table().id[i];
  }

  /** Index of the word covering `offset`, or -1. */
  wordAt(offset: number): number {
    const w = this.table();
    let lo = 0;
    let hi = w.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < w.start[mid]) hi = mid - 1;
      else if (offset >= w.end[mid]) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Part of speech of word `i`: the tag of the tagger token at its start (`don't` → AUX, `Doe's` → PROPN). */
  posOfWord(i: number): Upos | null {
    return this.posAt(this.table().start[i]);
  }

  /** True when `offset` lies in the head of a noun phrase (a noun, proper noun or pronoun that ends its chunk). */
  isNounPhraseHead(offset: number): boolean {
    const c = this.chunkAt(offset);
    return c !== null && offset >= c.head.start && offset < c.head.end;
  }

  isVerb(offset: number): boolean {
    const p = this.posAt(offset);
    return p === 'VERB' || p === 'AUX';
  }

  isAdverb(offset: number): boolean {
    return this.posAt(offset) === 'ADV';
  }

  /** True when word `i` is a weekday or a month name (`Wednesday`, `Sept.`), by lexicon: taggers call them proper nouns. */
  isCalendarWord(i: number): boolean {
    const w = this.table();
    const id = w.id[i];
    return CALENDAR_IDS.has(id) || (CALENDAR_ABBR_IDS.has(id) && this.text.charCodeAt(w.end[i]) === 0x2e);
  }

  /** True when word `i` is a weekday (`Tuesday`, `Tues.`). */
  isWeekday(i: number): boolean {
    const w = this.table();
    const id = w.id[i];
    return WEEKDAY_IDS.has(id) || (WEEKDAY_ABBR_IDS.has(id) && this.text.charCodeAt(w.end[i]) === 0x2e);
  }
}

/** Index of the span covering `offset` in spans sorted by start and not overlapping, or -1. */
function indexCovering(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = spans[mid];
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Each document version's layers by paragraph (a full analysis without a cache asks for a paragraph more than once). */
const layersOf = new WeakMap<DocumentModel, (ParagraphLayer | undefined)[]>();

/** The linguistic layer of paragraph `i` of `doc`. */
export function paragraphLayer(doc: DocumentModel, i: number): ParagraphLayer {
  let list = layersOf.get(doc);
  if (!list) layersOf.set(doc, (list = new Array(doc.paragraphs.length)));
  let layer = list[i];
  if (layer) return layer;
  const p = doc.paragraphs[i];
  const key = doc.paragraphTexts[i];
  // Sentence spans are a function of the paragraph's text (document.ts), so the text alone is the key.
  layer = memo('layer.paragraph', key, () => new ParagraphLayer(detach(key), p.sentences.map((s) => [s.start - p.start, s.end - p.start] as const)));
  list[i] = layer;
  return layer;
}

/** The layer of the paragraph holding document offset `offset` and that paragraph's start, or null outside paragraphs. */
export function layerAt(doc: DocumentModel, offset: number): { layer: ParagraphLayer; base: number } | null {
  const i = paragraphAt(doc, offset);
  return i < 0 ? null : { layer: paragraphLayer(doc, i), base: doc.paragraphs[i].start };
}

function shiftChunk(c: Chunk, by: number): Chunk {
  return {
    start: c.start + by,
    end: c.end + by,
    head: { start: c.head.start + by, end: c.head.end + by },
    headPos: c.headPos,
    possessor: c.possessor && { start: c.possessor.start + by, end: c.possessor.end + by },
    first: c.first,
    last: c.last,
  };
}

/** Tags and chunks of a sentence of `doc`, in document offsets (a fresh copy); null when no tagger is available. */
export function sentenceTags(doc: DocumentModel, s: Sentence): TaggedSentence | null {
  const layer = paragraphLayer(doc, s.paragraph);
  const base = doc.paragraphs[s.paragraph].start;
  const t = layer.sentence(s.index - doc.paragraphs[s.paragraph].sentences[0].index);
  if (!t) return null;
  return {
    start: t.start + base,
    end: t.end + base,
    tokens: t.tokens.map((x) => ({ start: x.start + base, end: x.end + base, pos: x.pos })),
    chunks: t.chunks.map((c) => shiftChunk(c, base)),
  };
}

/** Tagged tokens of every sentence overlapping [start, end) that lie inside it, in document offsets. */
export function tagsIn(doc: DocumentModel, start: number, end: number): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (let pi = Math.max(0, paragraphAt(doc, start)); pi < doc.paragraphs.length && doc.paragraphs[pi].start < end; pi++) {
    const p = doc.paragraphs[pi];
    if (p.end <= start) continue;
    const layer = paragraphLayer(doc, pi);
    for (let k = 0; k < p.sentences.length; k++) {
      const [s, e] = layer.sentences[k];
      if (e + p.start <= start || s + p.start >= end) continue;
      const t = layer.sentence(k) ?? NO_TAGS;
      for (const x of t.tokens) if (x.start + p.start >= start && x.end + p.start <= end) out.push({ start: x.start + p.start, end: x.end + p.start, pos: x.pos });
    }
  }
  return out;
}

/** Part of speech at document offset `offset`, or null. */
export function posAt(doc: DocumentModel, offset: number): Upos | null {
  const l = layerAt(doc, offset);
  return l ? l.layer.posAt(offset - l.base) : null;
}

/** The noun-phrase chunk covering document offset `offset`, in document offsets, or null. */
export function chunkAt(doc: DocumentModel, offset: number): Chunk | null {
  const l = layerAt(doc, offset);
  const c = l ? l.layer.chunkAt(offset - l.base) : null;
  return c && l ? shiftChunk(c, l.base) : null;
}

/** True when document offset `offset` lies in the head of a noun phrase. */
export function isNounPhraseHeadAt(doc: DocumentModel, offset: number): boolean {
  const l = layerAt(doc, offset);
  return l !== null && l.layer.isNounPhraseHead(offset - l.base);
}

/** True when the token at document offset `offset` is a verb or auxiliary. */
export function isVerbAt(doc: DocumentModel, offset: number): boolean {
  const l = layerAt(doc, offset);
  return l !== null && l.layer.isVerb(offset - l.base);
}

/** True when the token at document offset `offset` is an adverb. */
export function isAdverbAt(doc: DocumentModel, offset: number): boolean {
  const l = layerAt(doc, offset);
  return l !== null && l.layer.isAdverb(offset - l.base);
}

/** True when the word at document offset `offset` is a weekday or month name (lexicon; no tagger). */
export function isCalendarWordAt(doc: DocumentModel, offset: number): boolean {
  const l = layerAt(doc, offset);
  if (!l) return false;
  const i = l.layer.wordAt(offset - l.base);
  return i >= 0 && l.layer.isCalendarWord(i);
}

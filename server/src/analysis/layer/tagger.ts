/**
 * The part-of-speech tagger behind the linguistic layer: wink-nlp with its
 * lite English model (wink-eng-lite-web-model), chosen by measurement
 * (README "Linguistic layer": accuracy on PolNeAR source heads and cues, and
 * speed, against en-pos and compromise; `scripts/tagger-compare.js`).
 *
 * The model costs about 100 ms to load (require + model set-up) and 70 MB, so
 * it loads on the first request for tags, never at import: a draft whose
 * passes ask for no tags never loads it. Tagging is synchronous and pure
 * (the same text always gets the same tags), so cached results and the
 * incremental analysis stay equal to a full one.
 *
 * Only the `pos` step of wink's pipeline runs (no sentence splitting, named
 * entities or sentiment): callers tag one sentence at a time, with the
 * sentence boundaries of the document model.
 */
import type * as Wink from 'wink-nlp';

/** Universal Dependencies part-of-speech tags, as wink's model gives them. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One token of tagged text: offsets relative to the text that was tagged. */
export interface TaggedToken {
  start: number;
  end: number;
  pos: Upos;
}

interface Tagger {
  readDoc(text: string): Wink.Document;
  its: Wink.ItsHelpers;
}

let tagger: Tagger | null = null;
let loadFailed = false;

function load(): Tagger | null {
  if (tagger || loadFailed) return tagger;
  try {
    // Loaded on first use (see the header). Static strings, so the bundler includes both packages.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as typeof Wink.default;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('wink-eng-lite-web-model') as Wink.Model;
    const nlp = winkNLP(model, ['pos']);
    tagger = { readDoc: (t) => nlp.readDoc(t), its: nlp.its };
  } catch {
    // A broken install must not kill the analysis: passes then get no tags (and say so through `tagText` → null).
    loadFailed = true;
  }
  return tagger;
}

/** True once the model is in memory (for start-up measurements; analysis results never depend on it). */
export function isTaggerLoaded(): boolean {
  return tagger !== null;
}

/** Loads the model now (a server may call it after its first diagnostics, so the first tagging request is not the one that pays). */
export function preloadTagger(): boolean {
  return load() !== null;
}

/**
 * Tags `text` (a sentence, or a few): every token with its offsets in `text`
 * and its part of speech. Null only when the model cannot be loaded.
 * Contractions and possessives come back as wink splits them: `don't` is
 * `do` (AUX) + `n't` (PART), `Doe's` is `Doe` (PROPN) + `'s` (PART).
 */
export function tagText(text: string): TaggedToken[] | null {
  const t = load();
  if (!t) return null;
  const out: TaggedToken[] = [];
  if (!/[^\s]/.test(text)) return out;
  let doc: Wink.Document;
  try {
    doc = t.readDoc(text);
  } catch {
    return out;
  }
  const tokens = doc.tokens();
  const values = tokens.out(t.its.value) as string[];
  const spaces = tokens.out(t.its.precedingSpaces) as string[];
  const tags = tokens.out(t.its.pos) as string[];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    at += spaces[i]?.length ?? 0;
    // wink can emit an empty token (`R-Ky..said`): it covers no text.
    if (!v) continue;
    // wink keeps the text's characters (its values and preceding spaces rebuild it); should one not be where it is
    // expected, find it ahead rather than give a wrong offset, and skip it when it is nowhere.
    const start = text.startsWith(v, at) ? at : text.indexOf(v, at);
    if (start < 0) continue;
    out.push({ start, end: start + v.length, pos: tags[i] as Upos });
    at = start + v.length;
  }
  return out;
}

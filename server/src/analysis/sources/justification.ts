/**
 * Finds the reason a draft gives for granting a source anonymity
 * (`who spoke on condition of anonymity`, `who was not authorized to speak
 * publicly`, `The senator spoke on condition of anonymity to describe
 * private negotiations.`). AP and NYT policy ask every anonymous source to
 * come with one; its scope is the paragraph of the attribution and the
 * nearest sentence of the paragraph before and after it.
 */
import type { DocumentModel } from '../document';
import { sentenceAt } from '../document';
import { JUSTIFICATIONS } from '../lexicon/sources';
import type { Span } from '../types';

/** A justification phrase found in the draft. */
export interface Justification extends Span {
  /** The sentence that holds the phrase, as written (trimmed to 200 characters). */
  sentence: string;
  /** The matched phrase. */
  text: string;
}

/** Justifications per scanned region, per document: every paragraph is scanned once however many sources it holds. */
const scanned = new WeakMap<DocumentModel, Map<string, Justification[]>>();

function matchesIn(doc: DocumentModel, region: Span): Justification[] {
  let byRegion = scanned.get(doc);
  if (!byRegion) scanned.set(doc, (byRegion = new Map()));
  const key = `${region.start}:${region.end}`;
  let found = byRegion.get(key);
  if (!found) byRegion.set(key, (found = scan(doc, region)));
  return found;
}

function scan(doc: DocumentModel, region: Span): Justification[] {
  const out: Justification[] = [];
  const text = doc.masked.slice(region.start, region.end);
  for (const re of JUSTIFICATIONS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) {
      const start = region.start + m.index;
      const end = start + m[0].length;
      const si = sentenceAt(doc, start);
      const s = si >= 0 ? doc.sentences[si] : { start, end };
      const sentence = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      out.push({ start, end, text: doc.text.slice(start, end), sentence: sentence.length > 200 ? sentence.slice(0, 199) + '…' : sentence });
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return out;
}

/**
 * The justification nearest to `span` in its paragraph or in the sentence
 * before or after it, or null when the draft gives no reason for anonymity.
 */
export function findJustification(doc: DocumentModel, span: Span): Justification | null {
  const si = sentenceAt(doc, span.start);
  const regions: Span[] = [];
  if (si >= 0) {
    const s = doc.sentences[si];
    const p = doc.paragraphs[s.paragraph];
    regions.push({ start: p.start, end: p.end });
    // The sentence before and after, and the nearest sentence of each neighbouring paragraph: a reason
    // often opens the next paragraph (`'It's over,' a source said. 'Done.'` / `The source spoke on condition …`).
    const prevPara = doc.paragraphs[s.paragraph - 1];
    const nextPara = doc.paragraphs[s.paragraph + 1];
    const prev = prevPara?.sentences[prevPara.sentences.length - 1];
    const next = nextPara?.sentences[0];
    if (prev) regions.push(prev);
    if (next) regions.push(next);
  } else {
    regions.push({ start: Math.max(0, span.start - 300), end: Math.min(doc.text.length, span.end + 300) });
  }
  let best: Justification | null = null;
  let bestDist = Infinity;
  for (const r of regions) {
    for (const j of matchesIn(doc, r)) {
      const d = j.start >= span.end ? j.start - span.end : j.end <= span.start ? span.start - j.end : 0;
      if (d < bestDist) {
        best = j;
        bestDist = d;
      }
    }
  }
  return best;
}

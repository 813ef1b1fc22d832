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
import { detach, memo } from '../cache';
import type { Paragraph, Sentence, Span } from '../types';

/** A justification phrase found in the draft. */
export interface Justification extends Span {
  /** The sentence that holds the phrase, as written (trimmed to 200 characters). */
  sentence: string;
  /** The matched phrase. */
  text: string;
  /**
   * How good a reason it is: `specific` says why (`because they feared losing
   * their jobs`, `to discuss private negotiations`); `boilerplate` grants
   * anonymity without a reason (`who spoke on condition of anonymity`, `was not
   * authorized to speak publicly`, `because of the sensitivity of the matter`);
   * `placeholder` is a reason still to be written (`because [REASON]`, `because …`).
   */
  quality: JustificationQuality;
}

export type JustificationQuality = 'specific' | 'boilerplate' | 'placeholder';

/** A reason still to be written: a bracketed placeholder, an ellipsis, a snippet variable, TK, or nothing after `because`. */
const PLACEHOLDER = /^[\s,]*(?:(?:because|since|as|to)\s*)?(?:\[[^\]\n]{0,40}\]|…|\.{3}|_{2,}|\$\{[^}\n]*\}|\$\d|TK\b|XX+\b)|^[\s,]*(?:because|since)\s*(?:[,.;:)\]]|$)/u;
/** A reason that says why: `because …` (not the stock sensitivity or authorisation line), or `to <verb> …`. */
const SPECIFIC = /^[\s,]*(?:(?:because|since)\s+(?!of\s+the\s+(?:sensitiv|delica|nature)|(?:he|she|they|it|the\s+[\p{L}-]+|[\p{L}-]+)\s+(?:was|were|is|are|had\s+not\s+been)\s+not\s+(?:authori[sz]ed|permitted|allowed|cleared))[\p{L}\p{N}]|(?:in\s+order\s+)?to\s+(?!(?:speak|comment|talk)\s+(?:publicly|on\s+the\s+record)|be\s+(?:named|identified|quoted))[\p{L}]+\s+[\p{L}])/iu;
/** Matched phrases that are themselves a reason: fear of reprisal, talks not yet public or still going on. */
const REASON_PHRASE = /\b(?:fear|feared|fearing)\b|\bbecause\b|\bnot\s+(?:yet\s+)?been\s+(?:made\s+)?public/i;

/**
 * Judges the reason a justification phrase gives: `phrase` is the matched
 * phrase, `after` the rest of its sentence as written.
 */
export function judgeReason(phrase: string, after: string): JustificationQuality {
  if (PLACEHOLDER.test(after)) return 'placeholder';
  if (REASON_PHRASE.test(phrase) || SPECIFIC.test(after)) return 'specific';
  return 'boilerplate';
}

/** Justifications per scanned region, per document: every paragraph is scanned once however many sources it holds. */
const scanned = new WeakMap<DocumentModel, Map<string, Justification[]>>();

/** The justification patterns, global, compiled once (each use resets `lastIndex`). */
const PATTERNS: readonly RegExp[] = JUSTIFICATIONS.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'));

function matchesIn(doc: DocumentModel, region: Span, paragraph?: Paragraph): Justification[] {
  let byRegion = scanned.get(doc);
  if (!byRegion) scanned.set(doc, (byRegion = new Map()));
  const key = `${region.start}:${region.end}`;
  let found = byRegion.get(key);
  if (!found) byRegion.set(key, (found = paragraph ? scanParagraph(doc, paragraph) : isSentence(region) ? scanSentence(doc, region) : scan(doc, region)));
  return found;
}

/** The matches in `text` (masked) from `offset`, pattern by pattern, with the sentence (`sentenceOf`) that holds each. */
function matches(text: string, raw: (s: Span) => string, sentenceOf: (offset: number) => Span | undefined, offset: number): Justification[] {
  const out: Justification[] = [];
  for (const g of PATTERNS) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text))) {
      const start = offset + m.index;
      const end = start + m[0].length;
      const s = sentenceOf(start) ?? { start, end };
      const sentence = raw(s).replace(/\s+/g, ' ').trim();
      const quality = judgeReason(m[0], raw({ start: end, end: Math.max(end, Math.min(s.end, end + 160)) }));
      out.push({ start, end, text: raw({ start, end }), sentence: sentence.length > 200 ? sentence.slice(0, 199) + '…' : sentence, quality });
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return out;
}

function scan(doc: DocumentModel, region: Span): Justification[] {
  const sentenceOf = (offset: number): Span | undefined => {
    const si = sentenceAt(doc, offset);
    return si >= 0 ? doc.sentences[si] : undefined;
  };
  return matches(doc.masked.slice(region.start, region.end), (s) => doc.text.slice(s.start, s.end), sentenceOf, region.start);
}

function isSentence(region: Span): region is Sentence {
  return 'paragraph' in region && 'index' in region;
}

/**
 * `scan` of one whole sentence (the sentence before or after a source's
 * paragraph), memoised by its text with sentence-relative offsets: every
 * match lies in the sentence, so the sentence it reports is the whole one.
 */
function scanSentence(doc: DocumentModel, s: Sentence): Justification[] {
  const masked = doc.masked.slice(s.start, s.end);
  const raw = doc.text.slice(s.start, s.end);
  const relative = memo('sources.justifications.sentence', masked, () => {
    const m = detach(masked);
    const r = raw === masked ? m : detach(raw);
    const whole = { start: 0, end: m.length };
    return matches(m, (x) => r.slice(x.start, x.end), () => whole, 0);
  }, raw === masked ? '' : raw);
  return relative.map((j) => ({ ...j, start: s.start + j.start, end: s.start + j.end }));
}

/** `scan` of a whole paragraph, memoised by its text with paragraph-relative offsets (a keystroke rescans one paragraph). */
function scanParagraph(doc: DocumentModel, p: Paragraph): Justification[] {
  const masked = doc.masked.slice(p.start, p.end);
  const raw = doc.text.slice(p.start, p.end);
  const relative = memo('sources.justifications', doc.paragraphTexts[p.index], () => {
    const m = detach(masked);
    const r = raw === masked ? m : detach(raw);
    const sentences = p.sentences.map((s) => ({ start: s.start - p.start, end: s.end - p.start }));
    const sentenceOf = (offset: number): Span | undefined => sentences.find((s) => offset >= s.start && offset < s.end);
    return matches(m, (s) => r.slice(s.start, s.end), sentenceOf, 0);
  }, raw === masked ? '' : raw);
  return relative.map((j) => ({ ...j, start: p.start + j.start, end: p.start + j.end }));
}

/**
 * The justification nearest to `span` in its paragraph or in the sentence
 * before or after it, or null when the draft gives no reason for anonymity.
 */
export function findJustification(doc: DocumentModel, span: Span): Justification | null {
  const si = sentenceAt(doc, span.start);
  const regions: Span[] = [];
  let paragraph: Paragraph | undefined;
  if (si >= 0) {
    const s = doc.sentences[si];
    const p = doc.paragraphs[s.paragraph];
    paragraph = p;
    regions.push(p);
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
    for (const j of matchesIn(doc, r, r === paragraph ? paragraph : undefined)) {
      const d = j.start >= span.end ? j.start - span.end : j.end <= span.start ? span.start - j.end : 0;
      if (d < bestDist) {
        best = j;
        bestDist = d;
      }
    }
  }
  return best;
}

/**
 * `findDates`: every date expression of a draft, resolved against the
 * publication date. Per-paragraph work (`scanParagraph`) is pure and memoised
 * by paragraph text + publication date (`cache.ts`); the cheap document-level pass here
 * links what crosses paragraphs (offsets anchored to an earlier paragraph,
 * British day-first numeric dates).
 */
import { detach, memo } from '../cache';
import type { DocumentModel } from '../document';
import type { PublicationDate, Quotation, Span } from '../types';
import { addDays, dayNumber, longDate, toIso } from './calendar';
import { electionDayOfDraft } from './electionDay';
import { countInExcerpts } from './excerpt';
import { markupDates } from './markup';
import { anchorOffset, scanParagraph, type LocalMention } from './paragraph';
import type { DateMention } from './types';

export type { DateMention } from './types';

/** How many paragraphs back an unanchored `two days later` may look for its date. */
const ANCHOR_REACH = 2;
/**
 * Per-paragraph scan, memoised by paragraph text + publication date in the
 * per-document cache when the analysis runs incrementally (see cache.ts). No
 * module-level cache: keys sliced from a draft keep the whole draft alive, so
 * a global cache would hold one copy of the draft per keystroke.
 */
function cachedScan(text: string, pubIso: string): LocalMention[] {
  return memo('dates.paragraph', text, () => scanParagraph(detach(text), pubIso), pubIso);
}

function shiftSpan<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

/** A document-offset copy of a cached paragraph-relative mention. */
function place(m: LocalMention, by: number, paragraph: number): LocalMention {
  return {
    ...m,
    start: m.start + by,
    end: m.end + by,
    paragraph,
    date: m.date && { ...m.date, span: shiftSpan(m.date.span, by) },
    weekday: m.weekday && { ...m.weekday, span: shiftSpan(m.weekday.span, by) },
    relative: m.relative && { ...m.relative, span: shiftSpan(m.relative.span, by) },
    anchor: m.anchor && { ...m.anchor, span: m.anchor.span && shiftSpan(m.anchor.span, by) },
    conflict: m.conflict && { ...m.conflict, span: shiftSpan(m.conflict.span, by), other: shiftSpan(m.conflict.other, by), expected: [...m.conflict.expected] },
    range: m.range && { ...m.range },
  };
}

export function findDates(doc: DocumentModel, pub: PublicationDate, quotations: readonly Quotation[] = []): DateMention[] {
  let all: LocalMention[] = [];
  for (const p of doc.paragraphs) {
    const local = cachedScan(doc.paragraphTexts[p.index], pub.iso);
    for (const m of local) all.push(place(m, p.start, p.index));
  }
  electionDayOfDraft(doc.text, all);
  linkDocument(all);
  if (quotations.length > 0) countFromSpeakingDays(doc, all, quotations);
  countInExcerpts(doc, all);
  all = markupDates(doc, pub.iso, all);
  for (const m of all) {
    if (m.relative?.type === 'offset' && m.iso === null && !m.unresolved) m.unresolved = 'counted from an event the draft does not date nearby';
  }
  return all.map(({ pendingAnchor: _p, ambiguousSlash: _a, ...m }) => m);
}

/** How far after a quotation its attribution may give the speaking day (`…," she said Tuesday.`). */
const ATTRIBUTION_REACH = 80;

/**
 * Relative words inside a quotation (`"I spoke to him yesterday"`) count from the day the speaker spoke, not
 * from publication: the day the draft gives for the speech (a dated mention outside quotations before the
 * quotation in its paragraph, or in the previous paragraph when the quotation opens its own, else in the
 * attribution right after it). When the draft gives none, the word stays unresolved and says why.
 */
function countFromSpeakingDays(doc: DocumentModel, all: LocalMention[], quotations: readonly Quotation[]): void {
  // One sweep over mentions and quotations (both sorted by start): the quotations holding each mention.
  const holder: (Quotation | undefined)[] = new Array(all.length);
  const nested: boolean[] = new Array(all.length).fill(false);
  const open: Quotation[] = [];
  let qi = 0;
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    while (qi < quotations.length && quotations[qi].contentStart <= m.start) open.push(quotations[qi++]);
    while (open.length > 0 && open[open.length - 1].contentEnd < m.start) open.pop();
    for (let k = open.length - 1; k >= 0 && k >= open.length - 4; k--) {
      const q = open[k];
      if (q.contentStart > m.start || m.end > q.contentEnd || q.isTitle) continue;
      if (q.depth > 0) nested[i] = true;
      if (!holder[i] || q.depth < holder[i]!.depth) holder[i] = q;
    }
  }
  // Mentions that can give a speaking day: dated single days outside quotations, by start.
  const spokenIdx: number[] = [];
  for (let j = 0; j < all.length; j++) {
    const d = all[j];
    if (!holder[j] && d.iso !== null && d.range === null && !d.unresolved && d.relative?.type !== 'offset') spokenIdx.push(j);
  }
  /** Index into spokenIdx of the last spoken mention starting before `at`, or -1. */
  const lastBefore = (at: number): number => {
    let lo = 0;
    let hi = spokenIdx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[spokenIdx[mid]].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const indexOf = new Map<Quotation, number>();
  quotations.forEach((q, k) => indexOf.set(q, k));
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const rel = m.relative;
    const counts = rel && (rel.type === 'day' || (rel.type === 'offset' && (rel.modifier === 'ago' || rel.modifier === 'from now')));
    const inside = holder[i];
    if (!counts || !inside || m.unresolved) continue;
    let open = indexOf.get(inside)!;
    while (open > 0 && quotations[open].isContinuation) open--;
    const q = quotations[open];
    let day: LocalMention | undefined;
    if (!nested[i]) {
      const para = doc.paragraphs[q.paragraph];
      let from = para.start;
      // A quotation that opens its paragraph: the paragraph before it, and any lead-in ending in a colon before that
      // (`Kasich said Tuesday:` / `Transcript as follows:` / `"Tonight we ...`).
      if (!/\S/.test(doc.text.slice(para.start, q.start))) {
        for (let p = q.paragraph - 1; p >= 0; p--) {
          from = doc.paragraphs[p].start;
          if (!/:\s*$/.test(doc.text.slice(from, doc.paragraphs[p].end)) || p < q.paragraph - 3) break;
        }
      }
      for (let k = lastBefore(q.start); k >= 0 && all[spokenIdx[k]].start >= from; k--) {
        if (all[spokenIdx[k]].end <= q.start) {
          day = all[spokenIdx[k]];
          break;
        }
      }
      if (!day) {
        const stop = doc.text.slice(q.end, q.end + ATTRIBUTION_REACH).search(/[.!?](?:\s|$)/);
        const limit = q.end + (stop < 0 ? ATTRIBUTION_REACH : stop);
        const k = lastBefore(q.end) + 1;
        if (k < spokenIdx.length && all[spokenIdx[k]].start < limit) day = all[spokenIdx[k]];
      }
    }
    if (day?.iso) {
      m.iso = addDays(day.iso, rel!.days);
      m.anchor = { kind: 'mention', iso: day.iso, span: { start: day.start, end: day.end } };
      m.yearChoice = `inside a quotation: counted from the day the speaker spoke, ${day.text} (${longDate(day.iso)})`;
    } else {
      m.iso = null;
      m.anchor = null;
      m.yearChoice = null;
      m.unresolved = nested[i]
        ? 'inside a quotation within a quotation: counted from a day the draft does not give'
        : 'inside a quotation: the speaker counts from the day they spoke, which the draft does not give';
    }
  }
}

/** Document-level links: day-first numeric dates in British copy, offsets anchored in earlier paragraphs. */
function linkDocument(all: LocalMention[]): void {
  let dmy = 0;
  let mdy = 0;
  for (const m of all) {
    if (m.date?.order === 'dmy') dmy++;
    else if (m.date?.order === 'mdy') mdy++;
  }
  if (dmy > mdy) {
    for (const m of all) {
      if (!m.ambiguousSlash || !m.date || m.date.year === null) continue;
      const { month, day } = m.date;
      m.date = { ...m.date, order: 'slash-dmy', month: day, day: month, monthText: String(day) };
      m.iso = toIso(dayNumber(m.date.year!, day, month));
      m.yearChoice = 'read day-first, as the draft writes its other dates (17 March)';
    }
  }
  // `November 12th` after `November 12, 2012`: the same date, in the year the draft already wrote for it.
  const written = new Map<string, LocalMention>();
  for (const m of all) {
    const d = m.date;
    if (!d || m.impossible || !m.iso) continue;
    const key = `${d.month}-${d.day}`;
    if (d.year !== null) {
      if (!written.has(key)) written.set(key, m);
    } else {
      const full = written.get(key);
      if (full?.iso && full.iso !== m.iso && m.range === null) {
        m.iso = full.iso;
        m.date = { ...d };
        m.yearChoice = `no year written; ${full.iso.slice(0, 4)}, the year of the same date written in full earlier (${full.text})`;
        m.anchor = { kind: 'mention', iso: full.iso, span: { start: full.start, end: full.end } };
      }
    }
  }
  // One forward walk: the last single day before each pending offset (offsets anchored here are no anchors).
  let lastDay: LocalMention | undefined;
  for (const m of all) {
    if (m.pendingAnchor && lastDay?.iso && m.paragraph - lastDay.paragraph <= ANCHOR_REACH) {
      anchorOffset(m, lastDay.iso, { start: lastDay.start, end: lastDay.end }, lastDay.text);
    }
    if (m.iso !== null && m.relative?.type !== 'offset') lastDay = m;
  }
}

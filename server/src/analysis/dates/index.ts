/**
 * `findDates`: every date expression of a draft, resolved against the
 * publication date. Per-paragraph work (`scanParagraph`) is pure and memoised
 * by paragraph text + publication date (`cache.ts`); the cheap document-level pass here
 * links what crosses paragraphs (offsets anchored to an earlier paragraph,
 * British day-first numeric dates).
 */
import { detach, memo } from '../cache';
import type { DocumentModel } from '../document';
import type { PublicationDate, Span } from '../types';
import { dayNumber, toIso } from './calendar';
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

export function findDates(doc: DocumentModel, pub: PublicationDate): DateMention[] {
  const all: LocalMention[] = [];
  for (const p of doc.paragraphs) {
    const local = cachedScan(doc.paragraphTexts[p.index], pub.iso);
    for (const m of local) all.push(place(m, p.start, p.index));
  }
  linkDocument(all);
  return all.map(({ pendingAnchor: _p, ambiguousSlash: _a, ...m }) => m);
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
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (!m.pendingAnchor) continue;
    for (let j = i - 1; j >= 0; j--) {
      const a = all[j];
      if (m.paragraph - a.paragraph > ANCHOR_REACH) break;
      if (a.iso !== null && a.relative?.type !== 'offset') {
        anchorOffset(m, a.iso, { start: a.start, end: a.end }, a.text);
        break;
      }
    }
  }
}

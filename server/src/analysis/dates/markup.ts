/**
 * Dates in markup (issue 13): embedded posts as web copy carries them, `<tweet author="…" tweet-date="March 4,
 * 2016">text</tweet>`. Markup is not prose (the prose map blanks tags), but
 *
 * - a date attribute's value (`date`, `datetime`, `tweet-date`, `data-published-date`, …) is a date the draft
 *   writes: it is a date mention like any other, and resolves as written;
 * - the text of an embedded post (a `tweet`, `post`, `embed`, `status` or `blockquote` element) is someone else's
 *   words: its `tonight`, `yesterday`, `ten days ago` count from the day it was posted. That is the element's date
 *   attribute when it has one; else the word stays unresolved, and says why (a numeric `timestamp` is not read: its
 *   day depends on a time zone the draft does not give).
 *
 * One walk over the tags the prose map blanked (open and close tags in order), one merge with the mentions.
 */
import type { DocumentModel } from '../document';
import { addDays, longDate } from './calendar';
import type { LocalMention } from './paragraph';
import { scanParagraph } from './paragraph';

/** The parts of one tag the prose map found (same attribute grammar: linear, no backtracking blow-up). */
const TAG = /^<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s>"'][^\s>]*))?)*)\s*(\/?)>$/;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')/g;
const DATE_ATTRIBUTE = /date/i;
/** Elements whose text is a post or quotation embedded in the draft, not the writer's own words. */
const EMBED = /^(?:tweet|post|embed|status|toot|blockquote)$/i;

/** Why a relative word inside an embedded post with no date names no day. */
export const EMBED_UNDATED = 'inside an embedded post: counted from the day it was posted, which the draft does not give';

interface Embed {
  start: number;
  end: number;
  day: LocalMention | null;
}

/** Adds the date attributes of `doc`'s tags to `all` (sorted by start) and re-counts relative words inside embedded posts. */
export function markupDates(doc: DocumentModel, pubIso: string, all: LocalMention[]): LocalMention[] {
  const text = doc.text;
  if (doc.tags.length === 0) return all;
  const found: LocalMention[] = [];
  const embeds: Embed[] = [];
  let open: { name: string; start: number; day: LocalMention | null } | null = null;
  for (const span of doc.tags) {
    const t = TAG.exec(text.slice(span.start, span.end));
    if (!t) continue;
    t.index = span.start;
    const name = t[2];
    const closing = t[1] === '/' || t[4] === '/';
    if (open && closing && name.toLowerCase() === open.name) {
      embeds.push({ start: open.start, end: t.index, day: open.day });
      open = null;
      if (t[1] === '/' || !t[3]) continue;
    }
    let day: LocalMention | null = null;
    if (t[3]) {
      const attrsAt = t.index + 1 + t[1].length + name.length;
      ATTRIBUTE.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = ATTRIBUTE.exec(t[3]))) {
        const value = a[2] ?? a[3];
        if (!DATE_ATTRIBUTE.test(a[1]) || !/\d/.test(value)) continue;
        const valueAt = attrsAt + a.index + a[0].length - value.length - 1;
        for (const m of scanParagraph(value, pubIso)) {
          if (!m.date) continue;
          const placed = { ...m, start: m.start + valueAt, end: m.end + valueAt, paragraph: paragraphAt(doc, valueAt), date: { ...m.date, span: { start: m.date.span.start + valueAt, end: m.date.span.end + valueAt } } };
          found.push(placed);
          if (placed.iso && !placed.range) day ??= placed;
        }
      }
    }
    if (!closing && EMBED.test(name)) {
      if (open) embeds.push({ start: open.start, end: t.index, day: open.day });
      open = { name: name.toLowerCase(), start: t.index + t[0].length, day };
    }
  }
  if (open) embeds.push({ start: open.start, end: doc.paragraphs[paragraphAt(doc, open.start)]?.end ?? text.length, day: open.day });
  recountInEmbeds(all, embeds);
  return found.length === 0 ? all : merge(all, found);
}

/** Relative words inside embedded posts count from the post's day (both lists sorted by start). */
function recountInEmbeds(all: LocalMention[], embeds: readonly Embed[]): void {
  let k = 0;
  for (const m of all) {
    while (k < embeds.length && embeds[k].end <= m.start) k++;
    const e = embeds[k];
    if (!e || m.start < e.start || m.end > e.end) continue;
    const rel = m.relative;
    const counts = rel && (rel.type === 'day' || (rel.type === 'offset' && (rel.modifier === 'ago' || rel.modifier === 'from now')));
    if (!counts || m.unresolved) continue;
    if (e.day?.iso) {
      m.iso = addDays(e.day.iso, rel.days);
      m.anchor = { kind: 'mention', iso: e.day.iso, span: { start: e.day.start, end: e.day.end } };
      m.yearChoice = `inside an embedded post: counted from the day it was posted, ${e.day.text} (${longDate(e.day.iso)})`;
    } else {
      m.iso = null;
      m.anchor = null;
      m.yearChoice = null;
      m.unresolved = EMBED_UNDATED;
    }
  }
}

/** Index of the paragraph holding `at`, or the first one after it (a tag opening a line is not part of its paragraph's text). */
function paragraphAt(doc: DocumentModel, at: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, ps.length - 1));
}

function merge(a: LocalMention[], b: LocalMention[]): LocalMention[] {
  const out: LocalMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/**
 * Excerpts set off by a lead-in (issue 13): web copy often strips the quotation marks or block-quote markup from
 * a passage it quotes, leaving `According to the columnist, writing for a weekly:` and then the passage as its own
 * paragraph. Relative words in that paragraph (`ten days ago`, `yesterday`) are the quoted writer's, counted from
 * the day they wrote: a day the lead-in gives (`wrote on Tuesday:`), else no day, and the hover says why. Read only
 * when the lead-in names writing or reporting and ends in a colon, and the passage does not open with a quotation
 * mark (then it is a quotation, dated by the quotation rules). One pass over the mentions; each look at a lead-in
 * reads at most its last LEAD_REACH characters.
 */
import type { DocumentModel } from '../document';
import { addDays, longDate } from './calendar';
import type { LocalMention } from './paragraph';

const LEAD_REACH = 200;
const LEAD = /\b(?:writing|writes|wrote|written|reporting|reported|reports|posted|posts|in an? (?:column|op-ed|editorial|post|memo|letter|blog post|statement)|(?:column|op-ed|editorial|memo|letter|statement|post) (?:reads|read|says|said))\b[^:.!?]*:\s*$/i;

/** Why a relative word in an excerpt with no dated lead-in names no day. */
export const EXCERPT_UNDATED = 'inside a passage quoted from another text (set off by a lead-in ending in a colon): counted from the day it was written, which the draft does not give';

export function countInExcerpts(doc: DocumentModel, all: LocalMention[]): void {
  /** Per paragraph, whether it is an excerpt and the day its lead-in gives (memo: mentions come paragraph by paragraph). */
  let seen = -1;
  let excerpt = false;
  let day: LocalMention | null = null;
  let lastDay: LocalMention | null = null;
  for (const m of all) {
    if (m.paragraph !== seen) {
      seen = m.paragraph;
      excerpt = isExcerpt(doc, m.paragraph);
      day = lastDay && lastDay.paragraph === m.paragraph - 1 ? lastDay : null;
    }
    const rel = m.relative;
    const counts = rel && (rel.type === 'day' || (rel.type === 'offset' && (rel.modifier === 'ago' || rel.modifier === 'from now')));
    if (excerpt && counts && m.anchor?.kind === 'publication' && !m.unresolved) {
      if (day?.iso) {
        m.iso = addDays(day.iso, rel.days);
        m.anchor = { kind: 'mention', iso: day.iso, span: { start: day.start, end: day.end } };
        m.yearChoice = `inside a passage quoted from another text: counted from the day its lead-in gives, ${day.text} (${longDate(day.iso)})`;
      } else {
        m.iso = null;
        m.anchor = null;
        m.yearChoice = null;
        m.unresolved = EXCERPT_UNDATED;
      }
    }
    if (!excerpt && m.iso !== null && m.range === null && m.relative?.type !== 'offset' && !m.unresolved) lastDay = m;
  }
}

function isExcerpt(doc: DocumentModel, p: number): boolean {
  if (p < 1) return false;
  const para = doc.paragraphs[p];
  const prev = doc.paragraphs[p - 1];
  if (/^\s*['"‘“]/.test(doc.masked.slice(para.start, para.start + 8))) return false;
  return LEAD.test(doc.masked.slice(Math.max(prev.start, prev.end - LEAD_REACH), prev.end));
}

/**
 * `Election Day` in a draft about one dated election (issue 13): in copy that dates its vote (`the June 7
 * primary`, `the election on May 5`), `Election Day` is that vote's day, not the November general election the
 * calendar rule gives. Applied when the draft dates exactly one day as an election, primary, caucus or runoff, the
 * clause does not look ahead, and no year is written with the name. Offsets counted from the re-dated name
 * (`three weeks later`, `four days before Election Day`) follow it. One pass over the mentions; each look at the
 * text around a mention reads a few dozen characters.
 */
import { addDays, longDate } from './calendar';
import { NAMED_DAYS } from './holidays';
import type { LocalMention } from './paragraph';

const VOTE_AFTER = /^(?:,\s*(?:19|20)\d{2},?)?\s+(?:(?:state|presidential|general|special|Democratic|Republican|GOP|party|local|mayoral|congressional|runoff)\s+){0,2}(?:primary|primaries|election|elections|caucus|caucuses|runoff|vote|referendum)\b/i;
const VOTE_BEFORE = /\b(?:primary|primaries|election|caucus|caucuses|runoff|referendum)\s+(?:on|of)\s+$/i;

/** Re-dates `Election Day` to the draft's own dated vote (mentions sorted by start, document offsets). */
export function electionDayOfDraft(text: string, all: LocalMention[]): void {
  const name = NAMED_DAYS['election day'].name;
  let vote: LocalMention | null = null;
  let votes = 0;
  let named = false;
  for (const m of all) {
    if (m.named === name) named = true;
    if (!m.date || !m.iso || m.range || m.impossible) continue;
    if (!VOTE_AFTER.test(text.slice(m.end, m.end + 48)) && !VOTE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    if (vote?.iso === m.iso) continue;
    vote = m;
    votes++;
  }
  if (!named || votes !== 1 || !vote?.iso) return;
  const moved = new Map<number, LocalMention>();
  for (const m of all) {
    if (m.named !== name || m.iso === vote.iso || m.tense === 'future' || /^,?\s+(?:19|20)\d{2}\b/.test(text.slice(m.end, m.end + 7))) continue;
    m.iso = vote.iso;
    m.anchor = { kind: 'mention', iso: vote.iso, span: { start: vote.start, end: vote.end } };
    const november = vote.iso.slice(5, 7) === '11' ? '' : ', not the November general election';
    m.yearChoice = `the day of the one vote this draft dates, ${vote.text} (${longDate(vote.iso)})${november}`;
    moved.set(m.start, m);
  }
  if (moved.size === 0) return;
  for (const m of all) {
    const from = m.anchor?.kind === 'mention' && m.anchor.span ? moved.get(m.anchor.span.start) : undefined;
    if (!from?.iso || !m.relative || m.relative.type !== 'offset' || from === m) continue;
    m.iso = addDays(from.iso, m.relative.days);
    m.anchor = { kind: 'mention', iso: from.iso, span: { start: from.start, end: from.end } };
    m.yearChoice = `"${m.relative.text}" counted from ${from.text} (${longDate(from.iso)})`;
  }
}

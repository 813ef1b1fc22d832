/**
 * Where quoted words are: the quotations' content spans as sorted, disjoint
 * intervals (nested quotes fold into the outer one), so that "is this offset
 * inside a quotation?" is a binary search (`lastStartingBy`) rather than a
 * scan of every quotation. Rules use it to leave a speaker's words alone.
 */
import type { Quotation, Span } from '../types';

/** Content intervals of the quotations `keep` accepts (all by default), sorted and disjoint. */
export function quoteIntervals(quotations: readonly Quotation[], keep: (q: Quotation) => boolean = () => true): Span[] {
  const spans = quotations
    .filter(keep)
    .map((q) => ({ start: q.contentStart, end: q.contentEnd }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

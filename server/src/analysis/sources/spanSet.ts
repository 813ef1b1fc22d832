import type { Span } from '../types';

/** A set of spans answering "does anything overlap this span?" in logarithmic time. */
export class SpanSet {
  private readonly spans: Span[];
  private maxLen = 0;
  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    for (const x of this.spans) this.maxLen = Math.max(this.maxLen, x.end - x.start);
  }
  add(x: Span): void {
    let i = this.spans.length;
    while (i > 0 && this.spans[i - 1].start > x.start) i--;
    this.spans.splice(i, 0, x);
    this.maxLen = Math.max(this.maxLen, x.end - x.start);
  }
  overlaps(s: Span): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.spans[i].start + this.maxLen > s.start; i--) if (this.spans[i].end > s.start) return true;
    return false;
  }
}

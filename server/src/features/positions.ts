/**
 * Offset <-> line/character conversion, done once at the edge (LSP adapter,
 * CLI formatter). Line starts are computed once per text; lookups are a
 * binary search. Offsets and characters are UTF-16 code units, as in LSP.
 */

/** A zero-based line and UTF-16 character, the LSP `Position` shape. */
export interface LineCol {
  line: number;
  character: number;
}

/** Line-start index of one text: build once, convert many offsets. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based position of `offset` (clamped to the text). */
  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** Offset of a zero-based position; a character past the line end clamps to the line end (before its break). */
  offsetAt(pos: LineCol): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    let lineEnd = next;
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.max(start, Math.min(start + Math.max(0, pos.character), lineEnd));
  }

  /** LSP range of an offset span. */
  rangeOf(span: { start: number; end: number }): { start: LineCol; end: LineCol } {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

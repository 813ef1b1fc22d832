/**
 * One-based line numbers for messages that name two places ("line 8 gives
 * 58"). The analysis keeps offsets; the line starts of a text are computed
 * once per analysed text and found by binary search.
 */
const starts = new WeakMap<object, number[]>();

function lineStarts(owner: object, text: string): number[] {
  let s = starts.get(owner);
  if (!s) {
    s = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) s.push(i + 1);
    // A lone CR also ends a line (old Mac exports).
    if (s.length === 1 && text.includes('\r')) for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) s.push(i + 1);
    starts.set(owner, s);
  }
  return s;
}

/** The one-based line of `offset` in `text`; `owner` (the analysis's document model) keys the memo. */
export function lineOf(owner: object, text: string, offset: number): number {
  const s = lineStarts(owner, text);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

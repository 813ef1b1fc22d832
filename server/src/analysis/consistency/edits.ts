/**
 * Small string measures for the consistency rules: a bounded edit distance
 * (optimal string alignment: insertions, deletions, substitutions and
 * swaps of two neighbours, each costing one) and the question the name rule
 * asks of it, "is this a small misspelling of that?".
 */

/**
 * The edit distance between `a` and `b`, or `max + 1` as soon as it is
 * certain to exceed `max` (names are short; the bound keeps a long pair cheap).
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/**
 * True when two spellings of one name part are a small edit apart and long
 * enough that the edit reads as a typo rather than another name: one edit
 * for parts of 5 to 8 letters (`Adeyemi`/`Adeyemy`, `Katharine` is 9), two
 * from 9 letters on; the first letter must agree except for a `Mc`/`Mac`
 * pair. Short names (`Jon`/`John`, `Mark`/`Mary`) are different names.
 */
export function isMisspelling(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return false;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 5) return false;
  const mac = /^ma?c/.test(x) && /^ma?c/.test(y);
  if (x[0] !== y[0] && !mac) return false;
  const allowed = shorter >= 9 ? 2 : 1;
  return editDistance(x, y, allowed) <= allowed;
}

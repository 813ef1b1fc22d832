/**
 * Word alignment of a quotation against a passage of the record: every word
 * of the quotation in order, against any stretch of the passage (the
 * quotation is aligned whole, the passage only where it matches). What AP
 * allows costs nothing: words the record has where the draft shows an
 * ellipsis or a bracketed insertion, fillers and repeated words of the record
 * left out, numerals for number words, a hyphenated word written as one or
 * two. Everything else is a change: a word changed, added, dropped or moved,
 * or two remarks joined without an ellipsis.
 */
import type { Token } from './tokens';

export type Op = 'match' | 'sub' | 'ins' | 'del' | 'skip' | 'opt' | 'join2' | 'split2';

/** One step of an alignment: `qi` indexes the quotation's words, `pj` the passage's. */
export interface Step {
  op: Op;
  qi: number;
  pj: number;
}

export interface Alignment {
  steps: Step[];
  score: number;
  /** Words of the quotation (not optional ones) that match a word of the passage. */
  matched: number;
  /** Words of the quotation that count (optional ones left out). */
  total: number;
  /** First and last passage word aligned (inclusive), or -1 when none. */
  pFirst: number;
  pLast: number;
}

const MATCH = 4;
const MISMATCH = -3;
const GAP = -2;

const OP_CODE: Record<Op, number> = { match: 1, sub: 2, ins: 3, del: 4, skip: 5, opt: 6, join2: 7, split2: 8 };
const CODE_OP: Op[] = ['match', 'match', 'sub', 'ins', 'del', 'skip', 'opt', 'join2', 'split2'];

/**
 * Aligns `q` (all of it) against `p[from, to)` (any stretch of it).
 * Semi-global alignment, O(|q| × (to − from)).
 */
export function align(q: readonly Token[], p: readonly Token[], from = 0, to = p.length): Alignment {
  const n = q.length;
  const m = to - from;
  const W = m + 1;
  const score = new Int32Array((n + 1) * W);
  const back = new Uint8Array((n + 1) * W);
  for (let i = 1; i <= n; i++) {
    score[i * W] = score[(i - 1) * W] + (q[i - 1].optional ? 0 : GAP);
    back[i * W] = q[i - 1].optional ? OP_CODE.opt : OP_CODE.ins;
  }
  for (let i = 1; i <= n; i++) {
    const qt = q[i - 1];
    const free = i < n && q[i].gapBefore; // record words may be skipped between q[i-1] and q[i]
    const row = i * W;
    const prev = (i - 1) * W;
    for (let j = 1; j <= m; j++) {
      const pt = p[from + j - 1];
      // Diagonal: the same word, or another one.
      const same = qt.norm === pt.norm;
      let best = score[prev + j - 1] + (same ? MATCH : MISMATCH);
      let op = same ? OP_CODE.match : OP_CODE.sub;
      // The quotation's word is not in the record.
      const ins = score[prev + j] + (qt.optional ? 0 : GAP);
      if (ins > best) {
        best = ins;
        op = qt.optional ? OP_CODE.opt : OP_CODE.ins;
      }
      // The record's word is not in the quotation.
      const skipFree = pt.optional || free;
      const del = score[row + j - 1] + (skipFree ? 0 : GAP);
      if (del > best) {
        best = del;
        op = skipFree ? OP_CODE.skip : OP_CODE.del;
      }
      // Hyphenation: two words of the quotation for one of the record, or the other way round.
      if (i >= 2 && q[i - 2].norm + qt.norm === pt.norm && score[(i - 2) * W + j - 1] + MATCH * 2 > best) {
        best = score[(i - 2) * W + j - 1] + MATCH * 2;
        op = OP_CODE.join2;
      }
      if (j >= 2 && p[from + j - 2].norm + pt.norm === qt.norm && score[prev + j - 2] + MATCH > best) {
        best = score[prev + j - 2] + MATCH;
        op = OP_CODE.split2;
      }
      score[row + j] = best;
      back[row + j] = op;
    }
  }
  // Best end in the passage.
  let endJ = 0;
  let best = -Infinity;
  for (let j = 0; j <= m; j++) {
    if (score[n * W + j] > best) {
      best = score[n * W + j];
      endJ = j;
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = endJ;
  while (i > 0) {
    const op = CODE_OP[back[i * W + j]];
    if (j === 0 && op !== 'ins' && op !== 'opt') break;
    switch (op) {
      case 'match':
      case 'sub':
        steps.push({ op, qi: i - 1, pj: from + j - 1 });
        i--;
        j--;
        break;
      case 'ins':
      case 'opt':
        steps.push({ op, qi: i - 1, pj: -1 });
        i--;
        break;
      case 'del':
      case 'skip':
        steps.push({ op, qi: -1, pj: from + j - 1 });
        j--;
        break;
      case 'join2':
        steps.push({ op, qi: i - 1, pj: from + j - 1 });
        i -= 2;
        j--;
        break;
      case 'split2':
        steps.push({ op, qi: i - 1, pj: from + j - 1 });
        i--;
        j -= 2;
        break;
    }
  }
  steps.reverse();
  let matched = 0;
  let total = 0;
  for (const t of q) if (!t.optional) total++;
  let pFirst = -1;
  let pLast = -1;
  for (const s of steps) {
    if (s.op === 'match' && !q[s.qi].optional) matched++;
    else if (s.op === 'join2') matched += 2;
    else if (s.op === 'split2') matched++;
    if (s.pj >= 0 && s.op !== 'skip' && s.op !== 'del') {
      if (pFirst < 0) pFirst = s.op === 'split2' ? s.pj - 1 : s.pj;
      pLast = s.pj;
    }
  }
  // Skips and drops at the edges are not part of the aligned stretch.
  return { steps: trimEdges(steps), score: best, matched, total, pFirst, pLast };
}

function trimEdges(steps: Step[]): Step[] {
  let a = 0;
  let b = steps.length;
  while (a < b && (steps[a].op === 'del' || steps[a].op === 'skip')) a++;
  while (b > a && (steps[b - 1].op === 'del' || steps[b - 1].op === 'skip')) b--;
  return a === 0 && b === steps.length ? steps : steps.slice(a, b);
}

/** One difference between the quotation and the record. */
export interface Change {
  kind: 'change' | 'add' | 'drop' | 'move' | 'splice';
  /** The record's words (as written there), empty for an addition. */
  record: string;
  /** The draft's words (as written there), empty for a drop. */
  draft: string;
  /** A negation was added, dropped or changed. */
  negation: boolean;
  /** A number was changed, added or dropped. */
  number: boolean;
  /** One phrase: `drops 'not'`, `changes 'twelve' to '15'`. */
  text: string;
}

/** A run of steps between two matches: the record words and draft words it holds. */
interface Run {
  q: number[];
  p: number[];
  /** Index of the step where the run starts / after which it ends. */
  first: number;
  last: number;
}

function runsOf(steps: readonly Step[]): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  steps.forEach((s, k) => {
    if (s.op === 'sub' || s.op === 'ins' || s.op === 'del') {
      if (!cur) cur = { q: [], p: [], first: k, last: k };
      if (s.qi >= 0) cur.q.push(s.qi);
      if (s.pj >= 0) cur.p.push(s.pj);
      cur.last = k;
    } else if (s.op !== 'skip' && s.op !== 'opt' && cur) {
      runs.push(cur);
      cur = null;
    }
  });
  if (cur) runs.push(cur);
  return runs;
}

function words(text: string, toks: readonly Token[], idx: readonly number[]): string {
  if (!idx.length) return '';
  return idx.map((k) => text.slice(toks[k].start, toks[k].end)).join(' ');
}

/**
 * The changes an alignment shows, negations and numbers first. `qText` and
 * `pText` are the texts the tokens point into; `sentenceEndsBetween(a, b)`
 * says whether a sentence of the record ends between offsets a and b.
 */
export function changesOf(
  al: Alignment,
  q: readonly Token[],
  qText: string,
  p: readonly Token[],
  pText: string,
  sentenceEndsBetween: (a: number, b: number) => boolean,
  window: { from: number; to: number } = { from: 0, to: p.length },
): Change[] {
  const out: Change[] = [];
  const runs = runsOf(al.steps);
  const used = new Set<Run>();
  const seq = (toks: readonly Token[], idx: readonly number[]) => idx.map((k) => toks[k].norm).join(' ');
  for (const r of runs) {
    if (used.has(r)) continue;
    const negQ = r.q.filter((k) => q[k].negation).length;
    const negP = r.p.filter((k) => p[k].negation).length;
    const negation = negQ !== negP;
    const number = r.q.some((k) => q[k].number) || r.p.some((k) => p[k].number);
    const record = words(pText, p, r.p);
    const draft = words(qText, q, r.q);
    if (r.p.length && !r.q.length) {
      // Dropped words: the same words added elsewhere are a move.
      const twin = runs.find((o) => o !== r && !used.has(o) && o.q.length && !o.p.length && seq(q, o.q) === seq(p, r.p));
      if (twin) {
        used.add(twin);
        out.push({ kind: 'move', record, draft: record, negation: false, number: false, text: `moves '${record}'` });
        continue;
      }
      // From the record word before the dropped ones to the one after them.
      const a = p[r.p[0] - 1]?.end ?? p[r.p[0]].start;
      const b = p[r.p[r.p.length - 1] + 1]?.start ?? p[r.p[r.p.length - 1]].end;
      if (!negation && !number && (r.p.length >= 8 || (r.p.length >= 2 && sentenceEndsBetween(a, b)))) {
        out.push({ kind: 'splice', record, draft: '', negation, number, text: 'joins two remarks without an ellipsis' });
      } else out.push({ kind: 'drop', record, draft: '', negation, number, text: `drops '${record}'` });
    } else if (r.q.length && !r.p.length) {
      const twin = runs.find((o) => o !== r && !used.has(o) && o.p.length && !o.q.length && seq(p, o.p) === seq(q, r.q));
      if (twin) {
        used.add(twin);
        out.push({ kind: 'move', record: draft, draft, negation: false, number: false, text: `moves '${draft}'` });
        continue;
      }
      // A number at either end of the quotation where the record has another number just outside the aligned stretch.
      const atStart = r.first === 0;
      const atEnd = r.last === al.steps.length - 1;
      if ((atStart || atEnd) && r.q.length === 1 && q[r.q[0]].number && al.pFirst >= 0) {
        const k = atStart ? al.pFirst - 1 : al.pLast + 1;
        if (k >= window.from && k < window.to && p[k].number) {
          const rec = pText.slice(p[k].start, p[k].end);
          out.push({ kind: 'change', record: rec, draft, negation: false, number: true, text: `changes '${rec}' to '${draft}'` });
          used.add(r);
          continue;
        }
      }
      // Words the record says just before or after the stretch the quotation aligns with: moved to the other end.
      const w = r.q.map((k) => q[k].norm).join(' ');
      const n = r.q.length;
      const around = (a: number) => (a >= window.from && a + n <= window.to ? p.slice(a, a + n).map((t) => t.norm).join(' ') : null);
      if (al.pFirst >= 0 && (around(al.pLast + 1) === w || around(al.pFirst - n) === w)) {
        out.push({ kind: 'move', record: draft, draft, negation: false, number: false, text: `moves '${draft}'` });
        continue;
      }
      out.push({ kind: 'add', record: '', draft, negation, number, text: `adds '${draft}'` });
    } else {
      out.push({ kind: 'change', record, draft, negation, number, text: `changes '${record}' to '${draft}'` });
    }
    used.add(r);
  }
  const rank = (c: Change) => (c.negation ? 0 : c.number ? 1 : 2);
  return out.map((c, k) => ({ c, k })).sort((x, y) => rank(x.c) - rank(y.c) || x.k - y.k).map((x) => x.c);
}

/** True when the alignment uses an allowed edit (omission, insertion, filler, number or hyphen form): `edited`, not `verbatim`. */
export function usesAllowedEdits(al: Alignment, q: readonly Token[], qText: string, p: readonly Token[], pText: string): boolean {
  if (q.some((t) => t.gapBefore)) return true;
  for (const s of al.steps) {
    if (s.op === 'skip' || s.op === 'opt' || s.op === 'join2' || s.op === 'split2') return true;
    if (s.op === 'match') {
      const a = qText.slice(q[s.qi].start, q[s.qi].end).toLowerCase();
      const b = pText.slice(p[s.pj].start, p[s.pj].end).toLowerCase();
      if (a !== b && a.replace(/’/g, "'") !== b.replace(/’/g, "'")) return true;
    }
  }
  return false;
}

/** One piece of the word-level difference: the same words, words only in the draft, or only in the record. */
export interface DiffPart {
  kind: 'same' | 'draft' | 'record';
  text: string;
}

/** The word-level difference, in the draft's order (allowed edits count as the same). */
export function diffOf(al: Alignment, q: readonly Token[], qText: string, p: readonly Token[], pText: string): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text === '%' ? text : ' ' + text;
    else out.push({ kind, text });
  };
  for (const s of al.steps) {
    const qw = s.qi >= 0 ? qText.slice(q[s.qi].start, q[s.qi].end) : '';
    const pw = s.pj >= 0 ? pText.slice(p[s.pj].start, p[s.pj].end) : '';
    if (s.op === 'match' || s.op === 'opt') push('same', qw);
    else if (s.op === 'join2') push('same', qText.slice(q[s.qi - 1].start, q[s.qi].end));
    else if (s.op === 'split2') push('same', qw);
    else if (s.op === 'sub') {
      push('record', pw);
      push('draft', qw);
    } else if (s.op === 'ins') push('draft', qw);
    else if (s.op === 'del') push('record', pw);
  }
  return out;
}

/**
 * The quotation's text with the record's wording: changed words put back,
 * added words taken out, dropped words restored (a long omission becomes an
 * ellipsis). The draft's punctuation, ellipses, brackets and number style stay.
 */
export function recordedWording(al: Alignment, q: readonly Token[], qText: string, p: readonly Token[], pText: string, changes: readonly Change[]): string {
  interface Edit {
    start: number;
    end: number;
    text: string;
  }
  const edits: Edit[] = [];
  const surface = (idx: readonly number[]) => pText.slice(p[idx[0]].start, p[idx[idx.length - 1]].end).replace(/\s+/g, ' ').replace(/[.,;:?!]+$/, '');
  const splices = new Set(changes.filter((c) => c.kind === 'splice').map((c) => c.record));
  const nextDraftWord = (stepIdx: number): number => {
    for (let k = stepIdx + 1; k < al.steps.length; k++) if (al.steps[k].qi >= 0) return al.steps[k].qi;
    return -1;
  };
  const prevDraftWord = (stepIdx: number): number => {
    for (let k = stepIdx - 1; k >= 0; k--) if (al.steps[k].qi >= 0) return al.steps[k].qi;
    return -1;
  };
  for (const r of runsOf(al.steps)) {
    if (r.q.length) {
      const a = q[r.q[0]].start;
      const b = q[r.q[r.q.length - 1]].end;
      if (r.p.length) {
        // A number keeps the draft's style: numerals stay numerals.
        const numeral = r.q.length === 1 && r.p.length === 1 && p[r.p[0]].number && /^\d/.test(qText.slice(a, b));
        let text = numeral ? p[r.p[0]].norm : surface(r.p);
        if (/^\p{Lu}/u.test(qText.slice(a, a + 1))) text = text.charAt(0).toUpperCase() + text.slice(1);
        edits.push({ start: a, end: b, text });
      } else if (r.q.length === 1 && q[r.q[0]].number && (r.first === 0 || r.last === al.steps.length - 1) && changes.some((c) => c.kind === 'change' && c.number && c.draft === qText.slice(a, b))) {
        // A number at an edge that the record gives otherwise (see changesOf): the record's number, in the draft's style.
        const k = r.first === 0 ? al.pFirst - 1 : al.pLast + 1;
        edits.push({ start: a, end: b, text: /^\d/.test(qText.slice(a, b)) ? p[k].norm : pText.slice(p[k].start, p[k].end) });
      } else {
        // Take the words out with the space after them (or before them at the end).
        let s = a;
        let e = b;
        while (e < qText.length && qText[e] === ' ') e++;
        if (e === qText.length || !/\s/.test(qText[b] ?? '')) while (s > 0 && qText[s - 1] === ' ') s--;
        edits.push({ start: s, end: e, text: '' });
      }
    } else {
      const record = words(pText, p, r.p);
      const text = splices.has(record) ? '…' : surface(r.p);
      const next = nextDraftWord(r.last);
      if (next >= 0) edits.push({ start: q[next].start, end: q[next].start, text: text + ' ' });
      else {
        const prev = prevDraftWord(r.first);
        if (prev >= 0) edits.push({ start: q[prev].end, end: q[prev].end, text: ' ' + text });
      }
    }
  }
  edits.sort((x, y) => y.start - x.start || y.end - x.end);
  let out = qText;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Shared helpers of the robustness tests: one analysis + check call, a walk
 * that finds every offset span in an analysis, and a timing helper for the
 * growth tests (no sleeps: it only measures work).
 */
import * as assert from 'assert';
import { analyze, type DocumentAnalysis } from '../../server/src/analysis/analyze';
import { check, type CheckResult } from '../../server/src/analysis/check';
import type { AnalysisOptions } from '../../server/src/analysis/types';

export const OPTIONS: AnalysisOptions = { today: '2025-10-20', languageId: 'markdown' };

export function analyzeAndCheck(text: string, options: AnalysisOptions = OPTIONS): { analysis: DocumentAnalysis; result: CheckResult } {
  const analysis = analyze(text, options);
  return { analysis, result: check(analysis) };
}

/**
 * Every `{start, end}` object reachable from `root` (cycles and the text
 * itself skipped), with the property path that led to it.
 */
export function collectSpans(root: unknown): { path: string; start: number; end: number }[] {
  const out: { path: string; start: number; end: number }[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, p: string): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ path: p, start: o.start, end: o.end });
    if (v instanceof Map) {
      for (const [k, x] of v) walk(x, `${p}.get(${String(k)})`);
      return;
    }
    if (v instanceof Set) {
      for (const x of v) walk(x, `${p}[set]`);
      return;
    }
    for (const k of Object.keys(o)) walk(o[k], Array.isArray(v) ? `${p}[${k}]` : `${p}.${k}`);
  };
  walk(root, '');
  return out;
}

/** Asserts analysis and findings are well-formed for `text`: spans inside it, no rule error. */
export function assertWellFormed(text: string, analysis: DocumentAnalysis, result: CheckResult): void {
  assert.deepStrictEqual(result.errors, [], `a rule threw on ${JSON.stringify(text.slice(0, 200))}`);
  for (const f of result.findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `finding offsets are integers: ${JSON.stringify(f)}`);
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `finding ${f.ruleId} [${f.start}, ${f.end}) outside a text of length ${text.length}`);
  }
  for (const s of collectSpans({ ...analysis, doc: { ...analysis.doc, text: undefined, masked: undefined } })) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.path} [${s.start}, ${s.end}) outside a text of length ${text.length}`);
  }
}

/**
 * CPU time of `fn` in ms: the fastest of `runs` runs after one warm-up run.
 * CPU time, not wall time, so that other processes on a busy machine do not
 * count; the fastest run, because noise (GC, scheduling) only ever adds.
 */
export function cpuMs(fn: () => void, runs = 3): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

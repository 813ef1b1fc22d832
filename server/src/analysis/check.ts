/**
 * Runs the rules over a `DocumentAnalysis` and applies the configured levels.
 * A rule that throws loses its own findings only; the error is reported back
 * so the caller can log it.
 */
import type { DocumentAnalysis } from './analyze';
import { withCacheOf } from './cache';
import { applyIgnores } from './ignore';
import { RULES } from './rules';
import { TOO_MANY_QUOTATIONS } from './quotes/quotations';
import { TOO_MANY_PARAGRAPHS } from './document';
import type { Rule } from './rules/rule';
import type { Finding, Level, Severity } from './types';

/** Per-rule level overrides, by rule id. Unknown ids are ignored. */
export type RuleLevels = Partial<Record<string, Level>>;

export interface CheckResult {
  findings: Finding[];
  /** Rules that threw, with the error message; their findings are dropped. */
  errors: { ruleId: string; message: string }[];
}

const ORDER: Severity[] = ['hint', 'information', 'warning', 'error'];

/** One step weaker than `level` (hint stays hint). */
export function weaken(level: Severity): Severity {
  return ORDER[Math.max(0, ORDER.indexOf(level) - 1)];
}

export function levelOf(rule: Rule, levels: RuleLevels | undefined): Level {
  return levels?.[rule.id] ?? rule.defaultLevel;
}

export function check(analysis: DocumentAnalysis, levels?: RuleLevels, rules: readonly Rule[] = RULES): CheckResult {
  // Rules memoise their paragraph-local work in the analysis's cache (a keystroke re-reads one paragraph).
  return withCacheOf(analysis, () => runRules(analysis, levels, rules));
}

function runRules(analysis: DocumentAnalysis, levels: RuleLevels | undefined, rules: readonly Rule[]): CheckResult {
  const findings: Finding[] = [];
  const errors: CheckResult['errors'] = [];
  for (const rule of rules) {
    const level = levelOf(rule, levels);
    if (level === 'off') continue;
    try {
      for (const r of rule.check(analysis)) {
        const f: Finding = {
          ruleId: rule.id,
          severity: r.weaker ? weaken(level) : level,
          message: r.advice ? `${r.message} ${r.advice}` : r.message,
          start: r.start,
          end: r.end,
          data: r.data,
        };
        if (r.advice) f.advice = r.advice;
        if (r.related?.length) f.related = r.related;
        findings.push(f);
      }
    } catch (e) {
      errors.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  // A storm of quotation marks is checked up to the quotation budget: one information finding says where it stopped.
  const cut = analysis.quotationCut;
  if (cut && rules.some((r) => r.id.startsWith('quote.') && levelOf(r, levels) !== 'off')) {
    findings.push({
      ruleId: TOO_MANY_QUOTATIONS,
      severity: 'information',
      message: `Copydesk: too many quotations to check in full (more than one per 16 characters): the first ${cut.checked.toLocaleString('en-US')} were checked, none from here on.`,
      start: cut.at,
      end: cut.at,
    });
  }
  const pcut = analysis.paragraphCut;
  if (pcut) {
    findings.push({
      ruleId: TOO_MANY_PARAGRAPHS,
      severity: 'information',
      message: `Copydesk: too many paragraphs to check in full (more than one per 40 characters): the first ${pcut.checked.toLocaleString('en-US')} were checked, none from here on.`,
      start: pcut.at,
      end: pcut.at,
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  // Inline `copydesk-ignore` directives silence reviewed findings, for every face (CLI, server, tests).
  return { findings: applyIgnores(analysis.doc, findings), errors };
}

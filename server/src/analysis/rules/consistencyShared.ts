/** What the four consistency rules share: one factory, and a conflict becomes a result with its related mention and fix payload. */
import type { DocumentAnalysis } from '../analyze';
import { consistencyOf, type ConsistencyFacts, type Conflict } from '../consistency';
import type { RuleIdValue } from '../ruleIds';
import type { Rule, RuleResult } from './rule';

/** Payload of a consistency finding: the quick fix's edit (a span of the draft and its replacement). */
export interface ConsistencyFixData {
  fix?: { start: number; end: number; replacement: string; title: string };
}

export function conflictResults(conflicts: readonly Conflict[]): RuleResult[] {
  return conflicts.map((c) => ({
    start: c.start,
    end: c.end,
    message: c.message,
    related: c.related,
    data: (c.fix ? { fix: c.fix } : {}) satisfies ConsistencyFixData,
  }));
}

/** A consistency rule (default warning) reporting the conflicts of one kind. */
export function consistencyRule(id: RuleIdValue, kind: Exclude<keyof ConsistencyFacts, 'actors'>, text: Pick<Rule, 'title' | 'why' | 'fix'>): Rule {
  return { id, defaultLevel: 'warning', ...text, check: (a: DocumentAnalysis) => conflictResults(consistencyOf(a)[kind]) };
}

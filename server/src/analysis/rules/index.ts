/** The rule registry: every rule Copydesk runs, in reporting order. */
import { quoteUnattributed } from './quoteUnattributed';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [quoteUnattributed];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/**
 * Hover on a finding no topic card has explained (the topic cards run first
 * and mark what they explain): the rule's title as the verdict, why it
 * matters, and how to fix it, from the rule registry (`title`, `why`, `fix`).
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { ruleById } from '../../analysis/rules';
import type { HoverContext } from '../hover';
import { card, unexplained } from './style';

export function findingHover(_analysis: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const f of unexplained(ctx, offset)) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const rule = ruleById(f.ruleId);
    if (!rule) continue;
    parts.push(card({ verdict: rule.title, detail: `· \`${rule.id}\` · ${f.severity}`, evidence: [rule.why], fix: rule.fix }));
  }
  return parts.length ? parts.join('\n\n---\n\n') : null;
}

/**
 * Hover on any finding under the cursor: the rule's title, why it matters
 * and how to fix it, from the rule registry (`title`, `why`, `fix`).
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { ruleById } from '../../analysis/rules';
import type { HoverContext } from '../hover';
import { touches } from '../diagnostics';

export function findingHover(_analysis: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const f of ctx.findings) {
    if (!touches(f, offset) || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const rule = ruleById(f.ruleId);
    if (!rule) continue;
    parts.push(`**${rule.title}** (\`${rule.id}\`, ${f.severity})\n\n${rule.why}\n\n**Fix:** ${rule.fix}`);
  }
  return parts.length ? parts.join('\n\n') : null;
}

/**
 * Hover on a consistency finding: what disagrees (the message, which names
 * both mentions and their lines) and a link to the other mention, so the
 * reporter sees both sides without scrolling.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { lineOf } from '../../analysis/consistency/lines';
import { ruleById } from '../../analysis/rules';
import { touches } from '../diagnostics';
import type { HoverContext } from '../hover';
import { card, explain, lineRef, md } from './style';

export function consistencyHover(a: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const parts: string[] = [];
  for (const f of ctx.findings) {
    if (!f.ruleId.startsWith('consistency.') || !touches(f, offset)) continue;
    explain(ctx, f);
    const rule = ruleById(f.ruleId);
    const evidence: string[] = [md(f.message)];
    for (const r of f.related ?? []) {
      const line = lineOf(a.doc, a.doc.text, r.start);
      const quoted = a.doc.text.slice(r.start, r.end).replace(/\s+/g, ' ');
      evidence.push(`Other mention: ${lineRef(ctx, line - 1)}, “${md(quoted)}” (${md(r.message)}).`);
    }
    parts.push(card({ verdict: rule?.title ?? f.ruleId, detail: `· \`${f.ruleId}\``, evidence, fix: rule?.fix ?? null }));
  }
  return parts.length ? parts.join('\n\n---\n\n') : null;
}

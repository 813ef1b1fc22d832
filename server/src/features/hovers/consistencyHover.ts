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
import { lineLink } from './actorHover';

export function consistencyHover(a: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const parts: string[] = [];
  for (const f of ctx.findings) {
    if (!f.ruleId.startsWith('consistency.') || !touches(f, offset)) continue;
    const rule = ruleById(f.ruleId);
    const lines = [`**${rule?.title ?? f.ruleId}** (\`${f.ruleId}\`)`, f.message];
    for (const r of f.related ?? []) {
      const line = lineOf(a.doc, a.doc.text, r.start);
      const label = `line ${line}`;
      const quoted = a.doc.text.slice(r.start, r.end).replace(/\s+/g, ' ');
      lines.push(`Other mention: ${ctx.uri ? `[${label}](${lineLink(ctx.uri, line - 1)})` : label}, “${quoted}” (${r.message}).`);
    }
    parts.push(lines.join('\n\n'));
  }
  return parts.length ? parts.join('\n\n') : null;
}

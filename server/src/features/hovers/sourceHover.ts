/**
 * Hover on an unnamed source: the verdict (a reason for anonymity given or
 * not), the reason as written with its line, what the phrase refers back to,
 * the count of unnamed and named sources so far, and the fix.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { ruleById } from '../../analysis/rules';
import { RuleId } from '../../analysis/ruleIds';
import { sourceTally } from '../../analysis/sources/unnamed';
import type { HoverContext } from '../hover';
import { card, explain, inline, lineRef, linesOf } from './style';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function sourceHover(analysis: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const tally = sourceTally(analysis);
  const u = tally.unnamed.find((x) => offset >= x.start && offset <= x.end);
  if (!u) return null;
  const lines = linesOf(analysis);
  const lineOf = (o: number): number => lines.positionAt(o).line;
  const finding = ctx.findings.find((f) => f.ruleId.startsWith('source.') && f.start === u.start && f.end === u.end);
  explain(ctx, finding);
  const j = u.justification;
  const evidence: string[] = [];
  if (j) {
    // The reason as written: from the justification phrase to the end of its clause.
    const rest = analysis.doc.text.slice(j.start, j.start + 160);
    const stop = /[,;.!?)—](?=\s|$)|\n/.exec(rest.slice(Math.max(1, j.text.length)));
    const clause = stop ? rest.slice(0, Math.max(1, j.text.length) + stop.index) : rest;
    const label = j.quality === 'specific' ? 'Reason given' : j.quality === 'boilerplate' ? 'Anonymity granted, no specific reason' : 'Reason still a placeholder';
    evidence.push(`${label} (${lineRef(ctx, lineOf(j.start))}): “${inline(clause, 100)}”`);
  }
  if (u.antecedent) evidence.push(`Refers back to “${inline(analysis.doc.text.slice(u.antecedent.start, u.antecedent.end), 60)}” (${lineRef(ctx, lineOf(u.antecedent.start))}).`);
  // No finding card follows when the rule is off here: say why it matters.
  if (!finding) evidence.push(ruleById(RuleId.SourceUnnamed)?.why ?? '');
  const unnamedSoFar = tally.unnamed.filter((x) => x.start <= u.start).length;
  const namedSoFar = tally.named.filter((a) => a.source.start <= u.start).length;
  evidence.push(`Sources so far: ${plural(unnamedSoFar, 'unnamed', 'unnamed')}, ${namedSoFar} named (whole draft: ${tally.unnamed.length} unnamed, ${tally.named.length} named).`);
  const reason = j && j.quality !== 'placeholder';
  const fix = !finding
    ? null
    : j?.quality === 'specific'
      ? 'Name the source if you can; policy (AP, NYT) keeps anonymity for vital information not available on the record.'
      : j?.quality === 'boilerplate'
        ? 'Say why anonymity was granted (“because they feared losing their jobs”, “to discuss private negotiations”): AP and New York Times standards ask for a specific reason.'
        : (ruleById(RuleId.SourceUnnamed)?.fix ?? null);
  return card({
    verdict: `Unnamed source “${inline(u.phrase, 50)}”`,
    detail: !reason
      ? j
        ? '— the reason for anonymity is still a placeholder.'
        : '— no reason for anonymity in this paragraph or the sentences next to it.'
      : j.quality === 'specific'
        ? '— a reason for anonymity is given.'
        : '— anonymity is granted, but no specific reason is given.',
    evidence,
    fix,
  });
}

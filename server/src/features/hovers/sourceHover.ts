/**
 * Hover on an unnamed source: whether the draft explains the anonymity (and
 * where: the phrase and its line), what it refers back to, and how many
 * unnamed and named sources the draft has used up to this point.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { ruleById } from '../../analysis/rules';
import { RuleId } from '../../analysis/ruleIds';
import { sourceTally } from '../../analysis/sources/unnamed';
import type { HoverContext } from '../hover';
import { LineIndex } from '../positions';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Markdown-safe inline text (no emphasis or code breaking out). */
function inline(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, (c) => '\\' + c).replace(/\s+/g, ' ');
}

export function sourceHover(analysis: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const tally = sourceTally(analysis);
  const u = tally.unnamed.find((x) => offset >= x.start && offset <= x.end);
  if (!u) return null;
  const lines = new LineIndex(analysis.doc.text);
  const lineOf = (o: number): number => lines.positionAt(o).line + 1;
  const parts: string[] = [`**Unnamed source:** “${inline(u.phrase)}”`];
  // The finding hover already says why it matters; say it here only when the rule is not reporting this phrase.
  const reported = ctx.findings.some((f) => f.ruleId === RuleId.SourceUnnamed && f.start === u.start && f.end === u.end);
  if (!reported) parts.push(ruleById(RuleId.SourceUnnamed)?.why ?? '');
  if (u.justification) {
    const j = u.justification;
    parts.push(`Reason for anonymity found on line ${lineOf(j.start)}: “${inline(j.text)}”\n\n> ${inline(j.sentence)}`);
  } else {
    parts.push('No reason for anonymity found in this paragraph or the sentences next to it. AP and NYT policy ask the story to say why the source was granted anonymity (e.g. “who spoke on condition of anonymity because they were not authorized to discuss the talks”).');
  }
  if (u.antecedent) parts.push(`Refers back to “${inline(analysis.doc.text.slice(u.antecedent.start, u.antecedent.end))}” (line ${lineOf(u.antecedent.start)}).`);
  const unnamedSoFar = tally.unnamed.filter((x) => x.start <= u.start).length;
  const namedSoFar = tally.named.filter((a) => a.source.start <= u.start).length;
  parts.push(
    `Sources so far: ${plural(unnamedSoFar, 'unnamed', 'unnamed')}, ${plural(namedSoFar, 'named', 'named')} (whole draft: ${tally.unnamed.length} unnamed, ${tally.named.length} named).`,
  );
  return parts.filter(Boolean).join('\n\n');
}

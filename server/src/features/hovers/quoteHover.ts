/**
 * Hover on a quotation. Attributed: a compact card of the speaker (full
 * name, role, first mention as a link, how the draft attributes this quote).
 * Unattributed: the verdict, the likeliest speakers (the same ranked names
 * the quick fixes offer), and the fix.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { actorByName } from '../../analysis/actors';
import { ruleById } from '../../analysis/rules';
import { RuleId } from '../../analysis/ruleIds';
import type { Quotation } from '../../analysis/types';
import type { HoverContext } from '../hover';
import { touches } from '../diagnostics';
import { card, explain, inline, lineRef, linesOf, md } from './style';

/** Plain-language description of `Quotation.how`. */
const HOW: Record<string, string> = {
  'cue-after': 'a speech verb after the quote',
  'cue-before': 'a speech verb before the quote',
  'said-after': 'a speech verb after the quote',
  'said-before': 'a speech verb before the quote',
  colon: 'a colon introduction',
  pronoun: 'a pronoun resolved to the nearest person named before',
  continued: 'the attribution of the multi-paragraph quote it continues',
  partial: 'a partial quote inside a sentence whose subject is the speaker',
  paragraph: 'an attribution elsewhere in the same paragraph',
  'previous-paragraph': 'an attribution in the paragraph before',
  transcript: 'a transcript-style speaker label',
  dash: 'a dash attribution',
  'according-to': '"according to"',
};

/** The innermost quotation containing `offset`. */
function quotationAt(a: DocumentAnalysis, offset: number): Quotation | null {
  let best: Quotation | null = null;
  for (const q of a.quotations) {
    if (touches(q, offset) && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

function unattributedCard(q: Quotation, ctx: HoverContext): string {
  const finding = ctx.findings.find((f) => f.ruleId === RuleId.QuoteUnattributed && f.start === q.start && f.end === q.end);
  explain(ctx, finding);
  const data = finding?.data as { candidates?: unknown; likely?: unknown } | undefined;
  const names = Array.isArray(data?.candidates) ? data.candidates.filter((c): c is string => typeof c === 'string') : [];
  const likely = typeof data?.likely === 'number' ? Math.min(names.length, Math.max(0, data.likely)) : names.length;
  const rule = ruleById(RuleId.QuoteUnattributed);
  const evidence: string[] = [];
  if (finding) {
    const list = (xs: string[]): string => xs.map((n) => `**${md(n)}**`).join(', ');
    if (likely > 0) evidence.push(`Likeliest speakers: ${list(names.slice(0, likely))}.`);
    else evidence.push('No one who spoke or was named in this paragraph or the one before.');
    if (names.length > likely) evidence.push(`Named further back: ${list(names.slice(likely))}.`);
  }
  return card({
    verdict: finding ? 'Unattributed quotation' : 'Quotation with no speaker found',
    detail: '— no speaker in its sentence or paragraph.',
    evidence,
    fix: finding ? rule?.fix : null,
  });
}

function attributedCard(a: DocumentAnalysis, q: Quotation, ctx: HoverContext): string {
  const actor = q.speaker ? actorByName(a, q.speaker) : null;
  const name = actor?.name ?? q.speaker;
  const role = actor?.role ?? null;
  const continued = q.status === 'continued' ? ' (continued)' : '';
  const verdict = name ? `Quotation${continued} by ${md(name)}` : `Quotation${continued} by an unnamed speaker`;
  const evidence: string[] = [];
  const how = q.how ? (HOW[q.how] ?? q.how) : null;
  const cue = q.cue ? a.doc.text.slice(q.cue.start, q.cue.end) : null;
  const spoken = q.speakerSpan ? a.doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null;
  if (actor) {
    const lines = linesOf(a);
    const first = lines.positionAt(actor.firstMention.start).line;
    const quotes = actor.quotes.length;
    evidence.push(`First mention: ${lineRef(ctx, first)} · ${quotes} quotation${quotes === 1 ? '' : 's'} in the draft`);
  }
  if (how) evidence.push(`Attributed by ${how}${cue ? `: “${inline(spoken && spoken !== cue ? `${spoken} … ${cue}` : cue, 60)}”` : ''}.`);
  // A speaker only assumed from the paragraph before (`quote.inferred`): say so, in the finding's own words.
  const inferred = ctx.findings.find((f) => f.ruleId === RuleId.QuoteInferred && f.start === q.start && f.end === q.end);
  if (inferred) evidence.push(md(inferred.message));
  return card({ verdict, detail: role ? `· ${md(role)}` : null, evidence });
}

export function quoteHover(a: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const q = quotationAt(a, offset);
  if (!q || q.isTitle) return null;
  return q.status === 'unattributed' ? unattributedCard(q, ctx) : attributedCard(a, q, ctx);
}

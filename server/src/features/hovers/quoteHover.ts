/**
 * Hover on a quotation: who says it and how the draft attributes it; on an
 * unattributed one, the people the draft already names who might be the
 * speaker (the quick fixes offer the same names).
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { RuleId } from '../../analysis/ruleIds';
import type { Quotation } from '../../analysis/types';
import type { HoverContext } from '../hover';
import { touches } from '../diagnostics';

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

/** Escapes markdown-significant characters in text taken from the draft. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => '\\' + c);
}

function cueText(a: DocumentAnalysis, q: Quotation): string | null {
  return q.cue ? a.doc.text.slice(q.cue.start, q.cue.end) : null;
}

/** The innermost quotation containing `offset`. */
function quotationAt(a: DocumentAnalysis, offset: number): Quotation | null {
  let best: Quotation | null = null;
  for (const q of a.quotations) {
    if (touches(q, offset) && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

export function quoteHover(a: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const q = quotationAt(a, offset);
  if (!q || q.isTitle) return null;
  const cue = cueText(a, q);
  const how = q.how ? (HOW[q.how] ?? q.how) : null;
  const lines: string[] = [];
  if (q.status === 'unattributed') {
    lines.push('**Quotation: no speaker found.**');
    const finding = ctx.findings.find((f) => f.ruleId === RuleId.QuoteUnattributed && f.start === q.start && f.end === q.end);
    const data = finding?.data as { candidates?: unknown } | undefined;
    const names = Array.isArray(data?.candidates) ? data.candidates.filter((c): c is string => typeof c === 'string') : [];
    if (names.length) lines.push(`People named earlier in the draft: ${names.map((n) => `**${md(n)}**`).join(', ')}.`);
    // With a finding, the finding hover already says how to fix it.
    if (!finding) lines.push('Name the speaker in the same sentence or paragraph (`"…," Name said.`).');
  } else {
    const speaker = q.speaker ? `**${md(q.speaker)}**` : 'an unnamed speaker';
    lines.push(q.status === 'continued' ? `**Quotation** (continued) by ${speaker}.` : `**Quotation** by ${speaker}.`);
    const spoken = q.speakerSpan ? a.doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null;
    const detail: string[] = [];
    if (how) detail.push(`attributed by ${how}`);
    if (cue) detail.push(`cue "${md(cue)}"`);
    if (spoken && spoken !== q.speaker) detail.push(`written as "${md(spoken)}"`);
    if (detail.length) lines.push(detail.join('; ') + '.');
  }
  return lines.join('\n\n');
}

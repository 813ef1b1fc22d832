/**
 * Hover on a quotation checked against the record: the verdict (verbatim,
 * allowed edits, misquoted, wrong speaker, not in the record), where the
 * passage is (`In the record: transcripts/vu.vtt 00:12:31, Raymond Vu`, a
 * link to its line) and the word-level differences. The fix is left to the
 * finding hover, so nothing is said twice.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { RuleId } from '../../analysis/ruleIds';
import { quoteRecords, type QuoteRecord } from '../../analysis/transcripts';
import type { DiffPart } from '../../analysis/transcripts/align';
import type { HoverContext } from '../hover';
import { touches } from '../diagnostics';
import { card, explain, lineTarget, md } from './style';

const MAX_DIFF_WORDS = 60;

function diffLine(diff: readonly DiffPart[]): string {
  let words = 0;
  const parts: string[] = [];
  for (const d of diff) {
    if (words > MAX_DIFF_WORDS) {
      parts.push('…');
      break;
    }
    words += d.text.split(/\s+/).length;
    const t = md(d.text).replace(/~/g, '\\~');
    parts.push(d.kind === 'same' ? t : d.kind === 'record' ? `**${t}**` : `~~${t}~~`);
  }
  return parts.join(' ');
}

const RULES: string[] = [RuleId.QuoteMisquoted, RuleId.QuoteWrongSpeaker, RuleId.QuoteUnverified];

export function recordHover(a: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const records = quoteRecords(a);
  if (!records.length) return null;
  let best: QuoteRecord | null = null;
  for (const r of records) {
    if (!r) continue;
    const q = a.quotations[r.quotation];
    if (touches(q, offset) && (!best || q.end - q.start < a.quotations[best.quotation].end - a.quotations[best.quotation].start)) best = r;
  }
  if (!best || (!best.match && !best.speakerInRecord)) return null;
  const q = a.quotations[best.quotation];
  const findings = ctx.findings.filter((f) => RULES.includes(f.ruleId) && f.start === q.start && f.end === q.end);
  for (const f of findings) explain(ctx, f);
  const flagged = (id: string) => findings.some((f) => f.ruleId === id);
  const m = best.match;
  const evidence: string[] = [];
  let verdict: string;
  let detail: string | null = null;
  const fixes: string[] = [];
  if (!m) {
    verdict = 'Not in the record:';
    detail = `no transcript passage matches, though the record holds turns by ${md(best.attributed ?? 'the speaker')}.`;
    if (flagged(RuleId.QuoteUnverified)) fixes.push('find the passage or the other source of the quotation.');
  } else {
    const changes = m.changes.map((c) => md(c.text)).join('; ');
    if (best.wrongSpeaker) {
      verdict = 'Wrong speaker:';
      detail = `not said by ${md(best.attributed ?? 'the attributed speaker')} in the record${changes ? `; the words also differ: ${changes}` : ''}.`;
    } else if (m.status === 'misquoted') {
      verdict = 'Misquoted:';
      detail = `${changes}.`;
    } else verdict = m.status === 'edited' ? 'From the record, with edits AP allows' : 'Verbatim from the record';
    const where = `\`${md(m.display)}\`${m.time ? ` ${m.time}` : ` line ${m.line + 1}`}`;
    const target = lineTarget(ctx, m.line, m.file);
    evidence.push(`In the record: ${target ? `[${where}](${target})` : where}${best.recordSpeaker ? `, ${md(best.recordSpeaker)}` : ''}`);
    if (m.diff.some((d) => d.kind !== 'same')) evidence.push(`Differences (**record**, ~~draft~~): ${diffLine(m.diff)}`);
    if (flagged(RuleId.QuoteWrongSpeaker) && best.recordSpeaker) fixes.push(`*Attribute to ${md(best.recordSpeaker)}* (quick fix)`);
    if (flagged(RuleId.QuoteMisquoted)) fixes.push('*Use the recorded wording* (quick fix), or mark omissions with an ellipsis');
  }
  return card({ verdict, detail, evidence, fix: fixes.length ? fixes.join('; ') + (fixes[fixes.length - 1].endsWith('.') ? '' : '.') : null });
}

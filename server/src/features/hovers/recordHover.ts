/**
 * Hover on a quotation checked against the record: the verdict (verbatim,
 * allowed edits, misquoted, wrong speaker, not in the record), where the
 * passage is (`In the record: transcripts/vu.vtt 00:12:31, Raymond Vu`, a
 * link to its line) and the word-level differences. The fix is left to the
 * finding hover, so nothing is said twice.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { quoteRecords, type QuoteRecord } from '../../analysis/transcripts';
import type { DiffPart } from '../../analysis/transcripts/align';
import type { HoverContext } from '../hover';
import { touches } from '../diagnostics';

function md(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, (c) => '\\' + c);
}

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
    parts.push(d.kind === 'same' ? md(d.text) : d.kind === 'record' ? `**${md(d.text)}**` : `~~${md(d.text)}~~`);
  }
  return parts.join(' ');
}

function verdict(r: QuoteRecord): string {
  const m = r.match;
  if (!m) return `**Not in the record:** no transcript passage matches, though the record holds turns by ${md(r.attributed ?? 'the speaker')}.`;
  const changes = m.changes.map((c) => md(c.text)).join('; ');
  if (r.wrongSpeaker) return `**Wrong speaker:** not said by ${md(r.attributed ?? 'the attributed speaker')} in the record${changes ? `; the words also differ: ${changes}` : ''}.`;
  if (m.status === 'misquoted') return `**Misquoted:** ${changes}.`;
  if (m.status === 'edited') return '**From the record**, with edits AP allows.';
  return '**Verbatim** from the record.';
}

export function recordHover(a: DocumentAnalysis, offset: number, _ctx: HoverContext): string | null {
  const records = quoteRecords(a);
  if (!records.length) return null;
  let best: QuoteRecord | null = null;
  for (const r of records) {
    if (!r) continue;
    const q = a.quotations[r.quotation];
    if (touches(q, offset) && (!best || q.end - q.start < a.quotations[best.quotation].end - a.quotations[best.quotation].start)) best = r;
  }
  if (!best || (!best.match && !best.speakerInRecord)) return null;
  const lines = [verdict(best)];
  const m = best.match;
  if (m) {
    const where = `\`${m.display}\`${m.time ? ` ${m.time}` : ` line ${m.line + 1}`}`;
    const link = /^[a-z][a-z0-9+.-]*:/i.test(m.file) ? `[${where}](${m.file}#L${m.line + 1})` : where;
    lines.push(`In the record: ${link}${best.recordSpeaker ? `, ${md(best.recordSpeaker)}` : ''}`);
    if (m.diff.some((d) => d.kind !== 'same')) lines.push(`Differences (**record**, ~~draft~~): ${diffLine(m.diff)}`);
  }
  return lines.join('\n\n');
}

/**
 * Quick fixes for the record rules:
 * - `quote.misquoted`: *Use the recorded wording* replaces the text between
 *   the quotation's marks by the record's words (the draft's marks,
 *   punctuation, ellipses, brackets and numerals stay).
 * - `quote.wrong-speaker`: *Attribute to <the record's speaker>* writes the
 *   record's speaker where the draft names the speaker (a pronoun or another
 *   name); a surname stays a surname when the draft names that person already.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { MisquotedData, WrongSpeakerData } from '../../analysis/rules/quoteRecord';
import { sameSpeaker } from '../../analysis/transcripts/record';
import type { FixContext, FixProvider } from '../codeActions';

function isSpan(v: unknown): v is { start: number; end: number } {
  return !!v && typeof v === 'object' && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number';
}

export const misquotedFixes: FixProvider = (finding, ctx: FixContext): CodeAction[] => {
  const d = finding.data as Partial<MisquotedData> | undefined;
  if (!d || typeof d.fixed !== 'string' || typeof d.contentStart !== 'number' || typeof d.contentEnd !== 'number') return [];
  if (d.contentStart < finding.start || d.contentEnd > finding.end) return [];
  return [
    {
      title: 'Use the recorded wording',
      kind: CodeActionKind.QuickFix,
      diagnostics: [ctx.diagnostic],
      isPreferred: true,
      edit: ctx.workspaceEdit([ctx.textEdit({ start: d.contentStart, end: d.contentEnd, newText: d.fixed })]),
    },
  ];
};

export const wrongSpeakerFixes: FixProvider = (finding, ctx: FixContext): CodeAction[] => {
  const d = finding.data as Partial<WrongSpeakerData> | undefined;
  if (!d || typeof d.speaker !== 'string' || !d.speaker.trim() || !isSpan(d.speakerSpan)) return [];
  const span = d.speakerSpan;
  const written = ctx.text.slice(span.start, span.end);
  // The person as the draft already names them, when it does.
  const actor = ctx.analysis.actors.actors.find((a) => a.kind === 'person' && sameSpeaker(d.speaker!, [a.name]));
  let name = actor?.name ?? d.speaker;
  if (actor && /^\p{Lu}[\p{L}'’-]*$/u.test(written) && actor.name.includes(' ') && actor.firstMention.start < span.start) name = actor.name.split(/\s+/).pop()!;
  return [
    {
      title: `Attribute to ${d.speaker}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [ctx.diagnostic],
      isPreferred: true,
      edit: ctx.workspaceEdit([ctx.textEdit({ start: span.start, end: span.end, newText: name })]),
    },
  ];
};

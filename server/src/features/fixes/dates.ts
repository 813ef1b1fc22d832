/**
 * Quick fixes for the date rules. Both repairs for `date.weekday-mismatch`
 * (the right weekday for the date; the date of the written weekday in the
 * same week) and, for `date.relative-conflict` on a weekday, the weekday the
 * relative word means (or, for a bare weekday, the date the paragraph gives it). Every edit comes from the finding's `data` (computed
 * by the rule in the draft's own style), so nothing is re-analysed here.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { Finding } from '../../analysis/types';
import type { FixContext, FixProvider } from '../codeActions';
import type { OffsetEdit } from './quoteUnattributed';

/** One repair as plain data: a title and the offset edits it makes. */
export interface DateRepair {
  title: string;
  edits: OffsetEdit[];
  preferred?: boolean;
}

interface SpanText {
  start: number;
  end: number;
  text: string;
}

function spanText(v: unknown): SpanText | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && o.end >= o.start ? { start: o.start, end: o.end, text: o.text } : null;
}

function dataOf(f: Finding): Record<string, unknown> {
  return f.data && typeof f.data === 'object' ? (f.data as Record<string, unknown>) : {};
}

/** The two repairs of a weekday mismatch, from the finding's data; `text` is the current document text. */
export function weekdayMismatchRepairs(f: Finding, text: string): DateRepair[] {
  const d = dataOf(f);
  const out: DateRepair[] = [];
  const wd = spanText(d.weekdayFix);
  if (wd) out.push({ title: `Change the weekday to ${wd.text}`, edits: [{ start: wd.start, end: wd.end, newText: wd.text }], preferred: true });
  const date = spanText(d.dateFix);
  if (date) {
    const written = typeof d.writtenWeekday === 'string' ? d.writtenWeekday : text.slice(wd?.start ?? 0, wd?.end ?? 0);
    out.push({ title: `Change the date to ${date.text} (the ${written} of that week)`, edits: [{ start: date.start, end: date.end, newText: date.text }] });
  }
  return out;
}

/** The repair of a relative conflict on a weekday: the weekday the relative word allows, or the date a same-weekday mention gives. */
export function relativeConflictRepairs(f: Finding): DateRepair[] {
  const d = dataOf(f);
  const wd = spanText(d.weekdayFix);
  const other = typeof d.otherText === 'string' ? d.otherText : 'the relative date';
  if (wd) return [{ title: `Change the weekday to ${wd.text} (as "${other}" means)`, edits: [{ start: wd.start, end: wd.end, newText: wd.text }], preferred: true }];
  const date = spanText(d.dateFix);
  return date ? [{ title: `Write the date: ${date.text}`, edits: [{ start: date.start, end: date.end, newText: date.text }] }] : [];
}

function toActions(repairs: DateRepair[], ctx: FixContext): CodeAction[] {
  return repairs.map((r) => ({
    title: r.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [ctx.diagnostic],
    isPreferred: r.preferred ?? false,
    edit: ctx.workspaceEdit(r.edits.map((e) => ctx.textEdit(e))),
  }));
}

export const weekdayMismatchFixes: FixProvider = (finding, ctx) => toActions(weekdayMismatchRepairs(finding, ctx.text), ctx);
export const relativeConflictFixes: FixProvider = (finding, ctx) => toActions(relativeConflictRepairs(finding), ctx);

/**
 * `copydesk quotes [--format text|json] FILE...`: every quotation with its
 * range, text, speaker (or null), status and attribution cue.
 *
 * JSON: `[{"file", "quotations": [{"line","column","endLine","endColumn","text",
 * "speaker","status","how","title","depth","cue": {"line","column","endLine","endColumn","text"} | null}]}]`
 * (1-based, end exclusive; `text` is what stands between the marks).
 */
import type { Quotation, Span } from '../../analysis/types';
import { quoteRecords, type Change, type QuoteRecord, type RecordStatus } from '../../analysis/transcripts';
import type { LineIndex } from '../../features/positions';
import type { CliIO, ExitCode } from '../io';
import { DRAFT_OPTIONS_HELP } from '../draftOptions';
import { runOverDrafts, type DraftCommandSpec } from '../draftCommand';
import { TRANSCRIPT_OPTIONS, TRANSCRIPT_OPTIONS_HELP } from '../transcripts';
import type { Command } from './index';

export interface CliRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CliQuotation extends CliRange {
  text: string;
  speaker: string | null;
  status: Quotation['status'];
  how: string | null;
  /** True for quoted titles and names that are not speech. */
  title: boolean;
  depth: number;
  cue: (CliRange & { text: string }) | null;
  /**
   * The quotation checked against the record (transcripts): null when there
   * are no transcripts, or for a quotation not checked (a title, a nested or
   * headline quote, fewer than four words).
   */
  record: CliRecord | null;
}

export interface CliRecord {
  /** The transcript (relative to the current folder), or null when not found. */
  file: string | null;
  /** 1-based line of the passage in the transcript, or null. */
  line: number | null;
  /** The record's speaker, or null. */
  speaker: string | null;
  status: RecordStatus;
  changes: Pick<Change, 'kind' | 'record' | 'draft' | 'text'>[];
}

export function toCliRecord(r: QuoteRecord | null): CliRecord | null {
  if (!r) return null;
  const m = r.match;
  return {
    file: m?.display ?? null,
    line: m ? m.line + 1 : null,
    speaker: r.recordSpeaker,
    status: r.status,
    changes: (m?.changes ?? []).map((c) => ({ kind: c.kind, record: c.record, draft: c.draft, text: c.text })),
  };
}

export function cliRange(span: Span, lines: LineIndex): CliRange {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function toCliQuotation(q: Quotation, text: string, lines: LineIndex, record: QuoteRecord | null = null): CliQuotation {
  return {
    ...cliRange(q, lines),
    text: text.slice(q.contentStart, q.contentEnd),
    speaker: q.speaker,
    status: q.status,
    how: q.how,
    title: q.isTitle,
    depth: q.depth,
    cue: q.cue ? { ...cliRange(q.cue, lines), text: text.slice(q.cue.start, q.cue.end) } : null,
    record: toCliRecord(record),
  };
}

const HELP = `Usage: copydesk quotes [options] FILE...

Lists every quotation in the drafts with its speaker and how it is attributed.

Options:
  --format text|json|jsonl  output format (default text; jsonl: one file's JSON entry per line)
      text: file:line:col status speaker "quoted text"
      json: [{"file": "...", "quotations": [{"line", "column", "endLine", "endColumn",
             "text", "speaker" (or null), "status" (attributed|continued|unattributed),
             "how", "title", "depth", "cue": {"line", "column", "endLine", "endColumn", "text"} or null,
             "record": {"file", "line", "speaker", "status" (verbatim|edited|misquoted|wrong-speaker|
             not-found), "changes": [{"kind", "record", "draft", "text"}]} or null}]}]
${DRAFT_OPTIONS_HELP}
${TRANSCRIPT_OPTIONS_HELP}
  -h, --help          show this help

Exit status: 0 on success, 2 for a usage error or a file that could not be read.
`;

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

export const quotesSpec: DraftCommandSpec<unknown> = {
  name: 'quotes',
  help: HELP,
  options: TRANSCRIPT_OPTIONS,
  usesTranscripts: true,
  alwaysEnable: true,
  noticeOnStderr: true,
  perFile(file, text, result) {
    const records = result.analysis ? quoteRecords(result.analysis) : [];
    const quotations = (result.analysis?.quotations ?? []).map((q, i) => toCliQuotation(q, text, result.lines, records[i] ?? null));
    const recordNote = (r: CliRecord | null) => (r ? ` [record: ${r.status}${r.file ? ` ${r.file}:${r.line}` : ''}]` : '');
    return {
      json: { file, quotations },
      text: quotations.map((q) => `${file}:${q.line}:${q.column} ${q.title ? 'title' : q.status} ${q.speaker ?? '-'} "${clip(q.text, 60)}"${recordNote(q.record)}\n`).join(''),
    };
  },
};

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'list quotations with speaker, status and attribution cue',
  help: HELP,
  run(args: string[], io: CliIO): Promise<ExitCode> {
    return runOverDrafts(args, io, quotesSpec);
  },
};

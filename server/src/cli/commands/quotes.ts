/**
 * `copydesk quotes [--format text|json] FILE...`: every quotation with its
 * range, text, speaker (or null), status and attribution cue.
 *
 * JSON: `[{"file", "quotations": [{"line","column","endLine","endColumn","text",
 * "speaker","status","how","title","depth","cue": {"line","column","endLine","endColumn","text"} | null}]}]`
 * (1-based, end exclusive; `text` is what stands between the marks).
 */
import type { Quotation, Span } from '../../analysis/types';
import type { LineIndex } from '../../features/positions';
import type { CliIO, ExitCode } from '../io';
import { DRAFT_OPTIONS_HELP } from '../draftOptions';
import { runOverDrafts } from '../draftCommand';
import type { Command } from './index';

interface CliRange {
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
}

function cliRange(span: Span, lines: LineIndex): CliRange {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function toCliQuotation(q: Quotation, text: string, lines: LineIndex): CliQuotation {
  return {
    ...cliRange(q, lines),
    text: text.slice(q.contentStart, q.contentEnd),
    speaker: q.speaker,
    status: q.status,
    how: q.how,
    title: q.isTitle,
    depth: q.depth,
    cue: q.cue ? { ...cliRange(q.cue, lines), text: text.slice(q.cue.start, q.cue.end) } : null,
  };
}

const HELP = `Usage: copydesk quotes [options] FILE...

Lists every quotation in the drafts with its speaker and how it is attributed.

Options:
  --format text|json  output format (default text)
      text: file:line:col status speaker "quoted text"
      json: [{"file": "...", "quotations": [{"line", "column", "endLine", "endColumn",
             "text", "speaker" (or null), "status" (attributed|continued|unattributed),
             "how", "title", "depth", "cue": {"line", "column", "endLine", "endColumn", "text"} or null}]}]
${DRAFT_OPTIONS_HELP}
  -h, --help          show this help

Exit status: 0 on success, 2 for a usage error or a file that could not be read.
`;

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'list quotations with speaker, status and attribution cue',
  help: HELP,
  run(args: string[], io: CliIO): ExitCode {
    return runOverDrafts(args, io, {
      help: HELP,
      alwaysEnable: true,
      noticeOnStderr: true,
      perFile(file, text, result) {
        const quotations = (result.analysis?.quotations ?? []).map((q) => toCliQuotation(q, text, result.lines));
        return {
          json: { file, quotations },
          text: quotations.map((q) => `${file}:${q.line}:${q.column} ${q.title ? 'title' : q.status} ${q.speaker ?? '-'} "${clip(q.text, 60)}"\n`).join(''),
        };
      },
    });
  },
};

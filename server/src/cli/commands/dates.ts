/**
 * `copydesk dates [--format text|json] [--date YYYY-MM-DD] FILE...`: every
 * date expression with its range, the date it resolves to and the date rule
 * findings on it.
 *
 * JSON: `[{"file", "publicationDate": {"iso","source"}, "dates": [{"line","column","endLine","endColumn",
 * "text","kind","iso","range","weekday","yearChoice","findings": [CliFinding]}]}]`
 * (1-based, end exclusive, as in `check`; `iso` is null for ranges, impossible
 * and unresolved dates; `range` is `{"start","end"}` or null).
 */
import type { DateMention } from '../../analysis/dates/types';
import type { Finding } from '../../analysis/types';
import type { LineIndex } from '../../features/positions';
import type { CliIO, ExitCode } from '../io';
import { DRAFT_OPTIONS_HELP } from '../draftOptions';
import { runOverDrafts, type DraftCommandSpec } from '../draftCommand';
import { toCliFinding, type CliFinding } from './check';
import type { Command } from './index';

export interface CliDate {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  kind: DateMention['kind'];
  iso: string | null;
  range: { start: string; end: string } | null;
  /** The weekday written with it, as written, or null. */
  weekday: string | null;
  /** How the year or week was chosen; null when the date is written in full. */
  yearChoice: string | null;
  /** Findings of the `date.*` rules on this expression. */
  findings: CliFinding[];
}

export function toCliDate(m: DateMention, findings: readonly Finding[], lines: LineIndex): CliDate {
  const s = lines.positionAt(m.start);
  const e = lines.positionAt(m.end);
  return {
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    text: m.text,
    kind: m.kind,
    iso: m.iso,
    range: m.range,
    weekday: m.weekday?.text ?? null,
    yearChoice: m.yearChoice,
    findings: findings.filter((f) => f.ruleId.startsWith('date.') && f.start < m.end && m.start < f.end).map((f) => toCliFinding(f, lines)),
  };
}

const HELP = `Usage: copydesk dates [options] FILE...

Lists every date expression in the drafts, resolved against the publication
date, with the date rule findings on it.

Options:
  --format text|json|jsonl  output format (default text; jsonl: one file's JSON entry per line)
      text: file:line:col kind resolved "text" [rule ids]
      json: [{"file": "...", "publicationDate": {"iso", "source"}, "dates": [{"line", "column",
             "endLine", "endColumn", "text", "kind" (absolute|weekday|relative|range),
             "iso" (or null), "range" ({"start", "end"} or null), "weekday", "yearChoice",
             "findings": [{"code", "severity", "message", "line", "column", "endLine", "endColumn"}]}]}]
${DRAFT_OPTIONS_HELP}
  -h, --help          show this help

Exit status: 0 on success, 2 for a usage error or a file that could not be read.
`;

export const datesSpec: DraftCommandSpec<unknown> = {
  name: 'dates',
  help: HELP,
  alwaysEnable: true,
  noticeOnStderr: true,
  perFile(file, _text, result) {
    const a = result.analysis;
    const dates = (a?.dates ?? []).map((m) => toCliDate(m, result.findings, result.lines));
    return {
      json: { file, publicationDate: a ? { iso: a.publicationDate.iso, source: a.publicationDate.source } : null, dates },
      text: dates
        .map((d) => {
          const when = d.iso ?? (d.range ? `${d.range.start}..${d.range.end}` : '-');
          const codes = d.findings.length ? ` [${d.findings.map((f) => f.code).join(', ')}]` : '';
          return `${file}:${d.line}:${d.column} ${d.kind} ${when} "${d.text}"${codes}\n`;
        })
        .join(''),
    };
  },
};

export const datesCommand: Command = {
  name: 'dates',
  summary: 'list date expressions, resolved, with the date findings on them',
  help: HELP,
  run(args: string[], io: CliIO): Promise<ExitCode> {
    return runOverDrafts(args, io, datesSpec);
  },
};

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
import { checkText, languageOfFile, todayIso } from '../../features/checkText';
import type { LineIndex } from '../../features/positions';
import { parse, readDraft, UsageError, type CliIO, type ExitCode } from '../io';
import { DRAFT_OPTIONS, DRAFT_OPTIONS_HELP, settingsFromOptions } from '../draftOptions';
import { formatFormat, toCliFinding, type CliFinding } from './check';
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
  --format text|json  output format (default text)
      text: file:line:col kind resolved "text" [rule ids]
      json: [{"file": "...", "publicationDate": {"iso", "source"}, "dates": [{"line", "column",
             "endLine", "endColumn", "text", "kind" (absolute|weekday|relative|range),
             "iso" (or null), "range" ({"start", "end"} or null), "weekday", "yearChoice",
             "findings": [{"code", "severity", "message", "line", "column", "endLine", "endColumn"}]}]}]
${DRAFT_OPTIONS_HELP}
  -h, --help          show this help

Exit status: 0 on success, 2 for a usage error or a file that could not be read.
`;

export const datesCommand: Command = {
  name: 'dates',
  summary: 'list date expressions, resolved, with the date findings on them',
  help: HELP,
  run(args: string[], io: CliIO): ExitCode {
    const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...DRAFT_OPTIONS });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    const format = formatFormat(values);
    const settings = settingsFromOptions(values);
    if (positionals.length === 0) throw new UsageError('no FILE given');
    const today = todayIso();
    let exit: ExitCode = 0;
    const report: { file: string; publicationDate: { iso: string; source: string } | null; dates: CliDate[] }[] = [];
    for (const file of positionals) {
      const read = readDraft(file);
      if ('problem' in read) {
        io.err(`copydesk: ${read.problem}\n`);
        exit = 2;
        continue;
      }
      const result = checkText(read.text, { languageId: languageOfFile(file), settings: { ...settings, enable: true }, today });
      if (result.notice) io.err(`${file}: ${result.notice.message}\n`);
      const a = result.analysis;
      const dates = (a?.dates ?? []).map((m) => toCliDate(m, result.findings, result.lines));
      if (format === 'json') report.push({ file, publicationDate: a ? { iso: a.publicationDate.iso, source: a.publicationDate.source } : null, dates });
      else {
        io.out(
          dates
            .map((d) => {
              const when = d.iso ?? (d.range ? `${d.range.start}..${d.range.end}` : '-');
              const codes = d.findings.length ? ` [${d.findings.map((f) => f.code).join(', ')}]` : '';
              return `${file}:${d.line}:${d.column} ${d.kind} ${when} "${d.text}"${codes}\n`;
            })
            .join(''),
        );
      }
    }
    if (format === 'json') io.out(JSON.stringify(report, null, 2) + '\n');
    return exit;
  },
};

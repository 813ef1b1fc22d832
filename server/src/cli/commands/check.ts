/**
 * `copydesk check [--format text|json] [--date YYYY-MM-DD] [--rule ID=LEVEL] [--transcripts GLOB] FILE...`
 *
 * Text: one `file:line:col severity rule-id message` line per finding.
 * JSON: `[{"file", "findings": [{"code","severity","message","line","column","endLine","endColumn"}]}]`,
 * 1-based, end exclusive. Exit 0 when nothing at warning or error level was
 * found, 1 when something was, 2 for usage errors or unreadable files (the
 * other files are still checked).
 */
import type { Finding } from '../../analysis/types';
import type { LineIndex } from '../../features/positions';
import type { CliIO, ExitCode } from '../io';
import { DRAFT_OPTIONS_HELP } from '../draftOptions';
import { formatOf, runOverDrafts } from '../draftCommand';
import { TRANSCRIPT_OPTIONS, TRANSCRIPT_OPTIONS_HELP, transcriptCheckOptions } from '../transcripts';
import type { Command } from './index';

/** One finding as the CLI prints it (1-based, end exclusive). */
export interface CliFinding {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function toCliFinding(f: Pick<Finding, 'ruleId' | 'severity' | 'message' | 'start' | 'end'>, lines: LineIndex): CliFinding {
  const s = lines.positionAt(f.start);
  const e = lines.positionAt(f.end);
  return { code: f.ruleId, severity: f.severity, message: f.message, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/** The same as `formatOf`, under the name the dates and actors commands import. */
export const formatFormat = formatOf;

const HELP = `Usage: copydesk check [options] FILE...

Checks news drafts for sourcing problems (unattributed quotes, unnamed sources,
date errors) and prints one finding per line.

Options:
  --format text|json  output format (default text)
      text: file:line:col severity rule-id message
      json: [{"file": "...", "findings": [{"code", "severity", "message",
             "line", "column", "endLine", "endColumn"}]}]  (1-based, end exclusive)
${DRAFT_OPTIONS_HELP}
${TRANSCRIPT_OPTIONS_HELP}
  -h, --help          show this help

Exit status: 0 nothing at warning or error level, 1 warnings or errors found,
2 usage error or a file that could not be read (the other files are still checked).
`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'check drafts and print findings (text or JSON)',
  help: HELP,
  run(args: string[], io: CliIO): ExitCode {
    return runOverDrafts(args, io, {
      help: HELP,
      options: TRANSCRIPT_OPTIONS,
      checkOptions: transcriptCheckOptions,
      perFile(file, _text, result) {
        const findings: CliFinding[] = result.notice
          ? [{ code: result.notice.code, severity: 'information', message: result.notice.message, line: 1, column: 1, endLine: 1, endColumn: 1 }]
          : result.findings.map((f) => toCliFinding(f, result.lines));
        return {
          json: { file, findings },
          text: findings.map((f) => `${file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`).join(''),
          exit: findings.some((f) => f.severity === 'warning' || f.severity === 'error') ? 1 : 0,
        };
      },
    });
  },
};

/**
 * `copydesk check [options] FILE...`
 *
 * Text: one `file:line:col severity rule-id message` line per finding, then a
 * summary line when something was found.
 * JSON: `[{"file", "findings": [{"code","severity","message","line","column","endLine","endColumn"}]}]`,
 * 1-based, end exclusive; JSON Lines: one such entry per line, as files finish.
 * SARIF 2.1.0 and GitHub annotations (`output.ts`). Exit 0 when nothing at
 * warning or error level was found (or no more warnings than `--max-warnings`
 * and no error), 1 when something was, 2 for usage errors, unreadable files or
 * an invalid config file (the other files are still checked).
 */
import type { Finding } from '../../analysis/types';
import type { LineIndex } from '../../features/positions';
import type { CliIO, ExitCode } from '../io';
import { DRAFT_OPTIONS_HELP } from '../draftOptions';
import { formatOf, runOverDrafts, type DraftCommandSpec } from '../draftCommand';
import { sarifFixes, type CliFinding } from '../output';
import { TRANSCRIPT_OPTIONS, TRANSCRIPT_OPTIONS_HELP } from '../transcripts';
import type { Command } from './index';

export type { CliFinding } from '../output';

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
  --format FORMAT     output format (default text)
      text:   file:line:col severity rule-id message, then a summary line
      json:   [{"file": "...", "findings": [{"code", "severity", "message",
               "line", "column", "endLine", "endColumn"}]}]  (1-based, end exclusive)
      jsonl:  one {"file", "findings"} object per line, as files finish
      sarif:  SARIF 2.1.0 (rules with help links, fixes where a quick fix exists)
      github: GitHub Actions annotations (::error / ::warning / ::notice)
  --quiet             errors only: warnings and lower are neither printed nor fail the run
  --max-warnings N    exit 1 only when there are more than N warnings (or any error)
${DRAFT_OPTIONS_HELP}
${TRANSCRIPT_OPTIONS_HELP}
  -h, --help          show this help

Exit status: 0 nothing at warning or error level, 1 warnings or errors found,
2 usage error, a file that could not be read, or an invalid config file (the other files are still checked).
`;

export const checkSpec: DraftCommandSpec<{ file: string; findings: CliFinding[] }> = {
  name: 'check',
  help: HELP,
  options: { quiet: { type: 'boolean', short: 'q' }, 'max-warnings': { type: 'string' }, ...TRANSCRIPT_OPTIONS },
  usesTranscripts: true,
  formats: ['text', 'json', 'jsonl', 'sarif', 'github'],
  findingsFail: true,
  perFile(file, _text, result, run) {
    const kept = run.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    const findings: CliFinding[] = result.notice
      ? run.quiet
        ? []
        : [{ code: result.notice.code, severity: 'information', message: result.notice.message, line: 1, column: 1, endLine: 1, endColumn: 1 }]
      : kept.map((f) => toCliFinding(f, result.lines));
    const a = result.analysis;
    return {
      json: { file, findings },
      text: findings.map((f) => `${file}:${f.line}:${f.column} ${run.paint(f.severity, f.severity)} ${f.code} ${f.message}\n`).join(''),
      findings,
      sarif: run.format === 'sarif' ? { file, findings, fixes: a && !result.notice ? kept.map((f) => sarifFixes(f, a, result.lines)) : [] } : undefined,
    };
  },
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'check drafts and print findings (text, JSON, JSON Lines, SARIF, GitHub annotations)',
  help: HELP,
  run(args: string[], io: CliIO): Promise<ExitCode> {
    return runOverDrafts(args, io, checkSpec);
  },
};

/**
 * The loop every draft-reading command shares: parse options (`--format`,
 * `--date`, `--rule`, `--max-size`, `--help` and the command's own), read each
 * FILE (a one-line message and exit 2 for one that cannot be read, the others
 * still run), check it, and print text lines or one JSON array of per-file entries.
 */
import { checkText, languageOfFile, todayIso, type CheckedText, type CheckTextOptions } from '../features/checkText';
import type { CopydeskSettings } from '../features/settings';
import { LineIndex } from '../features/positions';
import { DRAFT_OPTIONS, settingsFromOptions } from './draftOptions';
import { parse, readDraft, UsageError, type CliIO, type ExitCode, type OptionSpec } from './io';

export interface DraftRun {
  values: Record<string, string | boolean | string[] | undefined>;
  settings: CopydeskSettings;
  today: string;
  format: 'text' | 'json';
}

export interface DraftFileOutput<J> {
  /** This file's entry in the JSON array. */
  json: J;
  /** This file's text output (whole lines, each ending in a newline). */
  text: string;
  /** 1 when this file has something that fails the run (check: a warning or error). */
  exit?: ExitCode;
}

export interface DraftCommandSpec<J> {
  help: string;
  /** Options beyond the shared ones. */
  options?: OptionSpec;
  /** Runs all rules even when a rule-level option turned things off (listing commands). */
  alwaysEnable?: boolean;
  /** Extra `checkText` options, computed once per run (e.g. a profile index). */
  checkOptions?(run: DraftRun, io: CliIO): Partial<CheckTextOptions>;
  /** Print `result.notice` (too large) on stderr; commands that report it as a finding leave this off. */
  noticeOnStderr?: boolean;
  perFile(file: string, text: string, result: CheckedText, run: DraftRun): DraftFileOutput<J>;
}

export function formatOf(values: Record<string, unknown>): 'text' | 'json' {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got "${String(format)}"`);
  return format;
}

export function runOverDrafts<J>(args: string[], io: CliIO, spec: DraftCommandSpec<J>): ExitCode {
  const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...DRAFT_OPTIONS, ...spec.options });
  if (values.help) {
    io.out(spec.help);
    return 0;
  }
  const format = formatOf(values);
  const settings = settingsFromOptions(values);
  if (spec.alwaysEnable) settings.enable = true;
  if (positionals.length === 0) throw new UsageError('no FILE given');
  const run: DraftRun = { values, settings, today: todayIso(), format };
  const extra = spec.checkOptions?.(run, io) ?? {};
  let exit: ExitCode = 0;
  const report: J[] = [];
  for (const file of positionals) {
    const read = readDraft(file, settings.maxDocumentSize);
    if ('problem' in read) {
      io.err(`copydesk: ${read.problem}\n`);
      exit = 2;
      continue;
    }
    // Over the limit: only the first bytes were read; the draft gets the too-large notice, the next file is read.
    const text = 'text' in read ? read.text : '';
    const result: CheckedText =
      'tooLarge' in read
        ? { analysis: null, notice: read.tooLarge, findings: [], errors: [], lines: new LineIndex('') }
        : checkText(text, { languageId: languageOfFile(file), limitName: 'option --max-size', settings, today: run.today, ...extra });
    for (const e of result.errors) io.err(`copydesk: rule ${e.ruleId} failed on ${file}: ${e.message}\n`);
    if (spec.noticeOnStderr && result.notice) io.err(`${file}: ${result.notice.message}\n`);
    const out = spec.perFile(file, text, result, run);
    if (exit === 0 && out.exit) exit = out.exit;
    if (format === 'json') report.push(out.json);
    else io.out(out.text);
  }
  if (format === 'json') io.out(JSON.stringify(report, null, 2) + '\n');
  return exit;
}

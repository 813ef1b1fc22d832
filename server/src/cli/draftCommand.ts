/**
 * The loop every draft-reading command shares (check, quotes, dates, actors):
 * parse the shared options, resolve the inputs (files, folders, globs, `-`,
 * `--files-from`), check each draft with its own settings (defaults, then its
 * nearest `.copydesk.yaml`, then the flags), on `--jobs` worker threads, and
 * print as the format wants: text lines and JSON in input order, JSON Lines
 * as files finish, SARIF and GitHub annotations for `check`.
 *
 * A draft that cannot be read gives one line on stderr and exit 2; the others
 * still run. The per-file work (`processTask`) is the same function on the
 * main thread (`--jobs 1`) and in a worker, so the output cannot differ.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ProfileIndex } from '../analysis/profiles';
import { TOO_MANY_PARAGRAPHS } from '../analysis/document';
import { TOO_MANY_QUOTATIONS } from '../analysis/quotes/quotations';
import type { TranscriptIndex } from '../analysis/transcripts';
import { LineIndex } from '../features/positions';
import { DEFAULT_TRANSCRIPT_GLOBS, loadTranscripts } from '../transcripts/load';
import { checkText, languageOfFile, todayIso, type CheckedText } from '../features/checkText';
import { looksBinary } from '../features/gate';
import { isIsoDate, type CopydeskSettings } from '../features/settings';
import { applyOverrides, settingsFromConfig, type CliOverrides } from '../config/merge';
import { ConfigResolver, configLanguage, problemSummary } from '../config/projectConfig';
import { DEFAULT_PROFILE_GLOBS, loadProfiles } from '../profiles/load';
import { cliOverrides, DRAFT_OPTIONS } from './draftOptions';
import { resolveInputs } from './inputs';
import { parse, processIO, readDraft, UsageError, type CliIO, type ExitCode, type OptionSpec } from './io';
import { ansi, githubLine, plain, sarifLog, summaryLine, wantColour, zeroCounts, type CliFinding, type Paint, type SarifFileEntry, type SevCounts } from './output';

export type Format = 'text' | 'json' | 'jsonl' | 'sarif' | 'github' | 'csv';

/** What every file's processing knows of the run (sent to workers: plain data only). */
export interface RunInit {
  command: string;
  overrides: CliOverrides;
  today: string;
  format: Format;
  cwd: string;
  /** `--config FILE`. */
  config?: string;
  /** `--profiles` globs (relative to the current folder), overriding the config's. */
  profileGlobs?: string[];
  /** `--transcripts` globs (relative to the current folder), overriding the config's. */
  transcriptGlobs?: string[];
  /** `--stdin-filename`. */
  stdinFilename?: string;
  /** `--quiet`: errors only. */
  quiet: boolean;
  colour: boolean;
}

/** What a command's `perFile` sees of the run. */
export interface DraftRun {
  format: Format;
  quiet: boolean;
  cwd: string;
  paint: Paint;
  /** The file name's `YYYY-MM-DD`, when the spec asks for it and it became the fallback publication date. */
  fileNameDate?: string;
  /** The profile index the draft was checked with, if any. */
  profiles?: ProfileIndex;
}

export interface DraftFileOutput<J> {
  /** This file's entry in the JSON array (and its JSON Lines line). */
  json: J;
  /** This file's text output (whole lines, each ending in a newline). */
  text: string;
  /** The findings that count towards the exit status and the summary (check). */
  findings?: CliFinding[];
  /** SARIF entry (check with --format sarif). */
  sarif?: SarifFileEntry;
}

export interface DraftCommandSpec<J> {
  name: string;
  help: string;
  /** Options beyond the shared ones. */
  options?: OptionSpec;
  /** The formats it prints (default text, json, jsonl); the first is the default. */
  formats?: readonly Format[];
  /** CSV: the header line, and one file's row (audit). */
  csvHeader?: string;
  csvRow?(json: J): string;
  /** JSON Lines: one file's line (default: its JSON entry). */
  jsonlLine?(json: J): string;
  /** After every file: what the format wants at the end; for json this replaces the array (audit). */
  finish?(jsons: J[], format: Format, write: (s: string) => void): void;
  /** Runs all rules even when a rule-level option turned things off (listing commands). */
  alwaysEnable?: boolean;
  /** Checks quotations against the transcripts (check, quotes): `--transcripts`, the config's, or the default globs. */
  usesTranscripts?: boolean;
  /** Loads the profile index even when no enabled rule needs it (actors). */
  needsProfiles?: boolean;
  /** Print `result.notice` (too large) on stderr; commands that report it as a finding leave this off. */
  noticeOnStderr?: boolean;
  /** True: warnings and errors fail the run (exit 1), `--max-warnings` and the summary line apply. */
  findingsFail?: boolean;
  /**
   * A `YYYY-MM-DD` in the file name is the publication date of a draft that gives none of its own (front matter,
   * dateline) when neither `--date` nor the config sets one (audit: archives are often named by date).
   */
  fileNameDate?: boolean;
  perFile(file: string, text: string, result: CheckedText, run: DraftRun): DraftFileOutput<J>;
}

/** One draft to process. */
export interface Task {
  index: number;
  file: string;
  /** Standard input's text (the file name is then `--stdin-filename` or `-`). */
  text?: string;
}

export interface TaskResult {
  index: number;
  file: string;
  json: unknown;
  text: string;
  findings?: CliFinding[];
  sarif?: SarifFileEntry;
  /** Lines for stderr. */
  stderr: string;
  /** 2 when the draft could not be read. */
  failed: boolean;
  /** A config file with problems this draft fell back from (reported once per run). */
  configProblem?: { file: string; message: string };
  /** Lines for stderr that a run prints once however many drafts give them (an unreadable transcript). */
  once?: string[];
}

// ---- the per-file work (main thread or worker) ------------------------------------------

/** Caches one thread keeps for a run: config lookups and profile indexes. */
export class FileContext {
  readonly configs: ConfigResolver;
  private readonly profileIndexes = new Map<string, ProfileIndex>();
  private readonly transcriptIndexes = new Map<string, { index: TranscriptIndex; problems: string[] }>();
  constructor(readonly init: RunInit) {
    this.configs = new ConfigResolver(init.config ? path.resolve(init.cwd, init.config) : undefined);
  }
  profiles(root: string, globs: readonly string[]): ProfileIndex {
    const key = `${root}\u0000${globs.join('\u0000')}`;
    let index = this.profileIndexes.get(key);
    if (!index) {
      index = loadProfiles(root, globs);
      this.profileIndexes.set(key, index);
    }
    return index;
  }
  transcripts(root: string, globs: readonly string[]): { index: TranscriptIndex; problems: string[] } {
    const key = `${root}\u0000${globs.join('\u0000')}`;
    let t = this.transcriptIndexes.get(key);
    if (!t) {
      const index = loadTranscripts(root, globs);
      const problems: string[] = [];
      for (const r of index.fileResults().values()) if (r.error) problems.push(`copydesk: ${r.display}: ${r.error}\n`);
      t = { index, problems };
      this.transcriptIndexes.set(key, t);
    }
    return t;
  }
}

/** Decodes standard input as `readDraft` decodes a file. */
function decodeStdin(buf: Buffer, name: string): { text: string } | { problem: string } {
  if (buf.includes(0)) return { problem: `${name} looks binary (it contains NUL bytes); not checked` };
  let text = new TextDecoder('utf-8').decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) return { problem: `${name} is not UTF-8 text (many invalid byte sequences); not checked` };
  return { text };
}

/** A valid `YYYY-MM-DD` in a file's name (`outlet_2016-05-12_slug.txt`), else undefined. */
export function dateInFileName(file: string): string | undefined {
  const m = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/.exec(path.basename(file));
  return m && isIsoDate(m[1]) ? m[1] : undefined;
}

export function processTask<J>(spec: DraftCommandSpec<J>, ctx: FileContext, task: Task): TaskResult {
  const { init } = ctx;
  const stdin = task.text !== undefined;
  const name = stdin ? init.stdinFilename ?? '-' : task.file;
  const abs = stdin ? path.resolve(init.cwd, init.stdinFilename ?? 'stdin') : path.resolve(init.cwd, task.file);
  const base = { index: task.index, file: name, json: null, text: '', stderr: '', failed: false };
  const loaded = ctx.configs.forDir(path.dirname(abs));
  const config = loaded?.config ?? null;
  const configProblem = loaded && !loaded.config ? { file: loaded.file, message: problemSummary(loaded.problems) } : undefined;
  const settings: CopydeskSettings = applyOverrides(settingsFromConfig(config), init.overrides);
  if (spec.alwaysEnable) settings.enable = true;
  const named = spec.fileNameDate && !settings.publicationDate && !settings.publicationDateToday ? dateInFileName(name) : undefined;
  if (named) settings.publicationDate = named;
  const read = stdin ? { text: task.text as string } : readDraft(task.file, settings.maxDocumentSize);
  if ('problem' in read) return { ...base, stderr: `copydesk: ${read.problem}\n`, failed: true, configProblem };
  const languageId = (config && configLanguage(config, abs)) || languageOfFile(name);
  const root = config?.dir ?? init.cwd;
  const wantProfiles = spec.needsProfiles || (settings.rules['actor.no-profile'] ?? 'off') !== 'off';
  const profiles = wantProfiles ? ctx.profiles(init.profileGlobs ? init.cwd : root, init.profileGlobs ?? (config?.profiles ? settings.profiles : DEFAULT_PROFILE_GLOBS)) : undefined;
  let transcripts: TranscriptIndex | undefined;
  let once: string[] | undefined;
  if (spec.usesTranscripts) {
    const t = ctx.transcripts(init.transcriptGlobs ? init.cwd : root, init.transcriptGlobs ?? (config?.transcripts ? settings.transcripts : DEFAULT_TRANSCRIPT_GLOBS));
    if (t.index.size) transcripts = t.index;
    if (t.problems.length) once = t.problems;
  }
  // Over the size limit only the first bytes were read: the draft gets the too-large notice.
  const text = 'text' in read ? read.text : '';
  const result: CheckedText =
    'tooLarge' in read
      ? { analysis: null, notice: read.tooLarge, findings: [], errors: [], lines: new LineIndex('') }
      : checkText(text, { languageId, limitName: 'option --max-size', settings, today: init.today, profiles, transcripts });
  let stderr = '';
  for (const e of result.errors) stderr += `copydesk: rule ${e.ruleId} failed on ${name}: ${e.message}\n`;
  if (spec.noticeOnStderr && result.notice) stderr += `${name}: ${result.notice.message}\n`;
  // Commands that list rather than report findings say on stderr where a draft's quotations or paragraphs were cut.
  if (spec.noticeOnStderr) for (const f of result.findings) if (f.ruleId === TOO_MANY_QUOTATIONS || f.ruleId === TOO_MANY_PARAGRAPHS) stderr += `${name}: ${f.message}\n`;
  const out = spec.perFile(name, text, result, { format: init.format, quiet: init.quiet, cwd: init.cwd, paint: init.colour ? ansi : plain, profiles, fileNameDate: named });
  return { ...base, json: out.json, text: out.text, findings: out.findings, sarif: out.sarif, stderr, configProblem, once };
}

// ---- specs by name (workers look them up) --------------------------------------

/* eslint-disable @typescript-eslint/no-require-imports -- a worker loads the one command it runs */
export function draftSpec(name: string): DraftCommandSpec<unknown> {
  switch (name) {
    case 'check':
      return (require('./commands/check') as typeof import('./commands/check')).checkSpec as DraftCommandSpec<unknown>;
    case 'quotes':
      return (require('./commands/quotes') as typeof import('./commands/quotes')).quotesSpec as DraftCommandSpec<unknown>;
    case 'dates':
      return (require('./commands/dates') as typeof import('./commands/dates')).datesSpec as DraftCommandSpec<unknown>;
    case 'actors':
      return (require('./commands/actors') as typeof import('./commands/actors')).actorsSpec as DraftCommandSpec<unknown>;
    case 'tags':
      return (require('./commands/tags') as typeof import('./commands/tags')).tagsSpec as DraftCommandSpec<unknown>;
    case 'audit':
      return (require('./commands/audit') as typeof import('./commands/audit')).auditSpec as DraftCommandSpec<unknown>;
  }
  throw new Error(`no draft command ${name}`);
}
/* eslint-enable @typescript-eslint/no-require-imports */

// ---- the run ----------------------------------------------------------------------

export function formatOf(values: Record<string, unknown>, allowed: readonly Format[] = ['text', 'json', 'jsonl']): Format {
  const format = values.format ?? 'text';
  const list = allowed.join(', ').replace(/, ([^,]*)$/, ' or $1');
  if (typeof format !== 'string' || !(allowed as readonly string[]).includes(format)) {
    if (typeof format === 'string' && (/[./\\]/.test(format) || fs.existsSync(format))) throw new UsageError(`--format needs a value (${list}); "${format}" looks like a file name`);
    throw new UsageError(`--format must be ${list}, got "${String(format)}"`);
  }
  return format as Format;
}

/** `--format` followed by an option or nothing: say so instead of taking the next argument as the format. */
export function checkFormatValue(args: readonly string[]): void {
  const i = args.findIndex((a) => a === '--format');
  if (i >= 0 && (i === args.length - 1 || (args[i + 1].startsWith('-') && args[i + 1] !== '-'))) throw new UsageError('--format needs a value');
}

function readFilesFrom(from: string, cwd: string): string[] {
  let text: string;
  try {
    text = from === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(path.resolve(cwd, from), 'utf8');
  } catch (e) {
    throw new UsageError(`--files-from: cannot read ${from}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return text.split(/\r?\n/);
}

/** The default `--jobs`: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * Drafts per thread below which a default run starts no more threads: a worker is a V8 isolate that loads
 * and optimises the analysis again (~1 s of CPU with the pool's interrupt budget). Measured with 800-word
 * drafts on the 2-core machine: 20 drafts on two threads cost 0.25 s more CPU and were slower; 50 broke even;
 * from 100 two threads won.
 */
const DRAFTS_PER_THREAD = 50;

/** The default `--jobs`: one thread per DRAFTS_PER_THREAD drafts, at most the number of cores. */
export function autoJobs(drafts: number): number {
  return Math.max(1, Math.min(defaultJobs(), Math.ceil(drafts / DRAFTS_PER_THREAD)));
}

export interface RunOptions {
  /** Whether stdout and stderr are terminals, when the io is not the process's (tests). */
  tty?: { out?: boolean; err?: boolean };
}

export async function runOverDrafts<J>(args: string[], io: CliIO, spec: DraftCommandSpec<J>, runOptions: RunOptions = {}): Promise<ExitCode> {
  checkFormatValue(args);
  const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...DRAFT_OPTIONS, ...spec.options });
  if (values.help) {
    io.out(spec.help);
    return 0;
  }
  const formats = spec.formats ?? ['text', 'json', 'jsonl'];
  if (values.format === undefined) values.format = formats[0];
  const format = formatOf(values, formats);
  const overrides = cliOverrides(values);
  const cwd = process.cwd();
  const tty = runOptions.tty ?? (io === processIO ? { out: !!process.stdout.isTTY, err: !!process.stderr.isTTY } : {});
  const outputFile = values['output-file'] as string | undefined;
  const colour = format === 'text' && wantColour({ color: !!values.color, noColor: !!values['no-color'], isTTY: tty.out, toFile: !!outputFile });
  const jobsRaw = values.jobs as string | undefined;
  if (jobsRaw !== undefined && (!/^\d+$/.test(jobsRaw) || Number(jobsRaw) < 1)) throw new UsageError(`--jobs must be a whole number of at least 1, got "${jobsRaw}"`);
  const maxWarningsRaw = values['max-warnings'] as string | undefined;
  if (maxWarningsRaw !== undefined && !/^\d+$/.test(maxWarningsRaw)) throw new UsageError(`--max-warnings must be a whole number, got "${maxWarningsRaw}"`);
  const maxWarnings = maxWarningsRaw === undefined ? undefined : Number(maxWarningsRaw);
  const filesFromArg = values['files-from'] as string | undefined;
  if (filesFromArg === '-' && positionals.includes('-')) throw new UsageError('standard input cannot be both --files-from - and a draft (-)');
  const configArg = values.config as string | undefined;
  if (configArg !== undefined && !fs.existsSync(path.resolve(cwd, configArg))) throw new UsageError(`--config: no such file ${configArg}`);
  const init: RunInit = {
    command: spec.name,
    overrides,
    today: todayIso(),
    format,
    cwd,
    config: configArg,
    profileGlobs: values.profiles as string[] | undefined,
    transcriptGlobs: values.transcripts as string[] | undefined,
    stdinFilename: values['stdin-filename'] as string | undefined,
    quiet: !!values.quiet,
    colour,
  };
  const ctx = new FileContext(init);
  const filesFrom = filesFromArg !== undefined ? readFilesFrom(filesFromArg, cwd) : undefined;
  if (positionals.length === 0 && !filesFrom) throw new UsageError('no FILE given (give files, folders, globs, - for standard input, or --files-from)');
  const resolved = resolveInputs(positionals, { cwd, configs: ctx.configs, filesFrom });
  let exit: ExitCode = 0;
  for (const p of resolved.problems) {
    io.err(`copydesk: ${p}\n`);
    exit = 2;
  }
  const tasks: Task[] = resolved.inputs.map((input, index) => ({ index, file: input.file, ...(input.stdin ? { text: '' } : {}) }));
  for (const t of tasks) {
    if (t.text === undefined) continue;
    const read = decodeStdin(fs.readFileSync(0), init.stdinFilename ?? '-');
    if ('problem' in read) {
      io.err(`copydesk: ${read.problem}\n`);
      exit = 2;
      t.file = '\u0000skip';
    } else t.text = read.text;
  }
  const todo = tasks.filter((t) => t.file !== '\u0000skip').map((t, index) => ({ ...t, index }));

  // Output sink: the io, or -o FILE.
  let fd: number | undefined;
  if (outputFile) {
    try {
      fd = fs.openSync(path.resolve(cwd, outputFile), 'w');
    } catch (e) {
      throw new UsageError(`--output-file: cannot write ${outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  const write = (s: string): void => {
    if (!s) return;
    if (fd !== undefined) fs.writeSync(fd, s);
    else io.out(s);
  };

  const counts: SevCounts = zeroCounts();
  let filesWithProblems = 0;
  const reportedConfigs = new Set<string>();
  const saidOnce = new Set<string>();
  const jsonEntries: unknown[] = [];
  const sarifEntries: SarifFileEntry[] = [];
  const kept: J[] = [];
  let csvStarted = false;
  const progress = makeProgress(todo.length, !!tty.err, io);
  const handle = (r: TaskResult): void => {
    progress.tick();
    if (r.stderr) io.err(progress.clear() + r.stderr);
    if (r.configProblem && !reportedConfigs.has(r.configProblem.file)) {
      reportedConfigs.add(r.configProblem.file);
      io.err(`${progress.clear()}${path.relative(cwd, r.configProblem.file) || r.configProblem.file}: ${r.configProblem.message}\n`);
      exit = 2;
    }
    for (const line of r.once ?? []) {
      if (saidOnce.has(line)) continue;
      saidOnce.add(line);
      io.err(progress.clear() + line);
    }
    if (r.failed) {
      exit = 2;
      return;
    }
    if (spec.finish) kept.push(r.json as J);
    if (r.findings?.length) {
      filesWithProblems++;
      for (const f of r.findings) if (f.severity in counts) counts[f.severity as keyof SevCounts]++;
    }
    switch (format) {
      case 'text':
        write(r.text);
        break;
      case 'jsonl':
        write(spec.jsonlLine ? spec.jsonlLine(r.json as J) : JSON.stringify(r.json) + '\n');
        break;
      case 'json':
        if (!spec.finish) jsonEntries.push(r.json);
        break;
      case 'csv':
        if (!csvStarted) write(spec.csvHeader ?? '');
        csvStarted = true;
        write(spec.csvRow?.(r.json as J) ?? '');
        break;
      case 'sarif':
        if (r.sarif) sarifEntries.push(r.sarif);
        break;
      case 'github':
        for (const f of r.findings ?? []) write(githubLine(r.file, f));
        break;
    }
  };
  const jobs = jobsRaw !== undefined ? Number(jobsRaw) : autoJobs(todo.length);
  try {
    await runTasks(spec, ctx, todo, jobs, format === 'jsonl', handle);
  } finally {
    progress.done();
  }
  if (format === 'csv' && !csvStarted) write(spec.csvHeader ?? '');
  if (spec.finish) spec.finish(kept, format, write);
  else if (format === 'json') write(JSON.stringify(jsonEntries, null, 2) + '\n');
  else if (format === 'sarif') write(JSON.stringify(sarifLog(sarifEntries, cwd), null, 2) + '\n');
  if (spec.findingsFail) {
    if (format === 'text') {
      const line = summaryLine(counts, filesWithProblems, colour ? ansi : plain);
      if (line) write(`\n${line}\n`);
    }
    const fails = counts.error > 0 || (init.quiet ? false : maxWarnings === undefined ? counts.warning > 0 : counts.warning > maxWarnings);
    if (fails && exit === 0) exit = 1;
    if (maxWarnings !== undefined && counts.warning > maxWarnings && !init.quiet) io.err(`copydesk: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  if (fd !== undefined) fs.closeSync(fd);
  return exit;
}

// ---- running the tasks: in order on this thread, or on worker threads ---------------------

/**
 * Runs `tasks`, calling `onResult` in input order (or as they finish, when
 * `unordered`). `jobs` > 1 and more than one task: this thread and `jobs` - 1 worker threads.
 */
export async function runTasks<J>(spec: DraftCommandSpec<J>, ctx: FileContext, tasks: readonly Task[], jobs: number, unordered: boolean, onResult: (r: TaskResult) => void): Promise<void> {
  const n = Math.min(jobs, tasks.length);
  if (n <= 1) {
    for (const t of tasks) onResult(processTask(spec, ctx, t));
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- worker threads only when asked for
  const { runOnWorkers } = require('./pool') as typeof import('./pool');
  await runOnWorkers(ctx.init, tasks, n, unordered, onResult, (t) => processTask(spec, ctx, t));
}

// ---- progress bar ---------------------------------------------------------------------------

interface Progress {
  tick(): void;
  /** The escape that clears the bar before other stderr text (empty when no bar). */
  clear(): string;
  done(): void;
}

/** A bar on stderr when it is a terminal and there are more than 50 files. */
export function makeProgress(total: number, errIsTTY: boolean, io: CliIO): Progress {
  if (!errIsTTY || total <= 50) return { tick() {}, clear: () => '', done() {} };
  let n = 0;
  let last = 0;
  const width = 30;
  const draw = (): void => {
    const filled = Math.round((n / total) * width);
    io.err(`\r\x1b[2K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${n}/${total} files`);
  };
  return {
    tick() {
      n++;
      const now = Date.now();
      if (now - last > 100 || n === total) {
        last = now;
        draw();
      }
    },
    clear: () => '\r\x1b[2K',
    done() {
      io.err('\r\x1b[2K');
    },
  };
}

/**
 * `--transcripts GLOB` (repeatable, relative to the current folder; default
 * the `copydesk.transcripts` globs) for the commands that check quotations
 * against the record: loads the index once per run and reports files that
 * cannot be read on standard error.
 */
import { DEFAULT_TRANSCRIPT_GLOBS, loadTranscripts } from '../transcripts/load';
import type { CheckTextOptions } from '../features/checkText';
import type { CliIO, OptionSpec } from './io';
import type { DraftRun } from './draftCommand';

export const TRANSCRIPT_OPTIONS: OptionSpec = { transcripts: { type: 'string', multiple: true } };

export const TRANSCRIPT_OPTIONS_HELP = `  --transcripts GLOB  interview transcripts to check quotations against, relative to the current
                      folder (repeatable; default ${DEFAULT_TRANSCRIPT_GLOBS.join(' ')})`;

/** The transcript index of a run (none when no file matches). */
export function transcriptCheckOptions(run: DraftRun, io: CliIO, cwd: string = process.cwd()): Partial<CheckTextOptions> {
  const globs = (run.values.transcripts as string[] | undefined) ?? DEFAULT_TRANSCRIPT_GLOBS;
  const index = loadTranscripts(cwd, globs);
  for (const r of index.fileResults().values()) if (r.error) io.err(`copydesk: ${r.display}: ${r.error}\n`);
  return index.size ? { transcripts: index } : {};
}

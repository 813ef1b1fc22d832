/**
 * `--transcripts GLOB` (repeatable, relative to the current folder; default
 * the config file's `transcripts`, else the `copydesk.transcripts` defaults)
 * for the commands that check quotations against the record. The index is
 * loaded once per run and thread (draftCommand.ts `FileContext.transcripts`);
 * files that cannot be read are reported once on standard error.
 */
import { DEFAULT_TRANSCRIPT_GLOBS } from '../transcripts/load';
import type { OptionSpec } from './io';

export const TRANSCRIPT_OPTIONS: OptionSpec = { transcripts: { type: 'string', multiple: true } };

export const TRANSCRIPT_OPTIONS_HELP = `  --transcripts GLOB  interview transcripts to check quotations against, relative to the current
                      folder (repeatable; default: the config's transcripts, else ${DEFAULT_TRANSCRIPT_GLOBS.join(' ')})`;

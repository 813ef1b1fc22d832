/**
 * The CLI's subcommands, one file each. To add one: write
 * `commands/<name>.ts` exporting a `Command` and list it here.
 *
 * Each command's file is loaded only when that command runs (or help lists
 * it): `copydesk lsp`, the server editors start, then loads the server and
 * nothing of the other commands.
 */
import type { CliIO, ExitCode } from '../io';

export interface Command {
  name: string;
  /** One line for the command list in `copydesk --help`. */
  summary: string;
  /** The full `copydesk <name> --help` text. */
  help: string;
  run(args: string[], io: CliIO): ExitCode | Promise<ExitCode>;
}

/* eslint-disable @typescript-eslint/no-require-imports -- each command loads on first use */
const LOADERS: readonly (readonly [name: string, load: () => Command])[] = [
  ['check', () => (require('./check') as typeof import('./check')).checkCommand],
  ['quotes', () => (require('./quotes') as typeof import('./quotes')).quotesCommand],
  ['dates', () => (require('./dates') as typeof import('./dates')).datesCommand],
  ['actors', () => (require('./actors') as typeof import('./actors')).actorsCommand],
  ['tags', () => (require('./tags') as typeof import('./tags')).tagsCommand],
  ['audit', () => (require('./audit') as typeof import('./audit')).auditCommand],
  ['rules', () => (require('./rules') as typeof import('./rules')).rulesCommand],
  ['lsp', () => (require('./lsp') as typeof import('./lsp')).lspCommand],
];
/* eslint-enable @typescript-eslint/no-require-imports */

/** The command names, in help order, without loading any command. */
export const COMMAND_NAMES: readonly string[] = LOADERS.map(([name]) => name);

/** Every command (loads them all: for the help listing). */
export function allCommands(): Command[] {
  return LOADERS.map(([, load]) => load());
}

export function commandByName(name: string): Command | undefined {
  return LOADERS.find(([n]) => n === name)?.[1]();
}

/**
 * The CLI's subcommands, one file each. To add one: write
 * `commands/<name>.ts` exporting a `Command` and list it here.
 */
import type { CliIO, ExitCode } from '../io';
import { actorsCommand } from './actors';
import { checkCommand } from './check';
import { datesCommand } from './dates';
import { lspCommand } from './lsp';
import { quotesCommand } from './quotes';

export interface Command {
  name: string;
  /** One line for the command list in `copydesk --help`. */
  summary: string;
  /** The full `copydesk <name> --help` text. */
  help: string;
  run(args: string[], io: CliIO): ExitCode | Promise<ExitCode>;
}

export const COMMANDS: readonly Command[] = [checkCommand, quotesCommand, datesCommand, actorsCommand, lspCommand];

export function commandByName(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

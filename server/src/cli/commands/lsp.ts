/**
 * `copydesk lsp --stdio` (or `--node-ipc`): runs the language server; the one
 * command other editors are told to start. No socket transport: no network use.
 */
import type { CliIO, ExitCode } from '../io';
import type { Command } from './index';

const HELP = `Usage: copydesk lsp [--stdio | --node-ipc]

Starts the Copydesk language server (default: over standard input/output).
Point any LSP editor at: copydesk lsp --stdio
No socket or pipe transport: the server makes no network connections.
`;

const TRANSPORTS = ['--stdio', '--node-ipc'];

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'start the language server (for Neovim, Helix, Emacs, ...)',
  help: HELP,
  run(args: string[], io: CliIO): ExitCode {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    const unknown = args.filter((a) => !TRANSPORTS.includes(a) && !/^--clientProcessId=\d+$/.test(a));
    if (unknown.length) {
      io.err(`copydesk lsp: unknown option ${unknown[0]}\n${HELP}`);
      return 2;
    }
    // createConnection() reads the transport from process.argv.
    if (!args.some((a) => TRANSPORTS.includes(a))) process.argv.push('--stdio');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- load the server only when asked for
    (require('../../node/main') as typeof import('../../node/main')).main();
    return null;
  },
};

/**
 * Node entry point of the language server: creates the connection from the
 * command line (`--stdio`, `--node-ipc`) and starts the server. No network
 * transport: `--socket` and `--pipe` are refused (drafts never leave the machine).
 * Over stdio the input passes a framing guard (framing.ts): broken framing is
 * logged on stderr and ends the server with exit code 1.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { FramingGuard } from './framing';

function connect(): Connection {
  const args = process.argv.slice(2);
  if (args.some((a) => /^--(?:socket|pipe)(?:=|$)/.test(a))) {
    process.stderr.write('copydesk: the language server runs over --stdio or --node-ipc only (no sockets or pipes: no network use)\n');
    process.exit(2);
  }
  if (args.includes('--node-ipc')) return createConnection(ProposedFeatures.all);
  const guard = new FramingGuard((why) => {
    process.stderr.write(`${why}\n`);
    process.exit(1);
  });
  process.stdin.pipe(guard);
  return createConnection(ProposedFeatures.all, new StreamMessageReader(guard), new StreamMessageWriter(process.stdout));
}

/** Starts the server on the transport named in `process.argv` (standard input/output when none is). */
export function main(): void {
  const connection = connect();
  // Errors must never go to stdout: with --stdio that is the protocol stream.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startServer(connection);
}

if (require.main === module) main();

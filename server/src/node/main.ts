/**
 * Node entry point of the language server: creates the connection from the
 * command line (`--stdio`, `--node-ipc`, `--socket=N`) and starts the server.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

/** Starts the server on the transport named in `process.argv`. */
export function main(): void {
  const connection = createConnection(ProposedFeatures.all);
  // Errors must never go to stdout: with --stdio that is the protocol stream.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startServer(connection);
}

if (require.main === module) main();

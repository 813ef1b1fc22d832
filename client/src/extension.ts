/**
 * The VS Code side of Copydesk: starts the language server over IPC for
 * Markdown, plain-text and newsdraft documents. Everything else (diagnostics,
 * quick fixes, hovers, settings) is the server's job.
 */
import * as fs from 'fs';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createStatusBar } from './statusBar';

let client: LanguageClient | undefined;

const LANGUAGES = ['markdown', 'plaintext', 'newsdraft'];

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  // The packaged extension ships only the bundled server; a checkout may have both, and the newer wins
  // so a stale bundle never hides a fresh build.
  const candidates = [context.asAbsolutePath('dist/server.js'), context.asAbsolutePath('out/server/src/node/main.js')];
  const module = candidates.filter((p) => fs.existsSync(p)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0] ?? candidates[0];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  registerCommands(context, client);
  context.subscriptions.push(createStatusBar(LANGUAGES));
  await client.start();
  return { client };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

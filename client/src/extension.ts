/**
 * The VS Code side of Copydesk: starts the language server over IPC for
 * Markdown, plain-text and newsdraft documents. Everything else (diagnostics,
 * quick fixes, hovers, settings) is the server's job.
 *
 * "Restart server" stops the client and starts a new one rather than calling
 * `LanguageClient.restart()`: in vscode-languageclient 9 a restarted client
 * never pulls diagnostics for documents opened afterwards (its didOpen
 * feature's `onNotificationSent` emitter is disposed on stop and the
 * diagnostic feature re-subscribes to the disposed emitter).
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { INSERT_SNIPPET_COMMAND, registerCommands, REVEAL_LINE_COMMAND } from './commands';
import { createStatusBar, type FindingsStatus } from './statusBar';

const LANGUAGES = ['markdown', 'plaintext', 'newsdraft'];

/** What `activate` returns (tests and other extensions): the running client, and what the status bar shows. */
export interface CopydeskApi {
  readonly client: LanguageClient;
  findingsStatus(): FindingsStatus;
}

/**
 * The client with one change: a server that exits with code 0 stopped cleanly (after `shutdown`), so that is logged
 * as information, not as "[Error] Server process exited with code 0".
 */
class CopydeskClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    if (/^Server process exited with code 0\b/.test(message)) {
      this.info('Copydesk: language server stopped (exit code 0).', undefined, false);
      return;
    }
    super.error(message, data, showNotification);
  }
}

let current: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
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
    outputChannel,
    // Hovers link to lines of the draft with `command:` links (file links do not open in a remote or web workbench).
    // Hover line links as commands, and quick fixes with a tab stop (the anonymity reason) as the extension's own
    // snippet command: VS Code's protocol client applies no snippet edits, so the extension inserts the snippet itself.
    initializationOptions: { lineLinks: 'command', revealLineCommand: REVEAL_LINE_COMMAND, snippetCommand: INSERT_SNIPPET_COMMAND },
    markdown: { isTrusted: { enabledCommands: [REVEAL_LINE_COMMAND] } },
  };
  return new CopydeskClient('copydesk', 'Copydesk', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const outputChannel = vscode.window.createOutputChannel('Copydesk');
  context.subscriptions.push(outputChannel);
  current = createClient(context, outputChannel);
  const restart = async (): Promise<void> => {
    const old = current;
    current = undefined;
    if (old) {
      try {
        await old.stop();
      } catch (e) {
        outputChannel.appendLine(`Copydesk: stopping the server failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const next = createClient(context, outputChannel);
    current = next;
    await next.start();
  };
  registerCommands(context, () => {
    if (!current) throw new Error('Copydesk: the language server is restarting');
    return current;
  }, restart);
  const statusBar = createStatusBar(LANGUAGES);
  context.subscriptions.push(statusBar);
  await current.start();
  return {
    get client() {
      if (!current) throw new Error('Copydesk: the language server is restarting');
      return current;
    },
    findingsStatus: () => statusBar.status(),
  };
}

export function deactivate(): Thenable<void> | undefined {
  return current?.stop();
}

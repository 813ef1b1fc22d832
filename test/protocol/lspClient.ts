/**
 * A minimal LSP client for protocol tests: spawns the real server
 * (`node out/server/src/node/main.js --stdio`, or the `copydesk lsp --stdio`
 * command) and talks JSON-RPC to it over its standard streams. It answers the
 * server's own requests (configuration, registration, diagnostic refresh) and
 * lets tests wait on notifications instead of sleeping.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** The repository root, seen from out/test/protocol. */
export const ROOT = path.join(__dirname, '..', '..', '..');
export const SERVER_MAIN = path.join(ROOT, 'out', 'server', 'src', 'node', 'main.js');
export const BIN = path.join(ROOT, 'bin', 'copydesk.js');

export interface StartOptions {
  /** Announce `textDocument.diagnostic` (pull diagnostics). */
  pull: boolean;
  /** Announce `workspace.diagnostics.refreshSupport`. */
  refresh?: boolean;
  /** Announce LSP 3.18 `workspace.workspaceEdit.snippetEditSupport`. */
  snippets?: boolean;
  /** Start through `bin/copydesk.js lsp --stdio` instead of the node entry point. */
  viaBin?: boolean;
  /** A workspace folder URI to open (and announce dynamic file-watcher registration for). */
  workspaceFolder?: string;
  /** Leave out `workspace.configuration`: settings then come only with didChangeConfiguration. */
  noConfigurationPull?: boolean;
  /** The `copydesk` section the client answers workspace/configuration with. */
  settings?: unknown;
}

type Waiter<T> = { match: (v: T) => boolean; resolve: (v: T) => void };

export class TestClient {
  readonly pushed: PublishDiagnosticsParams[] = [];
  readonly logs: { type: number; message: string }[] = [];
  refreshes = 0;
  settings: unknown;
  initializeResult!: InitializeResult;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly logWaiters: Waiter<{ type: number; message: string }>[] = [];
  private readonly refreshWaiters: (() => void)[] = [];
  readonly docs = new Map<string, TextDocument>();
  readonly stderr: string[] = [];

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly conn: MessageConnection,
    settings: unknown,
  ) {
    this.settings = settings;
    proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.pushed.push(p);
      this.fire(this.diagnosticWaiters, p);
    });
    conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p);
      this.fire(this.logWaiters, p);
    });
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.refreshWaiters.splice(0).forEach((r) => r());
      return null;
    });
    conn.listen();
  }

  private fire<T>(waiters: Waiter<T>[], v: T): void {
    for (const w of [...waiters]) {
      if (w.match(v)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(v);
      }
    }
  }

  static async start(opts: StartOptions): Promise<TestClient> {
    const args = opts.viaBin ? [BIN, 'lsp', '--stdio'] : [SERVER_MAIN, '--stdio'];
    const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: 'pipe' });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new TestClient(proc, conn, opts.settings ?? {});
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: !opts.noConfigurationPull,
        didChangeConfiguration: { dynamicRegistration: true },
        ...(opts.workspaceFolder ? { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } : {}),
        ...(opts.refresh ? { diagnostics: { refreshSupport: true } } : {}),
        ...(opts.snippets ? { workspaceEdit: { snippetEditSupport: true } as object } : {}),
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        publishDiagnostics: { versionSupport: true },
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: opts.workspaceFolder ?? null,
      capabilities,
      workspaceFolders: opts.workspaceFolder ? [{ uri: opts.workspaceFolder, name: 'workspace' }] : null,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Applies `edits` locally and sends them as an incremental didChange. */
  async change(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, edits));
    this.docs.set(uri, next);
    // Send the edits back to front so each range refers to the text as it stands when it is applied.
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    await this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return next;
  }

  /** Applies a code action's workspace edit (plain `changes`) to the document. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<TextDocument> {
    const edits = edit.changes?.[uri];
    if (!edits) throw new Error(`no plain edits for ${uri} in ${JSON.stringify(edit)}`);
    return this.change(uri, edits);
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  async pullItems(uri: string): Promise<Diagnostic[]> {
    const r = await this.pull(uri);
    if (r.kind !== 'full') throw new Error('expected a full report');
    return r.items;
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } });
  }

  hover(uri: string, offset: number): Promise<Hover | null> {
    const doc = this.docs.get(uri)!;
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(offset) });
  }

  /** Resolves with the next pushed diagnostics for `uri` that satisfy `match` (or one already received). */
  nextPush(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const m = (p: PublishDiagnosticsParams) => p.uri === uri && match(p);
    return new Promise((resolve) => this.diagnosticWaiters.push({ match: m, resolve }));
  }

  nextLog(match: (m: { type: number; message: string }) => boolean): Promise<{ type: number; message: string }> {
    const seen = this.logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.logWaiters.push({ match, resolve }));
  }

  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  async changeConfiguration(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { copydesk: settings } });
  }

  /** Resolves with the exit code once the server process ends. */
  exited(): Promise<number | null> {
    if (this.proc.exitCode !== null) return Promise.resolve(this.proc.exitCode);
    return new Promise((resolve) => this.proc.once('exit', (code) => resolve(code)));
  }

  async stop(): Promise<number | null> {
    const exited = this.exited();
    if (this.proc.exitCode === null) {
      try {
        await this.conn.sendRequest('shutdown');
        await this.conn.sendNotification('exit');
      } catch {
        this.proc.kill();
      }
    }
    const code = await exited;
    this.conn.dispose();
    return code;
  }
}

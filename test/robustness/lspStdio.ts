/**
 * A minimal JSON-RPC client that drives a language server over stdio pipes.
 *
 * Unlike vscode-jsonrpc it can also write raw, malformed bytes, which the
 * robustness tests need; the bench uses it to time server start-up. Every wait
 * is event-driven with a deadline (no sleeps).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import * as path from 'path';

/** The repository root (this file compiles to out/test/robustness/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(REPO_ROOT, 'bin', 'copydesk.js');
/** The command editors run. */
export const VIA_CLI = [CLI, 'lsp', '--stdio'];
/** The compiled server entry point (always the sources in out/, never a bundle). */
export const VIA_NODE_MAIN = [path.join(REPO_ROOT, 'out', 'server', 'src', 'node', 'main.js'), '--stdio'];

export interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

type Waiter = { match: (m: RpcMessage) => boolean; resolve: (m: RpcMessage) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

export class StdioServer {
  readonly proc: ChildProcessWithoutNullStreams;
  /** Every message the server sent, in order. */
  readonly received: RpcMessage[] = [];
  stderr = '';
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private waiters: Waiter[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** Spawns `node [nodeArgs] bin/copydesk.js lsp --stdio` (or another entry, `serverArgs`). */
  constructor(nodeArgs: string[] = [], serverArgs: string[] = VIA_CLI) {
    this.proc = spawn(process.execPath, [...nodeArgs, ...serverArgs], { cwd: REPO_ROOT });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    // A server that exits closes its stdin; writes after that must not crash the test process.
    this.proc.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => {
      for (const w of this.waiters) w.reject(new Error(`server exited (${code ?? signal}) while waiting; stderr: ${this.stderr.slice(-2000)}`));
      this.waiters = [];
      resolve({ code, signal });
    }));
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buf.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad header from server: ${header}`);
      const len = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      const msg = JSON.parse(body) as RpcMessage;
      this.received.push(msg);
      this.answerServerRequest(msg);
      for (const w of this.waiters.slice()) {
        if (w.match(msg)) {
          clearTimeout(w.timer);
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(msg);
        }
      }
    }
  }

  /** Answers the server's own requests the way a plain client does (configuration: defaults; the rest: null). */
  private answerServerRequest(msg: RpcMessage): void {
    if (msg.method === undefined || msg.id === undefined) return;
    if (msg.method === 'workspace/configuration') {
      const items = (msg.params as { items?: unknown[] }).items ?? [];
      this.send({ jsonrpc: '2.0', id: msg.id, result: items.map(() => this.configuration) });
    } else {
      this.send({ jsonrpc: '2.0', id: msg.id, result: null });
    }
  }

  /** What `workspace/configuration` returns for every item. */
  configuration: unknown = null;

  sendRaw(bytes: string | Buffer): void {
    this.proc.stdin.write(bytes);
  }

  send(msg: RpcMessage): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  request(method: string, params?: unknown, timeoutMs = 10000): Promise<RpcMessage> {
    const id = this.nextId++;
    const p = this.waitFor((m) => m.id === id && m.method === undefined, timeoutMs, `response to ${method}`);
    this.send({ jsonrpc: '2.0', id, method, params });
    return p;
  }

  /** Resolves with the first message (already received or future) that matches. */
  waitFor(match: (m: RpcMessage) => boolean, timeoutMs = 10000, what = 'message'): Promise<RpcMessage> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push({ match, resolve, reject, timer });
    });
  }

  /** initialize + initialized. `pull` advertises pull diagnostics support. */
  async initialize(pull = true, timeoutMs = 10000): Promise<RpcMessage> {
    const capabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
      workspace: { configuration: true },
    };
    const res = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities }, timeoutMs);
    this.notify('initialized', {});
    return res;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Pulls diagnostics for `uri`; returns the items. */
  async pullDiagnostics(uri: string, timeoutMs = 10000): Promise<Diagnostic[]> {
    const res = await this.request('textDocument/diagnostic', { textDocument: { uri } }, timeoutMs);
    if (res.error) throw new Error(`diagnostic request failed: ${res.error.message}`);
    return ((res.result as { items?: Diagnostic[] } | null)?.items) ?? [];
  }

  /** Waits for a pushed `publishDiagnostics` for `uri` that satisfies `pred` (default: any). */
  async pushedDiagnostics(uri: string, pred: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    const m = await this.waitFor(
      (x) => x.method === 'textDocument/publishDiagnostics' && (x.params as { uri: string }).uri === uri && pred((x.params as { diagnostics: Diagnostic[] }).diagnostics),
      timeoutMs,
      `publishDiagnostics for ${uri}`,
    );
    return (m.params as { diagnostics: Diagnostic[] }).diagnostics;
  }

  /** shutdown + exit, then waits for the process; kills it if it does not go. */
  async stop(timeoutMs = 5000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      try {
        await this.request('shutdown', null, timeoutMs);
        this.notify('exit');
      } catch {
        this.proc.kill();
      }
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), timeoutMs);
    const r = await this.exited;
    clearTimeout(timer);
    return r;
  }
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
}

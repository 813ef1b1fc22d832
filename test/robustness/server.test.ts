/**
 * The real server (`copydesk lsp --stdio`) survives bad clients: malformed
 * JSON-RPC, unknown methods, requests about documents it does not have,
 * changes that arrive out of order, a 50 MB draft, and a rule that crashes.
 * After each abuse it still answers a normal request.
 */
import * as assert from 'assert';
import * as path from 'path';
import { REPO_ROOT, StdioServer, VIA_CLI, VIA_NODE_MAIN, type Diagnostic } from './lspStdio';

const DRAFT = [
  'Talks resumed on Tuesday.',
  '',
  '"We threw it away."',
  '',
  '"We will be back," Maria Lopez said. A senior official said the talks would go on.',
].join('\n');

/** Code of a JSON-RPC "method not found" error. */
const METHOD_NOT_FOUND = -32601;

async function started(nodeArgs: string[] = [], serverArgs = VIA_CLI): Promise<StdioServer> {
  const s = new StdioServer(nodeArgs, serverArgs);
  await s.initialize(true);
  return s;
}

/** The server still works: a fresh document gets its diagnostics. */
async function assertAlive(s: StdioServer, tag: string): Promise<void> {
  const uri = `file:///alive/${tag}.md`;
  s.open(uri, DRAFT);
  const items = await s.pullDiagnostics(uri);
  assert.ok(items.some((d) => d.code === 'quote.unattributed'), `server answers after ${tag}: ${JSON.stringify(items)}`);
}

describe('robustness: the language server survives bad clients', function () {
  this.timeout(60000);
  let server: StdioServer | null = null;

  afterEach(async () => {
    if (server) {
      const exit = await server.stop();
      server = null;
      assert.strictEqual(exit.signal, null, 'server stopped cleanly on shutdown/exit');
    }
  });

  it('malformed JSON-RPC bodies: reported as parse errors or ignored, never a crash', async () => {
    server = await started();
    const bodies = ['{not json', '[]', '{"jsonrpc":"2.0","id":1,"method":7}', '"just a string"', '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}', '{"jsonrpc":"2.0","id":"x","method":"textDocument/hover","params":{"textDocument":5}}'];
    for (const b of bodies) {
      const body = Buffer.from(b, 'utf8');
      server.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    }
    await assertAlive(server, 'malformed');
    assert.strictEqual(server.proc.exitCode, null);
  });

  it('unknown methods: a MethodNotFound error for requests, silence for notifications', async () => {
    server = await started();
    server.notify('copydesk/noSuchNotification', { x: 1 });
    server.notify('$/noSuchThing', {});
    const res = await server.request('copydesk/noSuchRequest', { x: 1 });
    assert.ok(res.error, `expected an error response: ${JSON.stringify(res)}`);
    assert.strictEqual(res.error.code, METHOD_NOT_FOUND);
    await assertAlive(server, 'unknown-method');
  });

  it('requests about documents that were never opened or are closed', async () => {
    server = await started();
    const uri = 'file:///closed.md';
    server.open(uri, DRAFT);
    await server.pullDiagnostics(uri);
    server.notify('textDocument/didClose', { textDocument: { uri } });
    for (const u of [uri, 'file:///never-opened.md']) {
      const position = { line: 2, character: 3 };
      const range = { start: position, end: position };
      const answers = await Promise.all([
        server.request('textDocument/hover', { textDocument: { uri: u }, position }),
        server.request('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics: [] } }),
        server.request('textDocument/diagnostic', { textDocument: { uri: u } }),
        server.request('textDocument/documentSymbol', { textDocument: { uri: u } }),
      ]);
      for (const a of answers) {
        // Either an empty answer or a proper JSON-RPC error; never a hang or a crash.
        if (a.error) assert.ok(typeof a.error.code === 'number' && a.error.message, JSON.stringify(a));
        else {
          const r = a.result as { items?: unknown[] } | unknown[] | null;
          const empty = r === null || (Array.isArray(r) && r.length === 0) || (!Array.isArray(r) && Array.isArray(r.items) && r.items.length === 0);
          assert.ok(empty, `no findings for a document the server does not hold: ${JSON.stringify(a)}`);
        }
      }
    }
    server.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.md', version: 3 }, contentChanges: [{ text: 'x' }] });
    server.notify('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.md' } });
    await assertAlive(server, 'closed-docs');
  });

  it('out-of-order versions and out-of-range edits leave a consistent document', async () => {
    server = await started();
    const uri = 'file:///versions.md';
    server.open(uri, 'Plain text.', 5);
    // An older version after a newer one, then ranges past the end of the text.
    server.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: '"We threw it away."\n' }] });
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 9 },
      contentChanges: [{ range: { start: { line: 40, character: 0 }, end: { line: 50, character: 9 } }, text: '\n\nMore text.' }],
    });
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 10 },
      contentChanges: [{ range: { start: { line: 0, character: 500 }, end: { line: 0, character: 2 } }, text: '' }],
    });
    const items = await server.pullDiagnostics(uri);
    for (const d of items) assert.ok(d.range.start.line >= 0 && d.range.end.line >= d.range.start.line, JSON.stringify(d));
    await assertAlive(server, 'versions');
  });

  it('a 50 MB draft: declined with one information diagnostic that says why, quickly', async () => {
    server = await started();
    const uri = 'file:///huge.md';
    const paragraph = '"We threw it away," Maria Lopez said on Tuesday. A senior official disagreed.\n\n';
    const huge = paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length));
    const t0 = Date.now();
    server.open(uri, huge);
    const items = await server.pullDiagnostics(uri, 30000);
    const ms = Date.now() - t0;
    assert.strictEqual(items.length, 1, `one diagnostic, got ${items.length}`);
    assert.strictEqual(items[0].severity, 3, 'information');
    assert.match(items[0].message, /too large|maxDocumentSize/i);
    assert.match(items[0].message, /copydesk\.maxDocumentSize/);
    // Declining must not cost an analysis: transfer and decoding of 50 MB only.
    assert.ok(ms < 20000, `declined in ${ms} ms`);
    await assertAlive(server, 'huge');
  });

  it('a rule that crashes: its findings are dropped and logged, the other rules still report', async () => {
    // The preload makes `source.unnamed` throw inside the real server process (compiled sources, which it patches).
    server = await started(['-r', path.join(REPO_ROOT, 'test', 'robustness', 'fixtures', 'crashing-rule-preload.js')], VIA_NODE_MAIN);
    const uri = 'file:///crash.md';
    server.open(uri, DRAFT);
    const items: Diagnostic[] = await server.pullDiagnostics(uri);
    assert.ok(items.some((d) => d.code === 'quote.unattributed'), `other rules still report: ${JSON.stringify(items.map((d) => d.code))}`);
    assert.ok(!items.some((d) => d.code === 'source.unnamed'), 'the crashing rule reports nothing');
    const log = await server.waitFor((m) => m.method === 'window/logMessage' && /source\.unnamed/.test((m.params as { message: string }).message), 10000, 'a log message naming the crashed rule');
    assert.match((log.params as { message: string }).message, /injected failure/);
    await assertAlive(server, 'crash');
  });
});

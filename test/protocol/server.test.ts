/**
 * Protocol tests: the real language server over stdio, driven with JSON-RPC.
 */
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { spawn } from 'child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_MAIN, TestClient } from './lspClient';

const URI = 'file:///drafts/budget.md';

/** A draft with one quotation nobody says, after paragraphs that name its likely speaker. */
const DRAFT = [
  'City Manager Maria Lopez presented the budget on Tuesday. "The numbers are sound," Lopez said.',
  '',
  'Council member Tom Reyes voted against it.',
  '',
  '"We threw it away."',
  '',
  'The vote was 5-2.',
  '',
].join('\n');

const FLAGGED = DRAFT.indexOf('"We threw');
const ATTRIBUTED = DRAFT.indexOf('"The numbers');

function unattributed(items: Diagnostic[]): Diagnostic[] {
  return items.filter((d) => d.code === 'quote.unattributed');
}

describe('protocol: language server over stdio', function () {
  // Each test starts a server process; on a loaded 2-core machine that alone can take seconds.
  this.timeout(60_000);
  describe('with pull diagnostics', () => {
    let client: TestClient;
    beforeEach(async () => {
      client = await TestClient.start({ pull: true, refresh: true });
    });
    afterEach(async () => {
      assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
    });

    it('announces incremental sync, hover, quick fixes and a diagnostic provider', () => {
      const caps = client.initializeResult.capabilities;
      assert.deepStrictEqual(caps.textDocumentSync, { openClose: true, change: 2 });
      assert.ok(caps.hoverProvider);
      assert.ok(caps.codeActionProvider);
      assert.ok(caps.diagnosticProvider, 'diagnosticProvider');
      assert.strictEqual(client.initializeResult.serverInfo?.name, 'copydesk');
    });

    it('returns a pulled diagnostic with source, code and link, and quick fixes without a data payload', async () => {
      await client.open(URI, DRAFT);
      const items = unattributed(await client.pullItems(URI));
      assert.strictEqual(items.length, 1, JSON.stringify(items));
      const d = items[0];
      assert.strictEqual(d.source, 'copydesk');
      assert.strictEqual(d.severity, 2);
      assert.deepStrictEqual(d.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 19 } });
      assert.match(d.codeDescription?.href ?? '', /README\.md#rule-quote-unattributed$/);
      assert.match(d.message, /attribution/i);
      assert.strictEqual(d.data, undefined);
      // The candidates come from the current analysis.
      const titles = (await client.codeActions(URI, items)).map((a) => a.title);
      assert.ok(titles.includes('Attribute to Maria Lopez'), titles.join(', '));
    });

    it('answers "unchanged" when the version and settings have not moved', async () => {
      await client.open(URI, DRAFT);
      const first = await client.pull(URI);
      assert.strictEqual(first.kind, 'full');
      const second = await client.pull(URI, first.resultId);
      assert.strictEqual(second.kind, 'unchanged');
    });

    it('answers "unchanged" to a new version whose diagnostics are the same, and a full report when they move', async () => {
      await client.open(URI, DRAFT);
      const first = await client.pull(URI);
      assert.strictEqual(first.kind, 'full');
      // A word typed at the end of the last paragraph: no diagnostic moves.
      const end = client.docs.get(URI)!.positionAt(DRAFT.length - 1);
      await client.change(URI, [{ range: { start: end, end }, newText: ' Again.' }]);
      const second = await client.pull(URI, first.resultId);
      assert.deepStrictEqual(second, { kind: 'unchanged', resultId: first.resultId });
      // A line added at the top: every diagnostic moves down one line.
      await client.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Updated.\n' }]);
      const third = await client.pull(URI, first.resultId);
      assert.strictEqual(third.kind, 'full');
      assert.notStrictEqual(third.resultId, first.resultId);
      if (first.kind === 'full' && third.kind === 'full') assert.deepStrictEqual(third.items.map((d) => d.range.start.line), first.items.map((d) => d.range.start.line + 1));
      // A client without the previous id gets the full report.
      assert.strictEqual((await client.pull(URI)).kind, 'full');
    });

    it('offers "Attribute to <Name>" which, applied, removes the diagnostic', async () => {
      await client.open(URI, DRAFT);
      const items = unattributed(await client.pullItems(URI));
      const actions = await client.codeActions(URI, items);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Attribute to Maria Lopez'), titles.join(', '));
      assert.ok(titles.includes('Insert attribution placeholder'), titles.join(', '));
      assert.ok(actions.filter((a) => a.title.startsWith('Attribute to')).length <= 3);
      const fix = actions.find((a) => a.title === 'Attribute to Maria Lopez')!;
      assert.strictEqual(fix.kind, 'quickfix');
      assert.deepStrictEqual(fix.diagnostics, items);
      await client.applyEdit(URI, fix.edit!);
      // A second reference: the surname (AP).
      assert.ok(client.text(URI).includes('\n"We threw it away," Lopez said.\n'), client.text(URI));
      assert.deepStrictEqual(unattributed(await client.pullItems(URI)), []);
    });

    it('inserts a plain placeholder when the client takes no snippets', async () => {
      await client.open(URI, DRAFT);
      const actions = await client.codeActions(URI, unattributed(await client.pullItems(URI)));
      const placeholder = actions.find((a) => a.title === 'Insert attribution placeholder')!;
      await client.applyEdit(URI, placeholder.edit!);
      assert.ok(client.text(URI).includes('"We threw it away," [SPEAKER] said.'), client.text(URI));
    });

    it('ignores code action requests for diagnostics of other tools', async () => {
      await client.open(URI, DRAFT);
      const [d] = unattributed(await client.pullItems(URI));
      assert.deepStrictEqual(await client.codeActions(URI, [{ ...d, source: 'cspell' }]), []);
    });

    it('hovers a flagged quotation with why and how to fix, and an attributed one with its speaker', async () => {
      await client.open(URI, DRAFT);
      const flagged = await client.hover(URI, FLAGGED + 3);
      const value = (flagged?.contents as { kind: string; value: string }).value;
      assert.strictEqual((flagged?.contents as { kind: string }).kind, 'markdown');
      assert.match(value, /^\*\*Unattributed quotation\*\* — no speaker/);
      assert.match(value, /Likeliest speakers: \*\*Tom Reyes\*\*\./);
      assert.match(value, /Named further back: \*\*Maria Lopez\*\*\./);
      assert.match(value, /\*\*Fix:\*\*/);
      const ok = await client.hover(URI, ATTRIBUTED + 3);
      const okValue = (ok?.contents as { value: string }).value;
      assert.match(okValue, /^\*\*Quotation by Maria Lopez\*\* · City Manager/);
      assert.match(okValue, /First mention: \[line 1\]\(file:/);
      assert.strictEqual(await client.hover(URI, DRAFT.indexOf('vote was')), null);
    });

    it('re-checks with new settings after a configuration change (refresh, then pull)', async () => {
      await client.open(URI, DRAFT);
      assert.strictEqual(unattributed(await client.pullItems(URI)).length, 1);
      const refreshed = client.nextRefresh();
      await client.changeConfiguration({ rules: { 'quote.unattributed': 'off' } });
      await refreshed;
      assert.deepStrictEqual(unattributed(await client.pullItems(URI)), []);
      const again = client.nextRefresh();
      await client.changeConfiguration({ rules: { 'quote.unattributed': 'error' } });
      await again;
      const items = unattributed(await client.pullItems(URI));
      assert.strictEqual(items[0]?.severity, 1);
    });

    it('logs one clear message for invalid settings and still checks with defaults', async () => {
      await client.changeConfiguration({ rules: { 'quote.unattributed': 'loud' }, maxDocumentSize: 'big', publicationDate: 'tomorrow' });
      await client.open(URI, DRAFT);
      const items = unattributed(await client.pullItems(URI));
      assert.strictEqual(items.length, 1);
      assert.strictEqual(items[0].severity, 2);
      const log = await client.nextLog((m) => m.message.includes('copydesk.rules.quote.unattributed'));
      assert.strictEqual(log.type, 2, 'a warning');
      await client.nextLog((m) => m.message.includes('copydesk.maxDocumentSize'));
      await client.nextLog((m) => m.message.includes('copydesk.publicationDate'));
    });

    it('gives one information diagnostic for a draft over copydesk.maxDocumentSize', async () => {
      client.settings = { maxDocumentSize: 100 };
      await client.open(URI, DRAFT);
      const items = await client.pullItems(URI);
      assert.strictEqual(items.length, 1);
      assert.strictEqual(items[0].severity, 3);
      assert.strictEqual(items[0].code, 'copydesk.too-large');
      assert.match(items[0].message, /too large to analyse/);
    });

    it('gives one information diagnostic for binary-looking text', async () => {
      await client.open(URI, '"We threw it away."\u0000\u0000\u0001');
      const items = await client.pullItems(URI);
      assert.deepStrictEqual(items.map((d) => [d.code, d.severity]), [['copydesk.binary', 3]]);
    });

    it('reports nothing when copydesk.enable is false', async () => {
      client.settings = { enable: false };
      await client.open(URI, DRAFT);
      assert.deepStrictEqual(await client.pullItems(URI), []);
    });

    it('survives malformed JSON on the wire', async () => {
      const garbage = '{"jsonrpc": "2.0", "method": nope}';
      client.proc.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
      await client.open(URI, DRAFT);
      assert.strictEqual(unattributed(await client.pullItems(URI)).length, 1);
    });

    it('answers for an unknown document with an empty report', async () => {
      assert.deepStrictEqual(await client.pullItems('file:///nowhere.md'), []);
    });
  });

  describe('with pushed diagnostics (clients without textDocument.diagnostic, e.g. Neovim 0.7)', () => {
    let client: TestClient;
    beforeEach(async () => {
      client = await TestClient.start({ pull: false });
    });
    afterEach(async () => {
      assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
    });

    it('does not announce a diagnostic provider', () => {
      assert.strictEqual(client.initializeResult.capabilities.diagnosticProvider, undefined);
    });

    it('pushes diagnostics on open and again after the fix is applied', async () => {
      const first = client.nextPush(URI);
      await client.open(URI, DRAFT);
      const p = await first;
      assert.strictEqual(p.version, 1);
      const items = unattributed(p.diagnostics);
      assert.strictEqual(items.length, 1);
      assert.strictEqual(items[0].source, 'copydesk');
      const actions = await client.codeActions(URI, items);
      const fix = actions.find((a) => a.title === 'Attribute to Maria Lopez')!;
      const second = client.nextPush(URI, (x) => x.version === 2);
      await client.applyEdit(URI, fix.edit!);
      assert.deepStrictEqual(unattributed((await second).diagnostics), []);
    });

    it('re-pushes after a configuration change', async () => {
      const first = client.nextPush(URI);
      await client.open(URI, DRAFT);
      assert.strictEqual(unattributed((await first).diagnostics).length, 1);
      const second = client.nextPush(URI);
      await client.changeConfiguration({ rules: { 'quote.unattributed': 'hint' } });
      assert.strictEqual(unattributed((await second).diagnostics)[0]?.severity, 4);
    });

    it('takes settings from didChangeConfiguration when the client has no workspace/configuration', async () => {
      const pushOnly = await TestClient.start({ pull: false, noConfigurationPull: true });
      try {
        const first = pushOnly.nextPush(URI);
        await pushOnly.open(URI, DRAFT);
        assert.strictEqual(unattributed((await first).diagnostics).length, 1);
        const second = pushOnly.nextPush(URI);
        await pushOnly.changeConfiguration({ rules: { 'quote.unattributed': 'off' } });
        assert.deepStrictEqual(unattributed((await second).diagnostics), []);
      } finally {
        await pushOnly.stop();
      }
    });

    it('clears diagnostics when the document closes', async () => {
      const first = client.nextPush(URI);
      await client.open(URI, DRAFT);
      await first;
      const cleared = client.nextPush(URI, (p) => p.diagnostics.length === 0);
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
      await cleared;
    });
  });

  describe('snippet edits and the CLI entry point', () => {
    it('offers the placeholder as a snippet when the client supports snippet edits', async () => {
      const client = await TestClient.start({ pull: true, snippets: true });
      try {
        await client.open(URI, DRAFT);
        const actions = await client.codeActions(URI, unattributed(await client.pullItems(URI)));
        const placeholder = actions.find((a) => a.title === 'Insert attribution placeholder')!;
        const change = placeholder.edit!.documentChanges![0] as unknown as { textDocument: { version: number }; edits: { snippet: { kind: string; value: string } }[] };
        assert.strictEqual(change.textDocument.version, 1);
        assert.deepStrictEqual(change.edits[0].snippet, { kind: 'snippet', value: '," ${1:Name} said.' });
      } finally {
        await client.stop();
      }
    });

    it('runs over Node IPC, as the VS Code client starts it', async () => {
      const proc = spawn(process.execPath, [SERVER_MAIN, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
      conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
      conn.listen();
      try {
        await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
        await conn.sendNotification('initialized', {});
        await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DRAFT } });
        const report: { items: Diagnostic[] } = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } });
        assert.strictEqual(unattributed(report.items).length, 1);
        const exited = new Promise((resolve) => proc.once('exit', resolve));
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
        assert.strictEqual(await exited, 0);
      } finally {
        conn.dispose();
        proc.kill();
      }
    });

    it('runs as `copydesk lsp --stdio`', async () => {
      const client = await TestClient.start({ pull: true, viaBin: true });
      await client.open(URI, DRAFT);
      assert.strictEqual(unattributed(await client.pullItems(URI)).length, 1);
      assert.strictEqual(await client.stop(), 0);
    });
  });
});

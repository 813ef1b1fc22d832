/**
 * The project config file in the editor (issue 16): the same `.copydesk.yaml`
 * gives the same findings in the language server as `copydesk check` in the
 * same folder; editor settings set away from their defaults win over it; an
 * invalid file gets one diagnostic in that file and the defaults apply; a
 * change reported by the file watcher re-checks open drafts.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { BIN, TestClient } from './lspClient';

/** Findings of several rules: a weekday mismatch, an unattributed quote, unnamed and vague sources, a first reference. */
const DRAFT = [
  'The council met on Monday, March 10, 2026, to vote on the budget.',
  '',
  'Council member Tom Reyes voted against it. Officials said the vote was rushed, and critics argue it was unfair.',
  '',
  '"We threw it away."',
  '',
  'Reyes said the hearing would resume.',
  '',
].join('\n');

const CONFIG = ['rules:', '  quote.unattributed: error', '  source.vague: warning', '  actor.first-reference: "off"', 'publicationDate: "2026-03-12"', 'language:', '  "notes/**": markdown', ''].join('\n');

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

interface Shape {
  code: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const fromDiagnostics = (ds: Diagnostic[]): Shape[] =>
  ds
    .map((d) => ({ code: String(d.code), severity: SEVERITY[d.severity ?? 0], line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));

function cliFindings(dir: string, file: string): Shape[] {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', file], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return (JSON.parse(r.stdout)[0].findings as (Shape & { message: string })[])
    .map(({ code, severity, line, column, endLine, endColumn }) => ({ code, severity, line, column, endLine, endColumn }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

describe('protocol: the project config file', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient;
  const uriOf = (rel: string): string => pathToFileURL(path.join(dir, rel)).toString();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-lsp-'));
    fs.writeFileSync(path.join(dir, '.copydesk.yaml'), CONFIG);
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'draft.md'), DRAFT);
    fs.writeFileSync(path.join(dir, 'notes', 'code.txt'), 'Intro line.\n\n    "We threw it away."\n');
  });

  afterEach(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the same config file gives the same findings in the CLI and the editor', async () => {
    client = await TestClient.start({ pull: true, refresh: true, workspaceFolder: pathToFileURL(dir).toString() });
    await client.open(uriOf('draft.md'), DRAFT);
    const editor = fromDiagnostics(await client.pullItems(uriOf('draft.md')));
    const cli = cliFindings(dir, 'draft.md');
    assert.deepStrictEqual(editor, cli);
    // The config did something: levels changed, a rule off, the fixed date applied (Monday, March 10 is a Tuesday).
    assert.strictEqual(editor.find((f) => f.code === 'quote.unattributed')?.severity, 'error');
    assert.ok(!editor.some((f) => f.code === 'actor.first-reference'));
    assert.ok(editor.some((f) => f.code === 'date.weekday-mismatch'));
    // language per glob: the .txt under notes/ is Markdown in both (its indented quote is code, not prose).
    await client.open(uriOf('notes/code.txt'), fs.readFileSync(path.join(dir, 'notes', 'code.txt'), 'utf8'), 'plaintext');
    assert.deepStrictEqual(fromDiagnostics(await client.pullItems(uriOf('notes/code.txt'))), []);
    assert.deepStrictEqual(cliFindings(dir, 'notes/code.txt'), []);
  });

  it('editor settings set away from their defaults win over the file; defaults do not', async () => {
    client = await TestClient.start({ pull: true, refresh: true, workspaceFolder: pathToFileURL(dir).toString(), settings: { rules: { 'quote.unattributed': 'hint' }, maxDocumentSize: 2097152 } });
    await client.open(uriOf('draft.md'), DRAFT);
    const items = fromDiagnostics(await client.pullItems(uriOf('draft.md')));
    assert.strictEqual(items.find((f) => f.code === 'quote.unattributed')?.severity, 'hint', 'the editor setting');
    assert.strictEqual(items.find((f) => f.code === 'source.vague')?.severity, 'warning', 'the file');
  });

  it('an invalid file: one diagnostic in it, the defaults apply; fixing it (watcher) re-checks', async () => {
    fs.writeFileSync(path.join(dir, '.copydesk.yaml'), 'rules:\n  quote.unattributed: loud\npublicationDate: soon\n');
    const configUri = uriOf('.copydesk.yaml');
    client = await TestClient.start({ pull: true, refresh: true, workspaceFolder: pathToFileURL(dir).toString() });
    const pushed = await client.nextPush(configUri, (p) => p.diagnostics.length > 0);
    assert.strictEqual(pushed.diagnostics.length, 1);
    assert.strictEqual(pushed.diagnostics[0].code, 'config.invalid');
    assert.strictEqual(pushed.diagnostics[0].range.start.line, 1);
    assert.match(pushed.diagnostics[0].message, /line 2: rules\.quote\.unattributed.*line 3: publicationDate/);
    await client.open(uriOf('draft.md'), DRAFT);
    const defaults = fromDiagnostics(await client.pullItems(uriOf('draft.md')));
    assert.strictEqual(defaults.find((f) => f.code === 'quote.unattributed')?.severity, 'warning', 'the default level');

    fs.writeFileSync(path.join(dir, '.copydesk.yaml'), CONFIG);
    const cleared = client.nextPush(configUri, (p) => p.diagnostics.length === 0);
    const refreshed = client.nextRefresh();
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await cleared;
    await refreshed;
    const after = fromDiagnostics(await client.pullItems(uriOf('draft.md')));
    assert.strictEqual(after.find((f) => f.code === 'quote.unattributed')?.severity, 'error');
    assert.deepStrictEqual(after, cliFindings(dir, 'draft.md'));
  });
});

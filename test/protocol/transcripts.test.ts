/**
 * The record in the language server (issue 17): a transcript beside a draft
 * gives quote.misquoted and quote.wrong-speaker diagnostics, a hover with the
 * passage, and both quick fixes (applied until the diagnostic is gone); a
 * transcript that cannot be read gets one diagnostic, and a changed one is
 * re-indexed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const RECORD = `WEBVTT

00:12:31.000 --> 00:12:40.000
<v Raymond Vu>We are not going to raise taxes this year. The parks budget will shrink instead.

00:12:41.000 --> 00:12:45.000
<v Interviewer>And the pools?

00:12:46.000 --> 00:12:55.000
<v Dana Okafor>I have never seen a budget this bad in all my years on the council.
`;

const DRAFT = [
  'Mayor Raymond Vu and council member Dana Okafor disagreed on Monday.',
  '',
  '"We are going to raise taxes this year," Vu said.',
  '',
  '"I have never seen a budget this bad in all my years on the council," Vu said.',
  '',
].join('\n');

describe('protocol: quotations checked against transcripts', () => {
  let dir: string;
  let client: TestClient;
  const uri = (): string => pathToFileURL(path.join(dir, 'draft.md')).toString();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-transcripts-'));
    fs.mkdirSync(path.join(dir, 'transcripts'));
    fs.writeFileSync(path.join(dir, 'transcripts', 'vu.vtt'), RECORD);
    client = await TestClient.start({ pull: true, refresh: true, workspaceFolder: pathToFileURL(dir).toString() });
    await client.nextLog((m) => /transcript file\(s\) indexed/.test(m.message));
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a misquote (warning) and a wrong speaker (error) on the quotations', async () => {
    await client.open(uri(), DRAFT);
    const items = (await client.pullItems(uri())).filter((d) => String(d.code).startsWith('quote.'));
    assert.deepStrictEqual(
      items.map((d) => [d.code, d.severity, d.range.start.line]),
      [
        ['quote.misquoted', 2, 2],
        ['quote.wrong-speaker', 1, 4],
      ],
    );
    assert.match(items[0].message, /transcripts\/vu\.vtt 00:12:31, Raymond Vu\): drops 'not'/);
    assert.match(items[1].message, /Dana Okafor says this, not Raymond Vu/);
  });

  it('hovers a quotation with the passage, its time, speaker and the differences', async () => {
    await client.open(uri(), DRAFT);
    const h = await client.hover(uri(), DRAFT.indexOf('raise'));
    const text = (h?.contents as MarkupContent).value;
    assert.match(text, /\*\*Misquoted:\*\* drops 'not'\./);
    assert.match(text, /In the record: \[`transcripts\/vu\.vtt` 00:12:31\]\(file:\/\/[^)]*transcripts\/vu\.vtt#L4\), Raymond Vu/);
    assert.match(text, /Differences \(\*\*record\*\*, ~~draft~~\): We are \*\*not\*\* going to raise taxes this year/);
  });

  it('applies "Use the recorded wording" and "Attribute to Dana Okafor" until the findings are gone', async () => {
    await client.open(uri(), DRAFT);
    let items = (await client.pullItems(uri())).filter((d) => d.code === 'quote.misquoted');
    let action = (await client.codeActions(uri(), items)).find((a) => a.title === 'Use the recorded wording');
    assert.ok(action?.edit);
    await client.applyEdit(uri(), action.edit);
    assert.match(client.text(uri()), /"We are not going to raise taxes this year," Vu said\./);
    items = (await client.pullItems(uri())).filter((d) => d.code === 'quote.wrong-speaker');
    action = (await client.codeActions(uri(), items)).find((a) => a.title === 'Attribute to Dana Okafor');
    assert.ok(action?.edit, 'no Attribute fix');
    await client.applyEdit(uri(), action.edit);
    assert.match(client.text(uri()), /on the council," Okafor said\./);
    assert.deepStrictEqual((await client.pullItems(uri())).filter((d) => String(d.code).startsWith('quote.')), []);
  });

  it('gives an unreadable transcript one diagnostic and re-indexes a changed one', async () => {
    const bad = path.join(dir, 'transcripts', 'broken.txt');
    const badUri = pathToFileURL(bad).toString();
    fs.writeFileSync(bad, Buffer.from([0x41, 0x00, 0x42]));
    const pushed = client.nextPush(badUri, (p) => p.diagnostics.length > 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: badUri, type: 1 }] });
    const p = await pushed;
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.range.start.line]), [['transcript.unreadable', 0]]);
    // The record changes: Vu now said what the draft quotes.
    await client.open(uri(), DRAFT);
    fs.writeFileSync(path.join(dir, 'transcripts', 'vu.vtt'), RECORD.replace('We are not going', 'We are going'));
    const refreshed = client.nextRefresh();
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'transcripts', 'vu.vtt')).toString(), type: 2 }] });
    await refreshed;
    assert.deepStrictEqual((await client.pullItems(uri())).filter((d) => d.code === 'quote.misquoted'), []);
  });
});

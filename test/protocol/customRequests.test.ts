/**
 * Protocol tests of Copydesk's custom requests (server/src/protocol.ts) over stdio: `copydesk/report` for an open
 * draft and `copydesk/checkDocuments` for drafts that are not open, each with its own settings.
 */
import * as assert from 'assert';
import { CheckDocumentsRequest, ReportRequest } from '../../server/src/protocol';
import { TestClient } from './lspClient';

const DRAFT = [
  '"The vote is tonight," Mayor Ana Ruiz said on Tuesday.',
  '',
  'The council then met for three hours.',
  '',
  '"We threw it away."',
  '',
  'A council aide, who spoke on condition of anonymity, said the vote was close.',
  '',
].join('\n');

describe('protocol: custom requests', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ pull: true, settings: {} });
  });
  afterEach(async () => {
    assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
  });

  it('copydesk/report describes an open draft', async () => {
    const uri = 'file:///drafts/harbour.md';
    await client.open(uri, DRAFT);
    const report = await client.conn.sendRequest(ReportRequest, { uri });
    assert.ok(report);
    assert.deepStrictEqual(
      report.quotations.map((q) => [q.line, q.status]),
      [
        [1, 'attributed'],
        [5, 'unattributed'],
      ],
    );
    assert.strictEqual(report.counts.unattributed, 1);
    assert.ok(report.counts.named >= 1 && report.counts.unnamed >= 1, JSON.stringify(report.counts));
    assert.ok(report.actors.some((a) => a.name === 'Ana Ruiz'), JSON.stringify(report.actors));
    assert.ok(report.findings.some((f) => f.ruleId === 'quote.unattributed'));
  });

  it('copydesk/report answers null for a document that is not open', async () => {
    assert.strictEqual(await client.conn.sendRequest(ReportRequest, { uri: 'file:///drafts/none.md' }), null);
  });

  it('copydesk/checkDocuments checks drafts that are not open, inferring the language from the name', async () => {
    const { results } = await client.conn.sendRequest(CheckDocumentsRequest, {
      documents: [
        { uri: 'file:///drafts/a.story', text: 'The board met.\n\n"It will not happen on my watch."\n' },
        { uri: 'file:///drafts/b.md', text: '"Fine," Ruiz said.\n' },
      ],
    });
    assert.deepStrictEqual(
      results.map((r) => [r.uri, r.diagnostics.filter((d) => d.code === 'quote.unattributed').map((d) => d.range.start.line)]),
      [
        ['file:///drafts/a.story', [2]],
        ['file:///drafts/b.md', []],
      ],
    );
    assert.ok(results[0].diagnostics.every((d) => d.source === 'copydesk'));
  });

  it('copydesk/checkDocuments honours the rule levels in the settings', async () => {
    client.settings = { rules: { 'quote.unattributed': 'off' } };
    const { results } = await client.conn.sendRequest(CheckDocumentsRequest, {
      documents: [{ uri: 'file:///drafts/a.story', text: 'The board met.\n\n"It will not happen on my watch."\n' }],
    });
    assert.deepStrictEqual(results[0].diagnostics.filter((d) => d.code === 'quote.unattributed'), []);
  });
});

/**
 * Issue 15 item 2: the server stays responsive while a long analysis runs.
 * Long drafts are analysed in a worker thread (server/src/host/), so while a
 * 2 MB draft is being analysed, a hover on another open draft answers in
 * under 50 ms (before: it waited for the whole analysis, seconds); and a
 * newer version of the long draft cancels the older version's analysis.
 */
import * as assert from 'assert';
import { StdioServer, type RpcMessage } from '../robustness/lspStdio';

const SMALL = 'City Manager Maria Lopez presented the budget on Tuesday. "The numbers are sound," Lopez said.\n\n"We threw it away."\n';
const PARAGRAPH =
  'City Manager Maria Lopez presented the budget on Tuesday, Oct. 14. "The numbers are sound," Lopez said. A senior official said the council would vote next week, and Tom Reyes, who chairs it, said he had doubts.\n\n';
/** Code of a JSON-RPC response to a cancelled request. */
const REQUEST_CANCELLED = -32800;

function hoverAt(s: StdioServer, uri: string, line: number, character: number): Promise<RpcMessage> {
  return s.request('textDocument/hover', { textDocument: { uri }, position: { line, character } }, 20000);
}

describe('protocol: responsive while a 2 MB draft is analysed (issue 15)', function () {
  this.timeout(120000);
  let s: StdioServer;

  before(async () => {
    s = new StdioServer();
    await s.initialize(true);
  });
  after(async () => {
    await s.stop(20000);
  });

  it('answers a hover on another draft in under 50 ms, and a newer version cancels the older analysis', async () => {
    const small = 'file:///responsive/small.md';
    s.open(small, SMALL);
    await s.pullDiagnostics(small);
    for (let i = 0; i < 3; i++) assert.ok((await hoverAt(s, small, 0, 14)).result, 'hover on the small draft');

    const big = 'file:///responsive/big.md';
    const text = PARAGRAPH.repeat(Math.ceil((2 * 1024 * 1024 - 1000) / PARAGRAPH.length));
    s.open(big, text);
    let bigDone = false;
    const bigV1 = s.request('textDocument/diagnostic', { textDocument: { uri: big } }, 60000).then((r) => {
      bigDone = true;
      return r;
    });
    // Let the worker start on it.
    await new Promise((r) => setTimeout(r, 300));

    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      const r = await hoverAt(s, small, 0, 14);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      assert.ok(r.result, 'hover answered with content');
    }
    assert.ok(!bigDone, 'the long analysis was still running while the hovers were answered');
    times.sort((a, b) => a - b);
    if (process.env.COPYDESK_TEST_VERBOSE) console.log(`hover ms: ${times.map((t) => t.toFixed(1)).join(", ")}`);
    assert.ok(times[2] < 50, `hover while a 2 MB draft is analysed: ${times.map((t) => t.toFixed(1)).join(', ')} ms`);

    // A newer version: the version 1 analysis stops at a paragraph boundary and its request is cancelled.
    const t1 = Date.now();
    s.notify('textDocument/didChange', { textDocument: { uri: big, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    const v1 = await bigV1;
    assert.strictEqual(v1.error?.code, REQUEST_CANCELLED, `version 1 cancelled: ${JSON.stringify(v1).slice(0, 200)}`);
    assert.ok(Date.now() - t1 < 2000, `cancelled in ${Date.now() - t1} ms`);
    // Version 2 is checked in full.
    const items = await s.pullDiagnostics(big, 60000);
    assert.ok(items.some((d) => d.code === 'source.unnamed'), 'version 2 diagnostics');
  });
});

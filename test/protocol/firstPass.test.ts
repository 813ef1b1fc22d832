/**
 * Issue 18 item 5: a cold server's first diagnostics come from a first pass
 * that does without the dates (chrono-node is neither loaded nor run), then
 * the full check completes them: pull clients with refresh support (VS Code)
 * are asked to pull again. Pull clients without refresh support, and push
 * clients (one push per version), get the full check at once.
 */
import * as assert from 'assert';
import { TestClient } from './lspClient';

const URI = 'file:///first/draft.md';
/** March 3, 2026 was a Tuesday: one date.weekday-mismatch; and one unattributed quotation. */
const DRAFT = 'The council met on Monday, March 3, 2026, and Mayor Ann Lee spoke.\n\n"We start again next week."\n';
const codes = (items: { code?: unknown }[]): string[] => items.map((d) => String(d.code)).sort();

describe('protocol: first diagnostics of a cold server (issue 18)', function () {
  this.timeout(60_000);
  let client: TestClient | null = null;
  afterEach(async () => {
    if (client) assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
    client = null;
  });

  it('pull with refresh: the first pass without dates, then a refresh and the full report', async () => {
    client = await TestClient.start({ pull: true, refresh: true });
    await client.open(URI, DRAFT);
    const refreshed = client.nextRefresh();
    const first = await client.pull(URI);
    assert.strictEqual(first.kind, 'full');
    if (first.kind !== 'full') return;
    assert.deepStrictEqual(codes(first.items), ['quote.unattributed']);
    await refreshed;
    const second = await client.pull(URI, first.resultId);
    assert.strictEqual(second.kind, 'full');
    if (second.kind === 'full') assert.deepStrictEqual(codes(second.items), ['date.weekday-mismatch', 'quote.unattributed']);
    // Warm now: another draft gets its full report at once.
    const other = 'file:///first/other.md';
    await client.open(other, DRAFT);
    assert.deepStrictEqual(codes(await client.pullItems(other)), ['date.weekday-mismatch', 'quote.unattributed']);
  });

  it('pull without refresh support: the full report at once', async () => {
    client = await TestClient.start({ pull: true });
    await client.open(URI, DRAFT);
    assert.deepStrictEqual(codes(await client.pullItems(URI)), ['date.weekday-mismatch', 'quote.unattributed']);
  });

  it('push: the full check at once (one push per version)', async () => {
    client = await TestClient.start({ pull: false });
    const pushed = client.nextPush(URI);
    await client.open(URI, DRAFT);
    assert.deepStrictEqual(codes((await pushed).diagnostics), ['date.weekday-mismatch', 'quote.unattributed']);
  });
});

/**
 * Issue 18 item 5, as decided: a just-started server answers its first pull in
 * full, dates included, even to a client with diagnostics refresh (VS Code).
 * A dateless first pass followed by a refresh was built and measured in the
 * packaged install (README, Speed): it did not bring the first report sooner,
 * so it was taken out; this guards that a first report is never a partial one.
 * (The file keeps the earlier test's name, so a stale compiled copy of it in
 * a build folder is replaced, not left to run.)
 */
import * as assert from 'assert';
import { TestClient } from './lspClient';

const URI = 'file:///first/draft.md';
/** March 3, 2026 was a Tuesday: one date.weekday-mismatch; and one unattributed quotation. */
const DRAFT = 'The council met on Monday, March 3, 2026, and Mayor Ann Lee spoke.\n\n"We start again next week."\n';
const codes = (items: { code?: unknown }[]): string[] => items.map((d) => String(d.code)).sort();

describe('protocol: the first diagnostics of a just-started server (issue 18)', function () {
  this.timeout(60_000);

  it('are complete, dates included, for a pull client with refresh support', async () => {
    const client = await TestClient.start({ pull: true, refresh: true });
    try {
      await client.open(URI, DRAFT);
      assert.deepStrictEqual(codes(await client.pullItems(URI)), ['date.weekday-mismatch', 'quote.unattributed']);
      assert.strictEqual(client.refreshes, 0, 'no refresh asked for');
    } finally {
      assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
    }
  });

  it('are complete for a push client, in one push', async () => {
    const client = await TestClient.start({ pull: false });
    try {
      const pushed = client.nextPush(URI);
      await client.open(URI, DRAFT);
      assert.deepStrictEqual(codes((await pushed).diagnostics), ['date.weekday-mismatch', 'quote.unattributed']);
    } finally {
      assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
    }
    assert.strictEqual(client.pushed.filter((p) => p.uri === URI && p.version === 1).length, 1);
  });
});

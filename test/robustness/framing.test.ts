/**
 * Issue 15 row 11 and item 4: broken JSON-RPC framing on the server's standard
 * input is logged (stderr) and ends the server with a non-zero exit, so the
 * client restarts it (before: it stayed alive, buffered without limit and
 * never answered again); `lsp --socket` is refused.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { CLI, StdioServer } from './lspStdio';

const BROKEN: [string, string | Buffer][] = [
  ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
  ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}'],
  ['a 10 GB Content-Length', 'Content-Length: 10737418240\r\n\r\n{"jsonrpc":"2.0"'],
  ['random bytes', Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 7919 + 13) % 256))],
];

describe('robustness: broken framing ends the server with a logged reason (issue 15)', function () {
  this.timeout(30000);

  for (const [name, bytes] of BROKEN) {
    it(name, async () => {
      const s = new StdioServer();
      await s.initialize(true);
      s.sendRaw(bytes);
      let timer: NodeJS.Timeout | undefined;
      const exit = await Promise.race([s.exited, new Promise<null>((r) => (timer = setTimeout(() => r(null), 10000)))]);
      clearTimeout(timer);
      if (exit === null) s.proc.kill();
      assert.ok(exit !== null, 'the server exits');
      assert.notStrictEqual(exit.code, 0);
      assert.match(s.stderr, /not JSON-RPC framing/);
    });
  }

  it('a message split inside its header still passes the guard', async () => {
    const s = new StdioServer();
    await s.initialize(true);
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'shutdown' }));
    const one = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    // Split inside the header's final CR LF CR LF.
    const cut = one.indexOf('\r\n\r\n') + 2;
    s.sendRaw(one.subarray(0, cut));
    await new Promise((r) => setTimeout(r, 50));
    s.sendRaw(one.subarray(cut));
    const reply = await s.waitFor((m) => m.id === 99, 5000, 'the shutdown reply');
    assert.strictEqual(reply.error, undefined);
    assert.strictEqual(s.proc.exitCode, null);
    await s.stop();
  });

  it('lsp --socket is refused (no network use)', () => {
    const r = spawnSync(process.execPath, [CLI, 'lsp', '--socket=5007'], { encoding: 'utf8', timeout: 10000 });
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /unknown option --socket/);
  });
});

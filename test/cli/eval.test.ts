/**
 * `scripts/eval.js` on a folder of its own: counts true positives, false
 * positives and misses per rule id, honouring `ignore` and `scored`.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('scripts/eval.js', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-eval-'));
    const body = ['Mayor Ann Lee spoke first. "We are ready," Lee said.', '', 'The vote was close.', '', '"We threw it away."', '', '"Nobody asked us."', ''].join('\n');
    fs.writeFileSync(path.join(dir, 'a.md'), body);
    fs.writeFileSync(path.join(dir, 'b.md'), body);
    fs.writeFileSync(
      path.join(dir, 'key.json'),
      JSON.stringify({
        scored: ['quote.unattributed'],
        drafts: {
          // a.md: one expected and found, one found but not expected (false positive), one expected but absent (miss).
          'a.md': { expect: [[5, 'quote.unattributed'], [1, 'quote.unattributed']], ignore: [] },
          // b.md: the second finding is debatable, so it counts neither way.
          'b.md': { expect: [[5, 'quote.unattributed']], ignore: [[7, 'quote.unattributed']] },
        },
      }),
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scores per rule id with ignore pairs honoured', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'eval.js'), dir, '--json'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const row = out.rules.find((x: { code: string }) => x.code === 'quote.unattributed');
    assert.deepStrictEqual({ tp: row.tp, fp: row.fp, fn: row.fn }, { tp: 2, fp: 1, fn: 1 });
    assert.strictEqual(row.precision, 2 / 3);
    assert.strictEqual(row.recall, 2 / 3);
    assert.deepStrictEqual(out.falsePositives.map((f: { file: string; line: number }) => [f.file, f.line]), [['a.md', 7]]);
    assert.deepStrictEqual(out.misses.map((m: { file: string; line: number }) => [m.file, m.line]), [['a.md', 1]]);
  });

  it('prints a table and the false positives and misses', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'eval.js'), dir], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^quote\.unattributed\s+2\s+1\s+1\s+0\.67\s+0\.67$/m);
    assert.match(r.stdout, /False positives:\n {2}a\.md:7 quote\.unattributed/);
    assert.match(r.stdout, /Misses:\n {2}a\.md:1 quote\.unattributed/);
  });

  it('exits 2 with a message when the folder has no key.json', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'eval.js'), os.tmpdir() + '/no-such-copydesk-dir'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /cannot read .*key\.json/);
  });
});

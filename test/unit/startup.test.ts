/**
 * What the server's start-up loads (issue 7: first diagnostics within 300 ms
 * of spawning `copydesk lsp`): the `lsp` command loads none of the other CLI
 * commands, chrono-node waits for the first date window and then brings only
 * its English locale. Checked in a fresh Node process (this one has loaded
 * everything already).
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as path from 'path';
import { COMMAND_NAMES, commandByName } from '../../server/src/cli/commands';

const OUT_SERVER = path.resolve(__dirname, '..', '..', 'server', 'src');

/** Runs `body` (JavaScript) in a fresh process and returns the JSON it prints. */
function fresh<T>(body: string): T {
  const r = cp.spawnSync(process.execPath, ['-e', body], { encoding: 'utf8', env: { ...process.env, OUT_SERVER } });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as T;
}

const LOADED = `const loaded = () => Object.keys(require.cache).map((f) => f.split(require('path').sep).join('/'));`;

describe('start-up: what loads when', () => {
  it('every listed command loads under its own name', () => {
    for (const name of COMMAND_NAMES) {
      const c = commandByName(name);
      assert.ok(c, name);
      assert.strictEqual(c.name, name);
      assert.ok(c.summary && c.help, name);
    }
    assert.strictEqual(commandByName('nope'), undefined);
  });

  it('`copydesk lsp` loads the server and none of the other commands, and no chrono-node yet', () => {
    const files = fresh<string[]>(`${LOADED}
      const cli = require(process.env.OUT_SERVER + '/cli/commands/index.js');
      cli.commandByName('lsp');
      require(process.env.OUT_SERVER + '/node/main.js');
      process.stdout.write(JSON.stringify(loaded()));`);
    assert.ok(files.some((f) => f.endsWith('/server/src/server.js')), 'the server is loaded');
    for (const other of ['check', 'quotes', 'dates', 'actors']) {
      assert.ok(!files.some((f) => f.endsWith(`/cli/commands/${other}.js`)), `${other} command loaded`);
    }
    assert.ok(!files.some((f) => f.includes('/node_modules/chrono-node/')), 'chrono-node loaded before any date');
  });

  it('the first date loads chrono-node\'s English locale only, and a draft without date words none of it', () => {
    const r = fresh<{ before: string[]; after: string[]; atoms: number }>(`${LOADED}
      const p = require(process.env.OUT_SERVER + '/analysis/dates/parser.js');
      p.chronoAtoms('The committee met and said nothing new.', '2026-03-20');
      const before = loaded();
      const atoms = p.chronoAtoms('The vote was on Tuesday, two days later than planned.', '2026-03-20').length;
      process.stdout.write(JSON.stringify({ before, after: loaded(), atoms }));`);
    assert.ok(!r.before.some((f) => f.includes('/chrono-node/')));
    assert.ok(r.atoms >= 2, `atoms: ${r.atoms}`);
    const chrono = r.after.filter((f) => f.includes('/chrono-node/'));
    assert.ok(chrono.some((f) => f.endsWith('/locales/en/index.js')));
    assert.ok(!chrono.some((f) => /\/locales\/(?!en\/)[a-z]+\//.test(f)), `other locales: ${chrono.filter((f) => !f.includes('/en/')).join(', ')}`);
    assert.ok(!chrono.some((f) => f.endsWith('/dist/cjs/index.js')), 'the all-locales index');
  });
});

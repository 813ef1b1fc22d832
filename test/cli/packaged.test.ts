/**
 * The packaged install: `scripts/package.js --outdir` bundles into a temporary
 * folder laid out as npm or the .vsix installs it (bin/, dist/, package.json,
 * README.md, no node_modules), and `bin/copydesk.js` there runs the bundle
 * through V8's code cache (so does dist/server.js, which the extension forks
 * with --node-ipc). The bundle must find exactly what the compiled
 * sources find, the first run and the cached runs alike, and a damaged or
 * foreign cache must cost only speed.
 */
import * as assert from 'assert';
import { fork, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { StdioServer } from '../robustness/lspStdio';

const ROOT = path.join(__dirname, '..', '..', '..');
const OUT_CLI = path.join(ROOT, 'out', 'server', 'src', 'cli', 'main.js');

/** A draft with every kind of finding: quotes, unnamed and vague sources, dates, first references. */
const DRAFT = [
  '---',
  'date: 2026-03-20',
  '---',
  '# Council vote',
  '',
  'City Manager Maria Lopez presented the budget on Tuesday, March 17, 2026. "The numbers are sound," Lopez said.',
  '',
  'Council member Tom Reyes voted against it two days later. Officials said the vote was rushed, and critics argue it was unfair.',
  '',
  '"We threw it away."',
  '',
  'The hearing is on Friday, March 21, next week, Reyes said. Sources familiar with the talks said Lopez would resign.',
  '',
].join('\n');

function run(bin: string, args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('packaged install: the bundle and its code cache', function () {
  this.timeout(180_000);
  let dir: string;
  let bin: string;
  let draft: string;
  let cacheDir: string;
  let expected: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-packaged-'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.js'), '--outdir', dir], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'copydesk.js'), path.join(dir, 'bin', 'copydesk.js'));
    for (const f of ['package.json', 'README.md']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
    bin = path.join(dir, 'bin', 'copydesk.js');
    draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, DRAFT);
    cacheDir = path.join(dir, 'cache');
    const fromSources = run(OUT_CLI, ['check', '--format', 'json', draft], {});
    assert.ok(fromSources.stdout.includes('quote.unattributed'), fromSources.stdout + fromSources.stderr);
    expected = fromSources.stdout;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cacheFiles = (): string[] => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache')) : []);

  it('finds what the compiled sources find, without a cache, with the cache it wrote, and with it turned off', () => {
    const env = { COPYDESK_CACHE_DIR: cacheDir };
    const first = run(bin, ['check', '--format', 'json', draft], env);
    assert.strictEqual(first.stdout, expected, first.stderr);
    assert.strictEqual(cacheFiles().length, 1, 'the first run writes the cache');
    const second = run(bin, ['check', '--format', 'json', draft], env);
    assert.strictEqual(second.stdout, expected, second.stderr);
    const off = run(bin, ['check', '--format', 'json', draft], { COPYDESK_CACHE_DIR: path.join(dir, 'unused'), COPYDESK_CODE_CACHE: '0' });
    assert.strictEqual(off.stdout, expected, off.stderr);
    assert.ok(!fs.existsSync(path.join(dir, 'unused')), 'COPYDESK_CODE_CACHE=0 writes nothing');
  });

  it('the packaged install finds the tagger model: `copydesk tags` gives what the compiled sources give', () => {
    const fromSources = run(OUT_CLI, ['tags', '--format', 'json', draft], {});
    assert.strictEqual(fromSources.status, 0, fromSources.stderr);
    const tagged = JSON.parse(fromSources.stdout) as { sentences: { tokens: { text: string; pos: string }[] }[] }[];
    assert.ok(tagged[0].sentences.some((s) => s.tokens.some((t) => t.text === 'said' && t.pos === 'VERB')), fromSources.stdout.slice(0, 500));
    const packaged = run(bin, ['tags', '--format', 'json', draft], { COPYDESK_CACHE_DIR: cacheDir });
    assert.strictEqual(packaged.stderr, '');
    assert.strictEqual(packaged.stdout, fromSources.stdout);
  });

  it('--jobs runs its worker threads from the bundle: the same output as the sources on one thread', () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many, { recursive: true });
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(many, `d${i}.md`), DRAFT.replace('Tom Reyes', `Tom Reyes ${i}`));
    const sources = run(OUT_CLI, ['check', '--jobs', '1', '--format', 'json', many], {});
    const bundled = run(bin, ['check', '--jobs', '2', '--format', 'json', many], { COPYDESK_CACHE_DIR: cacheDir });
    assert.strictEqual(bundled.stderr, '');
    assert.strictEqual(bundled.stdout, sources.stdout);
    assert.strictEqual(JSON.parse(bundled.stdout).length, 6);
  });

  it('a damaged, truncated or foreign cache file is ignored and rewritten; caches unused for 30 days go', () => {
    const env = { COPYDESK_CACHE_DIR: cacheDir };
    run(bin, ['--version'], env);
    const [name] = cacheFiles();
    assert.ok(name);
    const file = path.join(cacheDir, name);
    const aged = path.join(cacheDir, 'cli-00000000deadbeef.v8cache');
    const recent = path.join(cacheDir, 'cli-00000000cafef00d.v8cache');
    fs.writeFileSync(aged, 'old');
    fs.writeFileSync(recent, 'other Node version');
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    fs.utimesSync(aged, longAgo, longAgo);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    for (const bad of [flipped, good.subarray(0, 1000), Buffer.alloc(0), Buffer.from('not a cache')]) {
      fs.writeFileSync(file, bad);
      const r = run(bin, ['check', '--format', 'json', draft], env);
      assert.strictEqual(r.stdout, expected, r.stderr);
      assert.ok(fs.readFileSync(file).length > 1000, 'rewritten');
    }
    assert.ok(!fs.existsSync(aged), 'the cache unused for 40 days is pruned');
    assert.ok(fs.existsSync(recent), 'a recent cache of another bundle or Node stays');
    fs.rmSync(recent);
  });

  type Item = { code: string; range: { start: { line: number; character: number } } };
  const keys = (items: Item[]): string[] => items.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
  /** `copydesk check`'s findings as `code@line:column`. */
  function wanted(): string[] {
    const checks = JSON.parse(expected) as { findings: { code: string; line: number; column: number }[] }[];
    const want = checks[0].findings.map((f) => `${f.code}@${f.line}:${f.column}`).sort();
    assert.ok(new Set(want.map((w) => w.split('@')[0])).size >= 4, want.join(', '));
    return want;
  }

  it('`copydesk lsp --stdio` from the install: the first diagnostics are those of `copydesk check`', async () => {
    const saved = process.env.COPYDESK_CACHE_DIR;
    process.env.COPYDESK_CACHE_DIR = cacheDir;
    const want = wanted();
    try {
      for (let i = 0; i < 2; i++) {
        const server = new StdioServer([], [bin, 'lsp', '--stdio']);
        try {
          await server.initialize(true, 60_000);
          server.open('file:///draft.md', DRAFT);
          const items = (await server.pullDiagnostics('file:///draft.md', 60_000)) as Item[];
          assert.deepStrictEqual(keys(items), want, `run ${i + 1}`);
        } finally {
          await server.stop();
        }
      }
    } finally {
      if (saved === undefined) delete process.env.COPYDESK_CACHE_DIR;
      else process.env.COPYDESK_CACHE_DIR = saved;
    }
  });

  it('`copydesk lsp --stdio` from the install analyses a long draft in its worker thread (dist/analysisWorker.js)', async () => {
    assert.ok(fs.existsSync(path.join(dir, 'dist', 'analysisWorker.js')), 'the bundle has the worker script');
    const server = new StdioServer([], [bin, 'lsp', '--stdio']);
    try {
      await server.initialize(true, 60_000);
      // Long enough for the worker (OFFLOAD_CHARS): the draft's body repeated, its findings with it.
      const long = DRAFT + DRAFT.slice(DRAFT.indexOf('# Council')).repeat(Math.ceil(60_000 / DRAFT.length));
      server.open('file:///long.md', long);
      const items = (await server.pullDiagnostics('file:///long.md', 60_000)) as Item[];
      assert.ok(items.some((d) => d.code === 'quote.unattributed'), JSON.stringify(items.slice(0, 3)));
      const log = await server.waitFor((m) => m.method === 'window/logMessage' && /worker thread/.test((m.params as { message: string }).message), 10_000, 'the worker log line');
      assert.match((log.params as { message: string }).message, /dist[\\/]analysisWorker\.js/);
    } finally {
      await server.stop();
    }
  });

  it('the extension\'s dist/server.js, forked with --node-ipc as VS Code does, serves the same first diagnostics', async () => {
    const child = fork(path.join(dir, 'dist', 'server.js'), ['--node-ipc', `--clientProcessId=${process.pid}`], {
      env: { ...process.env, COPYDESK_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.listen();
    try {
      const init = (await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } },
      })) as { serverInfo?: { name: string } };
      assert.strictEqual(init.serverInfo?.name, 'copydesk');
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///draft.md', languageId: 'markdown', version: 1, text: DRAFT } });
      const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///draft.md' } })) as { items: Item[] };
      assert.deepStrictEqual(keys(report.items), wanted());
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.strictEqual(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});

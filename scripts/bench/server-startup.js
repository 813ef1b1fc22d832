'use strict';
/*
 * Server start-up to first diagnostics: spawns the real server
 * (`node bin/copydesk.js lsp --stdio`), initializes it, opens a draft and
 * pulls diagnostics; the clock runs from spawn to the diagnostic report.
 * Each run is a fresh process. Prints one JSON line.
 *
 *   node scripts/bench/server-startup.js FILE RUNS [--checkout]
 *
 * By default it measures what ships: a packaged install built into a temporary
 * folder (`scripts/package.js --outdir`: bin/copydesk.js running the esbuild
 * bundle dist/cli.js, no node_modules), with its own empty code-cache folder.
 * The first launch (no code cache yet; it writes the cache when it exits) is
 * reported on its own as `firstLaunchMs`; the median is over the RUNS launches
 * after it, as an editor's every later start. `--checkout` measures this
 * checkout's bin/copydesk.js instead (out/ or dist/, whichever is newer).
 * `measures` in the output says which. `cpuMedianMs` is the server's main-thread
 * CPU time to the report (Linux), steadier than wall time on a busy machine;
 * `nodeBootMs` is Node's own start-up before any Copydesk code, part of every
 * figure (`extraCaCerts` says whether NODE_EXTRA_CA_CERTS, which Node parses at
 * every start, is set).
 */
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { summary, median } = require('./stats');

const ROOT = path.resolve(__dirname, '..', '..');

/** CPU time of the process's main thread so far, in ms (Linux; null elsewhere). */
function mainThreadCpuMs(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

async function once(StdioServer, bin, text) {
  const t0 = process.hrtime.bigint();
  const server = new StdioServer([], [bin, 'lsp', '--stdio']);
  const uri = 'file:///bench/draft.md';
  try {
    await server.initialize(true, 20000);
    const tInit = Number(process.hrtime.bigint() - t0) / 1e6;
    server.open(uri, text);
    const items = await server.pullDiagnostics(uri, 20000);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { ms, initMs: tInit, cpuMs: mainThreadCpuMs(server.proc.pid), diagnostics: items.length };
  } finally {
    await server.stop();
  }
}

/**
 * Node's own start-up here, before any Copydesk code runs: the median time from
 * process start to the first line of a script, in the same environment the
 * server gets (NODE_EXTRA_CA_CERTS, if set, is parsed at every Node start).
 */
function nodeBootMs(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const r = cp.spawnSync(process.execPath, ['-e', 'process.stdout.write(String(performance.now()))'], { encoding: 'utf8' });
    times.push(Number(r.stdout));
  }
  return median(times);
}

/** Builds a packaged install (as npm or the .vsix lays it out) in a temporary folder; returns its bin. */
function packagedInstall(dir) {
  const r = cp.spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package.js'), '--outdir', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`package.js --outdir failed: ${r.stderr || r.stdout}`);
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bin', 'copydesk.js'), path.join(dir, 'bin', 'copydesk.js'));
  for (const f of ['package.json', 'README.md']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  return path.join(dir, 'bin', 'copydesk.js');
}

async function main() {
  const args = process.argv.slice(2);
  const checkout = args.includes('--checkout');
  const [file, runsArg] = args.filter((a) => !a.startsWith('--'));
  if (!fs.existsSync(path.join(ROOT, 'bin', 'copydesk.js'))) {
    process.stdout.write(JSON.stringify({ na: 'n/a: not built yet (bin/copydesk.js missing)' }) + '\n');
    return;
  }
  const { StdioServer } = require(path.join(ROOT, 'out', 'test', 'robustness', 'lspStdio.js'));
  const text = fs.readFileSync(file, 'utf8');
  const tmp = checkout ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-startup-'));
  const savedCacheDir = process.env.COPYDESK_CACHE_DIR;
  try {
    let bin;
    let measures;
    if (tmp) {
      bin = packagedInstall(tmp);
      process.env.COPYDESK_CACHE_DIR = path.join(tmp, 'code-cache'); // the spawned servers inherit it
      measures = 'packaged install: bin/copydesk.js -> dist/cli.js (esbuild bundle) with V8 code cache';
    } else {
      bin = path.join(ROOT, 'bin', 'copydesk.js');
      const dist = path.join(ROOT, 'dist', 'cli.js');
      const out = path.join(ROOT, 'out', 'server', 'src', 'cli', 'main.js');
      const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : -1);
      measures = `checkout: bin/copydesk.js -> ${mtime(dist) > mtime(out) ? 'dist/cli.js (bundle, code cache in the user cache folder)' : 'out/ (compiled sources, no bundle)'}`;
    }
    const loadBefore = os.loadavg()[0];
    // The first launch also warms the file-system cache and (packaged) writes the code cache.
    const first = await once(StdioServer, bin, text);
    const runs = [];
    for (let i = 0; i < Number(runsArg); i++) runs.push(await once(StdioServer, bin, text));
    const counts = new Set([first, ...runs].map((r) => r.diagnostics));
    if (counts.size !== 1) throw new Error(`runs disagree on the diagnostics: ${[...counts].join(' vs ')}`);
    const cpu = runs.map((r) => r.cpuMs).filter((x) => x !== null);
    process.stdout.write(
      JSON.stringify({
        ...summary(runs.map((r) => r.ms)),
        initMedianMs: median(runs.map((r) => r.initMs)),
        cpuMedianMs: cpu.length ? median(cpu) : null,
        firstLaunchMs: first.ms,
        nodeBootMs: nodeBootMs(Math.max(3, Number(runsArg))),
        diagnostics: first.diagnostics,
        measures,
        extraCaCerts: !!process.env.NODE_EXTRA_CA_CERTS,
        load1: [Number(loadBefore.toFixed(2)), Number(os.loadavg()[0].toFixed(2))],
      }) + '\n',
    );
  } finally {
    if (savedCacheDir === undefined) delete process.env.COPYDESK_CACHE_DIR;
    else process.env.COPYDESK_CACHE_DIR = savedCacheDir;
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e) }) + '\n');
});

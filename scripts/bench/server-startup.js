'use strict';
/*
 * Server start-up to first diagnostics: spawns the real server
 * (`node bin/copydesk.js lsp --stdio`), initializes it, opens a draft and
 * pulls diagnostics; the clock runs from spawn to the diagnostic report.
 * Each run is a fresh process. Prints one JSON line.
 *
 *   node scripts/bench/server-startup.js FILE RUNS
 */
const fs = require('fs');
const path = require('path');
const { summary } = require('./stats');

const ROOT = path.resolve(__dirname, '..', '..');

async function once(StdioServer, text) {
  const t0 = process.hrtime.bigint();
  const server = new StdioServer();
  const uri = 'file:///bench/draft.md';
  try {
    await server.initialize(true, 20000);
    const tInit = Number(process.hrtime.bigint() - t0) / 1e6;
    server.open(uri, text);
    const items = await server.pullDiagnostics(uri, 20000);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { ms, initMs: tInit, diagnostics: items.length };
  } finally {
    await server.stop();
  }
}

async function main() {
  const [file, runsArg] = process.argv.slice(2);
  if (!fs.existsSync(path.join(ROOT, 'bin', 'copydesk.js'))) {
    process.stdout.write(JSON.stringify({ na: 'n/a: not built yet (bin/copydesk.js missing)' }) + '\n');
    return;
  }
  const { StdioServer } = require(path.join(ROOT, 'out', 'test', 'robustness', 'lspStdio.js'));
  const text = fs.readFileSync(file, 'utf8');
  // One unmeasured start warms the file-system cache, as a second editor launch would.
  await once(StdioServer, text);
  const runs = [];
  for (let i = 0; i < Number(runsArg); i++) runs.push(await once(StdioServer, text));
  const times = runs.map((r) => r.ms);
  process.stdout.write(JSON.stringify({ ...summary(times), initMedianMs: summary(runs.map((r) => r.initMs)).medianMs, diagnostics: runs[0].diagnostics }) + '\n');
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e) }) + '\n');
});

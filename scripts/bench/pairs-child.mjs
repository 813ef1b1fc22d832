/*
 * Copydesk and one peer linter on the same draft, alternating in one process
 * (A/B pairs), so both see the same machine at the same moment: on a shared
 * machine whose load moves by the minute, timing them in separate processes
 * minutes apart gave ratios from 9× to 74× for the same pair of programs.
 * Prints one JSON line.
 *
 *   node scripts/bench/pairs-child.mjs harper|textlint FILE PAIRS WARMUP_FILE
 *
 * Warm-up, the same for both: set up, one run on WARMUP_FILE (a small draft:
 * WebAssembly compilation and module loading are not counted), then runs on
 * FILE for at least 3 s and at least 100,000 / words runs (20 on 5k words; at
 * least one), so V8 has optimised the hot code as in a running editor even when
 * a loaded machine starves its compiler thread. Then each pair times one Copydesk run (analyze + check)
 * and one peer run on FILE, in alternating order; the ratio of a pair is the
 * peer's time over Copydesk's (the same words, so Copydesk's words per second
 * over the peer's). Reported: the median of the per-pair ratios, their range,
 * and the same on CPU time (user + system of the process).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { peerLinter } from './peers.mjs';

const require = createRequire(import.meta.url);
const { countWords, median, peakRssMB } = require('./stats.js');
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'out', 'server', 'src');
const { analyze } = require(path.join(OUT, 'analysis', 'analyze.js'));
const { check } = require(path.join(OUT, 'analysis', 'check.js'));

/** As in analysis-child.js: fixed, so runs are comparable. */
const OPTIONS = { today: '2025-10-20', languageId: 'markdown' };
const WARM_MS = 3000;
/** Stop adding pairs once the peer has taken this long in all (at least three pairs always run). */
const PEER_BUDGET_MS = 60000;

async function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, r };
}

const [peerName, file, pairsArg, warmupFile] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const small = fs.readFileSync(warmupFile, 'utf8');
const words = countWords(text);
const copydesk = (t = text) => check(analyze(t, OPTIONS)).findings.length;
const peer = await peerLinter(peerName);

/** Warm-up as described above; returns the first run's time on FILE and the number of runs. */
async function warm(run) {
  await run(small);
  const t0 = Date.now();
  const first = await timed(() => run(text));
  const minRuns = Math.max(1, Math.round(100000 / words));
  let n = 1;
  for (; n < minRuns || Date.now() - t0 < WARM_MS; n++) await run(text);
  return { firstMs: first.ms, runs: n };
}
const copydeskWarm = await warm(async (t) => copydesk(t));
const peerWarm = await warm((t) => peer.lint(t));

const pairs = [];
let peerSpent = 0;
for (let i = 0; i < Number(pairsArg) && (i < 3 || peerSpent < PEER_BUDGET_MS); i++) {
  let c;
  let p;
  if (i % 2 === 0) {
    c = await timed(copydesk);
    p = await timed(() => peer.lint(text));
  } else {
    p = await timed(() => peer.lint(text));
    c = await timed(copydesk);
  }
  peerSpent += p.ms;
  pairs.push({ copydeskMs: c.ms, peerMs: p.ms, ratio: p.ms / c.ms, cpuRatio: p.cpuMs / Math.max(c.cpuMs, 0.001), copydeskFindings: c.r, peerFindings: p.r });
}
const ratios = pairs.map((x) => x.ratio);
process.stdout.write(
  JSON.stringify({
    peer: peer.name,
    version: peer.version,
    file,
    words,
    pairs: pairs.length,
    ratioMedian: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    cpuRatioMedian: median(pairs.map((x) => x.cpuRatio)),
    copydeskMedianMs: median(pairs.map((x) => x.copydeskMs)),
    peerMedianMs: median(pairs.map((x) => x.peerMs)),
    peerFirstMs: peerWarm.firstMs,
    warmupRuns: { copydesk: copydeskWarm.runs, peer: peerWarm.runs },
    copydeskFindings: pairs[0].copydeskFindings,
    peerFindings: pairs[0].peerFindings,
    peakRssMB: peakRssMB(),
  }) + '\n',
);

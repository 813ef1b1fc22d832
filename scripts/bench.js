#!/usr/bin/env node
'use strict';
/*
 * npm run bench: how fast and how lean Copydesk is on news drafts of 1k, 5k,
 * 100k and 1M words, next to two prose linters on the same drafts.
 *
 *   node scripts/bench.js [--json] [--quick] [--no-peers] [--no-server]
 *
 * Drafts come from ../shared/tools/gen-draft.js (deterministic, seed 1) into
 * bench-out/ (gitignored). Every figure is a median over several runs in one
 * process after warm-up; each size and each mode runs in a child process of its
 * own so that peak memory (max RSS) belongs to that size alone. The peers run
 * in A/B pairs with Copydesk in one process (bench/pairs-child.mjs); the
 * keystroke is also timed over the protocol, pull and push, against the real
 * server (bench/protocol-keystroke.js).
 * --quick: fewer runs, no 1M draft, peers on 5k only (a smoke run).
 * Needs a build first (`npm run bench` does it).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const os = require('os');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'bench-out');
const GEN = path.resolve(ROOT, '..', 'shared', 'tools', 'gen-draft.js');
const BENCH = path.join(__dirname, 'bench');

const args = new Set(process.argv.slice(2));
const JSON_OUT = args.has('--json');
const QUICK = args.has('--quick');
const PEERS = !args.has('--no-peers');
const SERVER = !args.has('--no-server');

/** words -> [runs, warm-up runs] for full analysis. */
const SIZES = QUICK
  ? [[1000, 10, 5], [5000, 10, 5], [100000, 3, 1]]
  : [[1000, 40, 10], [5000, 30, 10], [100000, 10, 3], [1000000, 5, 1]];
/** Peers run on the 100k draft only when their 5k time, scaled linearly, predicts at most this per run. */
const PEER_CAP_MS = 90000;
/** words -> A/B pairs per peer. */
const PAIRS = QUICK ? [[5000, 5]] : [[5000, 11], [100000, 5]];
/** words -> measured keystrokes over the protocol (each mode). */
const PROTOCOL_EDITS = QUICK ? [[5000, 20], [100000, 10]] : [[5000, 60], [100000, 40]];

const TARGETS = {
  full5kMs: 10,
  full100kMs: 250,
  full1MMs: 3000,
  /** Per-word cost at 1M at most this multiple of the 5k cost counts as linear. */
  linearFactor: 2,
  peak1MMB: 400,
  keystrokeMs: 15,
  /** Issue 18: didChange to diagnostics over the protocol. */
  protocolPull5kMs: 5,
  protocolPull100kMs: 15,
  protocolPull100kP95Ms: 40,
  protocolPush5kMs: 20,
  hoverMs: 2,
  harperRatio: 50,
  textlintRatio: 20,
  startupMs: 300,
  /** Issue 17: the record (500,000 words of transcripts) indexed, one quotation matched, a keystroke away from quotations. */
  transcriptIndexMs: 1000,
  transcriptMatchMs: 1,
};

function log(s) {
  if (!JSON_OUT) process.stderr.write(s + '\n');
}

function draftFile(words) {
  const file = path.join(OUT_DIR, `draft-${words}.txt`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const r = spawnSync(process.execPath, [GEN, String(words), '--seed', '1', '--out', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`gen-draft failed for ${words} words`);
  }
  return file;
}

/** Words of speech for the transcripts bench: a generated draft with another seed, cut into turns by the child. */
function speechFile(words) {
  const file = path.join(OUT_DIR, `speech-${words}.txt`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const r = spawnSync(process.execPath, [GEN, String(words), '--seed', '2', '--out', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`gen-draft failed for ${words} words of speech`);
  }
  return file;
}

/** Runs a child script and returns its last stdout line as JSON (or an error record). */
function child(script, argv, timeoutMs) {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(BENCH, script), ...argv.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.error && r.error.code === 'ETIMEDOUT') return { error: `timed out after ${Math.round(timeoutMs / 1000)} s` };
  const lines = (r.stdout || '').trim().split('\n').filter(Boolean);
  if (r.status !== 0 || lines.length === 0) return { error: `exit ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(0, 6).join(' | ')}` };
  return JSON.parse(lines[lines.length - 1]);
}

const fmtMs = (ms) => (ms === undefined || Number.isNaN(ms) ? '—' : ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toString());
const fmtRate = (wps) => (wps >= 1e6 ? `${(wps / 1e6).toFixed(2)} M` : wps >= 1e3 ? `${(wps / 1e3).toFixed(1)} k` : wps.toFixed(0));
const fmtRatio = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0)) + '×';
const label = (words) => (words >= 1e6 ? `${words / 1e6}M` : `${words / 1e3}k`);

function main() {
  const report = { node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg()[0], quick: QUICK, sizes: [], peak1M: null, keystroke: null, hover: null, serverStartup: null, protocolKeystroke: null, peers: {}, targets: [] };
  const drafts = {};
  for (const [words] of SIZES) drafts[words] = draftFile(words);
  const warmupDraft = draftFile(1000);

  for (const [words, runs, warmup] of SIZES) {
    log(`full analysis ${label(words)} …`);
    const r = child('analysis-child.js', ['full', drafts[words], runs, warmup], 20 * 60 * 1000);
    report.sizes.push({ size: words, ...r, wordsPerSec: r.words ? r.words / (r.medianMs / 1000) : undefined, wordsPerCpuSec: r.cpuMedianMs ? r.words / (r.cpuMedianMs / 1000) : undefined });
  }

  if (!QUICK) {
    log('peak memory of one analysis of 1M …');
    report.peak1M = child('analysis-child.js', ['peak', drafts[1000000], warmupDraft], 10 * 60 * 1000);
  }
  log('keystroke path on 100k …');
  report.keystroke = child('analysis-child.js', ['keystroke', drafts[100000], QUICK ? 15 : 41, QUICK ? 3 : 10], 10 * 60 * 1000);
  log('hover on 100k …');
  report.hover = child('analysis-child.js', ['hover', drafts[100000], 200, 50], 5 * 60 * 1000);
  const recordWords = QUICK ? 100000 : 500000;
  log(`record checks: ${label(recordWords)} words of transcripts …`);
  report.transcripts = child('transcripts-child.js', [speechFile(recordWords), drafts[5000], recordWords], 10 * 60 * 1000);
  if (SERVER) {
    log('server start-up to first diagnostics on 5k …');
    report.serverStartup = child('server-startup.js', [drafts[5000], QUICK ? 3 : 7], 5 * 60 * 1000);
  }

  if (SERVER) {
    report.protocolKeystroke = [];
    for (const [words, edits] of PROTOCOL_EDITS) {
      for (const mode of ['pull', 'push']) {
        log(`keystroke over the protocol, ${mode}, ${label(words)} …`);
        report.protocolKeystroke.push({ size: words, ...child('protocol-keystroke.js', [mode, drafts[words], edits], 10 * 60 * 1000) });
      }
    }
  }

  if (PEERS) {
    for (const peer of ['harper', 'textlint']) {
      const rows = [];
      for (const [words, pairs] of PAIRS) {
        const at5k = rows.find((r) => r.size === 5000 && !r.error);
        const predicted = at5k ? (at5k.peerMedianMs / at5k.words) * words : 0;
        if (predicted > PEER_CAP_MS) {
          rows.push({ size: words, na: `not run: 5k predicts ${Math.round(predicted / 1000)} s a run (cap ${PEER_CAP_MS / 1000} s)` });
          continue;
        }
        log(`peer ${peer} ${label(words)}, A/B pairs with Copydesk …`);
        rows.push({ size: words, ...child('pairs-child.mjs', [peer, drafts[words], pairs, warmupDraft], 20 * 60 * 1000) });
      }
      report.peers[peer] = rows;
    }
  }

  evaluateTargets(report);
  if (JSON_OUT) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else printReport(report);
}

function sizeRow(report, words) {
  return report.sizes.find((s) => s.size === words);
}

function target(report, name, value, limit, unit, pass, note) {
  report.targets.push({ name, value, limit, unit, pass: value === undefined || Number.isNaN(value) ? null : pass, note });
}

function evaluateTargets(report) {
  const s5k = sizeRow(report, 5000);
  const s100k = sizeRow(report, 100000);
  const s1m = sizeRow(report, 1000000);
  target(report, 'full analysis 5k words', s5k?.medianMs, TARGETS.full5kMs, 'ms', s5k?.medianMs <= TARGETS.full5kMs);
  target(report, 'full analysis 100k words', s100k?.medianMs, TARGETS.full100kMs, 'ms', s100k?.medianMs <= TARGETS.full100kMs);
  target(report, 'full analysis 1M words', s1m?.medianMs, TARGETS.full1MMs, 'ms', s1m?.medianMs <= TARGETS.full1MMs);
  if (s5k?.medianMs && (s1m?.medianMs || s100k?.medianMs)) {
    const big = s1m?.medianMs ? s1m : s100k;
    const factor = big.medianMs / big.words / (s5k.medianMs / s5k.words);
    target(report, `linear growth (per-word cost ${label(big.size)} / 5k)`, factor, TARGETS.linearFactor, '×', factor <= TARGETS.linearFactor);
  }
  const pk = report.peak1M;
  target(report, 'peak memory, one analysis of 1M words (max RSS)', pk?.peakRssMB, TARGETS.peak1MMB, 'MB', pk?.peakRssMB <= TARGETS.peak1MMB, pk?.error ?? (s1m?.peakRssMB ? `${s1m.peakRssMB.toFixed(0)} MB after ${s1m.runs} runs in one process` : undefined));
  const k = report.keystroke;
  target(report, 'keystroke re-check 100k (median)', k?.medianMs, TARGETS.keystrokeMs, 'ms', k?.medianMs <= TARGETS.keystrokeMs, k && !k.error && !k.incremental ? 'full re-analysis: incremental not built yet' : undefined);
  for (const what of ['actor', 'date']) {
    const h = report.hover?.[what];
    // A hover that answers nothing there does not count: the provider for that topic is not built yet.
    const value = h?.answered ? h.medianMs : undefined;
    target(report, `hover on ${what === 'actor' ? 'an actor' : 'a date'} (median)`, value, TARGETS.hoverMs, 'ms', value <= TARGETS.hoverMs, report.hover?.na ?? h?.na ?? (h && !h.answered ? `no hover text at that offset yet (composition answered in ${fmtMs(h.medianMs)} ms)` : undefined));
  }
  for (const [peer, min] of [['harper', TARGETS.harperRatio], ['textlint', TARGETS.textlintRatio]]) {
    for (const row of report.peers[peer] ?? []) {
      if (row.size < 5000) continue;
      target(report, `per-pair ratio vs ${peer === 'harper' ? 'harper.js' : 'textlint+write-good'}, ${label(row.size)} (median)`, row.ratioMedian, min, '×', row.ratioMedian >= min, row.error ?? row.na ?? `${row.pairs} pairs, range ${row.ratioMin?.toFixed(1)}-${row.ratioMax?.toFixed(1)}×, CPU ${row.cpuRatioMedian?.toFixed(1)}×`);
    }
  }
  const pk2 = (mode, size) => report.protocolKeystroke?.find((x) => x.mode === mode && x.size === size);
  const proto = (name, row, key, limit) => target(report, name, row?.[key], limit, 'ms', row?.[key] <= limit, row?.error);
  proto('keystroke over the protocol, pull 5k (median)', pk2('pull', 5000), 'medianMs', TARGETS.protocolPull5kMs);
  proto('keystroke over the protocol, pull 100k (median)', pk2('pull', 100000), 'medianMs', TARGETS.protocolPull100kMs);
  proto('keystroke over the protocol, pull 100k (p95)', pk2('pull', 100000), 'p95Ms', TARGETS.protocolPull100kP95Ms);
  proto('keystroke over the protocol, push 5k (median)', pk2('push', 5000), 'medianMs', TARGETS.protocolPush5kMs);
  const tr = report.transcripts;
  target(report, `transcripts: index ${tr?.words ? `${Math.round(tr.words / 1000)}k words of answers in ${tr.files} files` : '—'} (median)`, tr?.indexMedianMs, TARGETS.transcriptIndexMs, 'ms', tr?.indexMedianMs < TARGETS.transcriptIndexMs, tr?.error ?? (tr?.indexCpuMedianMs ? `CPU ${fmtMs(tr.indexCpuMedianMs)} ms` : undefined));
  target(report, 'transcripts: one quotation matched (median, not memoised)', tr?.match?.medianMs, TARGETS.transcriptMatchMs, 'ms', tr?.match?.medianMs < TARGETS.transcriptMatchMs, tr?.match ? `p95 ${fmtMs(tr.match.p95Ms)} ms, CPU mean ${fmtMs(tr.match.cpuMeanMs)} ms` : undefined);
  const st = report.serverStartup;
  target(report, 'server start-up to first diagnostics, 5k', st?.medianMs, TARGETS.startupMs, 'ms', st?.medianMs <= TARGETS.startupMs, st?.na ?? st?.error);
}

function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

function printReport(r) {
  const out = [];
  const p = (s = '') => out.push(s);
  p(`Copydesk bench (Node ${r.node}, ${r.cpus} CPUs, load average ${r.loadAverage.toFixed(1)} at start${r.quick ? ', --quick' : ''}); medians after warm-up (at least 3 s of runs, so V8 has optimised the hot code), each size in its own process`);
  if (r.loadAverage > r.cpus) p(`  NOTE: the machine is busy (load ${r.loadAverage.toFixed(1)} on ${r.cpus} CPUs): times are inflated; compare ratios, re-run when idle.`);
  p();
  p('Full analysis (analyze + check)');
  p(`${pad('draft', 7)}${pad('words', 10, true)}${pad('median ms', 12, true)}${pad('min ms', 10, true)}${pad('CPU ms', 10, true)}${pad('runs', 6, true)}${pad('warm-up', 9, true)}${pad('words/s', 12, true)}${pad('peak RSS MB', 13, true)}${pad('findings', 10, true)}`);
  for (const s of r.sizes) {
    if (s.error) {
      p(`${pad(label(s.size), 7)}  error: ${s.error}`);
      continue;
    }
    p(`${pad(label(s.size), 7)}${pad(s.words, 10, true)}${pad(fmtMs(s.medianMs), 12, true)}${pad(fmtMs(s.minMs), 10, true)}${pad(fmtMs(s.cpuMedianMs), 10, true)}${pad(s.runs, 6, true)}${pad(s.warmupRuns ?? '—', 9, true)}${pad(fmtRate(s.wordsPerSec), 12, true)}${pad(s.peakRssMB.toFixed(0), 13, true)}${pad(s.findings, 10, true)}`);
  }
  const pk = r.peak1M;
  if (pk) p(pk.error ? `Peak memory, one 1M analysis: error: ${pk.error}` : `Peak memory, one analysis of the 1M draft in a fresh process (after JIT warm-up on 1k): max RSS ${pk.peakRssMB.toFixed(0)} MB (${pk.rssBeforeMB.toFixed(0)} MB before it), that run ${fmtMs(pk.singleRunMs)} ms`);
  p();
  const k = r.keystroke;
  if (k?.error) p(`Keystroke path (100k): error: ${k.error}`);
  else if (k) p(`Keystroke path (100k, one-character edits mid-draft, ${k.incremental ? 'incremental' : 'FULL re-analysis: incremental not built'}): median ${fmtMs(k.medianMs)} ms, p90 ${fmtMs(k.p90Ms)} ms over ${k.runs} edits; peak RSS ${k.peakRssMB.toFixed(0)} MB`);
  const h = r.hover;
  if (h?.error) p(`Hover: error: ${h.error}`);
  else if (h?.na) p(`Hover: ${h.na}`);
  else if (h) for (const w of ['actor', 'date']) p(`Hover on ${w} (100k draft): ${h[w].na ?? `median ${fmtMs(h[w].medianMs)} ms, p90 ${fmtMs(h[w].p90Ms)} ms${h[w].answered ? '' : ' (no hover text there yet)'}`}`);
  const tr = r.transcripts;
  if (tr?.error) p(`Record checks: error: ${tr.error}`);
  else if (tr) {
    p(`Record checks (${tr.files} transcript files, ${tr.words} words of answers indexed, ${tr.indexHeapMB ? `${tr.indexHeapMB.toFixed(0)} MB of heap` : ''}): index median ${fmtMs(tr.indexMedianMs)} ms (CPU ${fmtMs(tr.indexCpuMedianMs)} ms); one quotation matched median ${fmtMs(tr.match.medianMs)} ms, p95 ${fmtMs(tr.match.p95Ms)} ms, CPU mean ${fmtMs(tr.match.cpuMeanMs)} ms (${tr.match.samples} quotations; found: ${tr.match.found.verbatim} of 300 verbatim, ${tr.match.found.changed} of 300 with a word changed)`);
    const k = tr.keystroke;
    p(`  keystroke outside quotations (${k.draftWords}-word draft, ${k.quotations} quotations, ${k.quotationsInRecord} in the record): ${k.alignedPerKeystroke} alignments per keystroke, the record's work ${fmtMs(k.recordWorkMedianMs)} ms (median); the whole keystroke ${fmtMs(k.withMedianMs)} ms with the record vs ${fmtMs(k.withoutMedianMs)} ms without (interleaved, ${k.edits} edits each)`);
  }
  const st = r.serverStartup;
  if (st) p(`Server start-up to first diagnostics (5k, spawn → pulled diagnostics, ${st.measures ?? ''}): ${st.na ?? st.error ?? `median ${fmtMs(st.medianMs)} ms (initialize answered at ${fmtMs(st.initMedianMs)} ms), ${st.diagnostics} diagnostics`}`);
  p();
  if (r.protocolKeystroke?.length) {
    p('Keystroke over the protocol (real server over stdio; didChange to diagnostics: pull = the diagnostic response, push = publishDiagnostics of that version)');
    p(`${pad('draft', 7)}${pad('mode', 6)}${pad('median ms', 12, true)}${pad('p95 ms', 10, true)}${pad('min ms', 10, true)}${pad('edits', 7, true)}${pad('unchanged', 11, true)}${pad('diagnostics', 13, true)}`);
    for (const k of r.protocolKeystroke) {
      if (k.error) p(`${pad(label(k.size), 7)}${pad(k.mode, 6)}  error: ${k.error}`);
      else p(`${pad(label(k.size), 7)}${pad(k.mode, 6)}${pad(fmtMs(k.medianMs), 12, true)}${pad(fmtMs(k.p95Ms), 10, true)}${pad(fmtMs(k.minMs), 10, true)}${pad(k.edits, 7, true)}${pad(k.mode === 'pull' ? k.unchanged : '—', 11, true)}${pad(k.diagnostics, 13, true)}`);
    }
    p();
  }
  if (Object.keys(r.peers).length) {
    p('Peers on the same drafts, A/B pairs in one process (ratio = peer time ÷ Copydesk time = Copydesk words/s ÷ peer words/s; median of the per-pair ratios)');
    p(`${pad('peer', 21)}${pad('draft', 7)}${pad('pairs', 6, true)}${pad('Copydesk ms', 13, true)}${pad('peer ms', 11, true)}${pad('ratio', 8, true)}${pad('range', 12, true)}${pad('CPU ratio', 11, true)}`);
    for (const [peer, rows] of Object.entries(r.peers)) {
      const name = rows.find((x) => x.peer)?.peer ?? peer;
      for (const row of rows) {
        if (row.error || row.na) {
          p(`${pad(name, 21)}${pad(label(row.size), 7)}  ${row.error ? `error: ${row.error}` : row.na}`);
          continue;
        }
        p(`${pad(name, 21)}${pad(label(row.size), 7)}${pad(row.pairs, 6, true)}${pad(fmtMs(row.copydeskMedianMs), 13, true)}${pad(fmtMs(row.peerMedianMs), 11, true)}${pad(fmtRatio(row.ratioMedian), 8, true)}${pad(`${fmtRatio(row.ratioMin).slice(0, -1)}-${fmtRatio(row.ratioMax)}`, 12, true)}${pad(fmtRatio(row.cpuRatioMedian), 11, true)}`);
      }
      const any = rows.find((x) => x.version);
      if (any) p(`  ${any.peer} ${any.version}; peak RSS of the pair's process ${rows.filter((x) => x.peakRssMB).map((x) => `${label(x.size)} ${x.peakRssMB.toFixed(0)} MB`).join(', ')}`);
    }
    p();
  }
  p('Targets (issue 7 item 3, issue 18)');
  for (const t of r.targets) {
    const status = t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'MISS';
    const cmp = t.unit === '×' && /ratio/.test(t.name) ? '≥' : '≤';
    const value = t.value === undefined || Number.isNaN(t.value) ? '—' : t.unit === '×' ? t.value.toFixed(2) : t.unit === 'MB' ? t.value.toFixed(0) : fmtMs(t.value);
    p(`  ${status}  ${pad(t.name, 62)} ${pad(value, 8, true)} ${t.unit}  (target ${cmp} ${t.limit} ${t.unit})${t.note ? `  — ${t.note}` : ''}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

main();

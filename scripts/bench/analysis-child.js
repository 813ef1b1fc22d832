'use strict';
/*
 * One bench measurement in a process of its own, so that sizes and modes do
 * not pollute each other's heap and peak memory. Prints one JSON line.
 *
 *   node scripts/bench/analysis-child.js full FILE RUNS WARMUP
 *   node scripts/bench/analysis-child.js keystroke FILE RUNS WARMUP
 *   node scripts/bench/analysis-child.js hover FILE RUNS WARMUP
 *   node scripts/bench/analysis-child.js peak FILE WARMUP_FILE
 */
const fs = require('fs');
const path = require('path');
const { countWords, median, peakRssMB, summary } = require('./stats');

const OUT = path.resolve(__dirname, '..', '..', 'out', 'server', 'src');
const { analyze } = require(path.join(OUT, 'analysis', 'analyze.js'));
const { check } = require(path.join(OUT, 'analysis', 'check.js'));

/** Fixed so that runs are comparable; the analysis never reads the clock. */
const OPTIONS = { today: '2025-10-20', languageId: 'markdown' };
/** Stop repeating full runs once this much time went into them (at least three runs always happen). */
const RUN_BUDGET_MS = 30000;

function tryRequire(p) {
  try {
    return require(p);
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(p)) return null;
    throw e;
  }
}

/** Wall time and CPU time (user + system, all threads) of `fn`, in ms. */
function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, r };
}

/**
 * Warm-up: at least `warmup` runs and at least this long, so that V8 has
 * finished optimising the hot functions (its optimising compiler works on a
 * background thread: until it is done, CPU time runs above wall time and
 * small drafts measure the interpreter, not the code a running server uses).
 */
const WARM_MS = 3000;

function warm(fn, warmup) {
  const t0 = Date.now();
  let n = 0;
  for (; n < warmup || (Date.now() - t0 < WARM_MS && n < 5000); n++) fn();
  return { warmupRuns: n, warmupMs: Date.now() - t0 };
}

function full(text, runs, warmup) {
  let findings = 0;
  const warmed = warm(() => check(analyze(text, OPTIONS)), warmup);
  const times = [];
  const cpu = [];
  let spent = 0;
  for (let i = 0; i < runs && (i < 3 || spent < RUN_BUDGET_MS); i++) {
    const { ms, cpuMs, r } = time(() => check(analyze(text, OPTIONS)));
    findings = r.findings.length;
    times.push(ms);
    cpu.push(cpuMs);
    spent += ms;
  }
  return { ...summary(times), cpuMedianMs: median(cpu), findings, ...warmed };
}

/**
 * The keystroke path: a full analysis of the draft, then one-character edits
 * in the middle (typing a word, each keystroke a text never seen before),
 * each followed by re-analysis and re-check as the server does.
 */
function keystroke(text, runs, warmup) {
  const inc = tryRequire(path.join(OUT, 'analysis', 'incremental.js'));
  const step = inc && inc.analyzeIncremental
    ? (prev, t) => inc.analyzeIncremental(prev, t, OPTIONS)
    : (_prev, t) => analyze(t, OPTIONS);
  // Middle of the draft, at the end of a word inside a paragraph.
  let at = Math.floor(text.length / 2);
  while (at < text.length && !/\s/.test(text[at])) at++;
  let prev = step(undefined, text);
  check(prev);
  let current = text;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const times = [];
  const t0 = Date.now();
  let warmupRuns = -1;
  for (let i = 0; times.length < runs; i++) {
    // Warm-up as for full runs: at least `warmup` edits and WARM_MS; every edit after it is measured.
    if (warmupRuns < 0 && i >= warmup && Date.now() - t0 >= WARM_MS) warmupRuns = i;
    // Type letters, with a space now and then and a backspace every 7th keystroke.
    if (i % 7 === 6) {
      current = current.slice(0, at - 1) + current.slice(at);
      at--;
    } else {
      const ch = i % 5 === 4 ? ' ' : letters[(i * 7) % 26];
      current = current.slice(0, at) + ch + current.slice(at);
      at++;
    }
    const t = current;
    const { ms, r } = time(() => {
      const a = step(prev, t);
      check(a);
      return a;
    });
    prev = r;
    if (warmupRuns >= 0) times.push(ms);
  }
  return { ...summary(times), incremental: Boolean(inc && inc.analyzeIncremental), warmupRuns };
}

/** Offset of the first occurrence of one of `needles`, inside the word (not at its first character). */
function offsetOf(text, needles) {
  for (const n of needles) {
    const i = typeof n === 'string' ? text.indexOf(n) : (n.exec(text) || { index: -1 }).index;
    if (i >= 0) return i + 2;
  }
  return -1;
}

function hover(text, runs, warmup) {
  const mod = tryRequire(path.join(OUT, 'features', 'hover.js'));
  const fn = mod && mod.hover;
  if (typeof fn !== 'function') return { na: 'n/a: not built yet (server/src/features/hover.ts has no hover composition)' };
  const a = analyze(text, OPTIONS);
  const targets = {
    actor: offsetOf(text, ['Rutte', 'Witkoff', /\b[A-Z][a-z]+ [A-Z][a-z]+\b said/]),
    date: offsetOf(text, [/\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/, /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b/]),
  };
  // The server computes findings once per version; a hover only reads them.
  const ctx = { findings: check(a).findings, uri: 'file:///bench/draft.md' };
  const out = {};
  for (const [name, offset] of Object.entries(targets)) {
    if (offset < 0) {
      out[name] = { na: 'n/a: no such mention in the draft' };
      continue;
    }
    let result = null;
    for (let i = 0; i < warmup; i++) result = fn(a, offset, ctx);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const { ms, r } = time(() => fn(a, offset, ctx));
      result = r;
      times.push(ms);
    }
    out[name] = { ...summary(times), offset, answered: result !== null && result !== undefined };
  }
  return out;
}

/**
 * Peak memory of one full analysis: JIT warm-up on a small draft, then a
 * single analyze + check of `text`, in a process that has done nothing else.
 * (Repeated runs in one process report a higher max RSS: V8 grows the heap
 * and collects the previous run's garbage lazily.)
 */
function peak(text, warmupFile) {
  const small = fs.readFileSync(warmupFile, 'utf8');
  for (let i = 0; i < 20; i++) check(analyze(small, OPTIONS));
  if (global.gc) global.gc();
  const before = peakRssMB();
  const { ms, r } = time(() => check(analyze(text, OPTIONS)));
  return { singleRunMs: ms, rssBeforeMB: before, findings: r.findings.length };
}

function main() {
  const [mode, file, runsArg, warmupArg] = process.argv.slice(2);
  const runs = Number(runsArg);
  const warmup = Number(warmupArg);
  const text = fs.readFileSync(file, 'utf8');
  const words = countWords(text);
  const baseRss = peakRssMB();
  let result;
  if (mode === 'full') result = full(text, runs, warmup);
  else if (mode === 'keystroke') result = keystroke(text, runs, warmup);
  else if (mode === 'hover') result = hover(text, runs, warmup);
  else if (mode === 'peak') result = peak(text, runsArg);
  else throw new Error(`unknown mode ${mode}`);
  process.stdout.write(JSON.stringify({ mode, file, words, chars: text.length, peakRssMB: peakRssMB(), baseRssMB: baseRss, ...result }) + '\n');
}

main();

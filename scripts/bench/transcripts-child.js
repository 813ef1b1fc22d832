'use strict';
/*
 * Bench of the record checks (issue 17), in a process of its own. Prints one JSON line.
 *
 *   node scripts/bench/transcripts-child.js SOURCE_TEXT DRAFT [WORDS]
 *
 * SOURCE_TEXT (a generated news draft) is cut into speaker turns and written
 * as WORDS words (default 500,000) of transcripts in a temporary folder: 100
 * files, in turn plain text (`NAME:`), WebVTT, SRT, Markdown (`**NAME:**`) and
 * service exports, with a question turn now and then. Then:
 * - index: find, read, parse and index every file (loadTranscripts), median of 3;
 * - match: one quotation matched against the index, not memoised (each text is
 *   new): 300 passages of the record (10-25 words), 300 of them with one word
 *   changed, 300 sentences from elsewhere; median, p95 and max;
 * - keystroke: one-character edits inside a paragraph of DRAFT with no
 *   quotation (analyzeIncremental + check), with and without the transcripts,
 *   interleaved; and how many quotations were aligned anew per keystroke.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { median, percentile, peakRssMB } = require('./stats');

const OUT = path.resolve(__dirname, '..', '..', 'out', 'server', 'src');
const { loadTranscripts } = require(path.join(OUT, 'transcripts', 'load.js'));
const { analyzeIncremental } = require(path.join(OUT, 'analysis', 'incremental.js'));
const { check } = require(path.join(OUT, 'analysis', 'check.js'));

const [sourceFile, draftFile, wordsArg] = process.argv.slice(2);
const WORDS = Number(wordsArg || 500000);
const SPEAKERS = ['Raymond Vu', 'Dana Okafor', 'Gloria Estrada', 'Tomas Reyes', 'Priya Natarajan', 'Alan Whitcomb', 'Carl Doyle', 'Ines Varga', 'Sam Ito', 'Ruth Abara'];

function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Speech-like words of the source: no markup, no quote marks. */
const sourceWords = fs
  .readFileSync(sourceFile, 'utf8')
  .replace(/^#.*$/gm, ' ')
  .replace(/["“”‘’]/g, ' ')
  .split(/\s+/)
  .filter(Boolean);

function writeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-transcripts-'));
  const folder = path.join(dir, 'transcripts');
  fs.mkdirSync(folder);
  const random = rng(17);
  const perFile = Math.ceil(WORDS / 100);
  let w = 0;
  const turns = [];
  for (let f = 0; f < 100; f++) {
    const kind = ['txt', 'vtt', 'srt', 'md', 'export'][f % 5];
    const lines = kind === 'vtt' ? ['WEBVTT', ''] : [];
    let inFile = 0;
    let cue = 1;
    let second = 0;
    while (inFile < perFile) {
      const n = 40 + Math.floor(random() * 80);
      const words = [];
      for (let k = 0; k < n; k++) words.push(sourceWords[(w + k) % sourceWords.length]);
      w += n;
      inFile += n;
      const question = random() < 0.15;
      const speaker = question ? 'Q' : SPEAKERS[Math.floor(random() * SPEAKERS.length)];
      const text = words.join(' ');
      if (!question) turns.push(text);
      const t = new Date(second * 1000).toISOString().slice(11, 19);
      second += 20;
      if (kind === 'txt') lines.push(`${speaker}: ${text}`, '');
      else if (kind === 'md') lines.push(`**${speaker}:** ${text}`, '');
      else if (kind === 'export') lines.push(`${speaker}  ${t}`, text, '');
      else if (kind === 'vtt') lines.push(`${t}.000 --> ${t}.900`, `<v ${speaker}>${text}`, '');
      else lines.push(String(cue++), `${t},000 --> ${t},900`, `${speaker.toUpperCase()}: ${text}`, '');
    }
    fs.writeFileSync(path.join(folder, `interview-${String(f).padStart(3, '0')}.${kind === 'export' ? 'txt' : kind}`), lines.join('\n'));
  }
  return { dir, turns };
}

const { dir, turns } = writeWorkspace();
const result = { words: 0, files: 0 };
try {
  // Index build.
  const builds = [];
  const cpus = [];
  let index;
  for (let run = 0; run < 4; run++) {
    index = null;
    if (global.gc) global.gc();
    const heap0 = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    index = loadTranscripts(dir);
    const t = ms(t0);
    const c = process.cpuUsage(c0);
    if (global.gc) {
      global.gc();
      result.indexHeapMB = (process.memoryUsage().heapUsed - heap0) / 1048576;
    }
    if (run > 0) {
      builds.push(t);
      cpus.push((c.user + c.system) / 1000);
    }
  }
  result.words = index.words;
  result.files = index.size;
  result.indexMedianMs = median(builds);
  result.indexCpuMedianMs = median(cpus);
  result.indexRuns = builds.length;

  // Matching, each quotation new to the memo.
  const random = rng(5);
  const passage = () => {
    const t = turns[Math.floor(random() * turns.length)].split(' ');
    const n = 10 + Math.floor(random() * 16);
    const s = Math.floor(random() * Math.max(1, t.length - n));
    return t.slice(s, s + n);
  };
  const samples = [];
  for (let i = 0; i < 300; i++) samples.push({ kind: 'verbatim', text: passage().join(' ') });
  for (let i = 0; i < 300; i++) {
    const p = passage();
    p[Math.floor(p.length / 2)] = 'zebra';
    samples.push({ kind: 'changed', text: p.join(' ') });
  }
  const other = fs.readFileSync(draftFile, 'utf8').split(/(?<=[.!?])\s+/).filter((s) => s.split(' ').length >= 8);
  for (let i = 0; i < 300; i++) samples.push({ kind: 'elsewhere', text: `${other[i % other.length]} ${i}` });
  // Warm-up on other texts.
  for (let i = 0; i < 200; i++) index.match(`${passage().join(' ')} warm ${i}`);
  const times = { verbatim: [], changed: [], elsewhere: [] };
  const found = { verbatim: 0, changed: 0, elsewhere: 0 };
  const mc0 = process.cpuUsage();
  for (const s of samples) {
    const t0 = process.hrtime.bigint();
    const m = index.match(s.text);
    times[s.kind].push(ms(t0));
    if (m.length) found[s.kind]++;
  }
  const mc = process.cpuUsage(mc0);
  const all = [...times.verbatim, ...times.changed, ...times.elsewhere];
  // CPU time per quotation (mean): robust where wall times suffer from a busy machine.
  result.match = { medianMs: median(all), p95Ms: percentile(all, 95), maxMs: Math.max(...all), cpuMeanMs: (mc.user + mc.system) / 1000 / all.length, samples: all.length, found };
  for (const k of Object.keys(times)) result.match[k] = { medianMs: median(times[k]), p95Ms: percentile(times[k], 95) };

  // Keystroke cost: edits in a paragraph without quotation, with and without the record.
  const draft = fs.readFileSync(draftFile, 'utf8');
  const paragraphs = draft.split('\n\n');
  let pi = Math.floor(paragraphs.length / 2);
  while (pi < paragraphs.length && /["“”]/.test(paragraphs[pi])) pi++;
  let at = paragraphs.slice(0, pi).join('\n\n').length + 2 + Math.floor(paragraphs[pi].length / 2);
  while (!/\s/.test(draft[at])) at++;
  const modes = { with: { today: '2025-10-20', languageId: 'markdown', transcripts: index }, without: { today: '2025-10-20', languageId: 'markdown' } };
  let aligned = 0;
  const compute = index.compute.bind(index);
  index.compute = (t) => {
    aligned++;
    return compute(t);
  };
  const state = {};
  for (const [k, o] of Object.entries(modes)) {
    state[k] = analyzeIncremental(undefined, draft, o);
    check(state[k]);
  }
  const initialAligned = aligned;
  const quotes = state.with.quotations.length;
  const records = require(path.join(OUT, 'analysis', 'transcripts', 'record.js')).quoteRecords(state.with).filter((r) => r && r.match).length;
  const ks = { with: [], without: [] };
  // The record's own work on a keystroke: quoteRecords on the new analysis (check then reads its result).
  const { quoteRecords } = require(path.join(OUT, 'analysis', 'transcripts', 'record.js'));
  const recordWork = [];
  let text = draft;
  const EDITS = 160;
  aligned = 0;
  for (let i = 0; i < EDITS; i++) {
    text = text.slice(0, at) + 'abcdefghij'[i % 10] + text.slice(at);
    at++;
    for (const k of i % 2 ? ['with', 'without'] : ['without', 'with']) {
      const t0 = process.hrtime.bigint();
      state[k] = analyzeIncremental(state[k], text, modes[k]);
      if (k === 'with') {
        const r0 = process.hrtime.bigint();
        quoteRecords(state[k]);
        if (i >= 40) recordWork.push(ms(r0));
      }
      check(state[k]);
      if (i >= 40) ks[k].push(ms(t0));
    }
  }
  result.keystroke = {
    draftWords: draft.split(/\s+/).length,
    quotations: quotes,
    quotationsInRecord: records,
    alignedAtOpen: initialAligned,
    alignedPerKeystroke: aligned / EDITS,
    withMedianMs: median(ks.with),
    withoutMedianMs: median(ks.without),
    extraMedianMs: median(ks.with) - median(ks.without),
    recordWorkMedianMs: median(recordWork),
    edits: ks.with.length,
  };
  result.peakRssMB = peakRssMB();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result) + '\n');

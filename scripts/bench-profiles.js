#!/usr/bin/env node
/*
 * Benchmark (not a test): 10,000 profiles in a workspace.
 * - index build: find, read, parse and index every profile file, for one
 *   10,000-entry YAML file, 100 files of 100 entries, and one JSON file;
 * - hover: median and p95 time of the actor hover (and of the whole hover
 *   composition) over every actor mention of a generated news draft, with the
 *   10,000-profile index, after the index is built.
 * Targets (issue 5): build < 1 s, median hover < 5 ms.
 * Run: npm run build && node scripts/bench-profiles.js [--profiles N]
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const out = path.join(__dirname, '..', 'out', 'server', 'src');
const { loadProfiles } = require(path.join(out, 'profiles', 'load'));
const { analyze } = require(path.join(out, 'analysis', 'analyze'));
const { check } = require(path.join(out, 'analysis', 'check'));
const { actorHover } = require(path.join(out, 'features', 'hovers', 'actorHover'));
const { hover } = require(path.join(out, 'features', 'hover'));

const argN = process.argv.indexOf('--profiles');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 10_000;
const SURNAMES = ['Witkoff', 'Ushakov', 'Dmitriev', 'Kushner', 'Zelenskyy', 'Putin', 'Trump', 'Rubio', 'Kallas', 'Rutte'];

function entry(i) {
  const name = i < SURNAMES.length ? `Known${i} ${SURNAMES[i]}` : `Given${i} Family${i}`;
  return [
    `- name: ${name}`,
    `  aliases: [Alias${i}, "Other ${i}"]`,
    `  title: adviser ${i % 50}`,
    `  organization: Organisation ${i % 300}`,
    `  description: A profile used to measure the index; number ${i}.`,
    `  contact: desk${i}@example.org`,
    '  sources:',
    `    - https://example.org/profiles/${i}`,
    `  updated: 2025-0${(i % 9) + 1}-1${i % 10}`,
  ].join('\n');
}

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

function workspace(kind) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-profiles-'));
  const folder = path.join(dir, '.copydesk', 'profiles');
  fs.mkdirSync(folder, { recursive: true });
  const entries = Array.from({ length: N }, (_, i) => entry(i));
  if (kind === 'one-yaml') fs.writeFileSync(path.join(folder, 'all.yaml'), entries.join('\n') + '\n');
  else if (kind === 'many-yaml') {
    for (let f = 0; f * 100 < N; f++) fs.writeFileSync(path.join(folder, `part-${f}.yaml`), entries.slice(f * 100, f * 100 + 100).join('\n') + '\n');
  } else {
    const list = Array.from({ length: N }, (_, i) => ({ name: i < SURNAMES.length ? `Known${i} ${SURNAMES[i]}` : `Given${i} Family${i}`, aliases: [`Alias${i}`], title: `adviser ${i % 50}`, updated: '2025-01-01' }));
    fs.writeFileSync(path.join(folder, 'all.json'), JSON.stringify({ profiles: list }, null, 2));
  }
  return dir;
}

const DRAFT = fs.readFileSync(path.join(__dirname, '..', '..', 'shared', 'corpus', 'dev', 'peace-plan.txt'), 'utf8');

const results = {};
let index;
for (const kind of ['one-yaml', 'many-yaml', 'json']) {
  const dir = workspace(kind);
  const times = [];
  const cpu = [];
  for (let run = 0; run < 3; run++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    index = loadProfiles(dir);
    times.push(ms(t0));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  if (index.size !== N) throw new Error(`${kind}: indexed ${index.size}, expected ${N}`);
  results[`build ${kind} (ms, median of 3)`] = +median(times).toFixed(1);
  // CPU time of this process: a fairer figure than wall time on a shared, loaded machine.
  results[`build ${kind} CPU (ms, median of 3)`] = +median(cpu).toFixed(1);
  fs.rmSync(dir, { recursive: true, force: true });
}

// Hover with the index of the last layout (same size).
const analysis = analyze(DRAFT, { today: '2025-11-26', profiles: index });
const findings = check(analysis).findings;
const offsets = analysis.actors.byPosition.map((m) => m.start + 1);
const actorTimes = [];
const fullTimes = [];
for (let round = 0; round < 50; round++) {
  for (const o of offsets) {
    let t0 = process.hrtime.bigint();
    const md = actorHover(analysis, o, { findings, uri: 'file:///draft.txt' });
    actorTimes.push(ms(t0));
    if (!md) throw new Error('no hover at ' + o);
    t0 = process.hrtime.bigint();
    hover(analysis, o, { findings, uri: 'file:///draft.txt' });
    fullTimes.push(ms(t0));
  }
}
results['profiles'] = N;
results['hover samples'] = actorTimes.length;
results['actor hover median (ms)'] = +median(actorTimes).toFixed(3);
results['actor hover p95 (ms)'] = +p95(actorTimes).toFixed(3);
results['whole hover median (ms)'] = +median(fullTimes).toFixed(3);
results['load average (1 min)'] = +os.loadavg()[0].toFixed(2);
const build = Math.max(results['build one-yaml (ms, median of 3)'], results['build many-yaml (ms, median of 3)'], results['build json (ms, median of 3)']);
const buildCpu = Math.max(results['build one-yaml CPU (ms, median of 3)'], results['build many-yaml CPU (ms, median of 3)'], results['build json CPU (ms, median of 3)']);
results['build target < 1000 ms (wall)'] = build < 1000 ? 'PASS' : 'MISS';
results['build target < 1000 ms (CPU)'] = buildCpu < 1000 ? 'PASS' : 'MISS';
results['hover target < 5 ms'] = results['actor hover median (ms)'] < 5 ? 'PASS' : 'MISS';
console.log(JSON.stringify(results, null, 2));

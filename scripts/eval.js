#!/usr/bin/env node
// `npm run eval [DIR] [-- --json]`: scores the checker on a folder of drafts with an
// answer key (default ../shared/corpus/dev). DIR/key.json has the shape
//   { "scored": [rule ids], "drafts": { "<file>": { "expect": [[line, id]...], "ignore": [[line, id]...], "date"?: "YYYY-MM-DD" } } }
// A finding counts by (line of its start, rule id). An expected pair that is found is a true positive;
// one that is not found is a miss; a finding of a scored id that is neither expected nor ignored is a
// false positive. Prints precision and recall per rule id, then each false positive and each miss.
// The analysis runs in process (the same checkText the CLI and the server call), with default settings and the
// transcripts under DIR. Without DIR, test/corpus-dev-extra and test/corpus/*/ are scored after the shared corpus
// (--drafts-only: no labels).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'out', 'server', 'src', 'features');
if (!fs.existsSync(path.join(out, 'checkText.js'))) {
  console.error('eval: not built yet; run `npm run build` first');
  process.exit(2);
}
const { checkText, languageOfFile, todayIso } = require(path.join(out, 'checkText.js'));
const { defaultSettings } = require(path.join(out, 'settings.js'));
const { loadTranscripts } = require(path.join(out, '..', 'transcripts', 'load.js'));

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const dirArg = args.find((a) => !a.startsWith('--'));
const dir = path.resolve(dirArg ?? path.join(root, '..', 'shared', 'corpus', 'dev'));
// The drafts' record: transcripts under DIR by the default copydesk.transcripts globs (none in most corpora).
const transcripts = loadTranscripts(dir);
for (const r of transcripts.fileResults().values()) if (r.error) console.error(`eval: ${r.display}: ${r.error}`);
let key;
try {
  key = JSON.parse(fs.readFileSync(path.join(dir, 'key.json'), 'utf8'));
} catch (e) {
  console.error(`eval: cannot read ${path.join(dir, 'key.json')}: ${e.message}`);
  process.exit(2);
}
const drafts = key.drafts ?? {};
const scored = new Set(key.scored ?? []);
const pair = (line, code) => `${line}\u0000${code}`;

/** Per rule id: tp, fp, fn counts. */
const stats = new Map();
const stat = (code) => {
  if (!stats.has(code)) stats.set(code, { tp: 0, fp: 0, fn: 0 });
  return stats.get(code);
};
for (const code of scored) stat(code);
const falsePositives = [];
const misses = [];
let totalMs = 0;

for (const [name, entry] of Object.entries(drafts)) {
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, 'utf8');
  const t0 = process.hrtime.bigint();
  const result = checkText(text, { languageId: languageOfFile(name), settings: { ...defaultSettings(), maxDocumentSize: Infinity }, today: entry.date ?? todayIso(), transcripts: transcripts.size ? transcripts : undefined });
  totalMs += Number(process.hrtime.bigint() - t0) / 1e6;
  for (const e of result.errors) console.error(`eval: rule ${e.ruleId} failed on ${name}: ${e.message}`);
  const lineText = (line) => text.split(/\r?\n/)[line - 1] ?? '';

  // Multiset of expected pairs, consumed as findings match them.
  const expected = new Map();
  for (const [line, code] of entry.expect ?? []) expected.set(pair(line, code), (expected.get(pair(line, code)) ?? 0) + 1);
  const ignored = new Set((entry.ignore ?? []).map(([line, code]) => pair(line, code)));
  const matched = new Set();
  for (const f of result.findings) {
    const line = result.lines.positionAt(f.start).line + 1;
    const k = pair(line, f.ruleId);
    if ((expected.get(k) ?? 0) > 0) {
      expected.set(k, expected.get(k) - 1);
      stat(f.ruleId).tp++;
      matched.add(k);
    } else if (matched.has(k) || ignored.has(k) || !scored.has(f.ruleId)) {
      // A second finding on a line already matched, a debatable pair, or an unscored rule: counts neither way.
    } else {
      stat(f.ruleId).fp++;
      falsePositives.push({ file: name, line, code: f.ruleId, message: f.message, text: text.slice(f.start, f.end) });
    }
  }
  for (const [k, n] of expected) {
    if (n <= 0) continue;
    const [line, code] = k.split('\u0000');
    stat(code).fn += n;
    for (let i = 0; i < n; i++) misses.push({ file: name, line: Number(line), code, text: lineText(Number(line)) });
  }
}

// Hand-labelled source decisions on polnear-train (scripts/source-labels.js); `--list-sources` prints each error.
const draftsOnly = args.includes('--drafts-only');
const sourceLabels = draftsOnly ? null : require('./source-labels').scoreSourceLabels(root, (text, name, date) =>
  checkText(text, { languageId: languageOfFile(name), settings: { ...defaultSettings(), maxDocumentSize: Infinity }, today: date }).findings);

const ratio = (a, b) => (b === 0 ? null : a / b);
const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, s]) => ({
  code,
  ...s,
  precision: ratio(s.tp, s.tp + s.fp),
  recall: ratio(s.tp, s.tp + s.fn),
}));

// Date resolution on the hand labels of issue 13 (scripts/date-labels.js), when the training corpus is there.
const dateLabelFile = path.join(root, 'test', 'data', 'date-labels.jsonl');
const dateCorpus = path.join(root, '..', 'shared', 'corpus', 'polnear-train');
let dateLabels = null;
if (!draftsOnly && fs.existsSync(dateLabelFile) && fs.existsSync(path.join(dateCorpus, 'metadata.tsv'))) {
  const { readLabels, scoreDateLabels } = require('./date-labels');
  const { analyze } = require(path.join(root, 'out', 'server', 'src', 'analysis', 'analyze.js'));
  dateLabels = scoreDateLabels(readLabels(dateLabelFile), dateCorpus, (text, pub) => analyze(text, { today: pub, publicationDate: pub, languageId: 'plaintext' }).dates);
}

if (asJson) {
  console.log(JSON.stringify({ dir, drafts: Object.keys(drafts).length, rules: rows, falsePositives, misses, sourceLabels, dateLabels }, null, 2));
  process.exit(0);
}

const fmt = (x) => (x === null ? '   -' : x.toFixed(2));
const clip = (s, n) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
};
console.log(`Copydesk evaluation: ${Object.keys(drafts).length} drafts in ${path.relative(process.cwd(), dir) || '.'} (${totalMs.toFixed(0)} ms analysing)\n`);
const w = Math.max(12, ...rows.map((r) => r.code.length));
console.log(`${'rule'.padEnd(w)}   tp   fp   fn  precision  recall`);
for (const r of rows) {
  console.log(`${r.code.padEnd(w)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${fmt(r.precision).padStart(9)}  ${fmt(r.recall).padStart(6)}${scored.has(r.code) ? '' : '  (not scored)'}`);
}
if (falsePositives.length) {
  console.log('\nFalse positives:');
  for (const f of falsePositives) console.log(`  ${f.file}:${f.line} ${f.code}  ${clip(f.text, 80)}`);
}
if (misses.length) {
  console.log('\nMisses:');
  for (const m of misses) console.log(`  ${m.file}:${m.line} ${m.code}  ${clip(m.text, 80)}`);
}
if (!falsePositives.length && !misses.length) console.log('\nNo false positives, no misses.');
// Without DIR, the project's own drafts are scored too (before the labels): test/corpus-dev-extra (drafts with
// transcripts) and every test/corpus/*/ with a key.json (e.g. planted inconsistencies for the consistency rules).
if (!dirArg) {
  const own = path.join(root, 'test', 'corpus');
  const extras = [
    path.join(root, 'test', 'corpus-dev-extra'),
    ...(fs.existsSync(own) ? fs.readdirSync(own).sort().map((d) => path.join(own, d)) : []),
  ].filter((d) => fs.existsSync(path.join(d, 'key.json')));
  for (const extraDir of extras) {
    console.log('');
    const extra = require('child_process').spawnSync(process.execPath, [__filename, extraDir, '--drafts-only'], { stdio: 'inherit' });
    if (extra.status) process.exit(extra.status);
  }
}
if (!draftsOnly) {
  require('./source-labels').printSourceLabels(sourceLabels, args.includes('--list-sources'));
  if (dateLabels) require('./date-labels').printDateLabelReport(dateLabels, dateLabelFile);
}

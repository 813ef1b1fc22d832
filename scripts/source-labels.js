'use strict';
// Scores `source.unnamed` and `source.vague` on hand-labelled source decisions
// (test/data/source-labels.jsonl): one JSON object a line, {file, start, end,
// verdict: "unnamed" | "vague" | "none", reason, sample}, offsets (JavaScript
// string offsets) into ../shared/corpus/polnear-train/text/<file>. The labels
// were made by reading the articles; the texts stay in the corpus.
//
// Every labelled article is scored whole:
// - a finding of rule R is a true positive when it overlaps a label whose verdict is R and no earlier
//   finding of R took that label; a second finding on the same label (the phrase reported twice), a
//   finding on a label of another verdict, and a finding on no label at all are false positives;
// - recall: the labels of verdict R that some finding of R overlaps.
// `scoreSourceLabels(root, checkText, opts)` returns the figures; `printSourceLabels` prints them.
const fs = require('fs');
const path = require('path');

const RULES = { unnamed: 'source.unnamed', vague: 'source.vague' };

function readLabels(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** Publication date per article (file name without `.txt`) from the corpus metadata, for `today`. */
function readDates(corpus) {
  const dates = new Map();
  const file = path.join(corpus, 'metadata.tsv');
  if (!fs.existsSync(file)) return dates;
  const [head, ...rows] = fs.readFileSync(file, 'utf8').split('\n');
  const cols = head.split('\t');
  const name = cols.indexOf('filename');
  const date = cols.indexOf('publication_date');
  for (const r of rows) {
    const c = r.split('\t');
    if (c.length > Math.max(name, date)) dates.set(c[name], c[date]);
  }
  return dates;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Scores the labels. `check(text, file, date)` returns the draft's findings ({ruleId, start, end}).
 * Returns null when the labels or the corpus are missing.
 */
function scoreSourceLabels(root, check) {
  const labelsFile = path.join(root, 'test', 'data', 'source-labels.jsonl');
  const corpus = path.join(root, '..', 'shared', 'corpus', 'polnear-train');
  if (!fs.existsSync(labelsFile) || !fs.existsSync(path.join(corpus, 'text'))) return null;
  const labels = readLabels(labelsFile);
  const dates = readDates(corpus);
  const byFile = new Map();
  for (const l of labels) {
    if (!byFile.has(l.file)) byFile.set(l.file, []);
    byFile.get(l.file).push(l);
  }
  const stats = {};
  for (const v of Object.keys(RULES)) stats[v] = { tp: 0, fp: 0, fn: 0, labels: 0 };
  const falsePositives = [];
  const misses = [];
  for (const [file, ls] of byFile) {
    const text = fs.readFileSync(path.join(corpus, 'text', file), 'utf8');
    const findings = check(text, file, dates.get(file.replace(/\.txt$/, '')) ?? '2016-11-01');
    for (const [verdict, rule] of Object.entries(RULES)) {
      const mine = findings.filter((f) => f.ruleId === rule).sort((a, b) => a.start - b.start);
      const taken = new Set();
      for (const f of mine) {
        const on = ls.filter((l) => overlaps(l, f));
        const hit = on.find((l) => l.verdict === verdict && !taken.has(l));
        if (hit) {
          taken.add(hit);
          stats[verdict].tp++;
          continue;
        }
        stats[verdict].fp++;
        const why = on.length === 0 ? 'unlabelled' : on.some((l) => l.verdict === verdict) ? 'duplicate' : `labelled ${on.map((l) => l.verdict).join('/')}`;
        falsePositives.push({ file, rule, start: f.start, end: f.end, why, text: text.slice(f.start, f.end) });
      }
      for (const l of ls) {
        if (l.verdict !== verdict) continue;
        stats[verdict].labels++;
        if (!mine.some((f) => overlaps(l, f))) {
          stats[verdict].fn++;
          misses.push({ file, rule, start: l.start, end: l.end, reason: l.reason, text: text.slice(l.start, l.end) });
        }
      }
    }
  }
  const ratio = (a, b) => (b === 0 ? null : a / b);
  const rules = Object.entries(RULES).map(([verdict, rule]) => {
    const s = stats[verdict];
    return { rule, ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.labels - s.fn, s.labels) };
  });
  const counts = {};
  for (const l of labels) counts[l.verdict] = (counts[l.verdict] ?? 0) + 1;
  return { labels: labels.length, articles: byFile.size, counts, rules, falsePositives, misses };
}

function printSourceLabels(r, list) {
  if (!r) {
    console.log('\nSource labels: test/data/source-labels.jsonl or ../shared/corpus/polnear-train missing; not scored.');
    return;
  }
  const fmt = (x) => (x === null ? '   -' : x.toFixed(2));
  const c = r.counts;
  console.log(`\nSource labels: ${r.labels} decisions in ${r.articles} polnear-train articles (unnamed ${c.unnamed ?? 0}, vague ${c.vague ?? 0}, none ${c.none ?? 0})`);
  console.log(`${'rule'.padEnd(16)}   tp   fp   fn  precision  recall`);
  for (const s of r.rules) console.log(`${s.rule.padEnd(16)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}`);
  if (!list) return;
  const clip = (s) => s.replace(/\s+/g, ' ').slice(0, 70);
  for (const f of r.falsePositives) console.log(`  FP ${f.rule} ${f.file}@${f.start}-${f.end} (${f.why})  ${clip(f.text)}`);
  for (const m of r.misses) console.log(`  MISS ${m.rule} ${m.file}@${m.start}-${m.end} (${m.reason})  ${clip(m.text)}`);
}

module.exports = { scoreSourceLabels, printSourceLabels };

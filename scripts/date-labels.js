// Date-resolution accuracy on hand labels (issue 13). Each line of test/data/date-labels.jsonl is
//   {"file", "start", "end", "expect": "YYYY-MM-DD" | {"start", "end"} | null, "reason"}
// made by reading the article (../shared/corpus/polnear-train/text/FILE), never by looking at Copydesk's
// answer; `expect: null` means the expression names no particular day (or none the draft can give).
// A label is resolved correctly when the date mention Copydesk reports over the most of its span says
// the same day or range; an unresolved label is correct when no mention covers it or the mention
// covering it resolves to nothing. The publication date is metadata.tsv's, as `--date` would give it.
'use strict';
const fs = require('fs');
const path = require('path');

function readLabels(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l);
      r.line = i + 1;
      return r;
    });
}

function readPublicationDates(corpus) {
  const dates = new Map();
  for (const line of fs.readFileSync(path.join(corpus, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c.length > 5) dates.set(c[1] + '.txt', c[5]);
  }
  return dates;
}

const show = (v) => (v === null ? 'unresolved' : typeof v === 'string' ? v : `${v.start}..${v.end}`);

/** What a date mention resolves to, in the labels' terms. */
function resolvedOf(m) {
  if (!m) return null;
  if (m.range) return m.range.start === m.range.end ? m.range.start : { start: m.range.start, end: m.range.end };
  return m.iso ?? null;
}

function same(a, b) {
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.start === b.start && a.end === b.end;
}

/**
 * Scores the labels. `analyse(text, pubIso)` returns the date mentions ({start, end, iso, range}).
 * Returns {total, correct, resolvable, resolvableCorrect, errors: [{file, start, end, text, expect, got, reason}]}.
 */
function scoreDateLabels(labels, corpus, analyse) {
  const pubs = readPublicationDates(corpus);
  const byFile = new Map();
  for (const l of labels) {
    if (!byFile.has(l.file)) byFile.set(l.file, []);
    byFile.get(l.file).push(l);
  }
  const out = { total: 0, correct: 0, resolvable: 0, resolvableCorrect: 0, errors: [] };
  for (const [file, ls] of byFile) {
    const text = fs.readFileSync(path.join(corpus, 'text', file), 'utf8');
    const mentions = analyse(text, pubs.get(file));
    for (const l of ls) {
      let best = null;
      let bestOverlap = 0;
      for (const m of mentions) {
        const o = Math.min(m.end, l.end) - Math.max(m.start, l.start);
        if (o > bestOverlap) {
          best = m;
          bestOverlap = o;
        }
      }
      const got = resolvedOf(best);
      const ok = same(got, l.expect);
      out.total++;
      if (ok) out.correct++;
      if (l.expect !== null) {
        out.resolvable++;
        if (ok) out.resolvableCorrect++;
      }
      if (!ok) out.errors.push({ file, start: l.start, end: l.end, text: text.slice(l.start, l.end), expect: show(l.expect), got: show(got), mention: best ? best.text : null, reason: l.reason });
    }
  }
  return out;
}

/** Prints the accuracy and the errors (used by scripts/eval.js). */
function printDateLabelReport(r, labelFile) {
  const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`\nDate resolution on ${r.total} hand labels (${path.relative(process.cwd(), labelFile)}): ${r.correct}/${r.total} = ${pct(r.correct, r.total)}`);
  console.log(`  resolvable (a day or range): ${r.resolvableCorrect}/${r.resolvable} = ${pct(r.resolvableCorrect, r.resolvable)}; unresolved: ${r.correct - r.resolvableCorrect}/${r.total - r.resolvable}`);
  if (r.errors.length) {
    console.log('  Errors (file:start-end "text" expected / got: reason):');
    for (const e of r.errors) console.log(`    ${e.file}:${e.start}-${e.end} "${e.text}" ${e.expect} / ${e.got}${e.mention && e.mention !== e.text ? ` (as "${e.mention}")` : ''}: ${e.reason}`);
  }
}

module.exports = { readLabels, scoreDateLabels, printDateLabelReport };

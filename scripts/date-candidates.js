#!/usr/bin/env node
// `node scripts/date-candidates.js [CORPUS] [--seed N] [--articles N] [--per N] [--skip FILE...]`:
// a broad pattern scan for date expressions (months, weekdays, relative words, numeric and dotted dates,
// named days), independent of Copydesk's own parser, over a seeded random choice of articles. Prints each
// candidate with its file, offsets and context, for a human to label by reading (test/data/date-labels.jsonl).
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? path.join(__dirname, '..', '..', 'shared', 'corpus', 'polnear-train'));
const seed = +opt('--seed', 13);
const nArticles = +opt('--articles', 70);
const per = +opt('--per', 6);
const skip = new Set((opt('--skip', '') || '').split(',').filter(Boolean));

/** mulberry32: a small seeded generator, so the sample is reproducible. */
function rng(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(seed);
const shuffle = (xs) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
};

const meta = new Map();
for (const line of fs.readFileSync(path.join(dir, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
  const c = line.split('\t');
  if (c.length > 5) meta.set(c[1], c[5]);
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?';
const NUM = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|a few|several|couple of)';
const PATTERNS = [
  // month-name dates and month-only mentions (with optional day, year, range)
  `(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+\\d{4})?`,
  `(?:(?:last|this|next|past|coming)\\s+)?${WEEKDAY}(?:\\s+(?:night|morning|afternoon|evening))?`,
  '\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night)\\b',
  `\\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]he past|[Tt]he last|[Tt]he coming|[Tt]he previous|[Tt]he following|[Ee]arlier this|[Ll]ater this)\\s+(?:(?:${NUM})\\s+)?(?:weeks?|months?|weekends?|days))\\b`,
  `\\b(?:[Ii]n\\s+)?${NUM}\\s+(?:days?|weeks?|months?)\\s+(?:ago|later|earlier|before|after|from now|prior)\\b`,
  `\\b[Ii]n\\s+${NUM}\\s+(?:days?|weeks?)\\b`,
  '\\b(?:[Tt]he same day|[Tt]hat day|[Tt]he next day|[Tt]he day before|[Tt]he following day|[Tt]he day after|[Ii]n recent (?:days|weeks)|[Tt]he (?:start|end|beginning) of the (?:week|month)|[Tt]he weekend|[Tt]his weekend|[Ll]ast weekend)\\b',
  '\\b[Tt]he\\s+\\d{1,2}(?:st|nd|rd|th)\\b',
  '(?<![\\d.])\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?![\\d.])',
  '\\b(?:Election Day|Thanksgiving|Christmas(?: Day| Eve)?|New Year[’\']s (?:Day|Eve)|Independence Day|Fourth of July|July 4th|Memorial Day|Labor Day|Veterans Day|Easter(?: Sunday| Monday)?|Good Friday|Martin Luther King(?: Jr\\.)? Day|Presidents[’\']? Day|Halloween|Super Tuesday|Boxing Day|Valentine[’\']s Day)\\b',
];
const RE = new RegExp(PATTERNS.map((p) => `(${p})`).join('|'), 'g');

function candidates(text) {
  const out = [];
  RE.lastIndex = 0;
  let m;
  while ((m = RE.exec(text))) {
    if (m[0].trim() === '') { RE.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const files = [...meta.keys()].filter((f) => fs.existsSync(path.join(dir, 'text', f + '.txt')) && !skip.has(f)).sort();
shuffle(files);
let shown = 0;
for (const f of files.slice(0, nArticles)) {
  const text = fs.readFileSync(path.join(dir, 'text', f + '.txt'), 'utf8');
  const cands = candidates(text);
  if (cands.length === 0) continue;
  const pick = shuffle(cands.slice()).slice(0, per).sort((a, b) => a.start - b.start);
  const pub = meta.get(f);
  const wd = new Date(pub + 'T12:00:00Z').toUTCString().slice(0, 3);
  const around = [];
  for (let d = -9; d <= 9; d++) {
    const t = new Date(Date.parse(pub + 'T12:00:00Z') + d * 86400000);
    around.push(`${t.toUTCString().slice(0, 2)}${t.getUTCDate()}`);
  }
  console.log(`\n=== ${f}  pub ${pub} (${wd})  ${cands.length} candidates  [${around.join(' ')}]`);
  for (const c of pick) {
    const ps = Math.max(0, c.start - 260);
    const pe = Math.min(text.length, c.end + 140);
    const ctx = (text.slice(ps, c.start) + '[[' + text.slice(c.start, c.end) + ']]' + text.slice(c.end, pe)).replace(/\s+/g, ' ');
    console.log(`--- ${c.start}-${c.end}: ${ctx}`);
    shown++;
  }
}
console.error(`${shown} candidates`);

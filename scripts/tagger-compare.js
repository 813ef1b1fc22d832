#!/usr/bin/env node
'use strict';
/*
 * Part-of-speech taggers for the linguistic layer, compared on published news copy (issue 11):
 *
 *   node scripts/tagger-compare.js [CORPUS_DIR] [--limit N] [--json] [--only wink,en-pos,compromise]
 *
 * CORPUS_DIR defaults to ../shared/corpus/polnear-train (BRAT .ann beside each .txt). Every tagger gets the same
 * input the layer gives it: one sentence at a time, sentences from Copydesk's own document model (npm run build
 * first). It prints, per tagger:
 *   - speed: words tagged per second over every sentence of the articles (words counted by one shared regex), after
 *     a warm-up pass over the first articles, and the model's load time;
 *   - source heads: of the Source spans PolNeAR annotates, the share whose head word the tagger calls a noun,
 *     proper noun or pronoun. The head is the last word of the span before a post-modifier (`of`, `who`, a comma,
 *     a parenthesis...), found by a tagger-independent scan; each tagger is asked for the tag at that offset.
 *   - cue verbs: of the one-word Cue spans that are forms of a speech verb (said, says, told, added, ...), the
 *     share the tagger calls a verb;
 *   - for scale, Copydesk's own full analysis of the same articles, timed in the same turns;
 *   - hand labels: agreement with test/data/pos-labels.json, tags chosen by reading the sentence (file, offsets,
 *     coarse tag), when the file's articles are in CORPUS_DIR.
 * Tags are compared in coarse classes (nominal = NOUN/PROPN/PRON; verb = VERB/AUX; ADJ; ADV; other), because the
 * taggers use three tag sets (Universal Dependencies, Penn Treebank, compromise's own).
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpus = path.resolve(args.find((a, i) => !a.startsWith('--') && !['--limit', '--only'].includes(args[i - 1])) ?? path.join(ROOT, '..', 'shared', 'corpus', 'polnear-train'));
const limit = Number(opt('--limit', '0')) || Infinity;
const only = opt('--only', 'wink,en-pos,compromise').split(',');
const asJson = args.includes('--json');

const { buildDocument } = require(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'document.js'));

/** Words as one shared regex counts and finds them (offsets into the text). */
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:]\p{N}+)*/gu;
function wordsOf(text) {
  const out = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function coarse(tag) {
  if (tag === null || tag === undefined) return 'none';
  if (['NOUN', 'PROPN', 'PRON'].includes(tag)) return 'nominal';
  if (tag === 'VERB' || tag === 'AUX') return 'verb';
  if (tag === 'ADJ' || tag === 'ADV') return tag.toLowerCase();
  return 'other';
}

// ---- the taggers: each takes a sentence and gives [{start, end, tag}] in UD-like coarse terms ----

function penn(t) {
  if (/^NNP/.test(t)) return 'PROPN';
  if (/^NN/.test(t)) return 'NOUN';
  if (/^PRP\$?$/.test(t) || t === 'WP' || t === 'WP$') return t === 'PRP$' || t === 'WP$' ? 'DET' : 'PRON';
  if (/^VB/.test(t) || t === 'MD') return 'VERB';
  if (/^JJ/.test(t)) return 'ADJ';
  if (/^RB/.test(t) || t === 'WRB') return 'ADV';
  return 'X';
}

function compromiseTag(tags) {
  const has = (x) => tags.includes(x);
  if (has('Pronoun')) return 'PRON';
  if (has('ProperNoun')) return 'PROPN';
  if (has('Noun')) return 'NOUN';
  if (has('Verb')) return 'VERB';
  if (has('Adjective')) return 'ADJ';
  if (has('Adverb')) return 'ADV';
  return 'X';
}

const TAGGERS = {
  wink: {
    name: 'wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1 (pos only)',
    load() {
      const { tagText } = require(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'layer', 'tagger.js'));
      tagText('Load.');
      return (s) => tagText(s).map((t) => ({ start: t.start, end: t.end, tag: t.pos }));
    },
  },
  'en-pos': {
    name: 'en-pos 1.0.16 (Brill-style, lexicon + rules; Penn tags)',
    load() {
      const { Tag } = require('en-pos');
      // en-pos has no tokeniser: words, numbers and punctuation by a regex, a possessive `'s` split off as Penn does.
      const TOKEN = /n['’]t\b|['’]s\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[-.][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
      return (s) => {
        const toks = [];
        for (const m of s.matchAll(TOKEN)) toks.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        if (!toks.length) return [];
        const tags = new Tag(toks.map((t) => t.text)).initial().smooth().tags;
        return toks.map((t, i) => ({ start: t.start, end: t.end, tag: penn(tags[i]) }));
      };
    },
  },
  compromise: {
    name: 'compromise 14.17.0 (its own tokeniser and tagger)',
    load() {
      const nlp = require('compromise');
      return (s) => {
        const out = [];
        for (const sent of nlp(s).json({ offset: true })) {
          for (const t of sent.terms) out.push({ start: t.offset.start, end: t.offset.start + t.offset.length, tag: compromiseTag(t.tags) });
        }
        return out;
      };
    },
  },
};

// ---- the corpus: articles, sentences, reference items ----

const SPEECH_CUES = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'stated', 'explained', 'noted', 'argued', 'insisted', 'claimed', 'warned', 'announced', 'replied', 'tweeted', 'testified', 'declared', 'acknowledged', 'admitted', 'suggested']);
/** Words that end the head part of a source phrase (`Rep. Jane Doe of Ohio`, `officials who`). */
const POST = new Set(['of', 'who', 'whom', 'which', 'that', 'at', 'in', 'for', 'from', 'with', 'on', 'and', 'or', 'said', 'says', 'told', 'who’s', 'like', 'including', 'to', 'by', 'after', 'before', 'during']);

function readAnn(file) {
  const spans = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^T\d+\t(Source|Cue) (\d+) (\d+)(?:;\d+ \d+)*\t/.exec(line);
    if (m) spans.push({ kind: m[1], start: Number(m[2]), end: Number(m[3]) });
  }
  return spans;
}

/** The offset of the head word of a source span, or -1 (tagger-independent). */
function sourceHead(text, span) {
  const piece = text.slice(span.start, span.end);
  let head = -1;
  for (const w of wordsOf(piece)) {
    const gap = piece.slice(0, w.start);
    if (head >= 0 && /[,(;:—–]/.test(gap.slice(gapStart(piece, w.start)))) break;
    const lower = w.text.toLowerCase().replace(/['’]s$/, '');
    if (head >= 0 && POST.has(lower)) break;
    head = span.start + w.start;
  }
  return head;
}
function gapStart(piece, before) {
  let i = before;
  while (i > 0 && !/[\p{L}\p{N}]/u.test(piece[i - 1])) i--;
  return i;
}

const files = fs.readdirSync(path.join(corpus, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
const articles = files.map((f) => {
  const text = fs.readFileSync(path.join(corpus, 'text', f), 'utf8');
  const doc = buildDocument(text, 'plaintext');
  const annFile = path.join(corpus, 'attributions', f.replace(/\.txt$/, '.ann'));
  const ann = fs.existsSync(annFile) ? readAnn(annFile) : [];
  const sentences = doc.sentences.map((s) => ({ start: s.start, end: s.end }));
  const items = [];
  for (const a of ann) {
    if (a.kind === 'Source') {
      const h = sourceHead(text, a);
      if (h >= 0) items.push({ kind: 'source', at: h, want: 'nominal' });
    } else {
      const t = text.slice(a.start, a.end).trim();
      if (SPEECH_CUES.has(t.toLowerCase())) items.push({ kind: 'cue', at: a.start + text.slice(a.start, a.end).indexOf(t), want: 'verb' });
    }
  }
  return { file: f, text, sentences, items };
});

const labelsFile = path.join(ROOT, 'test', 'data', 'pos-labels.json');
const labels = fs.existsSync(labelsFile) ? JSON.parse(fs.readFileSync(labelsFile, 'utf8')).labels : [];
for (const l of labels) {
  const a = articles.find((x) => x.file === l.file);
  if (a) a.items.push({ kind: 'hand', at: l.start, want: l.tag });
}

let words = 0;
for (const a of articles) for (const s of a.sentences) words += wordsOf(a.text.slice(s.start, s.end)).length;

function tagAt(tokens, at) {
  for (const t of tokens) if (t.start <= at && at < t.end) return t.tag;
  return null;
}

// Load every tagger, warm each up on the first articles (JIT; not timed), then tag article by article with the
// taggers taking turns, so that the load of a shared machine falls on all of them alike.
const runs = only.map((key) => {
  const spec = TAGGERS[key];
  if (!spec) throw new Error(`unknown tagger ${key}`);
  const t0 = performance.now();
  const tag = spec.load();
  const loadMs = performance.now() - t0;
  for (const a of articles.slice(0, 20)) for (const s of a.sentences) tag(a.text.slice(s.start, s.end));
  return { key, spec, tag, loadMs, ms: 0, score: { source: [0, 0], cue: [0, 0], hand: [0, 0] }, confusion: {} };
});
// For scale: Copydesk's whole analysis of the same articles (today without tags), timed in the same turns.
const { analyze } = require(path.join(ROOT, 'out', 'server', 'src', 'analysis', 'analyze.js'));
const analyzeOpts = { today: '2016-06-01', languageId: 'plaintext' };
for (const a of articles.slice(0, 20)) analyze(a.text, analyzeOpts);
let analyzeMs = 0;
for (const a of articles) {
  const t2 = performance.now();
  analyze(a.text, analyzeOpts);
  analyzeMs += performance.now() - t2;
  for (const r of runs) {
    const bySentence = [];
    const t1 = performance.now();
    for (const s of a.sentences) bySentence.push(r.tag(a.text.slice(s.start, s.end)));
    r.ms += performance.now() - t1;
    for (const it of a.items) {
      const k = a.sentences.findIndex((s) => s.start <= it.at && it.at < s.end);
      const got = k < 0 ? 'none' : coarse(tagAt(bySentence[k], it.at - a.sentences[k].start));
      r.score[it.kind][1]++;
      if (got === it.want) r.score[it.kind][0]++;
      else if (it.kind === 'hand') r.confusion[`${it.want}->${got}`] = (r.confusion[`${it.want}->${got}`] ?? 0) + 1;
    }
  }
}
const results = runs.map((r) => ({ tagger: r.key, name: r.spec.name, loadMs: Math.round(r.loadMs), wordsPerSecond: Math.round(words / (r.ms / 1000)), score: r.score, confusion: r.confusion }));

const pct = ([a, b]) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : '-');
if (asJson) {
  console.log(JSON.stringify({ corpus, articles: articles.length, words, analyzeWordsPerSecond: Math.round(words / (analyzeMs / 1000)), results }, null, 2));
} else {
  console.log(`${articles.length} articles, ${words} words, ${articles.reduce((n, a) => n + a.sentences.length, 0)} sentences (${path.relative(process.cwd(), corpus)})`);
  console.log('tagger       load ms   words/s   source heads nominal      speech cues verb       hand labels');
  for (const r of results) {
    console.log(`${r.tagger.padEnd(12)} ${String(r.loadMs).padStart(7)} ${String(r.wordsPerSecond).padStart(9)}   ${pct(r.score.source).padEnd(25)} ${pct(r.score.cue).padEnd(22)} ${pct(r.score.hand)}`);
  }
  console.log(`(Copydesk's full analysis of the same articles, in the same turns: ${Math.round(words / (analyzeMs / 1000))} words/s)`);
  for (const r of results) if (Object.keys(r.confusion).length) console.log(`${r.tagger} hand-label errors: ${Object.entries(r.confusion).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

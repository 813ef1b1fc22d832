/**
 * The linguistic layer (server/src/analysis/layer): one tokenisation per
 * paragraph, part-of-speech tags and noun-phrase chunks per sentence on
 * demand, memoised per paragraph in the analysis cache.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as path from 'path';
import * as fc from 'fast-check';
import { analyze } from '../../server/src/analysis/analyze';
import { AnalysisCache, withCache } from '../../server/src/analysis/cache';
import { buildDocument, type DocumentModel } from '../../server/src/analysis/document';
import { analyzeIncremental } from '../../server/src/analysis/incremental';
import {
  chunkAt,
  isAdverbAt,
  isCalendarWordAt,
  isNounPhraseHeadAt,
  isVerbAt,
  paragraphLayer,
  posAt,
  sentenceTags,
  tagsIn,
  wordId,
  wordOfId,
  ParagraphLayer,
  type Chunk,
} from '../../server/src/analysis/layer';
import { chunkTokens } from '../../server/src/analysis/layer/chunks';
import { tagText } from '../../server/src/analysis/layer/tagger';

const OPTS = { today: '2026-11-26', languageId: 'plaintext' };

function doc(text: string): DocumentModel {
  return buildDocument(text, 'plaintext');
}

/** The chunk covering the first occurrence of `word`, as text: `phrase | head | possessor`. */
function chunkOf(text: string, word: string): string {
  const d = doc(text);
  const c = chunkAt(d, text.indexOf(word));
  if (!c) return '(none)';
  return [text.slice(c.start, c.end), text.slice(c.head.start, c.head.end), c.possessor ? text.slice(c.possessor.start, c.possessor.end) : ''].join(' | ').replace(/ \| $/, '');
}

function posOf(text: string, word: string, nth = 0): string | null {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
  return posAt(doc(text), at);
}

describe('linguistic layer: words', () => {
  it('gives every paragraph its words with spans and interned lower-case ids', () => {
    const text = 'The Mayor spoke. The mayor left.\n\nTHE MAYOR returned.';
    const d = doc(text);
    const one = paragraphLayer(d, 0);
    const two = paragraphLayer(d, 1);
    const first = one.tokens();
    const second = two.tokens();
    assert.deepStrictEqual(first.map((t) => t.text), ['The', 'Mayor', 'spoke', 'The', 'mayor', 'left']);
    for (const t of first) assert.strictEqual(text.slice(t.start, t.end), t.text);
    assert.strictEqual(one.wordCount(), 6);
    assert.deepStrictEqual(one.wordSpan(4), { start: first[4].start, end: first[4].end });
    assert.strictEqual(one.wordAt(first[4].start + 2), 4);
    assert.strictEqual(one.wordAt(first[4].end), -1);
    // The same word in any case has one id, in any paragraph.
    assert.strictEqual(one.wordIdOf(1), one.wordIdOf(4));
    assert.strictEqual(one.wordIdOf(1), two.wordIdOf(1));
    assert.notStrictEqual(one.wordIdOf(0), one.wordIdOf(1));
    assert.strictEqual(wordOfId(one.wordIdOf(1)), 'mayor');
    assert.strictEqual(wordId(first[4].lower), one.wordIdOf(1));
    // Offsets of the second paragraph's words are relative to it.
    assert.strictEqual(second[0].start, 0);
  });

  it('splits off possessives and sentence periods, keeps abbreviations and initials', () => {
    const d = doc("Gov. Ann B. Ruiz's aide quit. Officials' plans stalled.");
    const toks = paragraphLayer(d, 0).tokens();
    assert.deepStrictEqual(toks.map((t) => t.text), ['Gov.', 'Ann', 'B.', 'Ruiz', 'aide', 'quit', 'Officials', 'plans', 'stalled']);
    assert.ok(toks[3].possessive);
    assert.ok(toks[5].endsSentence);
    assert.ok(toks[6].sentenceInitial && !toks[7].sentenceInitial);
  });

  it('knows weekdays and months by lexicon, abbreviated only with their period', () => {
    const text = 'On Wednesday the board met; in Sept. it sat down, and the sun set in March.';
    const d = doc(text);
    assert.ok(isCalendarWordAt(d, text.indexOf('Wednesday')));
    assert.ok(isCalendarWordAt(d, text.indexOf('Sept')));
    assert.ok(isCalendarWordAt(d, text.indexOf('March')));
    assert.ok(!isCalendarWordAt(d, text.indexOf('sat')));
    assert.ok(!isCalendarWordAt(d, text.indexOf('sun')));
    assert.ok(!isCalendarWordAt(d, text.indexOf('board')));
  });
});

describe('linguistic layer: part-of-speech tags', () => {
  it('tags speech verbs as verbs and their subjects as nouns, proper nouns or pronouns', () => {
    const text = 'The harbour master said the ferry was late, and she added that Pedro Alves agreed.';
    assert.strictEqual(posOf(text, 'said'), 'VERB');
    assert.strictEqual(posOf(text, 'added'), 'VERB');
    assert.strictEqual(posOf(text, 'master'), 'NOUN');
    assert.strictEqual(posOf(text, 'she'), 'PRON');
    assert.strictEqual(posOf(text, 'Alves'), 'PROPN');
  });

  it('tells the words that are never speakers: sentence-initial adverbs, participles, verbs', () => {
    const text = 'Frankly, the mayor was tired. Campaigning in the rain, the senator waved. Even the clerk tried to help.';
    const d = doc(text);
    assert.ok(isAdverbAt(d, text.indexOf('Frankly')));
    assert.ok(isVerbAt(d, text.indexOf('Campaigning')));
    assert.ok(isVerbAt(d, text.indexOf('tried')));
    assert.ok(isAdverbAt(d, text.indexOf('Even')));
    for (const w of ['Frankly', 'Campaigning', 'Even', 'tried']) assert.ok(!isNounPhraseHeadAt(d, text.indexOf(w)), w);
    for (const w of ['mayor', 'senator', 'clerk']) assert.ok(isNounPhraseHeadAt(d, text.indexOf(w)), w);
  });

  it('gives tags in document offsets, in order, inside the range asked for', () => {
    const text = 'First paragraph here.\n\nThe coach said it twice. Nobody listened.';
    const d = doc(text);
    const from = text.indexOf('The coach');
    const to = text.indexOf('Nobody');
    const tags = tagsIn(d, from, to);
    assert.deepStrictEqual(tags.map((t) => text.slice(t.start, t.end)), ['The', 'coach', 'said', 'it', 'twice', '.']);
    for (let k = 1; k < tags.length; k++) assert.ok(tags[k].start >= tags[k - 1].end);
    const s = sentenceTags(d, d.sentences[1])!;
    assert.strictEqual(text.slice(s.start, s.end).trim(), 'The coach said it twice.');
  });

  it('keeps offsets right around curly quotes, dashes, contractions and characters outside the BMP', () => {
    const text = '“We don’t sell 🍎 apples — ever,” said Zoë O’Neill’s deputy.';
    const toks = tagText(text)!;
    for (const t of toks) assert.ok(t.end > t.start && text.slice(t.start, t.end).trim() === text.slice(t.start, t.end), JSON.stringify(t));
    for (let k = 1; k < toks.length; k++) assert.ok(toks[k].start >= toks[k - 1].end);
    assert.ok(toks.some((t) => text.slice(t.start, t.end) === 'said' && t.pos === 'VERB'));
  });

  it('never throws and keeps offsets inside the text on any input (property)', () => {
    const piece = fc.constantFrom('said', 'the', 'Ms.', 'Doe', "'s", '’', '“', '"', ' ', '\n', '—', '-', '.', ',', '5.3%', 'U.S.', '🙂', '\u0301', 'İ', '\u00a0', '\t', 'can’t', '(', 'R-Ky.', 'e.g.', '..', '...', '…', '#', '@x', 'http://a.b/c', '$5', ':)');
    const text = fc.oneof(
      fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
      fc.string({ unit: 'binary', maxLength: 120 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const toks = tagText(t)!;
        let last = 0;
        for (const x of toks) {
          assert.ok(x.start >= last && x.end > x.start && x.end <= t.length);
          last = x.end;
        }
        chunkTokens(t, toks);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('linguistic layer: noun-phrase chunks', () => {
  it('a descriptor phrase is one chunk headed by its noun', () => {
    assert.strictEqual(chunkOf('A senior trade official declined to comment.', 'official'), 'A senior trade official | official');
  });

  it('a title and name is one chunk; a place after `of` is its own', () => {
    const text = 'Rep. Dana Whitlock of Vermont said the bill was dead.';
    assert.strictEqual(chunkOf(text, 'Dana'), 'Rep. Dana Whitlock | Whitlock');
    assert.strictEqual(chunkOf(text, 'Vermont'), 'Vermont | Vermont');
  });

  it('a possessive phrase is headed by the possessed noun, with the possessor apart', () => {
    assert.strictEqual(chunkOf("Garcia's daughter told the court about the loan.", 'daughter'), "Garcia's daughter | daughter | Garcia");
    assert.strictEqual(chunkOf("Garcia's daughter told the court about the loan.", 'Garcia'), "Garcia's daughter | daughter | Garcia");
  });

  it('a pronoun is a chunk of its own; a possessive pronoun opens a phrase', () => {
    assert.strictEqual(chunkOf('She said her lawyer would appeal.', 'She'), 'She | She');
    assert.strictEqual(chunkOf('She said her lawyer would appeal.', 'lawyer'), 'her lawyer | lawyer');
  });

  it('a verb, a preposition or punctuation is in no chunk', () => {
    const text = 'The union said on Friday, after a vote, that it would strike.';
    assert.strictEqual(chunkOf(text, 'said'), '(none)');
    assert.strictEqual(chunkOf(text, 'after'), '(none)');
    assert.strictEqual(chunkOf(text, ','), '(none)');
  });

  it('a determiner after a noun starts a new chunk', () => {
    const text = 'The board gave the manager a warning.';
    assert.strictEqual(chunkOf(text, 'manager'), 'the manager | manager');
    assert.strictEqual(chunkOf(text, 'warning'), 'a warning | warning');
  });

  it('chunks are in order, do not overlap and end on their head', () => {
    const text = 'The former deputy minister of finance, a quiet economist from Lyon, told three reporters and their editors that the plan failed.';
    const d = doc(text);
    const chunks: readonly Chunk[] = sentenceTags(d, d.sentences[0])!.chunks;
    assert.ok(chunks.length >= 6);
    for (let k = 0; k < chunks.length; k++) {
      assert.strictEqual(chunks[k].end, chunks[k].head.end);
      if (k) assert.ok(chunks[k].start >= chunks[k - 1].end);
    }
  });
});

describe('linguistic layer: laziness and the cache', () => {
  it('tags only the sentences asked about, and each once', () => {
    const layer = new ParagraphLayer('One short line. Another one here. A third.', [[0, 15], [16, 33], [34, 42]]);
    assert.strictEqual(layer.taggedSentences(), 0);
    assert.strictEqual(layer.posAt(20), 'DET');
    assert.strictEqual(layer.taggedSentences(), 1);
    const again = layer.sentence(1);
    assert.strictEqual(layer.sentence(1), again);
    assert.strictEqual(layer.taggedSentences(), 1);
  });

  it('a keystroke rebuilds only the edited paragraph\'s layer; the others keep theirs, tags included', () => {
    const text = 'The chair said the vote passed.\n\nA spokesman for the council confirmed it.\n\nNobody objected.';
    const cache = new AnalysisCache();
    cache.nextGeneration();
    const a = withCache(cache, () => analyze(text, OPTS));
    const layers = a.doc.paragraphs.map((_, i) => paragraphLayer(a.doc, i));
    layers.forEach((l) => l.sentence(0));
    const edited = text.replace('Nobody', 'No one');
    cache.nextGeneration();
    const b = withCache(cache, () => {
      const r = analyze(edited, OPTS);
      return r.doc.paragraphs.map((_, i) => paragraphLayer(r.doc, i));
    });
    assert.strictEqual(b[0], layers[0]);
    assert.strictEqual(b[1], layers[1]);
    assert.notStrictEqual(b[2], layers[2]);
    assert.strictEqual(b[1].taggedSentences(), 1);
    assert.strictEqual(b[2].taggedSentences(), 0);
  });

  it('the analysis is the same whether or not tags were asked for before (incremental equals full)', () => {
    const text = 'Frankly, the minister said the budget was fine.\n\n"It is," she added.';
    const first = analyzeIncremental(undefined, text, OPTS);
    paragraphLayer(first.doc, 0).sentence(0);
    const second = analyzeIncremental(first, text + ' Then she left.', OPTS);
    assert.deepStrictEqual(second, analyze(text + ' Then she left.', OPTS));
  });
});

describe('linguistic layer: the model loads on first use', () => {
  it('a full analysis and check whose passes ask for no tags do not load the tagger; the first request does', () => {
    const out = path.resolve(__dirname, '..', '..', 'server', 'src', 'analysis');
    const body = `
      const loaded = () => Object.keys(require.cache).some((f) => f.includes('wink-eng-lite-web-model'));
      const { analyze } = require(${JSON.stringify(out + '/analyze.js')});
      const { check } = require(${JSON.stringify(out + '/check.js')});
      const layer = require(${JSON.stringify(out + '/layer/index.js')});
      const a = analyze('"It works," the engineer said on Monday.\\n\\nNobody argued.', { today: '2026-11-26', languageId: 'plaintext' });
      check(a);
      const before = loaded() || layer.isTaggerLoaded();
      const pos = layer.posAt(a.doc, a.doc.text.indexOf('said'));
      process.stdout.write(JSON.stringify({ before, after: loaded() && layer.isTaggerLoaded(), pos }));`;
    const r = cp.spawnSync(process.execPath, ['-e', body], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), { before: false, after: true, pos: 'VERB' });
  });
});

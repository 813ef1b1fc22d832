/**
 * Speaker accuracy, construction by construction: each `it` is one way copy
 * names (or seems to name) a speaker, with what must and must not be read.
 * The sentences are made up for these tests.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { SPEECH_LEMMAS, SPEECH_PARTICIPLES, SPEECH_VERBS, inflect } from '../../server/src/analysis/lexicon/speech';

const OPTS = { today: '2026-11-26', languageId: 'markdown' };

function speakers(text: string): (string | null)[] {
  return analyze(text, OPTS).quotations.filter((q) => q.depth === 0 && !q.isTitle).map((q) => q.speaker);
}

function flagged(text: string): number {
  return check(analyze(text, OPTS)).findings.filter((f) => f.ruleId === 'quote.unattributed').length;
}

describe('speech-verb lexicon', () => {
  it('generates the inflections of each lemma', () => {
    assert.deepStrictEqual(inflect('implore'), { base: 'implore', third: 'implores', past: ['implored'], ing: 'imploring' });
    assert.deepStrictEqual(inflect('reply'), { base: 'reply', third: 'replies', past: ['replied'], ing: 'replying' });
    assert.deepStrictEqual(inflect('quip'), { base: 'quip', third: 'quips', past: ['quipped'], ing: 'quipping' });
    assert.deepStrictEqual(inflect('write').past, ['wrote', 'written']);
    assert.strictEqual(inflect('gush').third, 'gushes');
  });

  it('holds every lemma once and the verbs the audit found missing', () => {
    assert.strictEqual(new Set(SPEECH_LEMMAS).size, SPEECH_LEMMAS.length);
    for (const v of ['implored', 'gushed', 'barked', 'beamed', 'gloated', 'cracked', 'fumed', 'surmised', 'reacted', 'questioned', 'assured', 'recommended', 'sighs', 'written']) {
      assert.ok(SPEECH_VERBS.has(v), v);
    }
  });

  it('keeps noun-like forms out (`the fires`, `his posts`) and non-speech participles out (`reading`)', () => {
    for (const v of ['fires', 'posts', 'snaps', 'cracks']) assert.ok(!SPEECH_VERBS.has(v), v);
    for (const v of ['reading', 'putting', 'continuing', 'agreeing']) assert.ok(!SPEECH_PARTICIPLES.has(v), v);
  });

  it('attributes a quotation with a newly listed verb', () => {
    assert.deepStrictEqual(speakers('"Get out of my office," barked editor Ivo Brandt.'), ['Ivo Brandt']);
    assert.deepStrictEqual(speakers('"This is the best day of my life," gushed Tamsin Reyes.'), ['Tamsin Reyes']);
    assert.deepStrictEqual(speakers('"Is that legal?" Councillor Dora Mbeki questioned.'), ['Dora Mbeki']);
  });
});

describe('two-word cues', () => {
  it('reads a verb and particle that end the clause (`went on`, `pointed out`, `chimed in`)', () => {
    assert.deepStrictEqual(speakers('"We will rebuild," Mayor Kofi Asante went on.'), ['Kofi Asante']);
    assert.deepStrictEqual(speakers('Professor Lidia Varga pointed out: "Nobody has measured it."'), ['Lidia Varga']);
    assert.deepStrictEqual(speakers('"Not me," Bram Otieno chimed in.'), ['Bram Otieno']);
  });

  it('does not read `went on to <verb>` or `pointed out the window` as a cue', () => {
    assert.deepStrictEqual(speakers('Jonas Pell went on to win the "Golden Oar" trophy.'), []);
    assert.strictEqual(flagged('Edda Sorel went on to lead the club.\n\n"It was a mess."\n'), 1);
  });
});

describe('speaker after the verb and a descriptor', () => {
  it('reads `said <descriptor> <Name>`', () => {
    assert.deepStrictEqual(speakers('"I do not know," said voter Hal Brisco.'), ['Hal Brisco']);
    assert.deepStrictEqual(speakers('"Where is the bus?" asked campaign manager Nell Ostrova.'), ['Nell Ostrova']);
    assert.strictEqual(flagged('"I do not know," said voter Hal Brisco.'), 0);
  });

  it('does not read a lower-case phrase with no name as the speaker', () => {
    // `said on Tuesday`, `said in a statement`: no source after the verb; the quotation stays unattributed.
    assert.deepStrictEqual(speakers('"We are done," said in a statement.'), [null]);
  });
});

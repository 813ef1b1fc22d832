/**
 * The hand-written word scanners (text/words.ts) against the regular
 * expressions they replace: the same words at the same offsets on news copy,
 * on random Unicode (marks, astral letters, lone surrogates) and on the
 * connectors that decide where a word ends.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { clauseWordEnd, nameWordEnd, nextWordStart, sourceWordEnd } from '../../server/src/analysis/text/words';

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?/gu;
const CLAUSE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.&/-](?=[\p{L}\p{N}]))*\.?/gu;
const SOURCE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|['’.-](?=[\p{L}\p{N}]))*(?:['’](?=\s)|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|\p{Lu}))\.)?/gu;

function byRegex(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

function byScanner(end: (t: string, i: number) => number, text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = nextWordStart(text, 0); i < text.length; i = nextWordStart(text, i)) {
    const e = end(text, i);
    out.push([i, e]);
    i = e;
  }
  return out;
}

function same(text: string): void {
  assert.deepStrictEqual(byScanner(nameWordEnd, text), byRegex(NAME_WORD, text), `name words of ${JSON.stringify(text)}`);
  assert.deepStrictEqual(byScanner(clauseWordEnd, text), byRegex(CLAUSE_WORD, text), `clause words of ${JSON.stringify(text)}`);
  assert.deepStrictEqual(byScanner(sourceWordEnd, text), byRegex(SOURCE_WORD, text), `source words of ${JSON.stringify(text)}`);
}

const PIECES = ['a', 'Z', '9', 'é', 'e\u0301', '\u0301', 'İ', 'ß', '𝒜', '😀', '\ud835', '\udc9c', '-', "'", '’', '.', '&', '/', ' ', '\n', ',', '"', '“', 'U.S.', "O'Neil", 'Jean-Luc', 'AT&T', 'and/or', 'Dr.', "Jones'", '’90s', '..', 'x.', '٣', '中文', 'Mr.', 'Sen.', 'Rev', 'É.', 'aÉ.', '_', 'officials\' ', '\u00a0', 'X-Rev.', 'J.', '𝐀.'];

describe('word scanners match their regular expressions', () => {
  it('on news copy', () => {
    same('Sen. Maria Lopez, D-Calif., told U.S. reporters on Oct. 17 that AT&T’s and/or O’Connor’s plan—“We’re done.”—was over. Jones\' book, the ’90s, 5\'10" tall, e-mail: a@b.c.');
    same('');
    same('...');
  });

  it('on random pieces (marks, astral letters, lone surrogates, connectors)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')), same), { numRuns: 2000 });
  });

  it('on random UTF-16 code units', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), same), { numRuns: 500 });
  });

  it('on random code points of the whole range', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), same), { numRuns: 500 });
  });
});

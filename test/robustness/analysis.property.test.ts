/**
 * Property tests: whatever text comes in (random Unicode, lone surrogates,
 * storms of quote marks, news-like fragments in random order), the analysis
 * and every rule neither throw nor report a range outside the document.
 */
import * as fc from 'fast-check';
import { analyzeAndCheck, assertWellFormed } from './helpers';

/** Fragments that drive the quote, attribution, source, date and name stages. */
const NEWS_TOKENS = [
  '"', '“', '”', '‘', '’', "'", '`', '``', '«', '»', '„', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '.', ',', ':', ';', '?', '!',
  '…', '...', '—', '-', '(', ')', '[', ']', '#', '# ', '> ', '- ', '1. ', '---\n', '---', '<!--', '-->', '```', '    ',
  'said', 'says', 'told reporters', 'according to', 'added', 'wrote', 'he', 'she', 'they', 'it', 'We', 'I',
  'Smith', 'John Smith', 'Sen. Maria Lopez, D-Calif.,', 'Dr.', 'U.S.', 'Inc.', 'J.', 'O’Connor', "it's", "'90s", '5\'10"',
  'a senior official', 'who spoke on condition of anonymity', 'officials', 'sources', 'the Kremlin', 'NATO', 'Reuters',
  'Oct. 17', 'Monday', 'Tuesday, Oct. 21, 2025', 'last week', 'yesterday', 'on Friday', '2025-10-21', '31 February 2024',
  'March 3', 'next month', '12', '2026', 'http://example.com/a"b', '[link](http://x.y/"z")', '`code "x"`', '\u00a0', '\u200b',
  'date: 2025-10-20', 'WASHINGTON (AP) —',
];

const newsText = fc.array(fc.constantFrom(...NEWS_TOKENS), { maxLength: 120 }).map((parts) => parts.join(''));
const quoteStorm = fc.array(fc.constantFrom('"', '“', '”', '‘', '’', "'", ' ', 'a', '\n', '\n\n', 'said', '.', ','), { maxLength: 300 }).map((p) => p.join(''));
const lonelySurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

function wellFormed(text: string): void {
  const { analysis, result } = analyzeAndCheck(text);
  assertWellFormed(text, analysis, result);
}

describe('robustness: random input never breaks the analysis', function () {
  this.timeout(120000);

  it('any Unicode text (full code-point range)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), wellFormed), { numRuns: 300 });
  });

  it('printable graphemes, including combining marks and emoji', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), wellFormed), { numRuns: 300 });
  });

  it('UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(lonelySurrogates, wellFormed), { numRuns: 300 });
  });

  it('storms of straight, curly and single quote marks', () => {
    fc.assert(fc.property(quoteStorm, wellFormed), { numRuns: 500 });
  });

  it('news-like fragments in random order (quotes, cues, names, dates, Markdown)', () => {
    fc.assert(fc.property(newsText, wellFormed), { numRuns: 1000 });
  });

  it('random edits of a real-looking draft', () => {
    const base = [
      '---\ndate: 2025-10-20\n---',
      '# Talks stall',
      'WASHINGTON (AP) — "We are not there yet," Secretary of State Marco Rubio said Monday, Oct. 20.',
      '“It is a disaster,” a senior official said. "Frankly, we',
      '"Frankly, we will wait," he added. Smith called the plan "a mess."',
      'The Kremlin said on Tuesday, Oct. 21, 2025, that talks would resume.',
    ].join('\n\n');
    const edit = fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 20 }),
      ins: fc.array(fc.constantFrom(...NEWS_TOKENS), { maxLength: 6 }).map((p) => p.join('')),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = base;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          wellFormed(text);
        }
      }),
      { numRuns: 200 },
    );
  });
});

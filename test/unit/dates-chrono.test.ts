/**
 * How the dates parser uses chrono-node: its two offset parsers run only on
 * windows with their closing words (`OFFSET_PARSER_WORDS`), so a draft that
 * never needs a pattern never compiles it (start-up, issue 7). That must not
 * change a single atom: every result of those parsers that can become an
 * offset atom contains the words.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import type * as chrono from 'chrono-node';
import { chronoAtoms, OFFSET_PARSER_WORDS } from '../../server/src/analysis/dates/parser';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the locale entry point the parser loads
const en = require('chrono-node/en') as Pick<typeof chrono, 'casual' | 'Chrono'>;

/** The text an atom is made of, trimmed as the parser trims it, and the offset-atom rule it must match. */
const trim = (t: string): string => t.replace(/^(?:(?:on|at|by|from|until|since)\s+|\()/i, '').replace(/[\s,;:)]+$/, '');
const OFFSET_ATOM = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|\d{1,3})\s+(day|week)s?\s+(ago|later|earlier|before|after|from now)$/i;

const TOKENS = [
  'two', 'Two', 'a', 'an', '3', '12', 'day', 'days', 'Days', 'week', 'weeks', 'Weeks', 'ago', 'Ago', 'later', 'Later',
  'after', 'before', 'earlier', 'from now', 'From Now', 'henceforth', 'out', 'forward', 'hours', 'and', ',', '(', ')',
  'on', 'since', 'Tuesday', 'March 3', 'last week', 'yesterday', 'the', 'vote', '.', 'about', 'a few', 'couple of',
];
/** `two days ago`-like phrases in every case and spacing, among other words. */
const phrase = fc
  .tuple(
    fc.constantFrom('two', 'Two', 'a', 'An', '3', 'twelve', 'about two', 'a few'),
    fc.constantFrom('day', 'days', 'Days', 'week', 'weeks', 'WEEKS', 'hours'),
    fc.constantFrom('ago', 'Ago', 'before', 'earlier', 'later', 'Later', 'after', 'from now', 'henceforth', 'out'),
    fc.constantFrom(' ', '  ', ''),
  )
  .map(([n, unit, closer, gap]) => `${n} ${unit}${gap}${closer}`);
const windows = fc.array(fc.oneof(fc.constantFrom(...TOKENS), phrase), { minLength: 2, maxLength: 14 }).map((ws) => ws.join(' '));

describe('dates: chrono offset parsers only where their words are', () => {
  for (const name of Object.keys(OFFSET_PARSER_WORDS)) {
    it(`${name}: every result that can be an offset atom has the words`, () => {
      const parser = en.casual.clone().parsers.find((p) => p.constructor.name === name);
      assert.ok(parser, `${name} is a chrono parser`);
      const one = new en.Chrono({ parsers: [parser], refiners: [] });
      const ref = { instant: new Date(Date.UTC(2026, 2, 20, 12)), timezone: 0 };
      let atoms = 0;
      fc.assert(
        fc.property(windows, (w) => {
          for (const r of one.parse(w, ref)) {
            if (!OFFSET_ATOM.test(trim(r.text))) continue;
            atoms++;
            if (!OFFSET_PARSER_WORDS[name].test(w)) return false;
          }
          return true;
        }),
        { numRuns: 3000, seed: 7 },
      );
      assert.ok(atoms > 50, `the windows exercise the parser (${atoms} atoms)`);
    });
  }

  it('a window opened by `ago` still reads a title-case `Two Days Later` in it', () => {
    const text = 'It ended three days ago. Two Days Later it began.';
    const offsets = chronoAtoms(text, '2026-03-20').filter((a) => a.type === 'offset').map((a) => a.text);
    assert.deepStrictEqual(offsets, ['three days ago', 'Two Days Later']);
  });

  it('later-only and ago-only windows', () => {
    assert.deepStrictEqual(chronoAtoms('The vote came two weeks later.', '2026-03-20').map((a) => [a.type, a.text]), [['offset', 'two weeks later']]);
    assert.deepStrictEqual(chronoAtoms('The vote came two weeks ago.', '2026-03-20').map((a) => [a.type, a.text]), [['offset', 'two weeks ago']]);
    assert.deepStrictEqual(chronoAtoms('The vote is 3 days from now.', '2026-03-20').map((a) => [a.type, a.text]), [['offset', '3 days from now']]);
  });
});

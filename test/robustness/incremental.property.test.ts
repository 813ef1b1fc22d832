/**
 * Incremental analysis equals full analysis: after any sequence of edits,
 * `analyzeIncremental` (which reuses the previous version's paragraph work)
 * returns exactly what `analyze` returns on the same text, findings included.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { analyzeIncremental, cacheStats } from '../../server/src/analysis/incremental';
import { OPTIONS } from './helpers';

const BASE = [
  '---\ndate: 2025-10-20\n---',
  '# Talks stall as envoys trade blame',
  'WASHINGTON (AP) — "We are not there yet," Secretary of State Marco Rubio said Monday, Oct. 20.',
  'Rubio met Ukrainian President Volodymyr Zelenskyy on Friday. “It is a disaster,” a senior official, who spoke on condition of anonymity, said.',
  '"Frankly, we will wait and see what the Kremlin does next week',
  '"We have time," he added. Smith called the plan "a mess."',
  'Two days later, the Kremlin said on Tuesday, Oct. 21, 2025, that talks would resume. Officials said the talks would resume.',
  '‘We threw it away,’ Maria Lopez told reporters. She said she would return on Thursday.',
  // A hard-wrapped block (one paragraph over several lines) and a block of one-line paragraphs: edits inside blocks.
  'The envoy, who asked not to be named,\nsaid the talks would resume on Monday and that\n"nothing is agreed until everything is."',
  'Officials met on Tuesday.\n## Next steps\n- Lopez said she would call.',
  '```\nsaid "code" on Monday\n```',
].join('\n\n');

const FRAGMENTS = [
  '"', '“', '”', '‘', '’', "'", ' ', '\n', '\n\n', '.', ',', ':', 'said', 'he', 'she', 'Smith', 'Maria Lopez', 'Sen. John Smith, D-Calif.,',
  'a senior official', 'according to', 'Monday', 'Oct. 17', 'last week', 'two days later', '2025-10-21', 'the Kremlin', 'told reporters:', '# ', 'x',
  // Paragraph structure: blank lines (also with spaces), list items, fences and comments that mask text far from the edit.
  '\n \n', '\n\n\n', '- ', '```', '<!--', '-->', '    ',
];

const edit = fc.record({
  // Anywhere, and often at the very start or end of the draft.
  at: fc.oneof(fc.nat(), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER)),
  del: fc.nat({ max: 30 }),
  ins: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }).map((p) => p.join('')),
});

function applyEdit(text: string, e: { at: number; del: number; ins: string }): string {
  const at = e.at === Number.MAX_SAFE_INTEGER ? text.length : e.at % (text.length + 1);
  return text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
}

describe('incremental analysis equals full analysis', function () {
  this.timeout(120000);

  it('after random edit sequences, analysis and findings are identical', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = BASE;
        let prev = analyzeIncremental(undefined, text, OPTIONS);
        for (const e of edits) {
          text = applyEdit(text, e);
          const inc = analyzeIncremental(prev, text, OPTIONS);
          const full = analyze(text, OPTIONS);
          assert.deepStrictEqual(inc, full);
          assert.deepStrictEqual(check(inc), check(full));
          prev = inc;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a sentence before the edit is read again when its cue looks past its end into the edit (`said` + `he …`)', () => {
    // The cue ending the second paragraph reads the pronoun that opens the third (`Kowalski said` / `he would …`):
    // that makes Kowalski `he`, so the `he` of the last paragraph is Kowalski, not Brown. The second paragraph is
    // before the edit and unchanged, but what its cue reads is not.
    const before = 'John Brown arrived on Monday.\n\nAnna Kowalski said\n\nThe talks resumed.\n\n"We will see," he said.';
    const after = before.replace('The talks resumed.', 'he would return.');
    const inc = analyzeIncremental(analyzeIncremental(undefined, before, OPTIONS), after, OPTIONS);
    const full = analyze(after, OPTIONS);
    assert.deepStrictEqual(inc, full);
    assert.strictEqual(inc.quotations[0]?.speaker, 'Anna Kowalski');
    assert.strictEqual(analyze(before, OPTIONS).quotations[0]?.speaker, 'John Brown');
  });

  it('after the edit, the pass takes on the previous version\'s pronoun history moved by the edit\'s length', () => {
    // The edit grows the second paragraph by a sentence that names nobody, so the pass after it gives what it gave
    // before, moved. `He` (no cue: the colon's subject) is read against the history at the end: Adam Smith, named
    // after it, must stay after it, and Tom Green is the answer.
    const before = 'John Brown arrived on Monday.\n\nTom Green met him.\n\nHe was clear: "We are ready." Adam Smith agreed.';
    const after = before.replace('met him.', 'met him. It was a long and tiring meeting in the capital city.');
    const inc = analyzeIncremental(analyzeIncremental(undefined, before, OPTIONS), after, OPTIONS);
    const full = analyze(after, OPTIONS);
    assert.deepStrictEqual(inc, full);
    assert.strictEqual(full.quotations[0]?.speaker, 'Tom Green');
  });

  it('reuses the unchanged paragraphs and re-scans only the edited one', () => {
    const first = analyzeIncremental(undefined, BASE, OPTIONS);
    const at = BASE.indexOf('Smith called');
    const second = analyzeIncremental(first, BASE.slice(0, at) + 'x' + BASE.slice(at), OPTIONS);
    const stats = cacheStats(second)!;
    assert.ok(stats.hits > 0, `no cache hits: ${JSON.stringify(stats)}`);
    // One paragraph changed: each memoised stage (sentences, quotation marks, attribution, linguistic layer, names, dates) misses at most once for it.
    assert.ok(stats.misses <= 6, `too many misses for a one-paragraph edit: ${JSON.stringify(stats)}`);
  });

  it('the cache follows the document: paragraphs deleted are evicted', () => {
    let a = analyzeIncremental(undefined, BASE, OPTIONS);
    const entries = cacheStats(a)!.entries;
    for (let i = 0; i < 5; i++) a = analyzeIncremental(a, `${BASE}\n\nEdit number ${i} here.`, OPTIONS);
    a = analyzeIncremental(a, BASE, OPTIONS);
    a = analyzeIncremental(a, BASE, OPTIONS);
    // At most what the first analysis kept (the paragraphs an edit leaves alone are not split again, so their sentence entries may go).
    assert.ok(cacheStats(a)!.entries <= entries, `${cacheStats(a)!.entries} entries after the edits were undone, ${entries} before`);
    // And it does not grow with the edit history.
    for (let i = 0; i < 5; i++) a = analyzeIncremental(a, `${BASE}\n\nEdit number ${i} here.`, OPTIONS);
    a = analyzeIncremental(a, BASE, OPTIONS);
    a = analyzeIncremental(a, BASE, OPTIONS);
    assert.ok(cacheStats(a)!.entries <= entries);
  });

  it('a different publication date is not served from the cache', () => {
    const text = 'The talks resumed on Tuesday.\n\nOfficials met last week.';
    const a = analyzeIncremental(undefined, text, { ...OPTIONS, today: '2025-10-20' });
    const b = analyzeIncremental(a, text, { ...OPTIONS, today: '2024-03-05' });
    assert.deepStrictEqual(b, analyze(text, { ...OPTIONS, today: '2024-03-05' }));
  });

  it('memory stays flat over many keystrokes (cached results do not pin old versions of the draft)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    let text = BASE.repeat(30);
    let at = Math.floor(text.length / 2);
    let prev = analyzeIncremental(undefined, text, OPTIONS);
    const heapAfter = (edits: number): number => {
      for (let i = 0; i < edits; i++) {
        text = text.slice(0, at) + 'x' + text.slice(at);
        at++;
        prev = analyzeIncremental(prev, text, OPTIONS);
      }
      gc();
      return process.memoryUsage().heapUsed;
    };
    const early = heapAfter(20);
    const late = heapAfter(200);
    // A leak of one draft copy per keystroke would add 200 × 2 × text.length bytes (about 7 MB here).
    const grown = late - early;
    assert.ok(grown < 50 * text.length, `heap grew by ${(grown / 1048576).toFixed(1)} MB over 200 keystrokes on a ${(text.length / 1024).toFixed(0)} KB draft`);
  });
});

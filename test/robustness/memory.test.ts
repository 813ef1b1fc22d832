/**
 * Memory at the size limit (issue 15, row 6): the analysis and findings of a
 * 1.9 MB draft (just under the 2 MB default limit) of each dense shape hold at
 * most 20 bytes of heap per byte of draft, measured as the growth test does:
 * heap in use after a full collection, before and after `analyze` + `check`.
 * A storm of `"a" ` once held 43 bytes per byte (one quotation object every
 * four characters), and a draft of `"a"` on every line 128: the quotation
 * budget (quotes/quotations.ts) stops taking quotations past one per 16
 * characters, the paragraph budget (document.ts) paragraphs past one per 40,
 * and each says so in one information finding.
 */
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { TOO_MANY_PARAGRAPHS } from '../../server/src/analysis/document';
import { TOO_MANY_QUOTATIONS } from '../../server/src/analysis/quotes/quotations';
import { OPTIONS } from './helpers';

const MB = 1024 * 1024;
/** Bytes of heap allowed per byte of draft. */
const BYTES_PER_BYTE = 20;
/** Just under the default size limit (copydesk.maxDocumentSize, 2 MB). */
const SIZE = 1.9e6;

/** `unit` repeated to about `bytes` bytes of UTF-8. */
function fillBytes(unit: string, bytes: number): string {
  const per = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.floor(bytes / per));
}

const Q = TOO_MANY_QUOTATIONS;
const P = TOO_MANY_PARAGRAPHS;
const SHAPES: [string, string, string[]][] = [
  // [name, repeated unit, the notices of a cut draft it must get]
  ['storm of "a"', '"a" ', [Q]],
  ["storm of 'a'", "'a' ", []],
  ['storm of “a”', '“a” ', [Q]],
  ['storm of "', '"', []],
  ['nested brackets', '(“[a]”) ', [Q]],
  ['date storm', 'The council met on Monday and we threw it away. ', []],
  ['name storm', 'Maria Lopez and Jose Garcia met Lopez. ', []],
  // One-line paragraphs: a few hundred bytes of model each, whatever their length (the paragraph budget).
  ['one-line paragraphs of "a"', '"a"\n', [P]],
  ['one-line paragraphs of a quotation', '"We threw it away."\n', [P]],
  ['paragraphs of "a" between blank lines', '"a"\n\n', [P]],
];

function gcFunction(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('robustness: at most 20 bytes of heap per byte of a 1.9 MB draft (issue 15)', function () {
  this.timeout(120000);
  const gc = gcFunction();

  /** Heap held by the analysis and findings of `text`, after a full collection, and the findings. */
  function held(text: string): { bytes: number; codes: string[] } {
    // Twice: weak maps keyed by the last draft's objects let go of their values only in a second collection.
    gc();
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    const analysis = analyze(text, OPTIONS);
    const result = check(analysis);
    gc();
    const bytes = v8.getHeapStatistics().used_heap_size - before;
    // Keep both alive until measured.
    const codes = result.findings.length && analysis.doc.text.length ? result.findings.map((f) => f.ruleId) : [];
    return { bytes, codes };
  }

  for (const [name, unit, notices] of SHAPES) {
    it(name, () => {
      const text = fillBytes(unit, SIZE);
      const size = Buffer.byteLength(text, 'utf8');
      const first = held(text);
      const codes = first.codes;
      let bytes = first.bytes;
      // Over the bound: measure once more before failing (a collection that ran late is not memory held).
      if (bytes > BYTES_PER_BYTE * size) bytes = Math.min(bytes, held(text).bytes);
      const report = `${name}: ${(bytes / MB).toFixed(1)} MB held for ${(size / MB).toFixed(2)} MB of draft (${(bytes / size).toFixed(1)} bytes per byte)`;
      if (process.env.COPYDESK_TEST_VERBOSE) console.log(`    ${report}`);
      assert.ok(bytes <= BYTES_PER_BYTE * size, report);
      assert.deepStrictEqual(codes.filter((c) => c === Q || c === P), notices, `${name}: the notices of a cut draft`);
    });
  }
});

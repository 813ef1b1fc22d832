/**
 * Issue 15: odd and hostile drafts, one regression test per row of the
 * issue's table that the analysis itself handles (the CLI's and the server's
 * rows are in test/cli/hostile.test.ts and test/protocol/).
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { buildDocument } from '../../server/src/analysis/document';
import { OPTIONS, analyzeAndCheck } from './helpers';

describe('robustness: odd and hostile drafts (issue 15)', function () {
  this.timeout(60000);

  it('row 5: a paragraph with more sentences than a call takes arguments is split, not a stack overflow', () => {
    const text = 'We went. '.repeat(200_000);
    const d = buildDocument(text, 'plaintext');
    assert.strictEqual(d.sentences.length, 200_000);
    assert.strictEqual(d.paragraphs[0].sentences.length, 200_000);
    assert.ok(d.sentences.every((s, i) => s.index === i));
  });

  it('row 6: quote marks with no word between them are no quotations (a storm of them costs nothing)', () => {
    assert.deepStrictEqual(analyze('"'.repeat(10_000), OPTIONS).quotations, []);
    assert.deepStrictEqual(analyze('He wrote "" and " -- " there.', OPTIONS).quotations, []);
    // A quotation with a word in it still counts, however short.
    assert.strictEqual(analyze('"No," she said, and "7" was the answer.', OPTIONS).quotations.length, 2);
  });

  it('row 4: a bare weekday beside dated ones of the same weekday is linked as before, in one pass', () => {
    // The first dated Monday is the bare Monday's own day, so the conflict names the next one that differs.
    const text = 'On Monday, Oct. 20, 2025, they met. On Monday, Oct. 13, 2025, they had met. We left on Monday.';
    const { result } = analyzeAndCheck(text);
    const conflicts = result.findings.filter((f) => f.ruleId === 'date.relative-conflict');
    assert.strictEqual(conflicts.length, 1);
    assert.match(conflicts[0].message, /Oct\. 13/);
  });
});

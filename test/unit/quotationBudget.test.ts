/**
 * The quotation budget (issue 15, row 6): a draft holds at most one
 * quotation per 16 characters (at least 256), and so does each paragraph;
 * past that no quotation is taken, and one information finding
 * (`copydesk.too-many-quotations`) says where checking stopped.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { findParagraphQuotes, quotationBudget, TOO_MANY_QUOTATIONS } from '../../server/src/analysis/quotes/quotations';

const OPTS = { today: '2026-11-26', languageId: 'markdown' };

function cutFindings(text: string, levels?: Record<string, 'off'>) {
  return check(analyze(text, OPTS), levels).findings.filter((f) => f.ruleId === TOO_MANY_QUOTATIONS);
}

describe('quotation budget', () => {
  it('is one quotation per 16 characters, never under 256', () => {
    assert.strictEqual(quotationBudget(0), 256);
    assert.strictEqual(quotationBudget(4096), 256);
    assert.strictEqual(quotationBudget(160000), 10000);
  });

  it('leaves an ordinary draft alone: every quotation, no finding', () => {
    const text = '"We will rebuild the bridge," the mayor, Ana Ruiz, said on Tuesday.\n\n"It will take a year."\n\n\'Not a day more,\' she added.\n';
    const a = analyze(text, OPTS);
    assert.strictEqual(a.quotationCut, null);
    assert.strictEqual(a.quotations.length, 3);
    assert.deepStrictEqual(cutFindings(text), []);
  });

  it('a storm of short quotations in one paragraph: cut at the budget, one information finding where it stopped', () => {
    const text = '"a" '.repeat(25000) + 'Done.'; // 100,005 characters, 25,000 quotations
    const a = analyze(text, OPTS);
    assert.strictEqual(a.quotations.length, 6250);
    assert.deepStrictEqual(a.quotationCut, { at: 6250 * 4, checked: 6250 });
    const found = cutFindings(text);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'information');
    assert.strictEqual(found[0].start, 25000);
    assert.match(found[0].message, /too many quotations to check in full.*first 6,250 were checked/);
  });

  it('stops scanning a paragraph one quotation past its budget (curly and single quotes too)', () => {
    for (const unit of ['“a” ', "'a' ", '"a" ']) {
      const text = unit.repeat(1000);
      const raws = findParagraphQuotes(text, 0, text.length);
      assert.strictEqual(raws.length, 257, unit);
      assert.deepStrictEqual(raws.slice(0, 2).map((r) => text.slice(r.start, r.end)), [unit.trim(), unit.trim()]);
    }
  });

  it('a storm after ordinary paragraphs: the quotations before it are all checked, the cut lands in the storm', () => {
    const ordinary = '"We threw it away," Maria Lopez said.\n\n'.repeat(300);
    const text = ordinary + '"a" '.repeat(20000);
    const a = analyze(text, OPTS);
    assert.ok(a.quotationCut && a.quotationCut.at >= ordinary.length, JSON.stringify(a.quotationCut));
    // The storm paragraph's own budget (it is most of the draft) cuts it before the draft's does.
    assert.strictEqual(a.quotations.length, 300 + quotationBudget(20000 * 4 - 1));
    assert.strictEqual(a.quotations.filter((q) => q.speaker === 'Maria Lopez').length, 300);
    assert.strictEqual(cutFindings(text).length, 1);
  });

  it('no finding when every quotation rule is off', () => {
    const text = '"a" '.repeat(2000);
    const off = { 'quote.unattributed': 'off', 'quote.inferred': 'off', 'quote.misquoted': 'off', 'quote.wrong-speaker': 'off', 'quote.unverified': 'off' } as const;
    assert.strictEqual(cutFindings(text).length, 1);
    assert.deepStrictEqual(cutFindings(text, off), []);
  });
});

/**
 * The paragraph budget (issue 15, row 6): a draft's analysis reads at most
 * one paragraph per 40 characters (at least 1,024); past that nothing is
 * analysed, and one information finding (`copydesk.too-many-paragraphs`)
 * says where checking stopped. An incremental analysis of a cut draft gives
 * what a full analysis gives.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { paragraphBudget, TOO_MANY_PARAGRAPHS } from '../../server/src/analysis/document';
import { analyzeIncremental } from '../../server/src/analysis/incremental';

const OPTS = { today: '2026-11-26', languageId: 'markdown' };

const cutFindings = (text: string) => check(analyze(text, OPTS)).findings.filter((f) => f.ruleId === TOO_MANY_PARAGRAPHS);

describe('paragraph budget', () => {
  it('is one paragraph per 40 characters, never under 1,024', () => {
    assert.strictEqual(paragraphBudget(0), 1024);
    assert.strictEqual(paragraphBudget(40000), 1024);
    assert.strictEqual(paragraphBudget(400000), 10000);
  });

  it('leaves an ordinary draft alone', () => {
    const text = 'The bridge will close on Friday.\n\n"We threw it away," Maria Lopez said.\n\n"It is gone."\n';
    const a = analyze(text, OPTS);
    assert.strictEqual(a.paragraphCut, null);
    assert.strictEqual(a.doc.paragraphs.length, 3);
    assert.deepStrictEqual(cutFindings(text), []);
  });

  it('a draft of 2,000 one-line paragraphs: the first 1,024 are analysed, one information finding at the 1,025th', () => {
    const line = '"We threw it away."\n';
    const text = line.repeat(2000);
    const a = analyze(text, OPTS);
    assert.strictEqual(a.doc.paragraphs.length, 1024);
    assert.deepStrictEqual(a.paragraphCut, { at: 1024 * line.length, checked: 1024 });
    assert.ok(a.doc.sentences.every((s) => s.end <= 1024 * line.length));
    assert.ok(a.quotations.every((q) => q.end <= 1024 * line.length));
    const findings = check(a).findings;
    // Every analysed line but the first (read as the headline) is an unattributed quotation; none after the cut.
    assert.strictEqual(findings.filter((f) => f.ruleId === 'quote.unattributed').length, 1023);
    const cut = findings.filter((f) => f.ruleId === TOO_MANY_PARAGRAPHS);
    assert.strictEqual(cut.length, 1);
    assert.strictEqual(cut[0].severity, 'information');
    assert.strictEqual(cut[0].start, 1024 * line.length);
    assert.match(cut[0].message, /too many paragraphs to check in full.*first 1,024 were checked/);
  });

  it('an incremental analysis of a cut draft equals a full one, after edits before and after the cut', () => {
    const line = '"We threw it away."\n';
    const v1 = line.repeat(1500);
    const v2 = 'Maria Lopez said:\n' + v1.slice(0, -1) + ' More.\n';
    const v3 = v2.slice(0, 2000 * 2) + v2.slice(2000 * 2 + line.length * 10);
    let prev = analyzeIncremental(undefined, v1, OPTS);
    for (const text of [v2, v3, v1]) {
      const inc = analyzeIncremental(prev, text, OPTS);
      const full = analyze(text, OPTS);
      assert.deepStrictEqual(inc.paragraphCut, full.paragraphCut);
      assert.deepStrictEqual(inc.doc.paragraphs, full.doc.paragraphs);
      assert.deepStrictEqual(check(inc).findings, check(full).findings);
      prev = inc;
    }
  });
});

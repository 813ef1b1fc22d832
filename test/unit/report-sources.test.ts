/** The sourcing report's source counts (issue 12 item 5): documents as documents, no dateline, every unnamed source. */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { buildReport } from '../../server/src/features/report';
import { LineIndex } from '../../server/src/features/positions';

function reportOf(text: string) {
  const a = analyze(text, { today: '2026-11-26', languageId: 'markdown' });
  const lines = new LineIndex(text);
  return buildReport(a, check(a).findings, (o) => lines.positionAt(o).line);
}

describe('sourcing report: source counts', function () {
  it('counts a document as a document, not as an unnamed source', function () {
    const r = reportOf('The ferry will stop in March, a copy reviewed by the newspaper said.');
    assert.deepStrictEqual([r.counts.documents, r.counts.unnamed, r.counts.named], [1, 0, 0]);
    assert.deepStrictEqual(r.sources.map((s) => s.group), ['document']);
  });

  it('never takes a dateline for a source', function () {
    const r = reportOf('TALLINN (Reuters) - The governor closed the port, saying the ice was too thick.');
    assert.ok(!r.sources.some((s) => s.text === 'TALLINN'), JSON.stringify(r.sources));
    assert.strictEqual(r.counts.named, 0);
  });

  it('keeps an unnamed source in the count once a reason, or a placeholder for one, is inserted', function () {
    for (const text of [
      'Insiders say the vote was settled weeks ago.',
      'Insiders, who spoke on condition of anonymity because [REASON], say the vote was settled weeks ago.',
      'Insiders, who spoke on condition of anonymity because they feared reprisals, say the vote was settled weeks ago.',
    ]) {
      const r = reportOf(text);
      assert.strictEqual(r.counts.unnamed, 1, `${text}: ${JSON.stringify(r.sources)}`);
      assert.deepStrictEqual(r.sources.filter((s) => s.group === 'unnamed').map((s) => s.text), ['Insiders']);
    }
  });

  it('counts the descriptor sources only the source rules find', function () {
    const r = reportOf('Harbour officials have, in fact, praised the new scanners.\n\nAna Ruiz said the scanners were slow.');
    assert.deepStrictEqual([r.counts.unnamed, r.counts.named], [1, 1]);
  });
});

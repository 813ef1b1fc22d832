import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { buildReport, reportMarkdown } from '../../server/src/features/report';
import { LineIndex } from '../../server/src/features/positions';

function reportOf(text: string) {
  const a = analyze(text, { today: '2025-10-17', languageId: 'markdown' });
  const { findings } = check(a, {});
  const lines = new LineIndex(text);
  return buildReport(a, findings, (o) => lines.positionAt(o).line);
}

describe('sourcing report (features/report)', function () {
  const draft = [
    'Mayor Ana Ruiz opened the council meeting on Tuesday.',
    '',
    '"We threw it away."',
    '',
    '"It was never going to work," Ruiz said.',
    '',
    'A council aide, who spoke on condition of anonymity, said the vote was close.',
    '',
  ].join('\n');

  it('lists every quotation with its line, speaker and status', function () {
    const r = reportOf(draft);
    assert.deepStrictEqual(
      r.quotations.map((q) => [q.line, q.text, q.speaker === null ? null : /Ruiz/.test(q.speaker), q.status]),
      [
        [3, '"We threw it away."', null, 'unattributed'],
        [5, '"It was never going to work,"', true, 'attributed'],
      ],
    );
    assert.strictEqual(r.counts.quotations, 2);
    assert.strictEqual(r.counts.attributed, 1);
    assert.strictEqual(r.counts.unattributed, 1);
  });

  it('counts named and unnamed sources', function () {
    const r = reportOf(draft);
    assert.ok(r.sources.some((s) => s.named && /Ruiz/.test(s.resolved ?? '') && s.line === 5), JSON.stringify(r.sources));
    assert.ok(r.sources.some((s) => !s.named && /aide/.test(s.text) && s.line === 7), JSON.stringify(r.sources));
    assert.strictEqual(r.counts.named + r.counts.unnamed + r.counts.documents + r.counts.organizations, r.sources.length);
  });

  it('lists the actors and counts findings per rule', function () {
    const r = reportOf(draft);
    const ruiz = r.actors.find((a) => a.name === 'Ana Ruiz');
    assert.ok(ruiz, JSON.stringify(r.actors));
    assert.strictEqual(ruiz.firstLine, 1);
    assert.ok(ruiz.quotes >= 1);
    assert.ok(r.findings.some((f) => f.ruleId === 'quote.unattributed' && f.count === 1), JSON.stringify(r.findings));
  });

  it('renders Markdown with escaped draft text', function () {
    const r = reportOf('"Use *stars* | pipes," Ruiz said.\n');
    const md = reportMarkdown(r, 'a|b.md');
    assert.match(md, /^# Sourcing report: a\\\|b\.md$/m);
    assert.match(md, /\\\*stars\\\* \\\| pipes/);
    assert.match(md, /## Quotations/);
  });

  it('reports an empty draft without failing', function () {
    const r = reportOf('');
    assert.deepStrictEqual(r.counts, { quotations: 0, attributed: 0, unattributed: 0, named: 0, unnamed: 0, documents: 0, organizations: 0, actors: 0, findings: 0 });
    assert.deepStrictEqual(r.findingList, []);
    assert.match(reportMarkdown(r, 'empty'), /None\./);
  });
});

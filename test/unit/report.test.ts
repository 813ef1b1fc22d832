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

describe('sourcing report: sources counted apart', function () {
  it('a titled person is named, an organisation and a document are counted apart from people', function () {
    const text = [
      'Council President Dana Whitfield said the vote would wait.',
      '',
      'The Harbor Department of Parks said in a statement that the pools would close.',
      '',
      'According to the audit report, the fund ran dry in May.',
      '',
      'A council aide said the mood was grim.',
      '',
    ].join('\n');
    const a = analyze(text, { today: '2025-10-17', languageId: 'markdown' });
    const { findings } = check(a, {});
    const lines = new LineIndex(text);
    const r = buildReport(a, findings, (o) => lines.positionAt(o).line);
    const whitfield = r.sources.find((s) => /Whitfield/.test(s.text));
    assert.strictEqual(whitfield?.group, 'named', JSON.stringify(r.sources));
    assert.ok(r.sources.some((s) => /aide/.test(s.text) && s.group === 'unnamed'), JSON.stringify(r.sources));
    assert.ok(r.sources.some((s) => /Department/.test(s.text) && s.group === 'organization'), JSON.stringify(r.sources));
    assert.ok(r.sources.some((s) => /audit report/.test(s.text) && s.group === 'document'), JSON.stringify(r.sources));
    assert.deepStrictEqual([r.counts.named, r.counts.unnamed, r.counts.documents, r.counts.organizations], [1, 1, 1, 1]);
    assert.strictEqual(r.counts.named + r.counts.unnamed + r.counts.documents + r.counts.organizations, r.sources.length);
    const md = reportMarkdown(r, 'x.md', (n) => `command:go?${n}`);
    assert.match(md, /\| \[1\]\(command:go\?1\) \| Council President Dana Whitfield \| say \| named: /);
    for (const f of r.findingList) assert.ok(md.includes(`| [${f.line}](command:go?${f.line}) | \`${f.ruleId}\``), f.ruleId);
  });
});

import * as assert from 'assert';
import * as path from 'path';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import type { Finding } from '../../server/src/analysis/types';
import { datesCommand, type CliDate } from '../../server/src/cli/commands/dates';
import { relativeConflictRepairs, weekdayMismatchRepairs } from '../../server/src/features/fixes/dates';
import { dateHover } from '../../server/src/features/hovers/dateHover';

function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function run(text: string, pub?: string) {
  const a = analyze(text, { today: '2026-11-26', publicationDate: pub, languageId: 'markdown' });
  return { a, findings: check(a).findings };
}

function only(findings: Finding[], ruleId: string): Finding {
  const f = findings.filter((x) => x.ruleId === ruleId);
  assert.strictEqual(f.length, 1, `expected one ${ruleId}, got ${findings.map((x) => x.ruleId).join(', ')}`);
  return f[0];
}

describe('dates quick fixes', () => {
  it('offers both repairs for a weekday mismatch, and each leaves a consistent draft', () => {
    const text = 'The plan was announced Wednesday, November 4, 2025, in Geneva.';
    const { findings } = run(text, '2025-11-10');
    const repairs = weekdayMismatchRepairs(only(findings, 'date.weekday-mismatch'), text);
    assert.deepStrictEqual(repairs.map((r) => r.title), ['Change the weekday to Tuesday', 'Change the date to November 5, 2025 (the Wednesday of that week)']);
    for (const r of repairs) {
      const fixed = applyEdits(text, r.edits);
      assert.deepStrictEqual(run(fixed, '2025-11-10').findings.filter((f) => f.ruleId.startsWith('date.')), [], fixed);
    }
    assert.strictEqual(applyEdits(text, repairs[0].edits), 'The plan was announced Tuesday, November 4, 2025, in Geneva.');
    assert.strictEqual(applyEdits(text, repairs[1].edits), 'The plan was announced Wednesday, November 5, 2025, in Geneva.');
  });

  it('keeps the draft style: parenthesised weekday, ordinal, month change across a month end', () => {
    const text = 'The trial opens Oct. 31st (Monday).';
    const { findings } = run(text, '2025-10-20');
    const repairs = weekdayMismatchRepairs(only(findings, 'date.weekday-mismatch'), text);
    // Oct. 31, 2025 is a Friday; the nearest Monday is Nov. 3.
    assert.strictEqual(applyEdits(text, repairs[0].edits), 'The trial opens Oct. 31st (Friday).');
    assert.strictEqual(applyEdits(text, repairs[1].edits), 'The trial opens Nov. 3rd (Monday).');
  });

  it('offers the weekday the relative word means for a relative conflict', () => {
    const text = 'The board met yesterday, Tuesday, to vote.';
    const { findings } = run(text, '2026-01-15');
    const repairs = relativeConflictRepairs(only(findings, 'date.relative-conflict'));
    assert.strictEqual(repairs.length, 1);
    assert.strictEqual(applyEdits(text, repairs[0].edits), 'The board met yesterday, Wednesday, to vote.');
  });

  it('offers to write the date for a bare weekday the paragraph dates otherwise', () => {
    const text = 'The board met on Tuesday, March 3, to set the budget. On Tuesday, members also elected a chair.';
    const { findings } = run(text, '2026-03-20');
    const repairs = relativeConflictRepairs(only(findings, 'date.relative-conflict'));
    assert.deepStrictEqual(repairs.map((r) => r.title), ['Write the date: Tuesday, March 3']);
    assert.strictEqual(applyEdits(text, repairs[0].edits), 'The board met on Tuesday, March 3, to set the budget. On Tuesday, March 3, members also elected a chair.');
  });

  it('offers nothing when the finding carries no usable payload', () => {
    const f: Finding = { ruleId: 'date.weekday-mismatch', start: 0, end: 3, severity: 'warning', message: 'x', data: { weekdayFix: { start: 'a' } } };
    assert.deepStrictEqual(weekdayMismatchRepairs(f, 'abc'), []);
  });
});

describe('date hover', () => {
  it('gives the date with its weekday, the distance from publication and how the year was chosen', () => {
    const text = '---\ndate: 2026-01-14\n---\nThe company announced the cuts on Dec. 30.';
    const { a, findings } = run(text);
    const md = dateHover(a, text.indexOf('Dec. 30') + 2, { findings });
    assert.ok(md);
    assert.match(md, /Tuesday, December 30, 2025/);
    assert.match(md, /15 days before publication/);
    assert.match(md, /no year written; 2025/);
    assert.match(md, /from the front matter/);
  });

  it('says when the publication date is only today because the draft has none', () => {
    const text = 'The mayor resigned yesterday.';
    const { a, findings } = run(text);
    const md = dateHover(a, text.indexOf('yesterday'), { findings });
    assert.match(md ?? '', /Wednesday, November 25, 2026/);
    assert.match(md ?? '', /the draft gives no publication date/);
  });

  it('spells out the contradiction on a flagged date', () => {
    const text = 'The board met yesterday, Tuesday, to vote.';
    const { a, findings } = run(text, '2026-01-15');
    assert.match(dateHover(a, text.indexOf('Tuesday') + 1, { findings }) ?? '', /"yesterday" is Wednesday, January 14, 2026.*calls it Tuesday/);
    const bad = 'The plan was announced Wednesday, November 4, 2025.';
    const r = run(bad, '2025-11-10');
    assert.match(dateHover(r.a, bad.indexOf('November'), { findings: r.findings }) ?? '', /— November 4, 2025 is a Tuesday, but the draft calls it Wednesday/);
    const imp = 'The deadline is February 30.';
    const r2 = run(imp, '2026-01-14');
    assert.match(dateHover(r2.a, imp.indexOf('30'), { findings: r2.findings }) ?? '', /does not exist: February 2026 has only 28 days/);
  });

  it('names no problem the rules did not report (a quoted yesterday, a rule turned off)', () => {
    const text = '"Yesterday, Tuesday, was hard," she said.';
    const { a, findings } = run(text, '2026-01-15');
    assert.doesNotMatch(dateHover(a, text.indexOf('Tuesday'), { findings }) ?? '', /Problem/);
    const bad = 'The plan was announced Wednesday, November 4, 2025.';
    const r = run(bad, '2025-11-10');
    assert.doesNotMatch(dateHover(r.a, bad.indexOf('November'), { findings: [] }) ?? '', /Problem/);
  });

  it('is null away from any date', () => {
    const text = 'The mayor resigned yesterday.';
    const { a, findings } = run(text);
    assert.strictEqual(dateHover(a, 2, { findings }), null);
  });
});

describe('copydesk dates', () => {
  const corpus = path.resolve(__dirname, '../../../../shared/corpus/dev');

  async function runCli(args: string[]): Promise<{ code: unknown; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await datesCommand.run(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
    return { code, out, err };
  }

  it('lists every date expression with range, resolved date and findings as JSON', async () => {
    const r = await runCli(['--format', 'json', path.join(corpus, 'chipmaker.md')]);
    assert.strictEqual(r.code, 0);
    const report = JSON.parse(r.out) as { file: string; publicationDate: { iso: string }; dates: CliDate[] }[];
    assert.strictEqual(report[0].publicationDate.iso, '2026-01-14');
    const byText = new Map(report[0].dates.map((d) => [d.text, d]));
    assert.deepStrictEqual(
      report[0].dates.map((d) => d.text),
      ['Tuesday', 'yesterday', 'Monday', 'February 29, 2027', 'Dec. 18'],
    );
    const monday = byText.get('Monday')!;
    assert.deepStrictEqual([monday.line, monday.column, monday.endLine, monday.endColumn], [6, 61, 6, 67]);
    assert.deepStrictEqual(monday.findings.map((f) => f.code), ['date.relative-conflict']);
    assert.strictEqual(byText.get('yesterday')!.iso, '2026-01-13');
    assert.strictEqual(byText.get('February 29, 2027')!.iso, null);
    assert.deepStrictEqual(byText.get('February 29, 2027')!.findings.map((f) => f.code), ['date.impossible']);
    assert.strictEqual(byText.get('Dec. 18')!.iso, '2025-12-18');
  });

  it('honours --date for a draft with no date of its own', async () => {
    const r = await runCli(['--format', 'json', '--date', '2016-09-20', path.join(corpus, 'peace-plan.txt')]);
    const report = JSON.parse(r.out) as { dates: CliDate[] }[];
    assert.ok(report[0].dates.every((d) => d.findings.length === 0));
    assert.strictEqual(report[0].dates.find((d) => d.text === 'October 17')?.iso, '2016-10-17');
  });

  it('text format: one line per expression', async () => {
    const r = await runCli([path.join(corpus, 'derby.md')]);
    assert.match(r.out, /derby\.md:10:27 weekday 2025-10-04 "Saturday" \[date\.relative-conflict\]/);
  });
});

/**
 * The features layer in process: findings to diagnostics, quick fixes applied
 * and re-checked (the diagnostic must be gone), hover composition, the gate.
 */
import * as assert from 'assert';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, findingOfDiagnostic } from '../../server/src/features/codeActions';
import { Cancelled, checkText, languageOfFile, todayIso, type CheckedText } from '../../server/src/features/checkText';
import { RULES } from '../../server/src/analysis/rules';
import type { Rule } from '../../server/src/analysis/rules/rule';
import { ruleAnchor, sameDiagnostic, sameDiagnostics, toDiagnostics, toSeverity } from '../../server/src/features/diagnostics';
import { documentNotice, looksBinary } from '../../server/src/features/gate';
import { hover } from '../../server/src/features/hover';
import { defaultSettings } from '../../server/src/features/settings';

const URI = 'file:///draft.md';
const INTRO = 'Mayor Ann Lee opened the meeting on Tuesday. "We are ready," Lee said.\n\nThe council voted 5-2 after a long debate.\n\n';

function run(text: string): CheckedText {
  return checkText(text, { languageId: 'markdown', settings: defaultSettings(), today: '2026-03-12' });
}

function quoteDiagnostics(c: CheckedText): Diagnostic[] {
  return toDiagnostics(c.findings, c.lines, 'file:///README.md').filter((d) => d.code === 'quote.unattributed');
}

/** Applies the action titled `title` to `text` and returns the new text. */
function applyFix(text: string, title: string, snippets = false): string {
  const c = run(text);
  const diags = quoteDiagnostics(c);
  assert.strictEqual(diags.length, 1, `expected one unattributed quote in:\n${text}`);
  const actions = codeActions(c.analysis!, c.lines, diags, { uri: URI, version: 1, snippets, findings: c.findings });
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no "${title}" among ${actions.map((a) => a.title).join(', ')}`);
  const edits = action.edit!.changes![URI];
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), edits);
}

describe('features: diagnostics', () => {
  it('maps each level to one LSP severity', () => {
    assert.strictEqual(toSeverity('error'), DiagnosticSeverity.Error);
    assert.strictEqual(toSeverity('warning'), DiagnosticSeverity.Warning);
    assert.strictEqual(toSeverity('information'), DiagnosticSeverity.Information);
    assert.strictEqual(toSeverity('hint'), DiagnosticSeverity.Hint);
  });

  it('carries source, code, README anchor and range, and no fix payload (code actions find the finding again)', () => {
    const text = INTRO + '"We threw it away."\n';
    const c = run(text);
    const [d] = quoteDiagnostics(c);
    assert.strictEqual(d.source, 'copydesk');
    assert.strictEqual(d.codeDescription?.href, 'file:///README.md#rule-quote-unattributed');
    assert.deepStrictEqual(d.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 19 } });
    assert.strictEqual(d.data, undefined);
    const f = findingOfDiagnostic(d, c.lines, c.findings)!;
    assert.strictEqual(text.slice(f.start, f.end), '"We threw it away."');
    assert.deepStrictEqual((f.data as { candidates: string[] }).candidates, ['Ann Lee']);
    assert.strictEqual(ruleAnchor('date.weekday-mismatch'), 'rule-date-weekday-mismatch');
  });

  it('tells two diagnostics apart by range, message, severity and related information', () => {
    const c = run(INTRO + '"We threw it away."\n\n"Never again."\n');
    const ds = toDiagnostics(c.findings, c.lines, 'file:///README.md', URI);
    assert.ok(ds.length >= 2);
    assert.ok(sameDiagnostics(ds, ds.map((d) => ({ ...d, range: { start: { ...d.range.start }, end: { ...d.range.end } } }))));
    assert.ok(!sameDiagnostic(ds[0], { ...ds[0], range: { ...ds[0].range, end: { line: ds[0].range.end.line, character: ds[0].range.end.character + 1 } } }));
    assert.ok(!sameDiagnostic(ds[0], { ...ds[0], message: ds[0].message + '!' }));
    assert.ok(!sameDiagnostic(ds[0], { ...ds[0], severity: DiagnosticSeverity.Hint }));
    assert.ok(!sameDiagnostic(ds[0], { ...ds[0], relatedInformation: [{ location: { uri: URI, range: ds[1].range }, message: 'x' }] }));
    assert.ok(!sameDiagnostics(ds, ds.slice(1)));
  });
});

describe('features: quote.unattributed quick fixes, applied and re-checked', () => {
  const cases: [string, string][] = [
    // A second reference: the surname (AP), since the intro names Ann Lee in full.
    ['"We threw it away."', '"We threw it away," Lee said.'],
    ['“We threw it away.”', '“We threw it away,” Lee said.'],
    ['"Why did we wait?"', '"Why did we wait?" Lee said.'],
    ['"Never again!"', '"Never again!" Lee said.'],
    ['‘We threw it away.’', '‘We threw it away,’ Lee said.'],
    ['"We threw it away"', '"We threw it away," Lee said.'],
    ['"We tried our best," but the vote failed.', '"We tried our best," Lee said, but the vote failed.'],
  ];
  for (const [quote, fixed] of cases) {
    it(`${quote} -> ${fixed}`, () => {
      const after = applyFix(INTRO + quote + '\n', 'Attribute to Ann Lee');
      assert.strictEqual(after, INTRO + fixed + '\n');
      assert.deepStrictEqual(quoteDiagnostics(run(after)), [], `still flagged:\n${after}`);
    });
  }

  it('the plain placeholder reads [SPEAKER] said', () => {
    assert.strictEqual(applyFix(INTRO + '"We threw it away."\n', 'Insert attribution placeholder'), INTRO + '"We threw it away," [SPEAKER] said.\n');
  });

  it('ignores a diagnostic of an older version whose finding moved (stale)', () => {
    const text = INTRO + '"We threw it away."\n';
    const [d] = quoteDiagnostics(run(text));
    // A word typed before the quotation on its line: the old range no longer covers a finding.
    const c = run(INTRO + 'Then "We threw it away."\n');
    assert.deepStrictEqual(codeActions(c.analysis!, c.lines, [d], { uri: URI, version: 2, snippets: false, findings: c.findings }), []);
    assert.ok(codeActions(c.analysis!, c.lines, quoteDiagnostics(c), { uri: URI, version: 2, snippets: false, findings: c.findings }).length > 0);
  });
});

describe('features: hover', () => {
  const text = INTRO + '"We threw it away."\n';
  const c = run(text);
  it('on a flagged quotation: the rule, why, fix and the candidates', () => {
    const md = hover(c.analysis!, text.indexOf('threw'), { findings: c.findings, uri: URI })!;
    assert.match(md, /^\*\*Unattributed quotation\*\*/);
    assert.match(md, /\*\*Fix:\*\* Name the speaker[^\n]*$/);
    assert.match(md, /No one who spoke or was named in this paragraph or the one before\./);
    assert.match(md, /Named further back: \*\*Ann Lee\*\*/);
    assert.doesNotMatch(md, /Quotation without attribution/, 'the generic finding card does not repeat it');
  });
  it('on an attributed quotation: speaker, how and cue', () => {
    const md = hover(c.analysis!, text.indexOf('are ready'), { findings: c.findings, uri: URI })!;
    assert.match(md, /^\*\*Quotation by Ann Lee\*\* · Mayor/);
    assert.match(md, /First mention: \[line 1\]\(file:/);
    assert.match(md, /Attributed by a speech verb after the quote: “Lee … said”/);
  });
});

describe('features: checkText', () => {
  it('a rule that throws loses its own findings only, and is reported', () => {
    const broken: Rule = { ...RULES[0], id: 'source.vague', check: () => { throw new Error('boom'); } };
    const c = checkText(INTRO + '"We threw it away."\n', { languageId: 'markdown', settings: defaultSettings(), today: '2026-03-12', rules: [broken, RULES[0]] });
    assert.deepStrictEqual(c.errors, [{ ruleId: 'source.vague', message: 'boom' }]);
    assert.strictEqual(c.findings.filter((f) => f.ruleId === 'quote.unattributed').length, 1);
  });

  it('stops between stages when cancelled', () => {
    assert.throws(() => checkText(INTRO, { settings: defaultSettings(), today: '2026-03-12', cancelled: () => true }), Cancelled);
  });

  it('analyses nothing when disabled', () => {
    const c = checkText(INTRO + '"We threw it away."\n', { settings: { ...defaultSettings(), enable: false }, today: '2026-03-12' });
    assert.deepStrictEqual([c.analysis, c.notice, c.findings], [null, null, []]);
  });
});

describe('features: gate and helpers', () => {
  it('takes NUL bytes or many replacement characters for binary, not ordinary text', () => {
    assert.ok(looksBinary('abc\u0000def'));
    assert.ok(looksBinary('\uFFFD'.repeat(20) + 'abc'));
    assert.ok(!looksBinary('Café “quoted” — naïve 😀 text'));
    assert.ok(!looksBinary('one stray \uFFFD in a long text '.repeat(3)));
  });
  it('says a draft is too large in bytes, not characters', () => {
    assert.strictEqual(documentNotice('é'.repeat(600), 1000)?.code, 'copydesk.too-large');
    assert.strictEqual(documentNotice('e'.repeat(600), 1000), null);
  });
  it('names languages by extension and dates by the local calendar', () => {
    assert.deepStrictEqual(['a.md', 'b.MARKDOWN', 'c.draft', 'd.story', 'e.txt', 'f'].map(languageOfFile), ['markdown', 'markdown', 'newsdraft', 'newsdraft', 'plaintext', 'plaintext']);
    assert.strictEqual(todayIso(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});

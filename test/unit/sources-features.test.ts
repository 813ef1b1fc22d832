import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostic } from '../../server/src/features/diagnostics';
import { justificationClause } from '../../server/src/features/fixes/sources';
import { sourceHover } from '../../server/src/features/hovers/sourceHover';
import { LineIndex } from '../../server/src/features/positions';

const URI = 'file:///draft.md';

function setup(text: string, languageId = 'markdown', snippets = false, snippetCommand: string | null = null) {
  const analysis = analyze(text, { today: '2026-11-26', languageId });
  const lines = new LineIndex(text);
  const findings = check(analysis).findings;
  const actionsFor = (ruleId: string): CodeAction[] => {
    const diags = findings.filter((f) => f.ruleId === ruleId).map((f) => toDiagnostic(f, lines));
    return codeActions(analysis, lines, diags.slice(0, 1), { uri: URI, version: 1, snippets, snippetCommand, findings });
  };
  return { analysis, findings, actionsFor };
}

function apply(text: string, action: CodeAction, languageId = 'markdown'): string {
  const edits = action.edit?.changes?.[URI] as TextEdit[];
  assert.ok(edits, JSON.stringify(action.edit));
  return TextDocument.applyEdits(TextDocument.create(URI, languageId, 1, text), edits);
}

function severityOf(text: string, languageId = 'markdown'): string[] {
  return check(analyze(text, { today: '2026-11-26', languageId })).findings.filter((f) => f.ruleId === 'source.unnamed').map((f) => f.severity);
}

describe('source.unnamed quick fixes', () => {
  it('inserts the justification with a closing comma before the verb; the placeholder keeps the finding at its level', () => {
    const text = 'Insiders say the vote was decided weeks ago.';
    const fix = setup(text).actionsFor('source.unnamed').find((a) => a.title === 'Explain why anonymity was granted')!;
    assert.ok(fix.isPreferred);
    const out = apply(text, fix);
    assert.strictEqual(out, 'Insiders, who spoke on condition of anonymity because [REASON], say the vote was decided weeks ago.');
    assert.deepStrictEqual(severityOf(out), ['warning']);
    assert.deepStrictEqual(severityOf(out.replace('[REASON]', 'they feared being fired')), ['information']);
  });

  it('hands the snippet to the client’s own snippet command when it offers one and takes no snippet edits', () => {
    const text = 'Insiders say the vote was decided weeks ago.';
    const fix = setup(text, 'markdown', false, 'copydesk.insertSnippet').actionsFor('source.unnamed').find((a) => a.title.startsWith('Explain'))!;
    assert.strictEqual(fix.edit, undefined);
    assert.strictEqual(fix.command?.command, 'copydesk.insertSnippet');
    const [uri, range, snippet, version] = fix.command!.arguments!;
    assert.strictEqual(uri, URI);
    assert.deepStrictEqual(range, { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } });
    assert.strictEqual(snippet, ', who spoke on condition of anonymity because ${1:[REASON]},$0');
    assert.strictEqual(version, 1);
  });

  it('reuses the comma that already follows the phrase', () => {
    const text = 'A senior official, who was visibly tired, said the talks had stalled.';
    const fix = setup(text).actionsFor('source.unnamed').find((a) => a.title.startsWith('Explain'))!;
    assert.strictEqual(apply(text, fix), 'A senior official, who spoke on condition of anonymity because [REASON], who was visibly tired, said the talks had stalled.');
  });

  it('adds no closing comma when the phrase ends the sentence', () => {
    const text = 'The plan was dropped, according to a person familiar with the matter.';
    const fix = setup(text).actionsFor('source.unnamed').find((a) => a.title.startsWith('Explain'))!;
    assert.strictEqual(apply(text, fix), 'The plan was dropped, according to a person familiar with the matter, who spoke on condition of anonymity because [REASON].');
  });

  it('offers a snippet with a tab stop when the client takes snippet edits', () => {
    const text = 'Insiders say the vote was decided weeks ago.';
    const fix = setup(text, 'markdown', true).actionsFor('source.unnamed').find((a) => a.title.startsWith('Explain'))!;
    const change = fix.edit!.documentChanges![0] as unknown as { textDocument: { version: number }; edits: { snippet: { value: string } }[] };
    assert.strictEqual(change.textDocument.version, 1);
    assert.strictEqual(change.edits[0].snippet.value, ', who spoke on condition of anonymity because ${1:[REASON]},$0');
  });

  it('splits the clause around the reason correctly for every follower', () => {
    assert.deepStrictEqual(justificationClause('x said', 1), { before: ', who spoke on condition of anonymity because ', after: ',' });
    assert.strictEqual(justificationClause('x, said', 1).after, '');
    assert.strictEqual(justificationClause('x.', 1).after, '');
    assert.strictEqual(justificationClause('x', 1).after, '');
    assert.strictEqual(justificationClause("x.'", 1).after, '');
    assert.strictEqual(justificationClause('x\nNext', 1).after, '');
  });

  it('offers up to three named people, nearest first, replacing the descriptor', () => {
    const text = [
      'Mayor Ana Ruiz said the budget was balanced.',
      'Council member Tom Reyes said it was not.',
      'Treasurer Li Wei said the audit was clean.',
      'Clerk Jo Park said the minutes were posted.',
      '',
      'A senior official said the vote was rigged.',
    ].join('\n');
    const actions = setup(text).actionsFor('source.unnamed').filter((a) => a.title.startsWith('Attribute to'));
    assert.deepStrictEqual(actions.map((a) => a.title), ['Attribute to Jo Park', 'Attribute to Li Wei', 'Attribute to Tom Reyes']);
    assert.match(apply(text, actions[0]), /\nJo Park said the vote was rigged\.$/);
  });
});

describe('Mark as reviewed', () => {
  it('inserts a Markdown ignore comment above the paragraph, which silences the finding', () => {
    const text = 'Intro line.\n\nInsiders say the vote was decided weeks ago.';
    const fix = setup(text).actionsFor('source.unnamed').find((a) => a.title.startsWith('Mark as reviewed'))!;
    const out = apply(text, fix);
    assert.strictEqual(out, 'Intro line.\n\n<!-- copydesk-ignore source.unnamed -->\nInsiders say the vote was decided weeks ago.');
    assert.deepStrictEqual(severityOf(out), []);
  });

  it('inserts the plain-text marker in plain text drafts', () => {
    const text = 'Insiders say the vote was decided weeks ago.\n';
    const fix = setup(text, 'plaintext').actionsFor('source.unnamed').find((a) => a.title.startsWith('Mark as reviewed'))!;
    const out = apply(text, fix, 'plaintext');
    assert.strictEqual(out, '[copydesk-ignore source.unnamed]\nInsiders say the vote was decided weeks ago.\n');
    assert.deepStrictEqual(severityOf(out, 'plaintext'), []);
  });

  it('works for any rule and extends an existing directive', () => {
    const text = '<!-- copydesk-ignore source.unnamed -->\nInsiders say it is over. Critics say it is not.';
    const fix = setup(text).actionsFor('source.vague').find((a) => a.title.startsWith('Mark as reviewed'))!;
    const out = apply(text, fix);
    assert.strictEqual(out, '<!-- copydesk-ignore source.unnamed, source.vague -->\nInsiders say it is over. Critics say it is not.');
    assert.deepStrictEqual(check(analyze(out, { today: '2026-11-26' })).findings, []);
  });

  it('marks a quote.unattributed finding as reviewed', () => {
    const text = 'Mayor Ana Ruiz spoke.\n\n"We threw it away."\n';
    const fix = setup(text).actionsFor('quote.unattributed').find((a) => a.title.startsWith('Mark as reviewed'))!;
    const out = apply(text, fix);
    assert.strictEqual(out, 'Mayor Ana Ruiz spoke.\n\n<!-- copydesk-ignore quote.unattributed -->\n"We threw it away."\n');
    assert.deepStrictEqual(check(analyze(out, { today: '2026-11-26' })).findings, []);
  });
});

describe('source hover', () => {
  it('says no reason was found, and counts sources so far', () => {
    const text = 'Witkoff said yes. The State Department said maybe.\n\nInsiders say the vote was decided weeks ago.';
    const { analysis, findings } = setup(text);
    const md = sourceHover(analysis, text.indexOf('Insiders') + 2, { findings })!;
    assert.match(md, /^\*\*Unnamed source “Insiders”\*\* — no reason for anonymity/);
    assert.match(md, /\*\*Fix:\*\* Name the source[^\n]*$/);
    assert.match(md, /Sources so far: 1 unnamed, 2 named/);
  });

  it('quotes the justification with its line', () => {
    const text = 'One Democratic senator involved in the talks said the bill was dead.\n\nThe senator spoke on condition of anonymity to describe private negotiations.';
    const { analysis, findings } = setup(text);
    const md = sourceHover(analysis, 5, { findings })!;
    assert.match(md, /^\*\*Unnamed source “One Democratic senator[^”]*”\*\* — a reason for anonymity is given\./);
    assert.match(md, /Reason given \(line 3\): “on condition of anonymity to describe private negotiations”/);
    assert.doesNotMatch(md, /say why anonymity was granted/);
  });

  it('includes why it matters when the rule is off, and is null elsewhere', () => {
    const text = 'Insiders say it is over.';
    const { analysis } = setup(text);
    assert.match(sourceHover(analysis, 1, { findings: [] })!, /AP and New York Times/);
    assert.strictEqual(sourceHover(analysis, text.indexOf('over'), { findings: [] }), null);
  });
});

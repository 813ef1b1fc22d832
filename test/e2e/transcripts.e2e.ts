/**
 * The record in a real VS Code (issue 17): a transcript (`transcripts/pool.vtt`) beside a draft (`record.md`) in
 * the workspace. The draft drops a "not" from one remark and gives another speaker's remark to the wrong person:
 * the editor shows quote.misquoted and quote.wrong-speaker, the hover names the passage, and both quick fixes,
 * applied with workspace.applyEdit, clear their diagnostics.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, fixture, hasCode, hoverText, lacksCode, open, positionOf, waitForDiagnostics } from './helpers';

const MISQUOTED = 'quote.misquoted';
const WRONG_SPEAKER = 'quote.wrong-speaker';

async function quickFix(uri: vscode.Uri, d: vscode.Diagnostic, title: RegExp): Promise<vscode.CodeAction> {
  const isFix = (a: vscode.CodeAction | vscode.Command): a is vscode.CodeAction => 'edit' in a && title.test(a.title);
  let actions: Array<vscode.CodeAction | vscode.Command> = [];
  // As in the quick-fix test of extension.e2e.ts: ask up to three times right after the file opens.
  for (let attempt = 0; attempt < 3 && !actions.some(isFix); attempt++) {
    actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  }
  const fix = actions.find(isFix);
  assert.ok(fix && fix.edit, `a fix ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
  return fix;
}

describe('Copydesk extension: quotations checked against a transcript', function () {
  it('flags the misquote and the wrong speaker, hovers the passage, and both quick fixes clear them', async function () {
    const uri = fixture('record.md');
    const editor = await open(uri);
    const ds = await waitForDiagnostics(uri, (x) => hasCode(MISQUOTED)(x) && hasCode(WRONG_SPEAKER)(x), 'quote.misquoted and quote.wrong-speaker');
    const misquoted = ds.find((d) => codeOf(d) === MISQUOTED)!;
    const wrong = ds.find((d) => codeOf(d) === WRONG_SPEAKER)!;
    assert.strictEqual(misquoted.range.start.line, 4);
    assert.strictEqual(misquoted.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(misquoted.message, /drops 'not'/);
    assert.strictEqual(wrong.range.start.line, 6);
    assert.strictEqual(wrong.severity, vscode.DiagnosticSeverity.Error);

    const text = await hoverText(uri, positionOf(editor.document, 'outdoor pool will open', 4));
    assert.match(text, /In the record: .*transcripts\/pool\.vtt.* 00:07:10.*Hana Sato/, text);

    assert.ok(await vscode.workspace.applyEdit((await quickFix(uri, misquoted, /^Use the recorded wording$/)).edit!), 'the wording edit applies');
    await waitForDiagnostics(uri, lacksCode(MISQUOTED), 'no quote.misquoted after the fix');
    assert.match(editor.document.getText(), /"The outdoor pool will not open this summer," Sato said\./);

    const [wrongNow] = (await waitForDiagnostics(uri, hasCode(WRONG_SPEAKER), 'quote.wrong-speaker still there')).filter((d) => codeOf(d) === WRONG_SPEAKER);
    assert.ok(await vscode.workspace.applyEdit((await quickFix(uri, wrongNow, /^Attribute to Omar Haddad$/)).edit!), 'the attribution edit applies');
    await waitForDiagnostics(uri, lacksCode(WRONG_SPEAKER), 'no quote.wrong-speaker after the fix');
    assert.match(editor.document.getText(), /beach trip," Haddad said\./);
  });
});

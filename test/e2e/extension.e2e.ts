/**
 * Copydesk in a real VS Code: activation, diagnostics, quick fix, hovers, settings, a long draft, and the palette
 * commands. Runs unchanged on desktop VS Code and on the offline Code-OSS host (scripts/e2e/run.js), against the
 * development folder or the installed .vsix. Fixtures: test/e2e/fixtures/ plus a generated long-draft.md.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  UNATTRIBUTED,
  codeOf,
  fixture,
  hasCode,
  hoverText,
  lacksCode,
  open,
  positionOf,
  runInfo,
  setRules,
  waitForDiagnostics,
} from './helpers';

describe('Copydesk extension', function () {
  const info = runInfo();
  const extension = () => {
    const ext = vscode.extensions.getExtension(info.extensionId);
    assert.ok(ext, `extension ${info.extensionId} is present`);
    return ext;
  };

  after(async function () {
    await setRules(undefined);
  });

  describe('activation and diagnostics', function () {
    it('is present and activates only on the draft languages', function () {
      const ext = extension();
      // Whether it is already active here depends on the workbench (any plain-text model activates it), so the
      // contract checked is the manifest's; the next tests see it activate and serve each language.
      const events = (ext.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
      assert.deepStrictEqual([...events].sort(), ['onLanguage:markdown', 'onLanguage:newsdraft', 'onLanguage:plaintext']);
      if (info.mode === 'installed') {
        // The copy under test is the one --install-extension unpacked, not the repository.
        assert.ok(!ext.extensionPath.startsWith(path.resolve(__dirname, '../../..') + path.sep + 'client'), ext.extensionPath);
        assert.ok(/[\\/]extensions[\\/]copydesk\.copydesk-/.test(ext.extensionPath), `installed path: ${ext.extensionPath}`);
      }
    });

    it('activates on a Markdown draft and flags the unattributed quote', async function () {
      const uri = fixture('unattributed.md');
      const editor = await open(uri);
      assert.strictEqual(editor.document.languageId, 'markdown');
      const ds = await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'quote.unattributed');
      assert.ok(extension().isActive, 'the extension is active');
      const d = ds.find((x) => codeOf(x) === UNATTRIBUTED)!;
      assert.strictEqual(d.source, 'copydesk');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.strictEqual(editor.document.getText(d.range), '"We threw it away."');
    });

    it('serves a .draft file as the newsdraft language', async function () {
      const uri = fixture('story.draft');
      const editor = await open(uri);
      assert.strictEqual(editor.document.languageId, 'newsdraft');
      const ds = await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'quote.unattributed');
      const flagged = ds.filter((d) => codeOf(d) === UNATTRIBUTED).map((d) => editor.document.getText(d.range));
      assert.deepStrictEqual(flagged, ['"We threw it away."'], 'only the unattributed quote; the attributed one is not flagged');
    });

    it('serves an untitled newsdraft document', async function () {
      const doc = await vscode.workspace.openTextDocument({ language: 'newsdraft', content: 'The board met.\n\n“We threw it away.”\n' });
      await vscode.window.showTextDocument(doc);
      const ds = await waitForDiagnostics(doc.uri, hasCode(UNATTRIBUTED), 'quote.unattributed');
      assert.strictEqual(doc.getText(ds[0].range), '“We threw it away.”');
    });
  });

  describe('quick fix', function () {
    it('"Attribute to" from vscode.executeCodeActionProvider, applied with workspace.applyEdit, removes the diagnostic', async function () {
      const uri = fixture('fix.md');
      const editor = await open(uri);
      const [d] = (await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'quote.unattributed')).filter((x) => codeOf(x) === UNATTRIBUTED);
      const isFix = (a: vscode.CodeAction | vscode.Command): a is vscode.CodeAction => 'edit' in a && /^Attribute to .*Ana Ruiz/.test(a.title);
      // Right after a file opens, the editor's own automatic code-action requests can make VS Code drop a provider's
      // answer to the first explicit request (seen on Code-OSS 1.139: the server answered, the list lacked it), so
      // ask up to three times, back to back.
      let actions: Array<vscode.CodeAction | vscode.Command> = [];
      for (let attempt = 0; attempt < 3 && !actions.some(isFix); attempt++) {
        actions =
          (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      }
      const titles = actions.map((a) => a.title);
      const fix = actions.find(isFix);
      assert.ok(fix && fix.edit, `an "Attribute to Ana Ruiz" fix with an edit among ${JSON.stringify(titles)}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
      await waitForDiagnostics(uri, lacksCode(UNATTRIBUTED), 'no quote.unattributed after the fix');
      assert.match(editor.document.getText(), /"We threw it away," (Mayor )?(Ana )?Ruiz said\./);
    });
  });

  describe('hovers', function () {
    it('a quotation shows its card: speaker and how it was attributed', async function () {
      const uri = fixture('story.draft');
      const editor = await open(uri);
      await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'diagnostics (server ready)');
      const text = await hoverText(uri, positionOf(editor.document, 'never going', 2));
      assert.match(text, /Quotation/, text);
      assert.match(text, /Ruiz/, text);
    });

    it('an unattributed quotation explains the finding', async function () {
      const uri = fixture('story.draft');
      const editor = await open(uri);
      const text = await hoverText(uri, positionOf(editor.document, 'threw it', 2));
      assert.match(text, /no speaker|unattributed/i, text);
    });

    it('a person shows the actor card', async function () {
      const uri = fixture('story.draft');
      const editor = await open(uri);
      const text = await hoverText(uri, positionOf(editor.document, 'Ana Ruiz', 5));
      assert.match(text, /Ana Ruiz/, text);
      assert.match(text, /mention|quot/i, text);
    });
  });

  describe('settings', function () {
    it('copydesk.rules levels change the findings: error raises severity, off removes them', async function () {
      const uri = fixture('settings.md');
      await open(uri);
      await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === UNATTRIBUTED && d.severity === vscode.DiagnosticSeverity.Warning), 'a warning');
      await setRules({ [UNATTRIBUTED]: 'error' });
      await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === UNATTRIBUTED && d.severity === vscode.DiagnosticSeverity.Error), 'an error after the setting');
      await setRules({ [UNATTRIBUTED]: 'off' });
      await waitForDiagnostics(uri, lacksCode(UNATTRIBUTED), 'no finding with the rule off');
      await setRules(undefined);
      await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'the finding back at the default level');
    });
  });

  describe('a 5,000-word draft', function () {
    it('edited in the middle gets updated diagnostics', async function () {
      const uri = fixture('long-draft.md');
      const editor = await open(uri);
      const doc = editor.document;
      assert.ok(doc.getText().split(/\s+/).length >= 4500, 'the generated draft is long');
      const before = await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first diagnostics');
      // Insert, at a paragraph break near the middle, a paragraph naming no one and an unattributed quotation.
      const middle = doc.getText().indexOf('\n\n', Math.floor(doc.getText().length / 2));
      assert.ok(middle > 0);
      const inserted = '\n\nThe desk met again.\n\n"Nobody on the desk saw this coming."';
      const at = doc.positionAt(middle);
      assert.ok(await editor.edit((b) => b.insert(at, inserted)));
      const line = at.line + 4;
      const isNew = (d: vscode.Diagnostic) => codeOf(d) === UNATTRIBUTED && d.range.start.line === line;
      const after = await waitForDiagnostics(uri, (ds) => ds.some(isNew), `a finding on the inserted line ${line + 1}`);
      assert.strictEqual(after.length, before.length + 1, 'one more finding, the others unchanged');
      // Remove it again: the finding goes, the rest stay.
      assert.ok(await editor.edit((b) => b.delete(new vscode.Range(at, doc.positionAt(doc.offsetAt(at) + inserted.length)))));
      const restored = await waitForDiagnostics(uri, (ds) => !ds.some(isNew) && ds.length === before.length, 'the findings as before');
      assert.deepStrictEqual(restored.map((d) => [codeOf(d), d.range.start.line]), before.map((d) => [codeOf(d), d.range.start.line]));
    });
  });

  describe('palette commands', function () {
    it('declares the three commands', async function () {
      const all = await vscode.commands.getCommands(true);
      for (const id of ['copydesk.checkWorkspace', 'copydesk.showReport', 'copydesk.restartServer']) assert.ok(all.includes(id), id);
    });

    it('"Check workspace drafts" puts problems on drafts that are not open', async function () {
      const uri = fixture('notes/unopened.story');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not open');
      const summary = await vscode.commands.executeCommand<{ files: number; open: number; findings: number }>('copydesk.checkWorkspace');
      // Drafts open in editors keep their own diagnostics; the rest of the workspace's drafts are checked.
      const drafts = (await vscode.workspace.findFiles('**/*.{md,markdown,txt,draft,story}')).length;
      assert.ok(drafts >= 6, `the workspace has its drafts: ${drafts}`);
      assert.ok(summary && summary.files >= 1 && summary.files + summary.open === drafts, `checked the workspace's ${drafts} drafts: ${JSON.stringify(summary)}`);
      assert.ok(summary.findings >= 1);
      const ds = await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'a workspace finding on the unopened draft');
      assert.strictEqual(ds.length, 1);
    });

    it('"Show sourcing report" reports quotations, named and unnamed sources', async function () {
      await open(fixture('story.draft'));
      const report = await vscode.commands.executeCommand<{ quotations: unknown[]; counts: { quotations: number; named: number; unattributed: number } }>(
        'copydesk.showReport',
      );
      assert.ok(report, 'the command returns the report it shows');
      assert.strictEqual(report.counts.quotations, 2);
      assert.strictEqual(report.counts.unattributed, 1);
      assert.strictEqual(report.counts.named, 1);
      console.log('copydesk-e2e:screenshot sourcing-report'); // the offline host saves it with COPYDESK_E2E_SCREENSHOT_DIR
    });

    it('"Restart server" restarts and diagnostics come back', async function () {
      const uri = fixture('unattributed.md');
      await open(uri);
      await vscode.commands.executeCommand('copydesk.restartServer');
      await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'diagnostics after the restart');
    });
  });
});

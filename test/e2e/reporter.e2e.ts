/**
 * Copydesk as a reporter on deadline uses it (issue 14): restart, links, status bar, outline, quick-fix ranking,
 * hovers, the sourcing report, and the pictures in the README. Each test reproduces one defect found by using the
 * installed .vsix in a real workbench; they run on the development folder and on the installed .vsix.
 * `npm run screenshots` runs the same tests with a screenshot folder, and the host saves the pictures they ask for.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { UNATTRIBUTED, codeOf, fixture, hasCode, hoverLines, hoverText, open, positionOf, runInfo, screenshot, tidyForPicture, waitForDiagnostics } from './helpers';

interface FindingsStatus {
  visible: boolean;
  count: number | null;
  text: string;
  tooltip: string;
  uri: string | null;
}
interface Api {
  client: { outputChannel: vscode.OutputChannel };
  findingsStatus?: () => FindingsStatus;
}

async function api(): Promise<Api> {
  const ext = vscode.extensions.getExtension(runInfo().extensionId);
  assert.ok(ext, 'the extension is installed');
  return (await ext.activate()) as Api;
}

/** Quick fixes at the diagnostic, asked up to three times (the first answer after an open can be dropped). */
async function quickFixes(uri: vscode.Uri, range: vscode.Range, wanted: (titles: string[]) => boolean): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const got = (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    actions = got.filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
    if (wanted(actions.map((a) => a.title))) break;
  }
  return actions;
}

/** The symbols (and their children) whose range contains `pos`, outermost first: what the breadcrumb shows. */
function enclosing(symbols: readonly vscode.DocumentSymbol[], pos: vscode.Position): vscode.DocumentSymbol[] {
  for (const s of symbols) {
    if (s.range && s.range.contains(pos)) return [s, ...enclosing(s.children ?? [], pos)];
  }
  return [];
}

function allSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...allSymbols(s.children ?? [])]);
}

describe('Copydesk on deadline (issue 14)', function () {
  describe('restart', function () {
    it('after "Restart server", a draft opened for the first time gets diagnostics, and a clean stop is not logged as an error', async function () {
      const { client } = await api();
      const logged: string[] = [];
      const channel = client.outputChannel;
      const append = channel.append.bind(channel);
      const appendLine = channel.appendLine.bind(channel);
      channel.append = (s: string) => (logged.push(s), append(s));
      channel.appendLine = (s: string) => (logged.push(s), appendLine(s));
      try {
        await open(fixture('unattributed.md'));
        await vscode.commands.executeCommand('copydesk.restartServer');
        // A draft no check has seen: written now, opened after the restart.
        const uri = fixture(`opened-after-restart-${Date.now()}.md`);
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Ferry timetable\n\nThe harbour board met on Friday.\n\n"Nobody told us the last ferry would stop."\n'));
        // As a click in the Explorer opens it: the editor tab first, then the document.
        await vscode.commands.executeCommand('vscode.open', uri);
        await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'diagnostics on a draft opened after the restart', 20000);
        // Typing in it after the restart updates them too.
        const editor = vscode.window.activeTextEditor!;
        await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n"And nobody asked the islanders."\n'));
        await waitForDiagnostics(uri, (ds) => ds.filter((d) => codeOf(d) === UNATTRIBUTED).length === 2, 'a second finding after an edit', 20000);
        // The old server's exit is logged once it has gone (its process exit event).
        for (let i = 0; i < 50 && !logged.some((l) => /exit(ed)? code 0|exited with code 0/.test(l)); i++) await new Promise((r) => setTimeout(r, 100));
      } finally {
        channel.append = append;
        channel.appendLine = appendLine;
      }
      assert.ok(logged.some((l) => /exit(ed)? code 0|exited with code 0/.test(l)), `the old server's clean exit is logged: ${JSON.stringify(logged)}`);
      const errors = logged.filter((l) => /Error/.test(l) && /exited with code 0/.test(l));
      assert.deepStrictEqual(errors, [], 'a clean exit (code 0) is not an error');
    });
  });

  describe('rule links', function () {
    it('each diagnostic links its rule id to the rule section of the README that ships with the extension', async function () {
      const uri = fixture('unattributed.md');
      await open(uri);
      const [d] = (await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'quote.unattributed')).filter((x) => codeOf(x) === UNATTRIBUTED);
      const code = d.code as { value: string; target: vscode.Uri } | string;
      assert.ok(typeof code === 'object' && code.target, `the code has a target link (codeDescription): ${JSON.stringify(code)}`);
      assert.strictEqual(code.target.fragment, 'rule-quote-unattributed');
      const readme = fs.readFileSync(code.target.fsPath, 'utf8');
      assert.match(readme, /<a id="rule-quote-unattributed"><\/a>/, `the anchor is in ${code.target.fsPath}`);
      if (runInfo().mode === 'installed') assert.match(code.target.fsPath, /[\\/]extensions[\\/]copydesk\.copydesk-[^\\/]+[\\/]readme\.md$/i);
    });
  });

  describe('status bar', function () {
    it("counts the active draft's findings at warning and above, as Problems does, and hides on a file that is not a draft", async function () {
      const { findingsStatus } = await api();
      assert.ok(typeof findingsStatus === 'function', 'the extension tells what its status bar item shows');
      const uri = fixture('hovers.md'); // warnings, an information finding and more drafts open elsewhere
      await open(uri);
      const ds = await waitForDiagnostics(uri, (x) => x.length >= 3, 'the findings of hovers.md');
      const expected = ds.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
      assert.ok(expected < ds.length, 'the fixture has a finding below warning');
      let status = findingsStatus();
      for (let i = 0; i < 50 && status.count !== expected; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = findingsStatus();
      }
      assert.strictEqual(status.visible, true);
      assert.strictEqual(status.count, expected, JSON.stringify(status));
      assert.match(status.text, new RegExp(`\\b${expected}$`));
      assert.match(status.tooltip, new RegExp(`\\b${expected} finding`));
      assert.match(status.tooltip, /hovers\.md/);
      await open(fixture('settings.yaml'));
      status = findingsStatus();
      for (let i = 0; i < 50 && status.visible; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = findingsStatus();
      }
      assert.strictEqual(status.visible, false, 'hidden on a YAML file');
    });
  });

  describe('outline', function () {
    it('actors have the range of their first mention, and the wire credit and a sentence period are not part of names', async function () {
      const uri = fixture('pier-sale.md');
      const editor = await open(uri);
      await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'the unattributed quote');
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
      const names = allSymbols(symbols).map((s) => s.name);
      assert.ok(names.includes('Lena Ortiz'), JSON.stringify(names));
      assert.ok(!names.includes('AP'), `the (AP) credit is not an actor: ${JSON.stringify(names)}`);
      assert.ok(names.includes('Harbor Point Capital LLC'), `the company without the sentence's period: ${JSON.stringify(names)}`);
      const quote = positionOf(editor.document, 'They sold the harbour', 2);
      // Markdown's own heading symbols (`# Pier sale`) enclose their section; Copydesk's actors must not.
      const around = enclosing(symbols, quote)
        .map((s) => s.name)
        .filter((n) => !n.startsWith('#'));
      assert.deepStrictEqual(around, [], `no actor encloses the unattributed quote (breadcrumb): ${JSON.stringify(around)}`);
    });
  });

  describe('quick fixes: attribution candidates', function () {
    it('on the sample, the residents\u2019 line 15 is not offered to the council president first', async function () {
      const uri = fixture('samples/council-budget.md');
      const editor = await open(uri);
      const ds = await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'quote.unattributed');
      const d = ds.find((x) => codeOf(x) === UNATTRIBUTED && x.range.start.line === 14);
      assert.ok(d, `a finding on line 15: ${JSON.stringify(ds.map((x) => [codeOf(x), x.range.start.line]))}`);
      assert.match(editor.document.lineAt(14).text, /Closing the pools/);
      const actions = await quickFixes(uri, d.range, (t) => t.some((x) => /placeholder/.test(x)));
      const titles = actions.map((a) => a.title);
      assert.ok(titles.length > 0, 'fixes are offered');
      assert.ok(!/Okafor/.test(titles[0]), `the first fix is not Okafor: ${JSON.stringify(titles)}`);
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(!preferred || !/Okafor/.test(preferred.title), `Okafor is not the preferred fix: ${JSON.stringify(titles)}`);
    });

    it('a plural descriptor ("two people briefed on the talks") is not offered as a named person', async function () {
      const uri = fixture('briefed.md');
      await open(uri);
      const ds = await waitForDiagnostics(uri, hasCode('source.unnamed'), 'source.unnamed');
      const d = ds.find((x) => codeOf(x) === 'source.unnamed')!;
      const actions = await quickFixes(uri, d.range, (t) => t.some((x) => /anonymity/.test(x)));
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => /anonymity/.test(t)), JSON.stringify(titles));
      assert.ok(!titles.some((t) => /^Attribute to/.test(t)), `no person for two people: ${JSON.stringify(titles)}`);
    });

    it('a second reference is written with the surname ("Ruiz said")', async function () {
      const uri = fixture('second-reference.md');
      const editor = await open(uri);
      const [d] = (await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'quote.unattributed')).filter((x) => codeOf(x) === UNATTRIBUTED);
      const actions = await quickFixes(uri, d.range, (t) => t.some((x) => /Ruiz/.test(x)));
      const fix = actions.find((a) => /^Attribute to .*Ruiz/.test(a.title));
      assert.ok(fix && fix.edit, JSON.stringify(actions.map((a) => a.title)));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(editor.document.getText(), /"We threw it away," Ruiz said\./);
      assert.doesNotMatch(editor.document.getText(), /Ana Ruiz said/);
    });
  });

  describe('hovers', function () {
    /** Checks the style every hover follows (README, Architecture: hover style). */
    function checkStyle(text: string, where: string): string[] {
      const lines = hoverLines(text);
      assert.ok(lines.length > 0, `a hover at ${where}`);
      assert.match(lines[0], /^\*\*[^*]+\*\*/, `the verdict first, in bold, at ${where}:\n${text}`);
      assert.ok(lines.length <= 10, `at most ten lines at ${where} (${lines.length}):\n${text}`);
      const seen = new Set<string>();
      for (const l of lines) {
        const key = l.replace(/[*_`]/g, '').toLowerCase();
        assert.ok(!seen.has(key), `no line twice at ${where}: ${l}`);
        seen.add(key);
      }
      assert.doesNotMatch(text, /\]\(file:/, `line links are command: links at ${where}:\n${text}`);
      const fix = lines.findIndex((l) => /^\*\*Fix:?\*\*/.test(l));
      if (fix >= 0) assert.strictEqual(fix, lines.length - 1, `the fix is last at ${where}:\n${text}`);
      return lines;
    }

    it('every hover follows the style: verdict first, at most ten lines, nothing twice, fix last, command links', async function () {
      const uri = fixture('hovers.md');
      const editor = await open(uri);
      await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'diagnostics (server ready)');
      const doc = editor.document;
      const at: Array<[string, vscode.Position]> = [
        ['attributed quote', positionOf(doc, 'heard people', 2)],
        ['unattributed quote', positionOf(doc, 'Closing the pools', 2)],
        ['person', positionOf(doc, 'Denise Okafor', 3)],
        ['unnamed source', positionOf(doc, 'city official', 3)],
        ['flagged date', positionOf(doc, 'March 10', 2)],
      ];
      for (const [where, pos] of at) checkStyle(await hoverText(uri, pos), where);
    });

    it('the attributed quote shows a compact actor card: full name, role, first mention as a link', async function () {
      const uri = fixture('hovers.md');
      const editor = await open(uri);
      const text = await hoverText(uri, positionOf(editor.document, 'heard people', 2));
      assert.match(text, /Denise Okafor/, text);
      assert.match(text, /Council President/i, text);
      assert.match(text, /first mention[^\n]*\[line 6\]\(command:copydesk\.revealLine\?/i, text);
      const link = /\[line 6\]\((command:copydesk\.revealLine\?[^)]+)\)/.exec(text)!;
      const args = JSON.parse(decodeURIComponent(link[1].slice('command:copydesk.revealLine?'.length))) as [string, number];
      await vscode.commands.executeCommand('copydesk.revealLine', ...args);
      assert.strictEqual(vscode.window.activeTextEditor?.selection.active.line, 5, 'the link opens line 6');
      // A picture of the card, as the reporter sees it.
      await open(uri);
      await tidyForPicture(true);
      const pos = positionOf(editor.document, 'heard people', 2);
      editor.selection = new vscode.Selection(pos, pos);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('hover-card');
    });

    it('an unnamed source with a reason for anonymity does not ask for one', async function () {
      const uri = fixture('hovers.md');
      const editor = await open(uri);
      const text = await hoverText(uri, positionOf(editor.document, 'city official', 3));
      assert.match(text, /talks were private/, text);
      assert.doesNotMatch(text, /say why anonymity was granted|No reason for anonymity/i, text);
    });
  });

  describe('sourcing report', function () {
    it('links line numbers, lists every finding with its message, and counts named, unnamed, documents and organisations apart', async function () {
      const uri = fixture('hovers.md');
      await open(uri);
      // The report panel opened before stays (a new webview renders late in headless Chromium).
      await tidyForPicture(false);
      await vscode.commands.executeCommand('editor.action.hideHover');
      const ds = await waitForDiagnostics(uri, (x) => x.length >= 3, 'findings');
      const report = await vscode.commands.executeCommand<{
        counts: Record<string, number>;
        findingList?: Array<{ line: number; ruleId: string; message: string }>;
        markdown?: string;
      }>('copydesk.showReport');
      assert.ok(report, 'the report');
      for (const k of ['named', 'unnamed', 'documents', 'organizations']) assert.strictEqual(typeof report.counts[k], 'number', `counts.${k}: ${JSON.stringify(report.counts)}`);
      assert.ok(report.findingList, 'every finding is listed');
      assert.strictEqual(report.findingList.length, ds.length);
      // The report lists the whole message; a diagnostic's leaves out the closing advice its hover gives (issue 18).
      for (const d of ds) assert.ok(report.findingList.some((f) => f.ruleId === codeOf(d) && f.line === d.range.start.line + 1 && f.message.startsWith(d.message)), `${codeOf(d)} on line ${d.range.start.line + 1}`);
      const md = report.markdown ?? '';
      assert.match(md, /\| \[12\]\(command:copydesk\.revealLine\?[^)]+\) \| `quote\.unattributed`/, md);
      assert.doesNotMatch(md, /from front-matter/, md);
      await screenshot('sourcing-report', 3000); // the webview renders after the command returns
    });
  });

  describe('pictures', function () {
    it('the Problems panel and a quick fix on the sample draft', async function () {
      const uri = fixture('samples/council-budget.md');
      const editor = await open(uri);
      const ds = await waitForDiagnostics(uri, hasCode(UNATTRIBUTED), 'quote.unattributed');
      await tidyForPicture(true);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('problems-panel');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      const d = ds.find((x) => codeOf(x) === UNATTRIBUTED && x.range.start.line === 14) ?? ds.find((x) => codeOf(x) === UNATTRIBUTED)!;
      await vscode.window.showTextDocument(editor.document, { selection: new vscode.Range(d.range.start, d.range.start) });
      await vscode.commands.executeCommand('editor.action.quickFix');
      await screenshot('quick-fix');
      await vscode.commands.executeCommand('hideCodeActionWidget');
    });

    it('cue words in the light and dark default themes', async function () {
      const config = vscode.workspace.getConfiguration('workbench');
      const uri = fixture('hovers.md');
      await open(uri);
      await tidyForPicture(true);
      try {
        // The default themes of this workbench (2026) and of VS Code before them (Modern).
        for (const [theme, name] of [
          ['Light 2026', 'cues-light-2026'],
          ['Dark 2026', 'cues-dark-2026'],
          ['Light Modern', 'cues-light-modern'],
          ['Dark Modern', 'cues-dark-modern'],
        ]) {
          await config.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
          const light = name.includes('light');
          for (let i = 0; i < 50 && (vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Light) !== light; i++) await new Promise((r) => setTimeout(r, 100));
          assert.strictEqual(vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Light, light, `${theme} is applied`);
          await screenshot(name, 1200);
        }
      } finally {
        await config.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });
});

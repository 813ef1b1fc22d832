/**
 * Helpers for the extension-host tests. Everything waits on editor events (`onDidChangeDiagnostics`), never on a
 * sleep; the only timer is a failure guard that rejects with what was seen.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const SOURCE = 'copydesk';
export const UNATTRIBUTED = 'quote.unattributed';

/** What the runner wrote into the workspace: `dev` (development folder) or `installed` (the .vsix). */
export function runInfo(): { mode: 'dev' | 'installed'; extensionId: string } {
  const file = path.join(workspaceRoot().fsPath, 'e2e-run.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder.uri;
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

function describeDiagnostics(ds: vscode.Diagnostic[]): string {
  return JSON.stringify(ds.map((d) => ({ code: codeOf(d), line: d.range.start.line, severity: d.severity, message: d.message })));
}

/** Resolves with the document's copydesk diagnostics once `predicate` holds for them (checked now and on each change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (ds: vscode.Diagnostic[]) => {
      done = true;
      sub.dispose();
      clearTimeout(guard);
      resolve(ds);
    };
    const check = () => {
      if (done) return;
      const ds = copydeskDiagnostics(uri);
      if (predicate(ds)) finish(ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const guard = setTimeout(() => {
      if (done) return;
      done = true;
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.toString()}; last: ${describeDiagnostics(copydeskDiagnostics(uri))}`));
    }, timeoutMs);
    check();
  });
}

export const hasCode = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
export const lacksCode = (code: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === code);

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The markdown text of every hover at `position`, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

/** Position of the first occurrence of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${JSON.stringify(needle)} is in ${doc.uri.toString()}`);
  return doc.positionAt(offset + delta);
}

/** Sets `copydesk.rules` in the workspace settings (undefined removes it). */
export async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('copydesk').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

/**
 * Asks the offline host for a picture of the workbench now (`npm run screenshots` sets the folder; the host writes
 * `<folder>/<name>.png`) and waits until the file is written, so the test does not change the screen before. A no-op
 * when no folder is set (a plain `npm run test:e2e`, or a desktop VS Code).
 */
export async function screenshot(name: string, settleMs = 600): Promise<void> {
  const info = runInfo() as { screenshotDir?: string | null };
  if (!info.screenshotDir) return;
  await new Promise((r) => setTimeout(r, settleMs)); // let the widget finish its fade-in
  const file = path.join(info.screenshotDir, `${name}.png`);
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  console.log(`copydesk-e2e:screenshot ${name}`);
  for (let waited = 0; waited < 15000; waited += 100) {
    if (fs.existsSync(file) && fs.statSync(file).mtimeMs > before && fs.statSync(file).size > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the host did not write ${file}`);
}

/**
 * Before a picture (only when pictures are taken): the chat side bar and the Explorer closed, and with `alone`,
 * the editor groups beside the active editor (the report) closed too, so the draft has the room a reporter gives it.
 */
export async function tidyForPicture(alone: boolean): Promise<void> {
  const info = runInfo() as { screenshotDir?: string | null };
  if (!info.screenshotDir) return;
  for (const id of ['workbench.action.closeAuxiliaryBar', 'workbench.action.closeSidebar', ...(alone ? ['workbench.action.closeEditorsInOtherGroups'] : [])]) {
    try {
      await vscode.commands.executeCommand(id);
    } catch {
      /* not in this workbench: the picture is only less tidy */
    }
  }
}

/** The non-empty lines of a hover's markdown. */
export function hoverLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== '---');
}

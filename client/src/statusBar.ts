/**
 * A status bar item with the number of open Copydesk findings (every diagnostic whose source is `copydesk`:
 * open drafts and the last workspace check). Clicking it opens the sourcing report of the active draft.
 */
import * as vscode from 'vscode';

const SOURCE = 'copydesk';

function countFindings(): number {
  let n = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) for (const d of diagnostics) if (d.source === SOURCE) n++;
  return n;
}

export function createStatusBar(languages: readonly string[]): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('copydesk.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Copydesk findings';
  item.command = 'copydesk.showReport';
  const update = () => {
    const n = countFindings();
    item.text = `$(quote) ${n}`;
    item.tooltip = `Copydesk: ${n} open finding${n === 1 ? '' : 's'}. Click for the sourcing report of this draft.`;
    const draftActive = !!vscode.window.activeTextEditor && languages.includes(vscode.window.activeTextEditor.document.languageId);
    if (n > 0 || draftActive) item.show();
    else item.hide();
  };
  update();
  return vscode.Disposable.from(item, vscode.languages.onDidChangeDiagnostics(update), vscode.window.onDidChangeActiveTextEditor(update));
}

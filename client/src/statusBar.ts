/**
 * A status bar item with the number of Copydesk findings at warning level and above in the active draft, the
 * count the Problems panel shows for that file with its default filter of errors and warnings. It shows only while
 * the active editor holds a draft (a language the extension serves); clicking it opens that draft's sourcing report.
 */
import * as vscode from 'vscode';

const SOURCE = 'copydesk';

/** What the item shows (for tests: `activate()`'s `findingsStatus()`). */
export interface FindingsStatus {
  visible: boolean;
  /** Findings at warning and above in the active draft, or null when no draft is active. */
  count: number | null;
  text: string;
  tooltip: string;
  /** The active draft's URI, or null. */
  uri: string | null;
}

/** Copydesk diagnostics of `uri` at warning or error. */
export function countFindings(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && d.severity <= vscode.DiagnosticSeverity.Warning).length;
}

export function createStatusBar(languages: readonly string[]): vscode.Disposable & { status(): FindingsStatus } {
  const item = vscode.window.createStatusBarItem('copydesk.findings', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Copydesk findings';
  item.command = 'copydesk.showReport';
  let state: FindingsStatus = { visible: false, count: null, text: '', tooltip: '', uri: null };
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !languages.includes(doc.languageId)) {
      item.hide();
      state = { visible: false, count: null, text: item.text, tooltip: String(item.tooltip ?? ''), uri: null };
      return;
    }
    const n = countFindings(doc.uri);
    const name = doc.uri.path.split('/').pop() || doc.uri.toString();
    item.text = `$(quote) ${n}`;
    item.tooltip = `Copydesk: ${n} finding${n === 1 ? '' : 's'} at warning or above in ${name}. Click for its sourcing report.`;
    item.show();
    state = { visible: true, count: n, text: item.text, tooltip: item.tooltip, uri: doc.uri.toString() };
  };
  update();
  const disposable = vscode.Disposable.from(
    item,
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (!active || e.uris.some((u) => u.toString() === active)) update();
    }),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update), // a language change (plain text -> markdown) re-opens the document
  );
  return Object.assign(disposable, { status: () => state });
}

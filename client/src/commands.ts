/**
 * The palette commands: "Copydesk: Check workspace drafts", "Copydesk: Show sourcing report", "Copydesk: Restart
 * server". The requests they send are declared once in server/src/protocol.ts. Each command returns what it did
 * (the summary, the report) so tests and other extensions can use it. Also `copydesk.revealLine` (not in the
 * palette): the target of the line links in hovers and in the report.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckDocumentsRequest, ReportRequest, type DraftText, type SourcingReport } from '../../server/src/protocol';
import { reportMarkdown } from '../../server/src/features/report';

/** Drafts the workspace check reads: the extensions the extension serves. */
const DRAFT_GLOB = '**/*.{md,markdown,txt,draft,story}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**}';
/** Files per request, and the most text per request, so progress moves and cancellation is prompt. */
const BATCH_FILES = 25;
const BATCH_CHARS = 2_000_000;

export interface CheckSummary {
  /** Drafts checked (not open in an editor). */
  files: number;
  /** Drafts skipped because they are open in an editor, which checks them itself. */
  open: number;
  findings: number;
  cancelled: boolean;
}

/** The command hovers and the report link lines to: `command:copydesk.revealLine?["<uri>",<zero-based line>]`. */
export const REVEAL_LINE_COMMAND = 'copydesk.revealLine';

/** Opens `uri` (a draft) and selects line `line` (zero-based). */
async function revealLine(uri: string, line: number): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString()) ?? (await vscode.workspace.openTextDocument(target));
  const at = Math.max(0, Math.min(doc.lineCount - 1, Math.floor(Number(line) || 0)));
  const range = doc.lineAt(at).range;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(range.start, range.start), preview: false });
}

/** Inserts a snippet for a server quick fix: (uri, LSP range, snippet, document version or null). */
export const INSERT_SNIPPET_COMMAND = 'copydesk.insertSnippet';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Inserts `snippet` over `range` in the document `uri`, if it is still at `version`; true when inserted. */
async function insertSnippet(uri: string, range: LspRange, snippet: string, version: number | null): Promise<boolean> {
  if (typeof uri !== 'string' || typeof snippet !== 'string' || !range?.start || !range?.end) return false;
  const target = vscode.Uri.parse(uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString()) ?? (await vscode.workspace.openTextDocument(target));
  if (typeof version === 'number' && doc.version !== version) return false;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? (await vscode.window.showTextDocument(doc));
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return editor.insertSnippet(new vscode.SnippetString(snippet), r);
}

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient, restart: () => Promise<void>): void {
  // Findings of drafts that are not open in an editor; an open draft gets its own (pulled) diagnostics instead.
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  let reportPanel: vscode.WebviewPanel | undefined;

  context.subscriptions.push(
    workspaceDiagnostics,
    vscode.workspace.onDidOpenTextDocument((doc) => workspaceDiagnostics.delete(doc.uri)),
    vscode.commands.registerCommand('copydesk.checkWorkspace', () => checkWorkspace(getClient(), workspaceDiagnostics)),
    vscode.commands.registerCommand(REVEAL_LINE_COMMAND, (uri: string, line: number) => revealLine(uri, line)),
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, insertSnippet),
    vscode.commands.registerCommand('copydesk.showReport', async (uri?: vscode.Uri) => {
      const result = await showReport(getClient(), uri, reportPanel);
      if (result) {
        reportPanel = result.panel;
        result.panel.onDidDispose(() => (reportPanel = undefined));
      }
      return result ? { ...result.report, markdown: result.markdown } : undefined;
    }),
    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      await restart();
      vscode.window.setStatusBarMessage('Copydesk: language server restarted', 3000);
    }),
  );
}

function uriKey(uri: vscode.Uri | undefined): string | undefined {
  return uri?.toString();
}

/** URIs open in editor tabs (they have their own diagnostics). */
function openInTabs(): Set<string> {
  const open = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) open.add(input.uri.toString());
    }
  }
  for (const doc of vscode.workspace.textDocuments) if (vscode.window.visibleTextEditors.some((e) => e.document === doc)) open.add(doc.uri.toString());
  return open;
}

async function checkWorkspace(client: LanguageClient, collection: vscode.DiagnosticCollection): Promise<CheckSummary> {
  const files = await vscode.workspace.findFiles(DRAFT_GLOB, EXCLUDE_GLOB);
  const skip = openInTabs();
  const todo = files.filter((f) => !skip.has(f.toString()));
  const decoder = new TextDecoder('utf-8');
  let findings = 0;
  let done = 0;
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking workspace drafts', cancellable: true },
    async (progress, token): Promise<CheckSummary> => {
      collection.clear();
      let batch: DraftText[] = [];
      let batchChars = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const { results } = await client.sendRequest(CheckDocumentsRequest, { documents: batch }, token);
        for (const r of results) {
          const diagnostics = await client.protocol2CodeConverter.asDiagnostics(r.diagnostics);
          findings += diagnostics.length;
          collection.set(vscode.Uri.parse(r.uri), diagnostics);
        }
        done += batch.length;
        progress.report({ message: `${done} of ${todo.length} drafts`, increment: (batch.length / Math.max(1, todo.length)) * 100 });
        batch = [];
        batchChars = 0;
      };
      for (const uri of todo) {
        if (token.isCancellationRequested) break;
        let text: string;
        try {
          text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          continue; // unreadable (removed meanwhile, permissions): nothing to report
        }
        batch.push({ uri: uri.toString(), text });
        batchChars += text.length;
        if (batch.length >= BATCH_FILES || batchChars >= BATCH_CHARS) await flush();
      }
      if (!token.isCancellationRequested) await flush();
      return { files: done, open: files.length - todo.length, findings, cancelled: token.isCancellationRequested };
    },
  );
  const what = `${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.files} draft${summary.files === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(summary.cancelled ? `Copydesk: cancelled; ${what} so far.` : `Copydesk: ${what} not open in an editor (see Problems).`);
  return summary;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function renderHtml(markdown: string, title: string): Promise<string> {
  let body: string;
  try {
    // VS Code's built-in Markdown renderer (the markdown-language-features extension), as the preview uses it.
    body = (await vscode.commands.executeCommand<string>('markdown.api.render', markdown)) ?? '';
  } catch {
    body = '';
  }
  if (!body) body = `<pre>${escapeHtml(markdown)}</pre>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${escapeHtml(title)}</title>
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:0 1em}
table{border-collapse:collapse}td,th{border:1px solid var(--vscode-panel-border);padding:2px 6px;vertical-align:top}</style>
</head><body>${body}</body></html>`;
}

async function showReport(
  client: LanguageClient,
  uri: vscode.Uri | undefined,
  existing: vscode.WebviewPanel | undefined,
): Promise<{ report: SourcingReport; markdown: string; panel: vscode.WebviewPanel } | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Copydesk: open a draft to see its sourcing report.');
    return undefined;
  }
  const doc = vscode.workspace.textDocuments.find((d) => uriKey(d.uri) === uriKey(target)) ?? (await vscode.workspace.openTextDocument(target));
  const report = await client.sendRequest(ReportRequest, { uri: client.code2ProtocolConverter.asUri(doc.uri) });
  if (!report) {
    void vscode.window.showInformationMessage('Copydesk: this document is not checked (not a draft, disabled, or too large).');
    return undefined;
  }
  const title = doc.uri.path.split('/').pop() || doc.uri.toString();
  const panel =
    existing ??
    vscode.window.createWebviewPanel(
      'copydesk.report',
      `Sourcing: ${title}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // Line numbers are links that run copydesk.revealLine (and nothing else).
      { enableScripts: false, enableCommandUris: [REVEAL_LINE_COMMAND] },
    );
  panel.title = `Sourcing: ${title}`;
  const draft = doc.uri.toString();
  const markdown = reportMarkdown(report, title, (line) => `command:${REVEAL_LINE_COMMAND}?${encodeURIComponent(JSON.stringify([draft, line - 1]))}`);
  panel.webview.html = await renderHtml(markdown, `Sourcing report: ${title}`);
  panel.reveal(undefined, true);
  return { report, markdown, panel };
}

/**
 * The language server wiring: documents, configuration, and the handlers.
 * Each handler gets the document's settings and its cached check (one
 * `analyze()` per document version, shared by diagnostics, hover and code
 * actions) and hands them to a connection-free function in `features/`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './features/codeActions';
import { Cancelled, checkText, languageOfFile, todayIso, type CheckedText } from './features/checkText';
import { noticeDiagnostic, toDiagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { lineLinker } from './features/hovers/style';
import { defaultSettings, parseSettings, settingsKey, type CopydeskSettings } from './features/settings';
import { buildReport } from './features/report';
import { CheckDocumentsRequest, ReportRequest } from './protocol';
import { actorDefinition, actorReferences, actorSymbols } from './features/navigation';
import { registerProfiles } from './profiles/workspace';
import { registerTranscripts } from './transcripts/workspace';

/** Push mode waits this long after the last change before checking (Neovim 0.7 and other push-only clients). */
const PUSH_DEBOUNCE_MS = 200;

interface CacheEntry {
  key: string;
  checked: CheckedText;
}

/**
 * The README next to the installed server, for diagnostics' `codeDescription` links (a local file: no network).
 * Any case: vsce ships it as `extension/readme.md`.
 */
export function findReadme(from: string = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir);
    } catch {
      /* unreadable: look further up */
    }
    const name = names.find((n) => n.toLowerCase() === 'readme.md');
    if (name) return pathToFileURL(path.join(dir, name)).toString();
    dir = path.dirname(dir);
  }
  return undefined;
}

function version(): string {
  try {
    const pkg = findUp('package.json');
    return pkg ? (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version?: string }).version ?? '0.0.0' : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function findUp(name: string): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
    dir = path.dirname(dir);
  }
  return undefined;
}

function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // Profiles (issue 5): the newsroom's profile files, indexed; a change re-checks open drafts.
  const profiles = registerProfiles(connection, refreshOpenDrafts);
  // Transcripts (issue 17): the record quotations are checked against; a change re-checks open drafts.
  const transcripts = registerTranscripts(connection, refreshOpenDrafts);
  function refreshOpenDrafts(): void {
    if (pullDiagnostics) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
    } else for (const doc of documents.all()) schedulePush(doc, 0);
  }
  const docsUri = findReadme();

  let pullDiagnostics = false;
  let configurationPull = false;
  let refreshSupport = false;
  let snippetSupport = false;
  let dynamicConfigRegistration = false;
  /** The client's command that opens a line (VS Code: `copydesk.revealLine`), for `command:` line links in hovers; else file links. */
  let revealLineCommand: string | null = null;
  /** Settings pushed in didChangeConfiguration, for clients without workspace/configuration. */
  let pushedSettings: CopydeskSettings = defaultSettings();

  const settingsByUri = new Map<string, Promise<CopydeskSettings>>();
  const checks = new Map<string, CacheEntry>();
  const pushTimers = new Map<string, NodeJS.Timeout>();
  const logged = new Set<string>();

  /** Logs each distinct settings problem once until the configuration changes. */
  function logProblems(problems: string[]): void {
    for (const p of problems) {
      if (logged.has(p)) continue;
      logged.add(p);
      connection.console.warn(`Copydesk: invalid setting ignored: ${p}`);
    }
  }

  function getSettings(uri: string): Promise<CopydeskSettings> {
    if (!configurationPull) return Promise.resolve(pushedSettings);
    let s = settingsByUri.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' }).then(
        (raw: unknown) => {
          const parsed = parseSettings(raw);
          logProblems(parsed.problems);
          return parsed.settings;
        },
        (e: unknown) => {
          logProblems([`could not read the configuration (${e instanceof Error ? e.message : String(e)}); using defaults.`]);
          return defaultSettings();
        },
      );
      settingsByUri.set(uri, s);
    }
    return s;
  }

  /** The check of the document's current version under `settings`, computed once per version. */
  function checked(doc: TextDocument, settings: CopydeskSettings, token?: CancellationToken): CheckedText {
    const today = todayIso();
    const key = `${doc.version}|${today}|${doc.languageId}|${settingsKey(settings)}|p${profiles.version}|t${transcripts.version}`;
    const hit = checks.get(doc.uri);
    if (hit && hit.key === key) return hit.checked;
    const result = checkText(doc.getText(), {
      languageId: doc.languageId,
      settings,
      today,
      profiles: profiles.index,
      transcripts: transcripts.index.size ? transcripts.index : undefined,
      cancelled: () => token?.isCancellationRequested ?? false,
      previous: hit?.checked.analysis ?? null,
    });
    for (const e of result.errors) connection.console.error(`Copydesk: rule ${e.ruleId} failed on ${doc.uri} (version ${doc.version}): ${e.message}`);
    checks.set(doc.uri, { key, checked: result });
    return result;
  }

  /** `checked`, or null when the request was cancelled mid-way. */
  function checkedOrNull(doc: TextDocument, settings: CopydeskSettings, token: CancellationToken): CheckedText | null {
    try {
      return checked(doc, settings, token);
    } catch (e) {
      if (e instanceof Cancelled) return null;
      throw e;
    }
  }

  function diagnosticsOf(c: CheckedText, uri: string): Diagnostic[] {
    if (c.notice) return [noticeDiagnostic(c.notice.code, c.notice.message, docsUri)];
    return toDiagnostics(c.findings, c.lines, docsUri, uri);
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    configurationPull = !!caps.workspace?.configuration;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    dynamicConfigRegistration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    snippetSupport = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    const init = params.initializationOptions as { lineLinks?: unknown; revealLineCommand?: unknown } | null | undefined;
    revealLineCommand = init?.lineLinks === 'command' && typeof init.revealLineCommand === 'string' ? init.revealLineCommand : null;
    profiles.initialize(params);
    transcripts.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'copydesk', version: version() },
    };
  });

  connection.onInitialized(() => {
    void profiles.start();
    void transcripts.start();
    if (configurationPull && dynamicConfigRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    logged.clear();
    void profiles.reloadIfGlobsChanged();
    void transcripts.reloadIfGlobsChanged();
    if (!configurationPull) {
      const raw = (change.settings as { copydesk?: unknown } | null | undefined)?.copydesk;
      const parsed = parseSettings(raw);
      logProblems(parsed.problems);
      pushedSettings = parsed.settings;
    }
    if (pullDiagnostics) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
    } else {
      for (const doc of documents.all()) schedulePush(doc, 0);
    }
  });

  // Pull diagnostics: the client asks, coalesces and cancels stale requests.
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await getSettings(doc.uri);
    if (token.isCancellationRequested) throw cancelledError();
    const resultId = `${doc.version}|${todayIso()}|${settingsKey(settings)}|p${profiles.version}|t${transcripts.version}`;
    if (params.previousResultId === resultId && checks.has(doc.uri)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    try {
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(checked(doc, settings, token), doc.uri) };
    } catch (e) {
      if (e instanceof Cancelled) throw cancelledError();
      throw e;
    }
  });

  // Push diagnostics, only for clients that cannot pull.
  function schedulePush(doc: TextDocument, delay: number): void {
    if (pullDiagnostics) return;
    const uri = doc.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(
      uri,
      setTimeout(() => {
        pushTimers.delete(uri);
        void push(uri);
      }, delay),
    );
  }

  async function push(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const settings = await getSettings(uri);
    const current = documents.get(uri);
    if (!current || current.version !== doc.version) return; // a newer change has its own push scheduled
    try {
      await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsOf(checked(doc, settings), uri) });
    } catch (e) {
      connection.console.error(`Copydesk: could not check ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  documents.onDidOpen((e) => schedulePush(e.document, 0));
  documents.onDidChangeContent((e) => {
    if (e.document.version > 1) schedulePush(e.document, PUSH_DEBOUNCE_MS);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.delete(uri);
    checks.delete(uri);
    settingsByUri.delete(uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await getSettings(doc.uri);
    if (token.isCancellationRequested) return null;
    const c = checkedOrNull(doc, settings, token);
    if (!c?.analysis || token.isCancellationRequested) return null;
    const value = hover(c.analysis, c.lines.offsetAt(params.position), { findings: c.findings, uri: doc.uri, lineLink: lineLinker(doc.uri, revealLineCommand) });
    return value ? { contents: { kind: MarkupKind.Markdown, value } } : null;
  });

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await getSettings(doc.uri);
    if (token.isCancellationRequested) return [];
    const c = checkedOrNull(doc, settings, token);
    if (!c?.analysis || token.isCancellationRequested) return [];
    return codeActions(c.analysis, c.lines, params.context.diagnostics, { uri: doc.uri, version: doc.version, snippets: snippetSupport, profilesFolder: profiles.folderFor(doc.uri) });
  });

  // Actors (issue 5): go to definition (profile entry, else first mention), references, outline.
  async function analysisOf(uri: string, token: CancellationToken): Promise<CheckedText | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const c = checkedOrNull(doc, await getSettings(uri), token);
    return c?.analysis && !token.isCancellationRequested ? c : null;
  }
  connection.onDefinition(async (params, token) => {
    const c = await analysisOf(params.textDocument.uri, token);
    return c?.analysis ? actorDefinition(c.analysis, c.lines.offsetAt(params.position), params.textDocument.uri, c.lines) : null;
  });
  connection.onReferences(async (params, token) => {
    const c = await analysisOf(params.textDocument.uri, token);
    return c?.analysis ? actorReferences(c.analysis, c.lines.offsetAt(params.position), params.textDocument.uri, c.lines, params.context.includeDeclaration) : [];
  });
  connection.onDocumentSymbol(async (params, token) => {
    const c = await analysisOf(params.textDocument.uri, token);
    return c?.analysis ? actorSymbols(c.analysis, c.lines) : [];
  });

  // Custom requests (declared in protocol.ts): the sourcing report of an open draft, and drafts that are not open.
  connection.onRequest(ReportRequest, async ({ uri }, token) => {
    const doc = documents.get(uri);
    const c = doc ? checkedOrNull(doc, await getSettings(uri), token) : null;
    return c?.analysis ? buildReport(c.analysis, c.findings, (offset) => c.lines.positionAt(offset).line) : null;
  });
  connection.onRequest(CheckDocumentsRequest, async ({ documents: drafts }, token) => {
    const results = [];
    for (const d of drafts) {
      if (token.isCancellationRequested) throw cancelledError();
      const c = checkText(d.text, { languageId: d.languageId ?? languageOfFile(d.uri), settings: await getSettings(d.uri), today: todayIso() });
      results.push({ uri: d.uri, diagnostics: diagnosticsOf(c, d.uri) });
    }
    return { results };
  });

  documents.listen(connection);
  connection.listen();
}

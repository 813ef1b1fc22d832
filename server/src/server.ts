/**
 * The language server wiring: documents, configuration, and the handlers.
 * Each handler gets the document's settings and asks the analysis host
 * (host/) for its answer: the host keeps one check per document version,
 * shared by diagnostics, hover and code actions, in a worker thread, so a
 * long analysis never blocks the answers about other documents; a newer
 * version of a document cancels the older one's analysis. Drafts over the
 * size limit or binary are declined here, without a copy to the worker.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
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
import { languageOfFile, todayIso, type CheckedText } from './features/checkText';
import { declinedNotice, documentNotice } from './features/gate';
import { NoticeId } from './features/diagnostics';
import { DraftDocument, draftDocuments } from './features/documentStore';
import { LineIndex } from './features/positions';
import { defaultSettings, parseSettings, settingsKey, type CopydeskSettings } from './features/settings';
import { AnalysisHost, type JobRequest } from './host/host';
import { pushDelay } from './host/pushDelay';
import { answer, diagnosticsOf, type Answers, type Query } from './host/queries';
import { CheckDocumentsRequest, ReportRequest } from './protocol';
import { registerProfiles } from './profiles/workspace';
import { registerTranscripts } from './transcripts/workspace';
import { registerConfig } from './config/workspaceConfig';
import { mergeEditorSettings, settingsFromConfig } from './config/merge';
import { configIgnores, configLanguage } from './config/projectConfig';

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
  const documents = new TextDocuments(draftDocuments);
  // Profiles (issue 5): the newsroom's profile files, indexed; a change re-checks open drafts.
  // The project config file (issue 16): merged under the editor settings; a change re-reads settings, profiles and transcripts.
  const configs = registerConfig(connection, () => {
    settingsByUri.clear();
    void profiles.reloadIfGlobsChanged();
    void transcripts.reloadIfGlobsChanged();
    refreshOpenDrafts();
  });
  const configGlobs = (key: 'profiles' | 'transcripts') => (folder: string) => (configs.forFolder(folder)?.[key] ? settingsFromConfig(configs.forFolder(folder))[key] : undefined);
  const profiles = registerProfiles(connection, refreshOpenDrafts, configGlobs('profiles'));
  // Transcripts (issue 17): the record quotations are checked against; a change re-checks open drafts.
  const transcripts = registerTranscripts(connection, refreshOpenDrafts, configGlobs('transcripts'));
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
  /** The client's own snippet-insertion command (VS Code: `copydesk.insertSnippet`), from `initializationOptions`. */
  let snippetCommand: string | null = null;
  let dynamicConfigRegistration = false;
  /** The client's command that opens a line (VS Code: `copydesk.revealLine`), for `command:` line links in hovers; else file links. */
  let revealLineCommand: string | null = null;
  /** Settings pushed in didChangeConfiguration, for clients without workspace/configuration. */
  let pushedSettings: CopydeskSettings = defaultSettings();

  const settingsByUri = new Map<string, Promise<CopydeskSettings>>();
  /**
   * The last diagnostics report per document: the version and settings it was for
   * (`key`) and its result id. The id is the host's, the same across versions while
   * the diagnostics stay the same (host/queries.ts ReportIds).
   */
  const reported = new Map<string, { key: string; resultId: string }>();
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

  /** The editor's settings merged over the document's project config file (config/merge.ts); its `ignore` globs disable it. */
  function withConfig(uri: string, editor: CopydeskSettings): CopydeskSettings {
    const config = configs.forUri(uri);
    const s = mergeEditorSettings(settingsFromConfig(config), editor);
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : null;
    if (config && file && configIgnores(config, file)) s.enable = false;
    return s;
  }

  function getSettings(uri: string): Promise<CopydeskSettings> {
    let s = settingsByUri.get(uri);
    if (!s) {
      s = !configurationPull
        ? Promise.resolve(withConfig(uri, pushedSettings))
        : connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' }).then(
            (raw: unknown) => {
              const parsed = parseSettings(raw);
              logProblems(parsed.problems);
              return withConfig(uri, parsed.settings);
            },
            (e: unknown) => {
              logProblems([`could not read the configuration (${e instanceof Error ? e.message : String(e)}); using defaults.`]);
              return withConfig(uri, defaultSettings());
            },
          );
      settingsByUri.set(uri, s);
    }
    return s;
  }

  const host = new AnalysisHost(docsUri, (level, m) => (level === 'info' ? connection.console.info(m) : connection.console.error(m)));
  let sentProfiles = -1;
  let sentTranscripts = -1;

  /** The language a document is checked as: the config file's `language` glob, else the client's. */
  function languageOf(doc: { uri: string; languageId: string }): string {
    const config = configs.forUri(doc.uri);
    return (config && doc.uri.startsWith('file:') && configLanguage(config, fileURLToPath(doc.uri))) || doc.languageId;
  }

  /** The index versions in the host, brought up to date (sent only after a change). */
  function syncIndexes(): void {
    if (sentProfiles !== profiles.version) {
      sentProfiles = profiles.version;
      host.setProfiles(Array.from(profiles.index.fileResults()));
    }
    if (sentTranscripts !== transcripts.version) {
      sentTranscripts = transcripts.version;
      host.setTranscripts(transcripts.index.size ? transcripts.index : null);
    }
  }

  /** A check with nothing analysed: a draft declined here (disabled, too large, binary). */
  function declined(notice: CheckedText['notice']): CheckedText {
    return { analysis: null, notice, findings: [], errors: [], lines: new LineIndex('') };
  }

  /**
   * The answer to `query` on the current version of `doc`, computed by the host
   * (one check per version); null when cancelled (by the client, or by a newer version).
   */
  async function ask<K extends Query['kind']>(doc: DraftDocument, settings: CopydeskSettings, query: Extract<Query, { kind: K }>, token?: CancellationToken): Promise<Answers[K] | null> {
    // Declined drafts never reach the worker, and one declined as too large drops its text (documentStore.ts):
    // a 60 MB draft is neither copied to the worker nor copied again for every edit.
    const declinedAt = doc.declinedSize;
    const text = declinedAt === null ? doc.getText() : '';
    let notice = null;
    if (settings.enable && declinedAt !== null) notice = declinedNotice(declinedAt, settings.maxDocumentSize);
    else if (settings.enable) {
      notice = documentNotice(text, settings.maxDocumentSize);
      if (notice?.code === NoticeId.TooLarge) doc.decline(Buffer.byteLength(text, 'utf8'));
    }
    if (!settings.enable || notice) return answer(query, declined(notice), docsUri, doc.uri) as Answers[K];
    syncIndexes();
    const today = todayIso();
    const languageId = languageOf(doc);
    const req: JobRequest = {
      uri: doc.uri,
      version: doc.version,
      key: `${doc.version}|${today}|${languageId}|${settingsKey(settings)}|p${profiles.version}|t${transcripts.version}|c${configs.version}`,
      text,
      languageId,
      settings,
      today,
    };
    const logErrors = (errors: { ruleId: string; message: string }[]): void => {
      for (const e of errors) connection.console.error(`Copydesk: rule ${e.ruleId} failed on ${doc.uri} (version ${doc.version}): ${e.message}`);
    };
    return host.ask(req, query, logErrors, token);
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    configurationPull = !!caps.workspace?.configuration;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    dynamicConfigRegistration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    snippetSupport = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    const init = params.initializationOptions as { lineLinks?: unknown; revealLineCommand?: unknown; snippetCommand?: unknown } | null | undefined;
    revealLineCommand = init?.lineLinks === 'command' && typeof init.revealLineCommand === 'string' ? init.revealLineCommand : null;
    snippetCommand = typeof init?.snippetCommand === 'string' && /^[\w.-]{1,80}$/.test(init.snippetCommand) ? init.snippetCommand : null;
    profiles.initialize(params);
    transcripts.initialize(params);
    configs.initialize(params);
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
    void configs.start().then(() => {
      void profiles.start();
      void transcripts.start();
    });
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
    const key = `${doc.version}|${todayIso()}|${settingsKey(settings)}|p${profiles.version}|t${transcripts.version}|c${configs.version}`;
    const last = reported.get(doc.uri);
    // Nothing moved since the report the client holds: no need to ask the host.
    if (last && last.key === key && params.previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    const r = await ask(doc, settings, { kind: 'diagnosticReport', uri: doc.uri, previousResultId: params.previousResultId }, token);
    if (r === null) throw cancelledError();
    const resultId = r.resultId ?? `declined|${key}`;
    reported.set(doc.uri, { key, resultId });
    // The same diagnostics as the report the client holds (a keystroke that changed none): nothing to send.
    if (r.items === null) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: r.items };
  });

  // Push diagnostics, only for clients that cannot pull.
  function schedulePush(doc: DraftDocument, delay: number): void {
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
      const diagnostics = await ask(doc, settings, { kind: 'diagnostics', uri });
      // Cancelled, or a newer version came while it ran: that version's own push follows.
      if (diagnostics === null || documents.get(uri)?.version !== doc.version) return;
      await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (e) {
      connection.console.error(`Copydesk: could not check ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  documents.onDidOpen((e) => schedulePush(e.document, 0));
  documents.onDidChangeContent((e) => {
    // The older versions' analyses are stale: stop them at the next paragraph.
    host.cancel(e.document.uri, e.document.version);
    // Push mode: at once for a draft that checks fast, else after as long as its last check took (host/pushDelay.ts).
    if (e.document.version > 1) schedulePush(e.document, pushDelay(host.lastAnalysisMs(e.document.uri), e.document.getText().length));
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(pushTimers.get(uri));
    pushTimers.delete(uri);
    host.close(uri);
    reported.delete(uri);
    settingsByUri.delete(uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = await getSettings(doc.uri);
    if (token.isCancellationRequested) return null;
    const value = await ask(doc, settings, { kind: 'hover', position: params.position, uri: doc.uri, revealLineCommand }, token);
    return value && !token.isCancellationRequested ? { contents: { kind: MarkupKind.Markdown, value } } : null;
  });

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await getSettings(doc.uri);
    if (token.isCancellationRequested) return [];
    const query = { kind: 'codeActions', diagnostics: params.context.diagnostics, uri: doc.uri, version: doc.version, snippets: snippetSupport, snippetCommand, profilesFolder: profiles.folderFor(doc.uri) } as const;
    return (await ask(doc, settings, query, token)) ?? [];
  });

  // Actors (issue 5): go to definition (profile entry, else first mention), references, outline.
  async function askOpen<K extends Query['kind']>(uri: string, query: Extract<Query, { kind: K }>, token: CancellationToken): Promise<Answers[K] | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const settings = await getSettings(uri);
    return token.isCancellationRequested ? null : ask(doc, settings, query, token);
  }
  connection.onDefinition(async (params, token) => askOpen(params.textDocument.uri, { kind: 'definition', position: params.position, uri: params.textDocument.uri }, token));
  connection.onReferences(
    async (params, token) =>
      (await askOpen(params.textDocument.uri, { kind: 'references', position: params.position, uri: params.textDocument.uri, includeDeclaration: params.context.includeDeclaration }, token)) ?? [],
  );
  connection.onDocumentSymbol(async (params, token) => (await askOpen(params.textDocument.uri, { kind: 'symbols' }, token)) ?? []);

  // Custom requests (declared in protocol.ts): the sourcing report of an open draft, and drafts that are not open.
  connection.onRequest(ReportRequest, async ({ uri }, token) => askOpen(uri, { kind: 'report' }, token));
  connection.onRequest(CheckDocumentsRequest, async ({ documents: drafts }, token) => {
    const results = [];
    for (const d of drafts) {
      if (token.isCancellationRequested) throw cancelledError();
      const settings = await getSettings(d.uri);
      const notice = settings.enable ? documentNotice(d.text, settings.maxDocumentSize) : null;
      let diagnostics: Diagnostic[] | null;
      if (!settings.enable || notice) diagnostics = diagnosticsOf(declined(notice), docsUri, d.uri);
      else {
        syncIndexes();
        const today = todayIso();
        const req: JobRequest = { uri: d.uri, version: 0, key: '', text: d.text, languageId: languageOf({ uri: d.uri, languageId: d.languageId ?? languageOfFile(d.uri) }), settings, today, transient: true };
        diagnostics = await host.ask(req, { kind: 'diagnostics', uri: d.uri }, undefined, token);
      }
      if (diagnostics === null) throw cancelledError();
      results.push({ uri: d.uri, diagnostics });
    }
    return { results };
  });

  documents.listen(connection);
  connection.listen();
}

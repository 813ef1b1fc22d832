/**
 * The project config file in the language server: for each draft, the
 * nearest `.copydesk.yaml` / `.copydesk.yml` / `.copydesk.json` from its
 * folder upward (as the CLI finds it), read once and kept until the watcher
 * reports a change. An invalid file gets one diagnostic in that file and the
 * defaults apply to its drafts. `server.ts` merges the result under the
 * user's editor settings (config/merge.ts).
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Connection, type InitializeParams } from 'vscode-languageserver';
import { findFiles } from '../files/glob';
import { onWatchedFiles } from '../workspaceFiles';
import { CONFIG_NAMES, ConfigResolver, problemSummary, type LoadedConfig, type ProjectConfig } from './projectConfig';

export interface ConfigService {
  /** Bumped whenever a config file changes: part of the server's cache keys. */
  readonly version: number;
  initialize(params: InitializeParams): void;
  /** Registers the watcher and reports invalid config files in the workspace folders. */
  start(): Promise<void>;
  /** The valid config for a document (null: none, or an invalid one). */
  forUri(uri: string): ProjectConfig | null;
  /** The valid config at a workspace folder's root or above it (for folder-wide settings such as profiles). */
  forFolder(folderUri: string): ProjectConfig | null;
}

function toPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

export function registerConfig(connection: Connection, onChange: () => void): ConfigService {
  let resolver = new ConfigResolver();
  let version = 0;
  let folders: string[] = [];
  let watcherRegistration = false;
  const withDiagnostics = new Set<string>();

  function publish(loaded: LoadedConfig | null): void {
    if (!loaded) return;
    const uri = pathToFileURL(loaded.file).toString();
    if (loaded.config) {
      if (withDiagnostics.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const line = loaded.problems[0]?.line ?? 0;
    withDiagnostics.add(uri);
    void connection.sendDiagnostics({
      uri,
      diagnostics: [{ range: { start: { line, character: 0 }, end: { line, character: 10_000 } }, severity: DiagnosticSeverity.Error, source: 'copydesk', code: 'config.invalid', message: problemSummary(loaded.problems) }],
    });
  }

  function lookup(dir: string): ProjectConfig | null {
    const loaded = resolver.forDir(dir);
    publish(loaded);
    return loaded?.config ?? null;
  }

  function scan(): void {
    for (const folder of folders) {
      const root = toPath(folder);
      if (!root) continue;
      for (const f of findFiles(root, CONFIG_NAMES.map((n) => `**/${n}`))) lookup(path.dirname(f));
    }
  }

  onWatchedFiles(connection, ({ changes }) => {
    const hit = changes.filter((c) => CONFIG_NAMES.includes(path.basename(toPath(c.uri) ?? '')));
    if (!hit.length) return;
    resolver = new ConfigResolver();
    version++;
    // A deleted or fixed file loses its diagnostic; the scan publishes the ones still invalid.
    for (const c of hit) {
      if (withDiagnostics.delete(c.uri)) void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
    }
    scan();
    onChange();
  });

  return {
    get version() {
      return version;
    },
    initialize(params: InitializeParams): void {
      watcherRegistration = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      folders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (!folders.length && params.rootUri) folders = [params.rootUri];
    },
    async start(): Promise<void> {
      if (watcherRegistration) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_NAMES.map((n) => ({ globPattern: `**/${n}` })) }).catch(() => undefined);
      }
      scan();
    },
    forUri(uri: string): ProjectConfig | null {
      const file = toPath(uri);
      return file ? lookup(path.dirname(file)) : null;
    },
    forFolder(folderUri: string): ProjectConfig | null {
      const root = toPath(folderUri);
      return root ? lookup(root) : null;
    },
  };
}

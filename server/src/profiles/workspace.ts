/**
 * Profiles in the language server: finds the profile files of each workspace
 * folder by the `copydesk.profiles` globs (default
 * `.copydesk/profiles/**\/*.{yaml,yml,json}`), loads them once into a
 * `ProfileIndex`, keeps it current on `workspace/didChangeWatchedFiles`
 * (registering a file watcher when the client allows dynamic registration),
 * and publishes diagnostics on a profile file that does not parse, without
 * affecting the other files. Profiles are read as data; nothing is fetched.
 */
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver';
import { ProfileIndex, type ProfileParseResult } from '../analysis/profiles';
import { findFiles, globRegex } from './glob';
import { DEFAULT_PROFILE_GLOBS, loadProfileFile } from './load';

export interface ProfilesService {
  readonly index: ProfileIndex;
  /** Bumped on every change of the index: part of the server's check cache key. */
  readonly version: number;
  /** Reads workspace folders and capabilities from the initialize request. */
  initialize(params: InitializeParams): void;
  /** Loads every profile file and registers the watcher (call from `onInitialized`). */
  start(): Promise<void>;
  /** Reloads everything. */
  reload(): Promise<void>;
  /** Reloads when the `copydesk.profiles` globs of a folder changed (call on configuration change). */
  reloadIfGlobsChanged(): Promise<void>;
  /** The folder URI where a new profile for a draft at `docUri` goes. */
  folderFor(docUri: string): string | undefined;
}

function toPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

function globsOf(raw: unknown): string[] {
  if (Array.isArray(raw) && raw.length && raw.every((g) => typeof g === 'string' && g.trim())) return raw as string[];
  if (typeof raw === 'string' && raw.trim()) return [raw];
  return [...DEFAULT_PROFILE_GLOBS];
}

/** Diagnostics for a profile file's errors and warnings. */
export function profileDiagnostics(r: ProfileParseResult): Diagnostic[] {
  return r.errors.map((e) => ({
    range: { start: { line: e.line, character: 0 }, end: { line: e.line, character: 10_000 } },
    severity: e.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'copydesk',
    code: 'profile.invalid',
    message: e.message,
  }));
}

/**
 * Sets up profile loading on `connection`. `onChange` runs after the index
 * changed (the server refreshes diagnostics and drops cached checks).
 */
export function registerProfiles(connection: Connection, onChange: () => void): ProfilesService {
  const index = new ProfileIndex();
  let version = 0;
  let folders: string[] = [];
  let configurationPull = false;
  let watcherRegistration = false;
  const globsByFolder = new Map<string, string[]>();
  const withDiagnostics = new Set<string>();

  async function globsFor(folder: string): Promise<string[]> {
    if (!configurationPull) return [...DEFAULT_PROFILE_GLOBS];
    try {
      return globsOf(await connection.workspace.getConfiguration({ scopeUri: folder, section: 'copydesk.profiles' }));
    } catch {
      return [...DEFAULT_PROFILE_GLOBS];
    }
  }

  function publish(uri: string, r: ProfileParseResult | null): void {
    const diagnostics = r ? profileDiagnostics(r) : [];
    if (!diagnostics.length && !withDiagnostics.has(uri)) return;
    if (diagnostics.length) withDiagnostics.add(uri);
    else withDiagnostics.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  function load(file: string): void {
    const uri = pathToFileURL(file).toString();
    try {
      publish(uri, loadProfileFile(index, file, uri));
    } catch (e) {
      // A bug on one file must not stop the others.
      connection.console.error(`Copydesk: could not load profile file ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The workspace folder and glob set a changed file belongs to, if any. */
  function matches(uri: string): boolean {
    const file = toPath(uri);
    if (!file) return false;
    for (const folder of folders) {
      const root = toPath(folder);
      if (!root) continue;
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (rel.startsWith('..')) continue;
      for (const g of globsByFolder.get(folder) ?? DEFAULT_PROFILE_GLOBS) if (globRegex(g).test(rel)) return true;
    }
    return false;
  }

  async function loadAll(): Promise<void> {
    for (const uri of [...index.fileResults().keys()]) {
      index.removeFile(uri);
      publish(uri, null);
    }
    for (const folder of folders) {
      const root = toPath(folder);
      if (!root) continue;
      const globs = await globsFor(folder);
      globsByFolder.set(folder, globs);
      for (const f of findFiles(root, globs)) load(f);
    }
    version++;
    connection.console.log(`Copydesk: ${index.size} profile${index.size === 1 ? '' : 's'} loaded from ${index.fileResults().size} file(s).`);
  }

  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const c of params.changes) {
      if (!matches(c.uri) && !index.fileResults().has(c.uri)) continue;
      changed = true;
      if (c.type === FileChangeType.Deleted) {
        index.removeFile(c.uri);
        publish(c.uri, null);
      } else {
        const file = toPath(c.uri);
        if (file) load(file);
      }
    }
    if (changed) {
      version++;
      onChange();
    }
  });

  return {
    index,
    get version() {
      return version;
    },
    initialize(params: InitializeParams): void {
      const caps = params.capabilities;
      configurationPull = !!caps.workspace?.configuration;
      watcherRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      folders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (!folders.length && params.rootUri) folders = [params.rootUri];
    },
    async start(): Promise<void> {
      await loadAll();
      if (watcherRegistration) {
        const globs = new Set<string>();
        for (const gs of globsByFolder.values()) for (const g of gs) globs.add(g.startsWith('**/') || path.isAbsolute(g) ? g : '**/' + g.replace(/^\.\//, ''));
        if (!globs.size) for (const g of DEFAULT_PROFILE_GLOBS) globs.add('**/' + g);
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...globs].map((globPattern) => ({ globPattern })) });
      }
      if (index.size) onChange();
    },
    async reload(): Promise<void> {
      await loadAll();
      onChange();
    },
    async reloadIfGlobsChanged(): Promise<void> {
      for (const folder of folders) {
        const now = await globsFor(folder);
        if (now.join('\u0000') !== (globsByFolder.get(folder) ?? []).join('\u0000')) {
          await loadAll();
          onChange();
          return;
        }
      }
    },
    folderFor(docUri: string): string | undefined {
      const folder = folders.filter((f) => docUri.startsWith(f.replace(/\/?$/, '/'))).sort((a, b) => b.length - a.length)[0] ?? folders[0];
      if (!folder) return undefined;
      return folder.replace(/\/+$/, '') + '/.copydesk/profiles';
    },
  };
}

/**
 * A set of data files in the workspace folders, found by configurable globs
 * (`copydesk.profiles`, `copydesk.transcripts`): loaded once, kept current on
 * `workspace/didChangeWatchedFiles` (a watcher is registered when the client
 * allows dynamic registration), with diagnostics published on a file that
 * does not load, without affecting the others. The profile index and the
 * transcript index are each one such set; the connection's one handler for
 * watched files is shared between them.
 */
import { fileURLToPath, pathToFileURL } from 'url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
} from 'vscode-languageserver';
import { findFiles, globMatcher, isRootless, splitGlob } from './files/glob';

export interface FileSetSpec {
  /** The configuration section holding the globs (`copydesk.transcripts`). */
  section: string;
  defaults: readonly string[];
  /** The project config file's globs for a folder (absolute), used while the editor setting is at its default. */
  configGlobs?: (folderUri: string) => string[] | undefined;
  /** What the set holds, for log lines ("profile file"). */
  what: string;
  /** Loads (or reloads) one file: `uri` is its key, `root` its workspace folder path; returns the file's diagnostics. */
  load(file: string, uri: string, root: string): Diagnostic[];
  /** Forgets one file. */
  remove(uri: string): void;
  /** The keys of the files loaded now. */
  keys(): Iterable<string>;
  /** One line for the log after a full load (none when empty). */
  summary(): string;
}

export interface FileSet {
  /** Bumped on every change: part of the server's check cache key. */
  readonly version: number;
  readonly folders: readonly string[];
  initialize(params: InitializeParams): void;
  /** Loads every file and registers the watcher (call from `onInitialized`). */
  start(): Promise<void>;
  /** Reloads everything. */
  reload(): Promise<void>;
  /** Reloads when the globs of a folder changed (call on configuration change). */
  reloadIfGlobsChanged(): Promise<void>;
}

export function toPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

function globsOf(raw: unknown, defaults: readonly string[]): string[] {
  if (Array.isArray(raw) && raw.length && raw.every((g) => typeof g === 'string' && g.trim())) return raw as string[];
  if (typeof raw === 'string' && raw.trim()) return [raw];
  return [...defaults];
}

type Listener = (params: DidChangeWatchedFilesParams) => void;
const listeners = new WeakMap<Connection, Listener[]>();

/** Calls `listener` on every `workspace/didChangeWatchedFiles` of `connection` (which takes one handler). */
export function onWatchedFiles(connection: Connection, listener: Listener): void {
  let list = listeners.get(connection);
  if (!list) {
    const all: Listener[] = [];
    list = all;
    listeners.set(connection, all);
    connection.onDidChangeWatchedFiles((params) => {
      for (const l of all) l(params);
    });
  }
  list.push(listener);
}

/** Sets up a file set on `connection`; `onChange` runs after it changed (the server re-checks open drafts). */
export function registerFileSet(connection: Connection, spec: FileSetSpec, onChange: () => void): FileSet {
  let version = 0;
  let folders: string[] = [];
  let configurationPull = false;
  let watcherRegistration = false;
  let relativePatterns = false;
  let registration: Promise<{ dispose(): void }> | undefined;
  const globsByFolder = new Map<string, string[]>();
  const withDiagnostics = new Set<string>();

  /** A folder's globs: the editor setting when set away from its default, else the project config file's, else the default. */
  async function globsFor(folder: string): Promise<string[]> {
    let globs = [...spec.defaults];
    if (configurationPull) {
      try {
        globs = globsOf(await connection.workspace.getConfiguration({ scopeUri: folder, section: spec.section }), spec.defaults);
      } catch {
        /* the default */
      }
    }
    const isDefault = globs.join('\u0000') === spec.defaults.join('\u0000');
    return (isDefault && spec.configGlobs?.(folder)) || globs;
  }

  function publish(uri: string, diagnostics: Diagnostic[]): void {
    if (!diagnostics.length && !withDiagnostics.has(uri)) return;
    if (diagnostics.length) withDiagnostics.add(uri);
    else withDiagnostics.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  function load(file: string, root: string): void {
    const uri = pathToFileURL(file).toString();
    try {
      publish(uri, spec.load(file, uri, root));
    } catch (e) {
      // A bug on one file must not stop the others.
      connection.console.error(`Copydesk: could not load ${spec.what} ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The workspace folder (a path) whose globs (workspace-relative, absolute or `~/`) match `file`, or null. */
  function rootOf(file: string): string | null {
    for (const folder of folders) {
      const root = toPath(folder);
      if (root && globMatcher(root, globsByFolder.get(folder) ?? spec.defaults)(file)) return root;
    }
    return null;
  }

  /** Watches every folder's globs: workspace-relative ones anywhere, absolute and `~/` ones at their own folder. */
  async function watch(): Promise<void> {
    if (!watcherRegistration) return;
    const relative = new Set<string>();
    const outside = new Map<string, { baseUri: string; pattern: string } | string>();
    for (const gs of globsByFolder.size ? globsByFolder.values() : [spec.defaults]) {
      for (const g of gs) {
        if (isRootless(g)) {
          const { base, pattern } = splitGlob(g, '/');
          outside.set(`${base}\u0000${pattern}`, relativePatterns ? { baseUri: pathToFileURL(base).toString(), pattern } : `${base}/${pattern}`);
        } else relative.add(g.startsWith('**/') ? g : '**/' + g.replace(/^\.\//, ''));
      }
    }
    const watchers = [...relative, ...outside.values()].map((globPattern) => ({ globPattern }));
    const previous = registration;
    registration = undefined;
    if (previous) (await previous).dispose();
    registration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  }

  async function loadAll(): Promise<void> {
    for (const uri of [...spec.keys()]) {
      spec.remove(uri);
      publish(uri, []);
    }
    for (const folder of folders) {
      const root = toPath(folder);
      if (!root) continue;
      const globs = await globsFor(folder);
      globsByFolder.set(folder, globs);
      for (const f of findFiles(root, globs, (file, why) => connection.console.warn(`Copydesk: ${spec.what} ${file}: ${why}`))) load(f, root);
    }
    version++;
    const line = spec.summary();
    if (line) connection.console.log(`Copydesk: ${line}`);
  }

  onWatchedFiles(connection, (params) => {
    let changed = false;
    const known = new Set(spec.keys());
    for (const c of params.changes) {
      const file = toPath(c.uri);
      const root = file ? rootOf(file) : null;
      if (!root && !known.has(c.uri)) continue;
      changed = true;
      if (c.type === FileChangeType.Deleted || !root || !file) {
        spec.remove(c.uri);
        publish(c.uri, []);
      } else load(file, root);
    }
    if (changed) {
      version++;
      onChange();
    }
  });

  return {
    get version() {
      return version;
    },
    get folders() {
      return folders;
    },
    initialize(params: InitializeParams): void {
      const caps = params.capabilities;
      configurationPull = !!caps.workspace?.configuration;
      watcherRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      relativePatterns = !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport;
      folders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (!folders.length && params.rootUri) folders = [params.rootUri];
    },
    async start(): Promise<void> {
      await loadAll();
      await watch().catch(() => undefined);
      if ([...spec.keys()].length) onChange();
    },
    async reload(): Promise<void> {
      await loadAll();
      onChange();
    },
    async reloadIfGlobsChanged(): Promise<void> {
      for (const folder of folders) {
        if ((await globsFor(folder)).join('\u0000') !== (globsByFolder.get(folder) ?? []).join('\u0000')) {
          await loadAll();
          await watch().catch(() => undefined);
          onChange();
          return;
        }
      }
    },
  };
}

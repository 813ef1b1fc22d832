/**
 * Profiles in the language server: finds the profile files of each workspace
 * folder by the `copydesk.profiles` globs (default
 * `.copydesk/profiles/**\/*.{yaml,yml,json}`), loads them once into a
 * `ProfileIndex`, keeps it current on `workspace/didChangeWatchedFiles`
 * (registering a file watcher when the client allows dynamic registration),
 * and publishes diagnostics on a profile file that does not parse, without
 * affecting the other files. Profiles are read as data; nothing is fetched.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic, type InitializeParams } from 'vscode-languageserver';
import { ProfileIndex, type ProfileParseResult } from '../analysis/profiles';
import { registerFileSet } from '../workspaceFiles';
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
export function registerProfiles(connection: Connection, onChange: () => void, configGlobs?: (folderUri: string) => string[] | undefined): ProfilesService {
  const index = new ProfileIndex();
  const files = registerFileSet(
    connection,
    {
      section: 'copydesk.profiles',
      configGlobs,
      defaults: DEFAULT_PROFILE_GLOBS,
      what: 'profile file',
      load: (file, uri) => profileDiagnostics(loadProfileFile(index, file, uri)),
      remove: (uri) => index.removeFile(uri),
      keys: () => index.fileResults().keys(),
      summary: () => `${index.size} profile${index.size === 1 ? '' : 's'} loaded from ${index.fileResults().size} file(s).`,
    },
    onChange,
  );
  return Object.assign(files, {
    index,
    folderFor(docUri: string): string | undefined {
      const folder = files.folders.filter((f) => docUri.startsWith(f.replace(/\/?$/, '/'))).sort((a, b) => b.length - a.length)[0] ?? files.folders[0];
      if (!folder) return undefined;
      return folder.replace(/\/+$/, '') + '/.copydesk/profiles';
    },
  });
}

/**
 * Transcripts in the language server: the files of each workspace folder
 * matched by the `copydesk.transcripts` globs, indexed once into a
 * `TranscriptIndex` and re-indexed one by one when they change, are created
 * or deleted (see `workspaceFiles.ts`). A file that cannot be read gets one
 * diagnostic (`transcript.unreadable`). Transcripts are data; nothing is fetched.
 */
import * as path from 'path';
import { DiagnosticSeverity, type Connection, type Diagnostic, type InitializeParams } from 'vscode-languageserver';
import { TranscriptIndex, type TranscriptFileResult } from '../analysis/transcripts';
import { registerFileSet } from '../workspaceFiles';
import { DEFAULT_TRANSCRIPT_GLOBS, loadTranscriptFile } from './load';

export interface TranscriptsService {
  readonly index: TranscriptIndex;
  /** Bumped on every change of the index: part of the server's check cache key. */
  readonly version: number;
  initialize(params: InitializeParams): void;
  /** Indexes every transcript and registers the watcher (call from `onInitialized`). */
  start(): Promise<void>;
  /** Re-indexes everything when the `copydesk.transcripts` globs of a folder changed (call on configuration change). */
  reloadIfGlobsChanged(): Promise<void>;
}

/** The diagnostic of a transcript that cannot be read. */
export function transcriptDiagnostics(r: TranscriptFileResult | null): Diagnostic[] {
  if (!r?.error) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'copydesk', code: 'transcript.unreadable', message: r.error }];
}

export function registerTranscripts(connection: Connection, onChange: () => void, configGlobs?: (folderUri: string) => string[] | undefined): TranscriptsService {
  const index = new TranscriptIndex();
  const files = registerFileSet(
    connection,
    {
      section: 'copydesk.transcripts',
      configGlobs,
      defaults: DEFAULT_TRANSCRIPT_GLOBS,
      what: 'transcript',
      load: (file, uri, root) => transcriptDiagnostics(loadTranscriptFile(index, file, uri, path.relative(root, file).split(path.sep).join('/'))),
      remove: (uri) => index.removeFile(uri),
      keys: () => index.fileResults().keys(),
      summary: () => (index.size ? `${index.size} transcript file(s) indexed (${index.words} words).` : ''),
    },
    onChange,
  );
  return Object.assign(files, { index });
}

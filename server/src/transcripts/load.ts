/**
 * Loading transcript files from disk into a `TranscriptIndex` (the CLI, the
 * evaluation, and the server's first load). A file that cannot be read (an
 * I/O error, too large, binary) is recorded with its error and holds nothing;
 * the other files keep working.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TranscriptIndex, type TranscriptFileResult } from '../analysis/transcripts';
import { DEFAULT_TRANSCRIPT_GLOBS } from '../features/settings';
import { findFiles } from '../files/glob';

export { DEFAULT_TRANSCRIPT_GLOBS };

/** Largest transcript file read (bigger ones are reported, not indexed). */
export const MAX_TRANSCRIPT_FILE_BYTES = 50 * 1024 * 1024;

/** Why `buf` is not a text transcript (NUL bytes, invalid UTF-8), or null. */
function notText(buf: Buffer): string | null {
  if (buf.includes(0)) return 'it looks binary (NUL bytes)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return 'it is not valid UTF-8 text';
  }
  return null;
}

/** Reads one transcript file into `index` under `key` (a path or URI), shown as `display`. */
export function loadTranscriptFile(index: TranscriptIndex, file: string, key: string = file, display: string = key): TranscriptFileResult {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_TRANSCRIPT_FILE_BYTES) return index.setError(key, `Transcript file is larger than ${MAX_TRANSCRIPT_FILE_BYTES} bytes; not read.`, display);
    buf = fs.readFileSync(file);
  } catch (e) {
    return index.setError(key, `Cannot read transcript file: ${(e as Error).message}`, display);
  }
  const why = notText(buf);
  if (why) return index.setError(key, `Cannot read transcript file: ${why}.`, display);
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return index.setFile(key, text, display);
}

/** Builds an index of every transcript file under `root` matching `globs` (files shown relative to `root`). */
export function loadTranscripts(root: string, globs: readonly string[] = DEFAULT_TRANSCRIPT_GLOBS, index = new TranscriptIndex()): TranscriptIndex {
  for (const f of findFiles(root, globs)) loadTranscriptFile(index, f, f, path.relative(root, f).split(path.sep).join('/') || f);
  return index;
}

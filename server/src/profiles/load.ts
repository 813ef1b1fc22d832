/**
 * Loading profile files from disk into a `ProfileIndex` (the CLI, and the
 * server's first load). A file that cannot be read or parsed gives errors
 * for that file only.
 */
import * as fs from 'fs';
import { ProfileIndex, type ProfileParseResult } from '../analysis/profiles';
import { findFiles } from '../files/glob';

/** The default `copydesk.profiles` globs, relative to a workspace folder. */
export const DEFAULT_PROFILE_GLOBS: readonly string[] = ['.copydesk/profiles/**/*.{yaml,yml,json}'];

/** Largest profile file read (bigger ones are reported, not parsed). */
export const MAX_PROFILE_FILE_BYTES = 20 * 1024 * 1024;

/** Reads one profile file into `index` under `key` (a path or URI); returns its parse result, or an error result when unreadable. */
export function loadProfileFile(index: ProfileIndex, file: string, key: string = file): ProfileParseResult {
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_PROFILE_FILE_BYTES) {
      const r: ProfileParseResult = { profiles: [], errors: [{ line: 0, message: `Profile file is larger than ${MAX_PROFILE_FILE_BYTES} bytes; not read.`, severity: 'error' }] };
      index.setParsed(key, r);
      return r;
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const r: ProfileParseResult = { profiles: [], errors: [{ line: 0, message: `Cannot read profile file: ${(e as Error).message}`, severity: 'error' }] };
    index.setParsed(key, r);
    return r;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return index.setFile(key, text);
}

/** Builds an index of every profile file under `root` matching `globs`. */
export function loadProfiles(root: string, globs: readonly string[] = DEFAULT_PROFILE_GLOBS, index = new ProfileIndex(), onSkip?: (file: string, why: string) => void): ProfileIndex {
  for (const f of findFiles(root, globs, onSkip)) loadProfileFile(index, f);
  return index;
}

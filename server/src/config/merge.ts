/**
 * Where a draft's settings come from, lowest first (the README's "Settings"
 * section documents this order):
 *
 *   1. the defaults (each rule's default level, today, 2 MB, the default profile globs);
 *   2. the nearest `.copydesk.yaml` / `.copydesk.json` (or `--config FILE`);
 *   3. the user's editor settings (`copydesk.*`), where set to something other
 *      than their default (the server cannot tell "unset" from "set to the
 *      default", so a default value never hides the file's); in the CLI, the
 *      flags (`--rule`, `--date`, `--max-size`, `--profiles`) instead.
 *
 * Rules merge per id: the file's levels, then the editor's or the flags' levels.
 */
import * as path from 'path';
import { DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_PROFILE_GLOBS, DEFAULT_TRANSCRIPT_GLOBS, defaultSettings, type CopydeskSettings } from '../features/settings';
import { expandHome, isRootless } from '../files/glob';
import type { ProjectConfig } from './projectConfig';

/** What a config file sets, as settings over the defaults. Its relative globs become absolute (its folder). */
export function settingsFromConfig(config: ProjectConfig | null | undefined): CopydeskSettings {
  const s = defaultSettings();
  if (!config) return s;
  s.rules = { ...config.rules };
  if (config.publicationDate === 'today') s.publicationDateToday = true;
  else if (config.publicationDate && config.publicationDate !== 'front-matter') s.publicationDate = config.publicationDate;
  if (config.maxDocumentSize !== undefined) s.maxDocumentSize = config.maxDocumentSize;
  if (config.profiles) s.profiles = config.profiles.map((g) => absoluteGlob(config.dir, g));
  if (config.transcripts) s.transcripts = config.transcripts.map((g) => absoluteGlob(config.dir, g));
  return s;
}

/** A config glob made absolute against its file's folder (absolute and `~/` globs unchanged but for `~`). */
export function absoluteGlob(dir: string, glob: string): string {
  return isRootless(glob) ? expandHome(glob) : path.join(dir, glob).split(path.sep).join('/');
}

/** The editor's settings over the file's: a value left at its default does not override. */
export function mergeEditorSettings(fromConfig: CopydeskSettings, editor: CopydeskSettings): CopydeskSettings {
  const s: CopydeskSettings = { ...fromConfig, rules: { ...fromConfig.rules, ...editor.rules }, enable: editor.enable };
  if (editor.publicationDate) {
    s.publicationDate = editor.publicationDate;
    s.publicationDateToday = false;
  }
  if (editor.maxDocumentSize !== DEFAULT_MAX_DOCUMENT_SIZE) s.maxDocumentSize = editor.maxDocumentSize;
  if (editor.profiles.join('\u0000') !== DEFAULT_PROFILE_GLOBS.join('\u0000')) s.profiles = editor.profiles;
  if (editor.transcripts.join('\u0000') !== DEFAULT_TRANSCRIPT_GLOBS.join('\u0000')) s.transcripts = editor.transcripts;
  return s;
}

/** CLI flags over a file's settings. */
export interface CliOverrides {
  rules: CopydeskSettings['rules'];
  publicationDate?: string;
  maxDocumentSize?: number;
}

export function applyOverrides(base: CopydeskSettings, o: CliOverrides): CopydeskSettings {
  const s: CopydeskSettings = { ...base, rules: { ...base.rules, ...o.rules } };
  if (o.publicationDate) {
    s.publicationDate = o.publicationDate;
    s.publicationDateToday = false;
  }
  if (o.maxDocumentSize !== undefined) s.maxDocumentSize = o.maxDocumentSize;
  return s;
}

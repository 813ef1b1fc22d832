/**
 * The one glob implementation (issue 16): tinyglobby walks folders, picomatch
 * matches paths. Used for CLI arguments, `.copydeskignore` and the config's
 * `ignore`, `copydesk.profiles` / `--profiles`, and transcripts.
 *
 * A glob is relative to a root folder (a workspace folder, the current folder,
 * a config file's folder), absolute, or `~/`-relative (the user's home).
 * Paths given to matchers use `/`. `node_modules` and `.git` are never walked.
 * Dot files match (`.copydesk/profiles/**` must).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** Folders no walk ever enters. */
export const ALWAYS_IGNORED: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/** Largest number of files one `findFiles` returns (a runaway glob stops here). */
export const MAX_FILES = 1_000_000;

const toSlash = (p: string): string => p.split(path.sep).join('/');

/** `~` and `~/x` -> the home folder; anything else unchanged. */
export function expandHome(p: string): string {
  if (p === '~') return os.homedir();
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(os.homedir(), p.slice(2));
  return p;
}

/** True when `p` has glob syntax (`*`, `?`, `[...]`, `{a,b}`, extglobs). */
export function isGlob(p: string): boolean {
  return isDynamicPattern(toSlash(p));
}

/** True for absolute and `~/` globs (they do not depend on a root). */
export function isRootless(glob: string): boolean {
  return path.isAbsolute(expandHome(glob));
}

/**
 * Splits a glob into the folder before its first wildcard and the rest:
 * `/srv/profiles/**\/*.yaml` -> `{ base: '/srv/profiles', pattern: '**\/*.yaml' }`.
 * `~/` is expanded; a relative glob is resolved against `root`.
 */
export function splitGlob(glob: string, root: string): { base: string; pattern: string } {
  const full = toSlash(path.resolve(root, expandHome(glob)));
  const scan = picomatch.scan(full);
  if (!scan.isGlob) return { base: path.dirname(full), pattern: path.basename(full) };
  return { base: scan.base || '/', pattern: scan.glob };
}

export interface FindOptions {
  /** Globs (relative to `root`, or absolute) of files and folders to leave out, besides node_modules and .git. */
  ignore?: readonly string[];
  /** Told about each file a relative glob reached through a symbolic link leading outside `root` (not returned). */
  onSkip?: (file: string, why: string) => void;
}

function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

/**
 * Files matching any of `globs` (relative to `root`, absolute, or `~/`),
 * as absolute paths, sorted, without duplicates. Missing folders give nothing.
 * Symbolic links are followed; a file a relative glob reaches through a link
 * that leads outside `root` (the workspace folder) is not returned and is
 * reported through `onSkip` (a third argument may be that function alone).
 */
export function findFiles(root: string, globs: readonly string[], options: FindOptions | FindOptions['onSkip'] = {}): string[] {
  const opts: FindOptions = typeof options === 'function' ? { onSkip: options } : options ?? {};
  const out = new Set<string>();
  let rootReal: string | undefined;
  const inside = (p: string): boolean => {
    rootReal ??= realOrNull(root) ?? path.resolve(root);
    return p === rootReal || p.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
  };
  const ignoreAbs = (opts.ignore ?? []).map((g) => toSlash(path.resolve(root, expandHome(g))));
  for (const g of globs) {
    const { base, pattern } = splitGlob(g, root);
    const ignore = [...ALWAYS_IGNORED, ...ignoreAbs.map((i) => relativeGlob(i, base)).filter((i): i is string => i !== null)];
    let found: string[];
    try {
      found = globSync([pattern], { cwd: base, absolute: true, dot: true, onlyFiles: true, ignore, expandDirectories: false, followSymbolicLinks: true });
    } catch {
      continue; // an unreadable folder gives nothing
    }
    const relative = !isRootless(g);
    for (const f of found) {
      if (out.size >= MAX_FILES) break;
      const file = path.normalize(f);
      if (relative) {
        const real = realOrNull(file);
        if (real === null) continue;
        if (real !== file && !inside(real)) {
          opts.onSkip?.(file, `a link to ${real}, outside the workspace folder ${rootReal}; not read`);
          continue;
        }
      }
      out.add(file);
    }
  }
  return [...out].sort();
}

/** An absolute ignore glob rewritten relative to `base`, or null when it cannot apply below `base`. */
function relativeGlob(absGlob: string, base: string): string | null {
  const b = toSlash(base).replace(/\/+$/, '');
  if (absGlob.startsWith(b + '/')) return absGlob.slice(b.length + 1);
  // An ignore glob above base (e.g. `<root>/**/drafts/old/**` with base `<root>/drafts`): keep its tail after `**/`.
  const star = absGlob.indexOf('**/');
  if (star >= 0 && b.startsWith(absGlob.slice(0, star).replace(/\/+$/, ''))) return absGlob.slice(star);
  return null;
}

/**
 * A test for paths against `globs` relative to `root` (absolute and `~/` globs
 * as they are). The path may be absolute or relative to `root`.
 */
export function globMatcher(root: string, globs: readonly string[]): (file: string) => boolean {
  if (!globs.length) return () => false;
  const patterns = globs.map((g) => toSlash(path.resolve(root, expandHome(g))));
  const isMatch = picomatch(patterns, { dot: true });
  return (file: string) => isMatch(toSlash(path.resolve(root, file)));
}

/**
 * A test for ignore globs in the style of `.gitignore` lines: a pattern
 * without `/` matches a file or folder name at any depth (`drafts-old`,
 * `*.tmp`), one with `/` is relative to `root`; a folder matched excludes
 * everything under it. Lines starting with `#` and blank lines are skipped.
 */
export function ignoreMatcher(root: string, lines: readonly string[]): (file: string) => boolean {
  const globs: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const anchored = line.replace(/^\.\//, '').replace(/\/+$/, '');
    const g = anchored.includes('/') ? anchored.replace(/^\//, '') : `**/${anchored}`;
    globs.push(g, `${g}/**`);
  }
  return globMatcher(root, globs);
}

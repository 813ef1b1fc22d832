/**
 * Minimal glob support for profile file patterns (`copydesk.profiles`,
 * `--profiles`): `**` (any folders), `*` and `?` inside one path segment, and
 * `{a,b}` alternatives. Enough for `.copydesk/profiles/**\/*.{yaml,yml,json}`
 * without a dependency. Paths use `/`.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Expands `{a,b}` alternatives (not nested). */
function expandBraces(glob: string): string[] {
  const m = /\{([^{}]*)\}/.exec(glob);
  if (!m) return [glob];
  return m[1].split(',').flatMap((alt) => expandBraces(glob.slice(0, m.index) + alt + glob.slice(m.index + m[0].length)));
}

function segmentRegex(seg: string): string {
  return seg.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
}

/** A regular expression matching relative paths against `glob`. */
export function globRegex(glob: string): RegExp {
  const alts = expandBraces(glob.replace(/\\/g, '/').replace(/^\.\//, '')).map((g) =>
    g
      .split('/')
      .map((seg, i, all) => (seg === '**' ? (i === all.length - 1 ? '.*' : '(?:[^/]+/)*') : segmentRegex(seg) + (i === all.length - 1 ? '' : '/')))
      .join(''),
  );
  return new RegExp(`^(?:${alts.join('|')})$`);
}

/** The folder part of a glob before its first wildcard (`.copydesk/profiles`). */
export function globBase(glob: string): string {
  const parts = glob.replace(/\\/g, '/').split('/');
  const base: string[] = [];
  for (const p of parts) {
    if (/[*?{[]/.test(p)) break;
    base.push(p);
  }
  if (base.length === parts.length) base.pop(); // a plain file path: its folder
  return base.join('/') || '.';
}

const MAX_FILES = 50_000;

/**
 * Files under `root` matching any of `globs` (relative to `root`, or absolute), sorted. Missing folders give
 * nothing. Symbolic links are followed when they lead inside `root` (the workspace folder); a link that leads
 * outside it, or nowhere, is not read and is reported through `onSkip`, one line per link.
 */
export function findFiles(root: string, globs: readonly string[], onSkip?: (file: string, why: string) => void): string[] {
  const out = new Set<string>();
  const rootReal = realOrNull(root) ?? path.resolve(root);
  const inside = (p: string): boolean => p === rootReal || p.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
  for (const g of globs) {
    const absolute = path.isAbsolute(g);
    const base = absolute ? globBase(g) : path.join(root, globBase(g));
    const rel = absolute ? path.relative(base, g) : path.relative(globBase(g), g);
    const re = globRegex(rel.split(path.sep).join('/'));
    /** Real paths of the folders walked: a link back up the tree is walked once. */
    const walked = new Set<string>();
    const walk = (dir: string, prefix: string): void => {
      const real = realOrNull(dir);
      if (real !== null) {
        if (walked.has(real)) return;
        walked.add(real);
      }
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (out.size >= MAX_FILES) return;
        const relPath = prefix ? `${prefix}/${e.name}` : e.name;
        const full = path.join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        if (e.isSymbolicLink()) {
          const target = realOrNull(full);
          let st: fs.Stats | null = null;
          try {
            st = target === null ? null : fs.statSync(target);
          } catch {
            st = null;
          }
          const matters = st?.isDirectory() || re.test(relPath);
          if (target === null || st === null) {
            if (matters) onSkip?.(full, 'a link that leads nowhere; not read');
            continue;
          }
          if (!absolute && !inside(target)) {
            if (matters) onSkip?.(full, `a link to ${target}, outside the workspace folder ${rootReal}; not read`);
            continue;
          }
          isDir = st.isDirectory();
          isFile = st.isFile();
        }
        if (isDir) {
          if (e.name !== 'node_modules' && e.name !== '.git') walk(full, relPath);
        } else if (isFile && re.test(relPath)) out.add(full);
      }
    };
    walk(base, '');
  }
  return [...out].sort();
}

function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

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

/** Files under `root` matching any of `globs` (relative to `root`, or absolute), sorted. Missing folders give nothing. */
export function findFiles(root: string, globs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const g of globs) {
    const absolute = path.isAbsolute(g);
    const base = absolute ? globBase(g) : path.join(root, globBase(g));
    const rel = absolute ? path.relative(base, g) : path.relative(globBase(g), g);
    const re = globRegex(rel.split(path.sep).join('/'));
    const walk = (dir: string, prefix: string): void => {
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
        if (e.isDirectory()) {
          if (e.name !== 'node_modules' && e.name !== '.git') walk(full, relPath);
        } else if (e.isFile() && re.test(relPath)) out.add(full);
      }
    };
    walk(base, '');
  }
  return [...out].sort();
}

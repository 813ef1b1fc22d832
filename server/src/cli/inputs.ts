/**
 * Which drafts a CLI run reads (issue 16): each argument is
 *   `-`          standard input (named by `--stdin-filename`, default `<stdin>`);
 *   a folder     walked for *.md, *.markdown, *.txt, *.draft, *.story;
 *   a glob       expanded (quote it so the shell leaves it alone: `'drafts/**\/*.md'`);
 *   anything else a file, read as named (a missing one is reported when read).
 * `--files-from FILE` (or `-`) adds one path per line (folders walked, no glob expansion).
 *
 * Walked and expanded files leave out node_modules and .git always, what the
 * nearest `.copydeskignore` (from the current folder upward) lists, and what
 * the `ignore` globs of each file's nearest config list. A file named on the
 * command line is always read: ignoring is for what a walk finds.
 */
import * as fs from 'fs';
import * as path from 'path';
import { findFiles, ignoreMatcher, isGlob } from '../files/glob';
import { configIgnores, type ConfigResolver } from '../config/projectConfig';

export const DRAFT_GLOB = '**/*.{md,markdown,txt,draft,story}';
export const IGNORE_FILE = '.copydeskignore';

export interface Input {
  /** The name printed in the output: as given, or found relative to the current folder. */
  file: string;
  /** True for standard input (`-`). */
  stdin?: boolean;
}

export interface Resolved {
  inputs: Input[];
  /** One line each: globs that matched nothing, unreadable --files-from. */
  problems: string[];
}

/** The nearest `.copydeskignore` from `cwd` upward, as a test on paths. */
export function copydeskIgnore(cwd: string): (file: string) => boolean {
  let dir = path.resolve(cwd);
  for (;;) {
    const f = path.join(dir, IGNORE_FILE);
    try {
      return ignoreMatcher(dir, fs.readFileSync(f, 'utf8').split(/\r?\n/));
    } catch {
      /* none here */
    }
    const up = path.dirname(dir);
    if (up === dir) return () => false;
    dir = up;
  }
}

export interface ResolveOptions {
  cwd: string;
  configs: ConfigResolver;
  /** Lines of `--files-from`, already read. */
  filesFrom?: string[];
}

export function resolveInputs(args: readonly string[], opts: ResolveOptions): Resolved {
  const { cwd } = opts;
  const inputs: Input[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const ignoredByFile = copydeskIgnore(cwd);
  const ignored = (abs: string): boolean => {
    if (ignoredByFile(abs)) return true;
    const c = opts.configs.forDir(path.dirname(abs));
    return !!c?.config && configIgnores(c.config, abs);
  };
  const display = (abs: string): string => {
    const rel = path.relative(cwd, abs);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  };
  const add = (file: string, abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    inputs.push({ file });
  };
  const walk = (arg: string, abs: string): void => {
    const found = findFiles(abs, [DRAFT_GLOB]).filter((f) => !ignored(f));
    if (!found.length) problems.push(`no drafts in ${arg} (*.md, *.markdown, *.txt, *.draft, *.story)`);
    for (const f of found) add(path.isAbsolute(arg) ? f : display(f), f);
  };
  const one = (arg: string, expandGlobs: boolean): void => {
    if (arg === '-') {
      if (!seen.has('-')) inputs.push({ file: '-', stdin: true });
      seen.add('-');
      return;
    }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) return walk(arg, abs);
    if (!stat && expandGlobs && isGlob(arg)) {
      const found = findFiles(cwd, [arg]).filter((f) => !ignored(f));
      if (!found.length) problems.push(`no files match ${arg}`);
      for (const f of found) add(path.isAbsolute(arg) ? f : display(f), f);
      return;
    }
    add(arg, abs);
  };
  for (const a of args) one(a, true);
  for (const line of opts.filesFrom ?? []) {
    const p = line.trim();
    if (p) one(p, false);
  }
  return { inputs, problems };
}

/**
 * What CLI commands share: output streams (injectable for tests), reading a
 * draft file with clear failures, option parsing and the version.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { looksBinary } from '../features/gate';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

/** A command's result: an exit code, or null for a long-running command (the language server). */
export type ExitCode = 0 | 1 | 2 | null;

/** A usage problem: the command prints it with a hint at `--help` and exits 2. */
export class UsageError extends Error {}

/** Reads a draft as UTF-8 text, or says in one line why it cannot. */
export function readDraft(file: string): { text: string } | { problem: string } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { problem: `cannot read ${file}: ${why}` };
  }
  if (buf.includes(0)) return { problem: `${file} looks binary (it contains NUL bytes); not checked` };
  let text = new TextDecoder('utf-8').decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) return { problem: `${file} is not UTF-8 text (many invalid byte sequences); not checked` };
  return { text };
}

export interface OptionSpec {
  [name: string]: { type: 'string' | 'boolean'; multiple?: boolean; short?: string };
}

/** Strict option parsing; unknown options and missing values become `UsageError`s. */
export function parse(args: string[], options: OptionSpec): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
}

export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(p, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'copydesk') return pkg.version ?? '0.0.0';
      } catch {
        /* keep looking */
      }
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}

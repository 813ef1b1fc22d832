/**
 * What CLI commands share: output streams (injectable for tests), reading a
 * draft file with clear failures, option parsing and the version.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { looksBinary, tooLargeNotice, type Notice } from '../features/gate';

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

/** What `readDraft` gives: the text, a one-line problem, or (over the size limit) the notice that replaces the analysis. */
export type DraftRead = { text: string } | { problem: string } | { tooLarge: Notice };

/** Bytes read per `readSync` call. */
const CHUNK = 1 << 16;

/**
 * Reads a draft, or says in one line why it cannot. Reading stops one byte
 * past `maxBytes` (two bytes per character past it for UTF-16, whose text
 * can be half its size in UTF-8), so `/dev/zero`, a pipe that never ends or
 * a 700 MB file cost at most that much memory: they are reported too large.
 * Decodes UTF-8 (a byte order mark is dropped) and UTF-16 LE or BE with a
 * byte order mark.
 */
export function readDraft(file: string, maxBytes = Infinity, limitName = 'option --max-size'): DraftRead {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    return { problem: `cannot read ${file}: ${whyNot(e)}` };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let limit = maxBytes + 1;
  let size: number | null = null;
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { problem: `cannot read ${file}: is a directory` };
    if (st.isFile()) size = st.size;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, limit - total)));
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      if (total === 0 && n >= 2 && isUtf16Bom(buf)) limit = 2 * maxBytes + 3;
      total += n;
      if (total >= limit) break;
    }
  } catch (e) {
    return { problem: `cannot read ${file}: ${whyNot(e)}` };
  } finally {
    fs.closeSync(fd);
  }
  if (total >= limit) return { tooLarge: tooLargeNotice(size !== null && size >= total ? size : null, maxBytes, limitName) };
  const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  let text: string;
  if (isUtf16Bom(buf)) {
    const le = buf[0] === 0xff;
    if (buf.length % 2 !== 0) return { problem: `${file} starts with a UTF-16 byte order mark but has an odd number of bytes; not checked` };
    text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf);
  } else {
    if (buf.includes(0)) return { problem: `${file} looks binary (it contains NUL bytes); not checked` };
    text = new TextDecoder('utf-8').decode(buf);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) return { problem: `${file} is not UTF-8 text (many invalid byte sequences); not checked` };
  return { text };
}

function isUtf16Bom(buf: Buffer): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

function whyNot(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
}

/**
 * Ends the process quietly (exit 0) when standard output is a closed pipe
 * (`copydesk check … | head -1`): the reader has what it wanted. Other
 * write errors still surface.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
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

/**
 * A guard in front of the language server's standard input: it passes the
 * JSON-RPC byte stream through unchanged while checking its framing (header
 * lines `Name: value` ending in an empty line, a `Content-Length` that is a
 * whole number of at most MAX_BODY bytes, then that many bytes). A stream
 * that breaks the framing (no Content-Length, a negative or 10 GB length,
 * random bytes) cannot be resynchronised: without the guard the server would
 * buffer it without limit and never answer again. With it, the problem is
 * logged and `onBroken` ends the server, so the client restarts it.
 */
import { Transform, type TransformCallback } from 'stream';

/** Longest header section accepted (real clients send one or two short lines). */
const MAX_HEADER = 8 * 1024;
/** Largest message body accepted: a didOpen of a draft far over any size limit still fits. */
export const MAX_BODY = 256 * 1024 * 1024;

export class FramingGuard extends Transform {
  private header: Buffer[] = [];
  private headerLength = 0;
  /** Bytes of the current body still to come; -1 while reading a header. */
  private bodyLeft = -1;
  private broken = false;

  constructor(private readonly onBroken: (why: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.broken) return done();
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - i);
        i += take;
        this.bodyLeft -= take;
        if (this.bodyLeft === 0) this.bodyLeft = -1;
        continue;
      }
      // In a header: look for the empty line that ends it.
      const start = i;
      let end = -1;
      for (; i < chunk.length; i++) {
        if (chunk[i] === 0x0a && this.endsHeader(chunk, start, i)) {
          end = ++i;
          break;
        }
      }
      this.header.push(chunk.subarray(start, end < 0 ? chunk.length : end));
      this.headerLength += (end < 0 ? chunk.length : end) - start;
      if (this.headerLength > MAX_HEADER) return this.fail(`a message header longer than ${MAX_HEADER} bytes without an end (not JSON-RPC framing)`, done);
      if (end < 0) break;
      const why = this.readHeader(Buffer.concat(this.header).toString('latin1'));
      this.header = [];
      this.headerLength = 0;
      if (why) return this.fail(why, done);
      if (this.bodyLeft === 0) this.bodyLeft = -1;
    }
    done(null, chunk);
  }

  /** True when the LF at `at` completes CR LF CR LF (looking back into the header bytes kept from earlier chunks). */
  private endsHeader(chunk: Buffer, start: number, at: number): boolean {
    const byte = (k: number): number => {
      if (k >= start) return chunk[k];
      // Before this chunk's part: the bytes kept from earlier chunks.
      let back = start - k;
      for (let j = this.header.length - 1; j >= 0; j--) {
        const b = this.header[j];
        if (back <= b.length) return b[b.length - back];
        back -= b.length;
      }
      return -1;
    };
    return byte(at - 1) === 0x0d && byte(at - 2) === 0x0a && byte(at - 3) === 0x0d;
  }

  /** Checks a complete header section and sets the body length; returns what is wrong, or null. */
  private readHeader(text: string): string | null {
    let length: number | null = null;
    for (const line of text.split('\r\n')) {
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon <= 0) return `a header line without "Name:" (${JSON.stringify(line.slice(0, 40))})`;
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,12}$/.test(value)) return `a Content-Length that is not a whole number of bytes (${JSON.stringify(value.slice(0, 40))})`;
      length = Number(value);
      if (length > MAX_BODY) return `a Content-Length of ${length} bytes (more than ${MAX_BODY})`;
    }
    if (length === null) return 'a message header without Content-Length';
    this.bodyLeft = length;
    return null;
  }

  private fail(why: string, done: TransformCallback): void {
    this.broken = true;
    done();
    this.onBroken(`Copydesk: the input stream is not JSON-RPC framing: ${why}; the server stops (the client restarts it).`);
  }
}

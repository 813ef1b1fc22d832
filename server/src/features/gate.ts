/**
 * Drafts Copydesk will not analyse: binary-looking text and drafts over the
 * size limit. Shared by the server (one information diagnostic) and the CLI
 * (a clear message), so both draw the line in the same place.
 */
import { NoticeId } from './diagnostics';

/** Share of U+FFFD replacement characters above which decoded text is taken for non-UTF-8 or binary data. */
const MAX_REPLACEMENT_SHARE = 0.01;

/** True for text with NUL characters, or with many replacement characters (bytes that were not UTF-8). */
export function looksBinary(text: string): boolean {
  if (text.indexOf('\u0000') >= 0) return true;
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad >= 8 && bad / text.length > MAX_REPLACEMENT_SHARE;
}

/** UTF-8 byte length of `text`, counted only when it could exceed `limit`. */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text, 'utf8') > limit;
}

export interface Notice {
  code: string;
  message: string;
}

/**
 * The notice for a draft over `maxBytes`: `bytes` is its size, or null when
 * only the first `maxBytes + 1` were read (a device or pipe without end).
 */
export function tooLargeNotice(bytes: number | null, maxBytes: number, limitName = 'setting copydesk.maxDocumentSize'): Notice {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  const size = bytes === null ? `over ${mb(maxBytes)} MB` : `${mb(bytes)} MB`;
  return { code: NoticeId.TooLarge, message: `Copydesk: this draft is too large to analyse (${size}; the limit is ${mb(maxBytes)} MB, ${limitName}).` };
}

/** Why `text` is not analysed, or null when it is analysed. `limitName` says where the size limit is set. */
export function documentNotice(text: string, maxBytes: number, limitName = 'setting copydesk.maxDocumentSize'): Notice | null {
  if (exceedsBytes(text, maxBytes)) return tooLargeNotice(Buffer.byteLength(text, 'utf8'), maxBytes, limitName);
  if (looksBinary(text)) {
    return { code: NoticeId.Binary, message: 'Copydesk: this file looks binary (NUL bytes or invalid UTF-8); it was not analysed.' };
  }
  return null;
}

/**
 * The notice for an open draft the server declined as too large and whose
 * text it dropped (documentStore.ts): `bytes` is its size then, grown by the
 * text inserted since. Still over `maxBytes`: the usual too-large notice.
 * Under it (the limit was raised, or text was deleted): the text is gone, so
 * the draft is checked again only when it is reopened.
 */
export function declinedNotice(bytes: number, maxBytes: number, limitName = 'setting copydesk.maxDocumentSize'): Notice {
  if (bytes > maxBytes) return tooLargeNotice(bytes, maxBytes, limitName);
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return {
    code: NoticeId.TooLarge,
    message: `Copydesk: this draft was too large to analyse when it was opened (${mb(bytes)} MB; the limit is now ${mb(maxBytes)} MB, ${limitName}); its text was not kept, so close and reopen it to check it.`,
  };
}

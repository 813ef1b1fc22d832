/**
 * Copydesk's custom LSP requests, declared once and imported by both the client (`client/src/commands.ts`) and the
 * server (`server/src/server.ts`). Methods are namespaced `copydesk/...`. Payloads are plain JSON.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { SourcingReport } from './features/report';

export type { SourcingReport } from './features/report';

/** `copydesk/report`: the sourcing report of one open document. */
export interface ReportParams {
  uri: string;
}
/** The report, or null when the document is not open on the server or not analysed (disabled, too large, binary). */
export type ReportResult = SourcingReport | null;
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('copydesk/report');

/** One draft of the workspace, read by the client (so `files.exclude` and virtual file systems are honoured). */
export interface DraftText {
  uri: string;
  /** The editor's language id; when left out the server infers it from the file extension. */
  languageId?: string;
  text: string;
}

/** `copydesk/checkDocuments`: checks drafts that need not be open, with each one's settings; the client sends batches. */
export interface CheckDocumentsParams {
  documents: DraftText[];
}
export interface CheckDocumentsResult {
  results: Array<{ uri: string; diagnostics: Diagnostic[] }>;
}
export const CheckDocumentsRequest = new RequestType<CheckDocumentsParams, CheckDocumentsResult, void>('copydesk/checkDocuments');

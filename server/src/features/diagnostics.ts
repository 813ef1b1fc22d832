/**
 * Findings to LSP diagnostics: one place for the level -> severity mapping,
 * the `copydesk` source, the rule id as `code` and the link to the rule's
 * README section. No connection here; the server and tests call it.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity, Span } from '../analysis/types';
import { ruleById } from '../analysis/rules';
import type { LineIndex } from './positions';

export const SOURCE = 'copydesk';

/** The one mapping from a Copydesk level to an LSP severity. */
export function toSeverity(level: Severity): DiagnosticSeverity {
  switch (level) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/** The README anchor of a rule id: `quote.unattributed` -> `rule-quote-unattributed`. */
export function ruleAnchor(ruleId: string): string {
  return 'rule-' + ruleId.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** What rides in `Diagnostic.data`: the finding's own payload plus what code actions need. */
export interface DiagnosticData {
  ruleId: string;
  /** The finding's offsets in the version it was computed for. */
  start: number;
  end: number;
  /** The finding's own `data`, spread in when it is an object, else under `value`. */
  [key: string]: unknown;
}

export function diagnosticData(f: Finding): DiagnosticData {
  const own = f.data && typeof f.data === 'object' && !Array.isArray(f.data) ? (f.data as Record<string, unknown>) : f.data === undefined ? {} : { value: f.data };
  return { ...own, ruleId: f.ruleId, start: f.start, end: f.end };
}

/**
 * One finding as a diagnostic. `docsUri` is the README the `codeDescription`
 * links into (a local file: drafts are confidential and the server never
 * needs the network); without it the link is left out.
 */
export function toDiagnostic(f: Finding, lines: LineIndex, docsUri?: string, uri?: string): Diagnostic {
  const d: Diagnostic = {
    range: lines.rangeOf(f),
    severity: toSeverity(f.severity),
    source: SOURCE,
    code: f.ruleId,
    message: f.message,
    data: diagnosticData(f),
  };
  if (docsUri) d.codeDescription = { href: `${docsUri}#${ruleAnchor(f.ruleId)}` };
  // The other mention of two that disagree (consistency rules), in the same document.
  if (uri && f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: lines.rangeOf(r) }, message: r.message }));
  return d;
}

/** `uri` is the document's own URI, for related information pointing into it. */
export function toDiagnostics(findings: readonly Finding[], lines: LineIndex, docsUri?: string, uri?: string): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, lines, docsUri, uri));
}

/** Ids of the document-level notices that are not rules (too large, binary). */
export const NoticeId = {
  TooLarge: 'copydesk.too-large',
  Binary: 'copydesk.binary',
} as const;

/** An information diagnostic at the top of the document, for drafts Copydesk will not analyse. */
export function noticeDiagnostic(code: string, message: string, docsUri?: string): Diagnostic {
  const d: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code,
    message,
  };
  if (docsUri) d.codeDescription = { href: `${docsUri}#notices` };
  return d;
}

/** Title, why and fix of a rule id, for hovers and docs; null for unknown ids. */
export function ruleDoc(ruleId: string): { title: string; why: string; fix: string } | null {
  const r = ruleById(ruleId);
  return r ? { title: r.title, why: r.why, fix: r.fix } : null;
}

/** True when `offset` lies inside `span` (end inclusive, so a hover at the closing mark still counts). */
export function touches(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

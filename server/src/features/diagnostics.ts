/**
 * Findings to LSP diagnostics: one place for the level -> severity mapping,
 * the `copydesk` source, the rule id as `code` and the link to the rule's
 * README section. No connection here; the server and tests call it.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity, Span } from '../analysis/types';
import { ruleById } from '../analysis/rules';
import type { LineIndex } from './positions';
import { diagnosticMessage } from './messages';

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

/**
 * One finding as a diagnostic. `docsUri` is the README the `codeDescription`
 * links into (a local file: drafts are confidential and the server never
 * needs the network); without it the link is left out. No `data`: a code
 * action finds the finding again in the current analysis by rule id and range
 * (codeActions.ts `findingOfDiagnostic`), so the fix payloads of 1,300
 * diagnostics are not serialised on every keystroke of a long draft.
 */
export function toDiagnostic(f: Finding, lines: LineIndex, docsUri?: string, uri?: string): Diagnostic {
  const d: Diagnostic = {
    range: lines.rangeOf(f),
    severity: toSeverity(f.severity),
    source: SOURCE,
    code: f.ruleId,
    message: diagnosticMessage(f),
  };
  if (docsUri) d.codeDescription = { href: `${docsUri}#${ruleAnchor(f.ruleId)}` };
  // The other mention of two that disagree (consistency rules), in the same document.
  if (uri && f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: lines.rangeOf(r) }, message: r.message }));
  return d;
}

/** True when two diagnostics show the same thing (range, severity, rule, message, link, related information). */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a.code !== b.code || a.message !== b.message || a.severity !== b.severity || !sameRange(a.range, b.range)) return false;
  if (a.codeDescription?.href !== b.codeDescription?.href || a.source !== b.source) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  if (ra.length !== rb.length) return false;
  for (let i = 0; i < ra.length; i++) {
    if (ra[i].message !== rb[i].message || ra[i].location.uri !== rb[i].location.uri || !sameRange(ra[i].location.range, rb[i].location.range)) return false;
  }
  return a.data === undefined && b.data === undefined ? true : JSON.stringify(a.data) === JSON.stringify(b.data);
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** True when two lists of diagnostics are the same, in the same order. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false;
  return true;
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

/**
 * What the language server asks of a checked document, as plain data (it
 * crosses to the analysis worker and back): its diagnostics, a hover, quick
 * fixes, navigation, the sourcing report. `answer` is the one place that
 * turns a `CheckedText` into each answer, in the worker or in process.
 */
import type { CodeAction, Diagnostic, DocumentSymbol, Location, Position } from 'vscode-languageserver';
import type { CheckedText } from '../features/checkText';
import { codeActions } from '../features/codeActions';
import { noticeDiagnostic, toDiagnostics } from '../features/diagnostics';
import { hover } from '../features/hover';
import { lineLinker } from '../features/hovers/style';
import { actorDefinition, actorReferences, actorSymbols } from '../features/navigation';
import { buildReport, type SourcingReport } from '../features/report';

export type Query =
  | { kind: 'diagnostics'; uri: string }
  | { kind: 'hover'; position: Position; uri: string; revealLineCommand: string | null }
  | { kind: 'codeActions'; diagnostics: Diagnostic[]; uri: string; version: number; snippets: boolean; snippetCommand?: string | null; profilesFolder?: string }
  | { kind: 'definition'; position: Position; uri: string }
  | { kind: 'references'; position: Position; uri: string; includeDeclaration: boolean }
  | { kind: 'symbols' }
  | { kind: 'report' };

export interface Answers {
  diagnostics: Diagnostic[];
  hover: string | null;
  codeActions: CodeAction[];
  definition: Location | null;
  references: Location[];
  symbols: DocumentSymbol[];
  report: SourcingReport | null;
}

export function diagnosticsOf(c: CheckedText, docsUri: string | undefined, uri: string): Diagnostic[] {
  if (c.notice) return [noticeDiagnostic(c.notice.code, c.notice.message, docsUri)];
  return toDiagnostics(c.findings, c.lines, docsUri, uri);
}

/** The answer to `q` on the checked document `c` (an empty answer when it was not analysed). */
export function answer(q: Query, c: CheckedText, docsUri: string | undefined, uri: string): Answers[Query['kind']] {
  if (q.kind === 'diagnostics') return diagnosticsOf(c, docsUri, uri);
  const a = c.analysis;
  switch (q.kind) {
    case 'hover':
      return a ? hover(a, c.lines.offsetAt(q.position), { findings: c.findings, uri: q.uri, lineLink: lineLinker(q.uri, q.revealLineCommand) }) : null;
    case 'codeActions':
      return a ? codeActions(a, c.lines, q.diagnostics, { uri: q.uri, version: q.version, snippets: q.snippets, snippetCommand: q.snippetCommand, profilesFolder: q.profilesFolder }) : [];
    case 'definition':
      return a ? actorDefinition(a, c.lines.offsetAt(q.position), q.uri, c.lines) : null;
    case 'references':
      return a ? actorReferences(a, c.lines.offsetAt(q.position), q.uri, c.lines, q.includeDeclaration) : [];
    case 'symbols':
      return a ? actorSymbols(a, c.lines) : [];
    case 'report':
      return a ? buildReport(a, c.findings, (offset) => c.lines.positionAt(offset).line) : null;
  }
}

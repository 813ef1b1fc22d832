/**
 * What the language server asks of a checked document, as plain data (it
 * crosses to the analysis worker and back): its diagnostics, a hover, quick
 * fixes, navigation, the sourcing report. `answer` is the one place that
 * turns a `CheckedText` into each answer, in the worker or in process.
 */
import type { CodeAction, Diagnostic, DocumentSymbol, Location, Position } from 'vscode-languageserver';
import type { CheckedText } from '../features/checkText';
import { codeActions } from '../features/codeActions';
import { noticeDiagnostic, sameDiagnostics, toDiagnostics } from '../features/diagnostics';
import { hover } from '../features/hover';
import { lineLinker } from '../features/hovers/style';
import { actorDefinition, actorReferences, actorSymbols } from '../features/navigation';
import { buildReport, type SourcingReport } from '../features/report';

export type Query =
  | { kind: 'diagnostics'; uri: string }
  /** Pull diagnostics: `items` null when they are the ones under `previousResultId` (LSP `unchanged`). */
  | { kind: 'diagnosticReport'; uri: string; previousResultId?: string }
  | { kind: 'hover'; position: Position; uri: string; revealLineCommand: string | null }
  | { kind: 'codeActions'; diagnostics: Diagnostic[]; uri: string; version: number; snippets: boolean; snippetCommand?: string | null; profilesFolder?: string }
  | { kind: 'definition'; position: Position; uri: string }
  | { kind: 'references'; position: Position; uri: string; includeDeclaration: boolean }
  | { kind: 'symbols' }
  | { kind: 'report' };

export interface Answers {
  diagnostics: Diagnostic[];
  /** `resultId` null: the answer was computed without a history of reports (a declined draft); the caller names it. */
  diagnosticReport: { resultId: string | null; items: Diagnostic[] | null };
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

/**
 * The result ids of pull diagnostics, per document: one id for as long as the
 * diagnostics stay the same, across versions, so a keystroke that changes no
 * diagnostic is answered `unchanged` (nothing serialised; 1,300 diagnostics of
 * a 100k-word draft are 0.6-0.9 MB of JSON). Ids carry a prefix of their own per
 * instance: an id from another instance (a restarted worker) never matches.
 */
export class ReportIds {
  private readonly last = new Map<string, { id: string; items: Diagnostic[] }>();
  private readonly prefix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  private count = 0;

  report(uri: string, items: Diagnostic[], previousResultId: string | undefined): Answers['diagnosticReport'] {
    const last = this.last.get(uri);
    let id: string;
    if (last && sameDiagnostics(last.items, items)) id = last.id;
    else {
      id = `${this.prefix}.${++this.count}`;
      this.last.set(uri, { id, items });
    }
    return { resultId: id, items: previousResultId === id ? null : items };
  }

  close(uri: string): void {
    this.last.delete(uri);
  }
}

/** The answer to `q` on the checked document `c` (an empty answer when it was not analysed). */
export function answer(q: Query, c: CheckedText, docsUri: string | undefined, uri: string, reports?: ReportIds): Answers[Query['kind']] {
  if (q.kind === 'diagnostics') return diagnosticsOf(c, docsUri, uri);
  if (q.kind === 'diagnosticReport') {
    const items = diagnosticsOf(c, docsUri, uri);
    return reports ? reports.report(uri, items, q.previousResultId) : { resultId: null, items };
  }
  const a = c.analysis;
  switch (q.kind) {
    case 'hover':
      return a ? hover(a, c.lines.offsetAt(q.position), { findings: c.findings, uri: q.uri, lineLink: lineLinker(q.uri, q.revealLineCommand) }) : null;
    case 'codeActions':
      return a ? codeActions(a, c.lines, q.diagnostics, { uri: q.uri, version: q.version, snippets: q.snippets, snippetCommand: q.snippetCommand, profilesFolder: q.profilesFolder, findings: c.findings }) : [];
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

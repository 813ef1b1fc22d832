/**
 * Code actions: a registry of quick-fix providers, one file per rule under
 * `features/fixes/`. Providers keep no state: they read the finding (found
 * again among the current version's findings by rule id and range) and the
 * current analysis.
 * To add fixes for a rule: write `fixes/<ruleId>.ts` exporting a `FixProvider`
 * and add one line to `FIX_PROVIDERS`.
 */
import type { CodeAction, Command, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze';
import type { Finding } from '../analysis/types';
import { RuleId } from '../analysis/ruleIds';
import { SOURCE } from './diagnostics';
import { diagnosticMessage } from './messages';
import type { LineIndex } from './positions';
import { quoteUnattributedFixes, type OffsetEdit } from './fixes/quoteUnattributed';
import { quoteInferredFixes } from './fixes/quoteInferred';
import { relativeConflictFixes, weekdayMismatchFixes } from './fixes/dates';
import { markReviewedFix, sourceUnnamedFixes } from './fixes/sources';
import { firstReferenceFixes, noProfileFixes } from './fixes/actors';
import { misquotedFixes, wrongSpeakerFixes } from './fixes/quoteRecord';
import { consistencyFixes } from './fixes/consistency';

export interface FixContext {
  analysis: DocumentAnalysis;
  /** The document text the analysis was made from. */
  text: string;
  lines: LineIndex;
  /** The diagnostic being fixed (listed in each action's `diagnostics`). */
  diagnostic: Diagnostic;
  /** True when the client applies snippet text edits (LSP 3.18 `snippetEditSupport`). */
  snippets: boolean;
  textEdit(edit: OffsetEdit): TextEdit;
  workspaceEdit(edits: TextEdit[]): WorkspaceEdit;
  /** A workspace edit replacing `edit`'s span with a snippet (only when `snippets`). */
  snippetEdit(edit: OffsetEdit, snippet: string): WorkspaceEdit;
  /**
   * A command that makes the client insert `snippet` over `edit`'s span itself (VS Code's
   * `insertSnippet`, with real tab stops), or null when the client offered no such command.
   */
  snippetCommand(edit: OffsetEdit, snippet: string, title: string): Command | null;
  /** Folder URI where "Create profile" puts a new profile file, when known. */
  profilesFolder?: string;
}

export type FixProvider = (finding: Finding, ctx: FixContext) => CodeAction[];

/** Quick-fix providers by rule id. */
export const FIX_PROVIDERS: Partial<Record<string, FixProvider>> = {
  [RuleId.QuoteUnattributed]: quoteUnattributedFixes,
  [RuleId.QuoteInferred]: quoteInferredFixes,
  [RuleId.DateWeekdayMismatch]: weekdayMismatchFixes,
  [RuleId.DateRelativeConflict]: relativeConflictFixes,
  [RuleId.SourceUnnamed]: sourceUnnamedFixes,
  [RuleId.ActorNoProfile]: noProfileFixes,
  [RuleId.ActorFirstReference]: firstReferenceFixes,
  [RuleId.QuoteMisquoted]: misquotedFixes,
  [RuleId.QuoteWrongSpeaker]: wrongSpeakerFixes,
  [RuleId.ConsistencyAge]: consistencyFixes,
  [RuleId.ConsistencyTitle]: consistencyFixes,
  [RuleId.ConsistencyName]: consistencyFixes,
  [RuleId.ConsistencyNumber]: consistencyFixes,
};

/** Fixes offered for every rule's findings, after the rule's own ("Mark as reviewed"). */
export const GENERIC_FIX_PROVIDERS: readonly FixProvider[] = [markReviewedFix];

export interface CodeActionOptions {
  uri: string;
  /** Document version, for versioned (snippet) edits. */
  version: number | null;
  snippets: boolean;
  /** The client's snippet-insertion command (from `initializationOptions.snippetCommand`), if any. */
  snippetCommand?: string | null;
  /** Folder URI for new profile files (the workspace's `.copydesk/profiles`); defaults to one beside the document. */
  profilesFolder?: string;
  /** The findings of the analysed version: each diagnostic's finding is looked up there (its fix payload is not in the diagnostic). */
  findings: readonly Finding[];
}

/**
 * The finding a Copydesk diagnostic stands for: among the findings of the
 * current version, the one of the same rule at the same range (of several, the
 * one with the same message); null for foreign diagnostics, and for stale ones
 * (of an older version, whose finding moved or went away).
 */
export function findingOfDiagnostic(d: Diagnostic, lines: LineIndex, findings: readonly Finding[]): Finding | null {
  if (d.source !== SOURCE || typeof d.code !== 'string') return null;
  const start = lines.offsetAt(d.range.start);
  const end = lines.offsetAt(d.range.end);
  let same: Finding | null = null;
  for (const f of findings) {
    if (f.ruleId !== d.code || f.start !== start || f.end !== end) continue;
    if (diagnosticMessage(f) === d.message) return f;
    same ??= f;
  }
  return same;
}

/** Quick fixes for the given diagnostics (those the client sent in the code action context). */
export function codeActions(analysis: DocumentAnalysis, lines: LineIndex, diagnostics: readonly Diagnostic[], opts: CodeActionOptions): CodeAction[] {
  const textEdit = (e: OffsetEdit): TextEdit => ({ range: lines.rangeOf(e), newText: e.newText });
  const workspaceEdit = (edits: TextEdit[]): WorkspaceEdit => ({ changes: { [opts.uri]: edits } });
  const snippetEdit = (e: OffsetEdit, snippet: string): WorkspaceEdit =>
    ({
      documentChanges: [
        { textDocument: { uri: opts.uri, version: opts.version }, edits: [{ range: lines.rangeOf(e), snippet: { kind: 'snippet', value: snippet } }] },
      ],
    }) as unknown as WorkspaceEdit; // SnippetTextEdit is LSP 3.18; the 3.17 typings do not know it yet.
  const snippetCommand = (e: OffsetEdit, snippet: string, title: string): Command | null =>
    opts.snippetCommand ? { title, command: opts.snippetCommand, arguments: [opts.uri, lines.rangeOf(e), snippet, opts.version] } : null;
  const out: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const finding = findingOfDiagnostic(diagnostic, lines, opts.findings);
    if (!finding) continue;
    const ctx: FixContext = { analysis, text: lines.text, lines, diagnostic, snippets: opts.snippets, textEdit, workspaceEdit, snippetEdit, snippetCommand, profilesFolder: opts.profilesFolder ?? opts.uri.replace(/[^/]*$/, '.copydesk/profiles') };
    const provider = FIX_PROVIDERS[finding.ruleId];
    if (provider) out.push(...provider(finding, ctx));
    for (const generic of GENERIC_FIX_PROVIDERS) out.push(...generic(finding, ctx));
  }
  return out;
}

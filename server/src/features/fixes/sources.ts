/**
 * Quick fixes for unnamed sources, and "Mark as reviewed" for any rule.
 *
 * `source.unnamed`:
 * - "Explain why anonymity was granted": inserts `, who spoke on condition
 *   of anonymity because [REASON],` after the source phrase, with `[REASON]`
 *   a selected tab stop where the client can (an LSP snippet edit, or the
 *   client's own snippet command in VS Code), else as plain text. A
 *   placeholder is no reason, so the finding stays until one is written. No
 *   closing comma when a comma already follows the phrase or the sentence ends there.
 * - "Attribute to <Name>": replaces the descriptor with a person the draft
 *   names before it (at most three, nearest first, from the finding's data).
 *
 * Any rule: "Mark as reviewed" inserts an ignore directive
 * (`<!-- copydesk-ignore rule.id -->` in Markdown, `[copydesk-ignore rule.id]`
 * in plain text) on its own line above the paragraph, or adds the rule id to
 * a directive that already covers it.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { ignoreDirectives, ignoreMarker } from '../../analysis/ignore';
import type { Finding } from '../../analysis/types';
import type { FixContext, FixProvider } from '../codeActions';
import type { OffsetEdit } from './quoteUnattributed';

/** The reason placeholder (a selected tab stop where the client takes snippets); the reporter types over it. */
export const REASON_PLACEHOLDER = '[REASON]';

interface UnnamedData {
  phrase?: unknown;
  head?: unknown;
  insertAt?: unknown;
  followedByComma?: unknown;
  candidates?: unknown;
}

function snippetEscape(s: string): string {
  return s.replace(/[$}\\]/g, (c) => '\\' + c);
}

/**
 * The justification clause to insert at `at` in `text`, split around the
 * reason: `[before, after]`. The closing comma is left out when a comma
 * already follows or the clause ends the sentence.
 */
export function justificationClause(text: string, at: number): { before: string; after: string } {
  const rest = text.slice(at, at + 4);
  const closes = /^\s*(?:[,.;:!?)\]—–]|$)/.test(rest) || /^\s*\r?\n/.test(rest) || /^["”’']/.test(rest);
  return { before: ', who spoke on condition of anonymity because ', after: closes ? '' : ',' };
}

/** Words that make a source phrase more than one person: a number, a quantity, a group. */
const GROUP_OPENER = /^(?:(?:the|a|an)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|dozens|several|some|many|most|few|a few|multiple|various|numerous|both|\d+|a (?:group|number|handful|couple) of|members of)\b/i;
const GROUP_HEADS = new Set(['people', 'officials', 'sources', 'residents', 'aides', 'members', 'staff', 'staffers', 'diplomats', 'lawmakers', 'executives', 'employees', 'analysts', 'experts', 'witnesses', 'police', 'team', 'group', 'committee', 'panel', 'family', 'relatives', 'neighbors', 'neighbours', 'critics', 'supporters', 'activists', 'investigators', 'prosecutors', 'authorities']);

/** True when an unnamed source is plural or a group: no one named person can replace it. */
export function isGroupSource(phrase: string, head: string): boolean {
  const h = head.toLowerCase();
  return GROUP_OPENER.test(phrase.trim()) || GROUP_HEADS.has(h) || (/[^s'’]s$/.test(h) && !/(?:ss|us|is)$/.test(h));
}

export const sourceUnnamedFixes: FixProvider = (finding: Finding, ctx: FixContext): CodeAction[] => {
  const data = (finding.data ?? {}) as UnnamedData;
  const actions: CodeAction[] = [];
  const at = typeof data.insertAt === 'number' && data.insertAt >= finding.start && data.insertAt <= ctx.text.length ? data.insertAt : finding.end;
  const { before, after } = justificationClause(ctx.text, at);
  const title = 'Explain why anonymity was granted';
  const place: OffsetEdit = { start: at, end: at, newText: '' };
  const snippet = snippetEscape(before) + '${1:' + snippetEscape(REASON_PLACEHOLDER) + '}' + snippetEscape(after) + '$0';
  const command = ctx.snippets ? null : ctx.snippetCommand(place, snippet, title);
  if (ctx.snippets) {
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], isPreferred: true, edit: ctx.snippetEdit(place, snippet) });
  } else if (command) {
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], isPreferred: true, command });
  } else {
    const edit = { ...place, newText: before + REASON_PLACEHOLDER + after };
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], isPreferred: true, edit: ctx.workspaceEdit([ctx.textEdit(edit)]) });
  }
  const candidates = Array.isArray(data.candidates) ? data.candidates.filter((c): c is string => typeof c === 'string' && c.trim() !== '') : [];
  // A plural or group source ("two people briefed on the talks", "officials") is not one named person.
  const phrase = typeof data.phrase === 'string' ? data.phrase : ctx.text.slice(finding.start, finding.end);
  const head = typeof data.head === 'string' ? data.head : '';
  for (const name of isGroupSource(phrase, head) ? [] : candidates.slice(0, 3)) {
    actions.push({
      title: `Attribute to ${name}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [ctx.diagnostic],
      edit: ctx.workspaceEdit([ctx.textEdit({ start: finding.start, end: finding.end, newText: name })]),
    });
  }
  return actions;
};

/** "Mark as reviewed": an ignore directive for the finding's rule, honoured by `check()`. Works for every rule. */
export function markReviewedFix(finding: Finding, ctx: FixContext): CodeAction[] {
  const doc = ctx.analysis.doc;
  const title = `Mark as reviewed (ignore ${finding.ruleId} here)`;
  const make = (edit: OffsetEdit): CodeAction[] => [{ title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: ctx.workspaceEdit([ctx.textEdit(edit)]) }];
  // A directive already covering this paragraph for other rules: add this rule to it.
  const existing = ignoreDirectives(doc).find((d) => d.rules !== null && finding.start >= d.scope.start && finding.start < d.scope.end);
  if (existing && existing.rules) {
    const html = doc.text.startsWith('<!--', existing.marker.start);
    return make({ ...existing.marker, newText: ignoreMarker([...existing.rules, finding.ruleId], html) });
  }
  const para = doc.paragraphs.find((p) => finding.start >= p.start && finding.start < p.end);
  const from = para ? para.start : finding.start;
  const lineStart = doc.text.lastIndexOf('\n', from - 1) + 1;
  const eol = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  return make({ start: lineStart, end: lineStart, newText: ignoreMarker([finding.ruleId], doc.isMarkdown) + eol });
}

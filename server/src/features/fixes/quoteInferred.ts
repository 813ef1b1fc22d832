/**
 * Quick fix for `quote.inferred`: *Attribute to <Surname>*, which writes the
 * assumed speaker's second reference into the quotation the AP way
 * (`"It's the only way."` → `"It's the only way," Okoro said.`), using the
 * same edit as `quote.unattributed`'s fixes. It is the first (preferred)
 * action; *Mark as reviewed* follows from the generic providers.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { FixContext, FixProvider } from '../codeActions';
import { attributionEdit } from './quoteUnattributed';

export const quoteInferredFixes: FixProvider = (finding, ctx: FixContext): CodeAction[] => {
  const q = ctx.analysis.quotations.find((x) => x.start === finding.start && x.end === finding.end);
  if (!q) return [];
  const data = (finding.data ?? {}) as { attributeAs?: unknown };
  const name = typeof data.attributeAs === 'string' ? data.attributeAs.trim() : '';
  if (!name) return [];
  const edit = attributionEdit(ctx.text, q, name);
  if (!edit) return [];
  return [
    {
      title: `Attribute to ${name}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [ctx.diagnostic],
      isPreferred: true,
      edit: ctx.workspaceEdit([ctx.textEdit(edit)]),
    },
  ];
};

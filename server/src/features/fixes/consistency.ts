/**
 * Quick fixes for the consistency rules: the finding's payload carries the
 * edit (`fix`: a span of the draft and what to write there), e.g. *Spell it
 * "Adeyemi"*, *Use 58, as on line 3*, *Use $41 million, as on line 8*. The
 * span may lie elsewhere than the finding (a headline spelling fixed from the
 * body's finding); it is checked against the current text before it is offered.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { Finding } from '../../analysis/types';
import type { FixContext } from '../codeActions';

interface FixPayload {
  start: number;
  end: number;
  replacement: string;
  title: string;
}

function payloadOf(finding: Finding): FixPayload | null {
  const fix = (finding.data as { fix?: Partial<FixPayload> } | undefined)?.fix;
  if (!fix || typeof fix.start !== 'number' || typeof fix.end !== 'number' || typeof fix.replacement !== 'string' || typeof fix.title !== 'string') return null;
  return fix as FixPayload;
}

export function consistencyFixes(finding: Finding, ctx: FixContext): CodeAction[] {
  const fix = payloadOf(finding);
  if (!fix || fix.start < 0 || fix.end > ctx.text.length || fix.start >= fix.end) return [];
  const edit = ctx.textEdit({ start: fix.start, end: fix.end, newText: fix.replacement });
  return [{ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], isPreferred: true, edit: ctx.workspaceEdit([edit]) }];
}

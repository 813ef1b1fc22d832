/**
 * Hover: composes the pure hover functions in `features/hovers/`. Each takes
 * the analysis, the offset under the cursor and a context, and returns
 * markdown or null; the non-null parts are joined in list order.
 * Every hover follows the style in `hovers/style.ts` (README, Architecture):
 * verdict first, evidence, fix last, nothing twice, at most ten lines.
 * To add one: write `hovers/<topic>Hover.ts` with `card()` and add it to
 * `HOVERS` before `findingHover`, which explains whatever findings the topic
 * cards did not (`explain()`).
 */
import type { DocumentAnalysis } from '../analysis/analyze';
import type { Finding } from '../analysis/types';
import { dateHover } from './hovers/dateHover';
import { findingHover } from './hovers/findingHover';
import { quoteHover } from './hovers/quoteHover';
import { actorHover } from './hovers/actorHover';
import { sourceHover } from './hovers/sourceHover';
import { recordHover } from './hovers/recordHover';
import { consistencyHover } from './hovers/consistencyHover';

/** What every hover function may read besides the analysis. Extend with optional fields. */
export interface HoverContext {
  /** The findings of this document version at the configured levels. */
  findings: readonly Finding[];
  /** The document's URI, for links to lines of it (actor cards). */
  uri?: string;
  /** The link target of a zero-based line of this document, or of `file` (`command:` links in VS Code); see `lineRef`. */
  lineLink?: (zeroBasedLine: number, file?: string) => string;
  /** Findings a card has explained (filled by the cards through `explain`; `findingHover` skips them). */
  explained?: Set<Finding>;
}

export type HoverProvider = (analysis: DocumentAnalysis, offset: number, ctx: HoverContext) => string | null;

export const HOVERS: readonly HoverProvider[] = [consistencyHover, quoteHover, recordHover, sourceHover, dateHover, actorHover, findingHover];

/** The hover markdown at `offset`, or null when no provider has anything to say. */
export function hover(analysis: DocumentAnalysis, offset: number, ctx: HoverContext, providers: readonly HoverProvider[] = HOVERS): string | null {
  const parts: string[] = [];
  const shared: HoverContext = { ...ctx, explained: ctx.explained ?? new Set() };
  for (const p of providers) {
    const md = p(analysis, offset, shared);
    if (md) parts.push(md);
  }
  return parts.length ? parts.join('\n\n---\n\n') : null;
}

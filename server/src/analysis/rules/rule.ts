import type { DocumentAnalysis } from '../analyze';
import type { RuleIdValue } from '../ruleIds';
import type { Level, RelatedSpan, Span } from '../types';

/** What a rule reports; the runner turns it into a `Finding` with the configured level. */
export interface RuleResult extends Span {
  message: string;
  /**
   * The closing advice (what to do), one sentence after `message`. The finding's message is both; editor
   * diagnostics show `message` alone, the hover and the quick fixes carry the advice.
   */
  advice?: string;
  /** Payload for quick fixes and hovers (JSON-serialisable). */
  data?: unknown;
  /** Report one level below the configured one (e.g. an anonymous source whose anonymity the draft explains). */
  weaker?: boolean;
  /** Other places the finding refers to (the earlier mention of two that disagree). */
  related?: RelatedSpan[];
}

/** A rule: one file each, listed in `rules/index.ts`. */
export interface Rule {
  id: RuleIdValue;
  defaultLevel: Level;
  /** Short human title, e.g. "Quotation without attribution". */
  title: string;
  /** Why it matters, for hovers and docs (one or two sentences). */
  why: string;
  /** How to fix it (one sentence). */
  fix: string;
  check(analysis: DocumentAnalysis): RuleResult[];
}

/**
 * One draft, checked: the gate (size, binary), `analyze()` and the rules at
 * the configured levels. The server caches the result per document version;
 * the CLI and the evaluation script call it once per file. Both sides get the
 * same findings for the same text and settings.
 */
import { analyze, type DocumentAnalysis } from '../analysis/analyze';
import { check, type CheckResult } from '../analysis/check';
import { analyzeIncremental } from '../analysis/incremental';
import type { Finding } from '../analysis/types';
import type { ProfileLookup } from '../analysis/profiles';
import type { TranscriptLookup } from '../analysis/transcripts';
import type { Rule } from '../analysis/rules/rule';
import { documentNotice, type Notice } from './gate';
import { LineIndex } from './positions';
import type { CopydeskSettings } from './settings';

export interface CheckedText {
  /** Null when the draft was not analysed (disabled, too large, binary). */
  analysis: DocumentAnalysis | null;
  /** Why the draft was not analysed, when it was not (and not merely disabled). */
  notice: Notice | null;
  findings: Finding[];
  /** Rules that threw; their findings are missing, the others are there. */
  errors: CheckResult['errors'];
  lines: LineIndex;
}

export interface CheckTextOptions {
  languageId?: string;
  settings: CopydeskSettings;
  /** Today as `YYYY-MM-DD` (the analysis never reads the clock). */
  today: string;
  /** The profile index (actor cards, `actor.no-profile`). */
  profiles?: ProfileLookup;
  /** The record quotations are checked against (`quote.misquoted`, `quote.wrong-speaker`). */
  transcripts?: TranscriptLookup;
  /** Where the size limit is set, for the too-large message (default: the editor setting). */
  limitName?: string;
  /** The rules to run (default: the registry). */
  rules?: readonly Rule[];
  /** Called between stages; return true to stop early (cancellation). */
  cancelled?: () => boolean;
  /**
   * Set by editors: the analysis of the document's previous version (null for
   * the first one). The analysis then reuses its unchanged paragraphs; the
   * result is the same as a full analysis.
   */
  previous?: DocumentAnalysis | null;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export function checkText(text: string, opts: CheckTextOptions): CheckedText {
  const lines = new LineIndex(text);
  const empty = (notice: Notice | null): CheckedText => ({ analysis: null, notice, findings: [], errors: [], lines });
  if (!opts.settings.enable) return empty(null);
  const notice = documentNotice(text, opts.settings.maxDocumentSize, opts.limitName);
  if (notice) return empty(notice);
  const options = { today: opts.today, publicationDate: opts.settings.publicationDate, draftDate: !opts.settings.publicationDateToday, languageId: opts.languageId, profiles: opts.profiles, transcripts: opts.transcripts };
  const analysis = opts.previous === undefined ? analyze(text, options) : analyzeIncremental(opts.previous ?? undefined, text, options);
  if (opts.cancelled?.()) throw new Cancelled();
  const { findings, errors } = check(analysis, opts.settings.rules, opts.rules);
  return { analysis, notice: null, findings, errors, lines };
}

/** Today's local date as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Language id of a file name: `.md`/`.markdown` -> markdown, `.draft`/`.story` -> newsdraft, else plaintext. */
export function languageOfFile(file: string): 'markdown' | 'newsdraft' | 'plaintext' {
  if (/\.(md|markdown|mdown|mkd)$/i.test(file)) return 'markdown';
  if (/\.(draft|story)$/i.test(file)) return 'newsdraft';
  return 'plaintext';
}

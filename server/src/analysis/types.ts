/**
 * Core types of the pure analysis layer.
 *
 * Everything here is a UTF-16 offset range into the original document text;
 * conversion to line/character happens once, at the edge (LSP adapter, CLI).
 * This folder imports nothing from `vscode*` or Node I/O (lint-enforced).
 */

import type { ProfileLookup } from './profiles/types';
import type { TranscriptLookup } from './transcripts/transcriptIndex';

/** A half-open range of UTF-16 offsets `[start, end)` into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** Level a rule reports at; `off` disables it. */
export type Level = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** A level a finding can actually carry (never `off`). */
export type Severity = Exclude<Level, 'off'>;

/** Another place in the draft a finding points at (the earlier of two disagreeing mentions): LSP related information. */
export interface RelatedSpan extends Span {
  message: string;
}

/** One finding of one rule, in document offsets. */
export interface Finding extends Span {
  /** Stable dotted rule id, e.g. `quote.unattributed`. */
  ruleId: string;
  severity: Severity;
  /** One sentence: what is wrong and how to fix it. */
  message: string;
  /** The closing advice that ends `message`, when the rule gives it apart (diagnostics leave it to the hover). */
  advice?: string;
  /** Payload for quick fixes and hovers (JSON-serialisable). */
  data?: unknown;
  /** Other places the finding refers to (shown as related information). */
  related?: RelatedSpan[];
}

/** A paragraph of prose: a block of text between blank lines, or a single line in one-line-per-paragraph copy. */
export interface Paragraph extends Span {
  index: number;
  /** Sentences inside this paragraph, in order. */
  sentences: Sentence[];
  /** True for Markdown headings and short title lines without end punctuation. */
  isHeading: boolean;
}

export interface Sentence extends Span {
  /** Index of this sentence in the whole document. */
  index: number;
  /** Index of the paragraph that holds this sentence. */
  paragraph: number;
}

/** How a quotation got (or failed to get) its speaker. */
export type QuoteStatus = 'attributed' | 'continued' | 'unattributed';

/** One quotation: the quoted span including its quote marks. */
export interface Quotation extends Span {
  /** The text between the marks. */
  contentStart: number;
  contentEnd: number;
  /** Which marks opened it: `"`, `“`, `'`, `‘`. */
  mark: string;
  /** Index of the paragraph the quotation starts in. */
  paragraph: number;
  /** True when the quote runs on into the next paragraph without a closing mark (multi-paragraph quote). */
  runsOn: boolean;
  /** True when this quotation continues one that ran on from the previous paragraph. */
  isContinuation: boolean;
  /** Nesting depth: 0 for outer quotes, 1 for a quote inside a quote. */
  depth: number;
  /** True for short quoted titles, names and scare quotes that are not speech (`titled "…"`, `so-called "…"`). */
  isTitle: boolean;
  /** True for a partial quote: a lower-case fragment inside a sentence (`called the plan "a mess"`). */
  partial: boolean;
  /** True for a quotation inside a headline or subhead. */
  inHeadline: boolean;
  status: QuoteStatus;
  /** The speaker as the draft writes it (resolved name for pronouns), or null. */
  speaker: string | null;
  /** The span of the speaker phrase as written (may be a pronoun), when there is one. */
  speakerSpan: Span | null;
  /** The attribution cue (`said`, `according to`, `told reporters:`), when there is one. */
  cue: Span | null;
  /** How the attribution was made: e.g. `said-after`, `said-before`, `colon`, `pronoun`, `continued`, `partial`, `paragraph`. */
  how: string | null;
}

/** One attribution relation in the draft: a cue, its source phrase and (optionally) its content. */
export interface Attribution {
  cue: Span;
  /** The verb or phrase lemma: `say`, `tell`, `according to`, `write`, ... */
  verb: string;
  /** The source phrase as written (`a senior official`, `Witkoff`, `he`). */
  source: Span;
  sourceText: string;
  /** The named person or organisation the source resolves to, or null for unnamed/unresolved. */
  resolved: string | null;
  /** Kind of the source phrase. */
  sourceKind: 'name' | 'pronoun' | 'descriptor' | 'organization' | 'document' | 'other';
  sentence: number;
  paragraph: number;
}

/** A person or organisation name occurrence found in the draft (coarse; actors refine it). */
export interface NameMention extends Span {
  text: string;
  paragraph: number;
}

/** Options every analysis takes. No clock reads inside the analysis: `today` comes from outside. */
export interface AnalysisOptions {
  /** ISO `YYYY-MM-DD`: the date to use when the draft gives no publication date. */
  today: string;
  /** ISO `YYYY-MM-DD` from settings or `--date`; overrides `today` but not the draft's own date. */
  publicationDate?: string;
  /** False: ignore the draft's own date (front matter, dateline) and use `publicationDate` or `today` (config `publicationDate: today`). */
  draftDate?: boolean;
  /** Language id or file extension hint: `markdown`, `plaintext`, `newsdraft`. */
  languageId?: string;
  /** The newsroom's profile index (actors' hover cards, `actor.no-profile`); read when used, so a cached analysis sees profile edits. */
  profiles?: ProfileLookup;
  /** The record (interview transcripts) quotations are checked against; read when used, like `profiles`. */
  transcripts?: TranscriptLookup;
}

/** Where the publication date came from. */
export interface PublicationDate {
  iso: string;
  source: 'front-matter' | 'dateline' | 'setting' | 'today';
  span: Span | null;
}

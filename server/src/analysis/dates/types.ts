/**
 * Types of the date layer: every date expression of a draft, resolved against
 * the publication date, with what a rule, a quick fix or a hover needs to know
 * about it. All spans are UTF-16 offsets into the document text.
 */
import type { Span } from '../types';

/**
 * `absolute`: a calendar date is written (`Oct. 17`, `17 March 2026`, `2026-03-12`).
 * `weekday`: only a weekday is written (`on Tuesday`, `late Saturday`).
 * `relative`: a word that counts from the publication date or another date
 * (`yesterday`, `last Thursday`, `two days later`).
 * `range`: a span of days (`March 5-7`, `next week`).
 */
export type DateKind = 'absolute' | 'weekday' | 'relative' | 'range';

/** Tense of the clause around a date, as far as it decides the year or the week. */
export type Tense = 'past' | 'future' | 'neutral';

/** How a month-name or numeric date was written, so a fix can write a replacement in the same style. */
export interface WrittenDate {
  /** Span of the date part only (no weekday), in document offsets. */
  span: Span;
  /** `mdy`: `Oct. 17, 2025`; `dmy`: `17 October 2025`; `iso`: `2025-10-17`; `slash-mdy`/`slash-dmy`: `10/17/2025`, `17/10/2025`. */
  order: 'mdy' | 'dmy' | 'iso' | 'slash-mdy' | 'slash-dmy' | 'dot-dmy';
  /** The month as written (`Oct.`, `October`, `10`). */
  monthText: string;
  month: number;
  day: number;
  /** Written year, or null when the year was chosen. */
  year: number | null;
  /** Ordinal suffix written after the day (`5th`), or ''. */
  ordinal: string;
}

/** A weekday as written (`Wednesday`, `Sat.`, `(Friday)`). */
export interface WrittenWeekday {
  span: Span;
  text: string;
  /** 0 = Sunday … 6 = Saturday. */
  index: number;
}

/**
 * The relative part of an expression.
 * `day`: yesterday/today/tomorrow/tonight/last night (offset from publication);
 * `weekday`: last/this/next/past/coming + weekday; `week`: last/this/next week;
 * `offset`: `two days later`, `a week earlier`, `one day before <event>`, `three days ago`.
 */
export interface RelativePart {
  span: Span;
  text: string;
  type: 'day' | 'weekday' | 'week' | 'offset';
  /** For `day`: days from publication (-1 yesterday). For `offset`: signed days from the anchor. */
  days: number;
  /** For `weekday`/`week`: `last`, `this`, `next`, `past`, `coming`. */
  modifier?: string;
}

/** What a date was resolved from, when it was not written in full. */
export interface DateAnchor {
  kind: 'publication' | 'mention';
  /** ISO date of the anchor. */
  iso: string;
  /** For `mention`: the span of the dated mention it counts from. */
  span?: Span;
}

/** A contradiction between a relative expression and a weekday or date (rule `date.relative-conflict`). */
export interface DateConflict {
  /** `relative`: a relative word and the weekday/date written with it; `same-weekday`: a bare weekday and a dated mention of that weekday in the paragraph. */
  kind: 'relative' | 'same-weekday';
  /** The expression the contradiction sits on (usually the explicit weekday or date). */
  span: Span;
  /** The relative expression or dated mention that contradicts it. */
  other: Span;
  otherText: string;
  /** Dates the other expression allows (ISO), as the reader would compute them. */
  expected: string[];
  /** One sentence spelling out the contradiction. */
  explanation: string;
}

/** One date expression in a draft. */
export interface DateMention extends Span {
  /** The expression as written in the draft. */
  text: string;
  paragraph: number;
  kind: DateKind;
  /** The calendar date it resolves to (ISO), or null for ranges, impossible or unresolvable dates. */
  iso: string | null;
  /** For ranges: first and last day (ISO). */
  range: { start: string; end: string } | null;
  /** The weekday written with it, if any. */
  weekday: WrittenWeekday | null;
  /** The calendar date as written, if any. */
  date: WrittenDate | null;
  relative: RelativePart | null;
  /** Tense of the clause (past: on or before publication; future: after); read only where it decides something (a yearless date, a weekday), else `neutral`. */
  tense: Tense;
  /** How the year (or for a bare weekday, the week) was chosen; null when written in full. */
  yearChoice: string | null;
  anchor: DateAnchor | null;
  /** Why the written date cannot exist (`February has 28 days in 2027`), or null. */
  impossible: string | null;
  /** A contradiction with a relative expression or the publication date, or null. */
  conflict: DateConflict | null;
  /**
   * Why the expression names no particular day, when it does not (then `iso` and `range` are null): a habitual
   * weekday (`on Saturday nights`), `today` meaning nowadays, part of a name (`Fox News Sunday`), a relative word
   * inside a quotation whose speaking day the draft does not give, an offset from an undated event.
   */
  unresolved: string | null;
  /** For a named day (`Election Day`, `Good Friday`): its name and the rule that dates it. */
  named?: string;
}

/**
 * Date mentions of ONE paragraph, resolved against the publication date.
 *
 * Pure and separable: depends only on the paragraph's text and the
 * publication date, so it is cached by that key and a keystroke re-runs one
 * paragraph. Document-level linking (anchors in earlier paragraphs, British
 * day-first numeric dates) happens afterwards in `link.ts`.
 * Offsets here are paragraph-relative; `findDates` shifts them.
 */
import {
  MONTHS, WEEKDAYS, addDays, daysInMonth, dayNumber, fromIso, isLeap, longDate, mondayOf, monthNumber, toIso, weekdayNumber, weekdayOf,
} from './calendar';
import { resolveForms, scanForms } from './forms';
import { blankMention as newMention } from './mention';
import { chronoAtoms, offsetDays, type Atom } from './parser';
import { clauseTense, sentenceAround } from './tense';
import { applyYearContext } from './yearContext';
import type { DateConflict, DateMention, RelativePart, Tense, WrittenDate, WrittenWeekday } from './types';

/** A mention with paragraph-relative offsets plus what document-level linking still has to settle. */
export interface LocalMention extends DateMention {
  /** `two days later` with no dated mention before it in the paragraph: anchor it to an earlier paragraph. */
  pendingAnchor?: boolean;
  /** `03/04/2026`: both readings valid; the document decides US or day-first. */
  ambiguousSlash?: boolean;
}

const MONTH_WORD = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/**
 * `March 17, 2026`, `Feb. 30`, `17 March`: read here, not by chrono, because they are most of a
 * draft's dates (a chrono call costs ~30 µs) and because chrono drops dates that do not exist.
 */
const MDY = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})(?!\\d))?`, 'g');
const DMY = new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?![A-Za-z])(?:,?\\s+(\\d{4})(?!\\d))?`, 'g');
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
/** Numeric dates need a year (`3/2` alone is a score or a fraction); two-digit years are 20xx. */
const SLASH = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

/** Gap between a relative expression and a weekday/date that restates it: `yesterday, Monday`, `tomorrow (Saturday)`, `Last night's game, on Saturday`. */
const APPOSITION = /^(?:\s*,\s*(?:on\s+)?|\s*\(\s*|\s*[—–]\s*|\s+on\s+)$|^['’]s(?:\s+[a-z][\w-]*){1,2}(?:\s*,\s*(?:on\s+)?|\s+on\s+)$/;
const APPOSITION_BACK = /^\s*(?:,|\(|[—–])\s*$/;

/** Named days that are not a date of this week (`Super Tuesday`, `Black Friday`, `Bloody Sunday`, `Cyber Monday`). */
const NAMED_DAY = /\b(?:Super|Black|Good|Cyber|Ash|Easter|Palm|Bloody|Holy|Maundy|Shrove|Giving|Whit|Plough|Mothering|Fat|Blue|Man|Girl)\s+$/;

function isAbbrevWeekday(word: string): boolean {
  return !/day$/i.test(word.replace(/\.$/, ''));
}

/** Mentions in one paragraph. `text` is the paragraph as it stands in the masked document. */
export function scanParagraph(text: string, pubIso: string): LocalMention[] {
  const own = ownDateAtoms(text);
  const atoms = chronoAtoms(text, pubIso, own);
  const forms = scanForms(text);
  if (atoms.length === 0 && own.length === 0 && forms.length === 0) return [];
  // Own atoms (numeric dates, impossible month-name dates) replace chrono atoms they overlap; forms that know
  // better (`the past week` is not the calendar week, `Super Tuesday` is not this week's Tuesday) replace both.
  const ownSpans = sortedSpans(own);
  let merged = atoms.filter((a) => !ownSpans.overlaps(a.start, a.end));
  for (const o of own) merged.push(o);
  if (forms.length > 0) {
    const overForms = sortedSpans(forms.filter((f) => f.over));
    merged = merged.filter((a) => !overForms.overlaps(a.start, a.end));
  }
  merged.sort((a, b) => a.start - b.start);
  let mentions = groupAtoms(text, merged, pubIso);
  applyYearContext(text, mentions, pubIso);
  if (forms.length > 0) {
    const taken = sortedSpans(mentions);
    const kept = forms.filter((f) => !taken.overlaps(f.start, f.end));
    mentions = mentions.concat(resolveForms(text, kept, mentions, pubIso) as LocalMention[]).sort((a, b) => a.start - b.start);
  }
  linkLocal(text, mentions, pubIso);
  return mentions;
}

interface SortedSpans {
  /** True when some span overlaps `[start, end)`: a binary search and one look-up, not a scan. */
  overlaps(start: number, end: number): boolean;
}

/** Spans (sorted by start) prepared for overlap questions: the largest end among the first k spans, per k. */
function sortedSpans(spans: readonly { start: number; end: number }[]): SortedSpans {
  const maxEnd: number[] = [];
  let e = -Infinity;
  for (const s of spans) maxEnd.push((e = Math.max(e, s.end)));
  return {
    overlaps(start: number, end: number): boolean {
      // The spans starting before `end` are a prefix; one of them overlaps when the largest end among them passes `start`.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid].start < end) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && maxEnd[lo - 1] > start;
    },
  };
}

interface OwnAtom extends Atom {
  written: Omit<WrittenDate, 'span'>;
  impossible: string | null;
  ambiguousSlash?: boolean;
  /** `Feb. 29` without a year: possible only if the chosen year is a leap year. */
  leapCheck?: boolean;
}

/** Month-name dates in the two literal orders, ISO and slashed numeric dates, each with `impossible` set when no such day exists. Sorted. */
function ownDateAtoms(text: string): OwnAtom[] {
  const out: OwnAtom[] = [];
  if (!/\d/.test(text)) return out;
  let m: RegExpExecArray | null;
  const impossibleDay = (y: number | null, mo: number, d: number): string | null => {
    if (d < 1) return `there is no day 0 in ${MONTHS[mo - 1]}`;
    if (y === null) {
      if (mo === 2 && d === 29) return null;
      return d > (mo === 2 ? 29 : daysInMonth(2000, mo)) ? `${MONTHS[mo - 1]} has only ${mo === 2 ? 29 : daysInMonth(2000, mo)} days` : null;
    }
    if (d > daysInMonth(y, mo)) {
      return mo === 2 && d === 29 ? `${y} is not a leap year: February ${y} has 28 days` : `${MONTHS[mo - 1]} ${y} has only ${daysInMonth(y, mo)} days`;
    }
    return null;
  };
  if (/[A-Z][a-z]{2}/.test(text)) {
    let mdySpans: SortedSpans | undefined;
    for (const [re, order] of [[MDY, 'mdy'], [DMY, 'dmy']] as const) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        const monthText = order === 'mdy' ? m[1] : m[3];
        const day = +(order === 'mdy' ? m[2] : m[1]);
        const ordinal = (order === 'mdy' ? m[3] : m[2]) ?? '';
        const year = m[4] ? +m[4] : null;
        const month = monthNumber(monthText);
        if (!month || day < 1 || day > 31) continue;
        // Ranges (`March 5-7`, `Sept. 19 to 22`) go to chrono.
        if (/^\s*(?:[-–]|to\b|through\b|and\b)\s*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
        // Matches of one pattern never overlap each other: only the month-day-year ones can overlap a day-month one.
        if (order === 'dmy' && (mdySpans ??= sortedSpans(out.slice())).overlaps(m.index, m.index + m[0].length)) continue;
        const why = impossibleDay(year, month, day);
        const leapCheck = year === null && month === 2 && day === 29;
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'date', month, day, year: year ?? undefined, written: { order, monthText, month, day, year, ordinal }, impossible: why, leapCheck });
      }
    }
  }
  ISO.lastIndex = 0;
  while ((m = ISO.exec(text))) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    const why = mo < 1 || mo > 12 ? `there is no month ${mo}` : impossibleDay(y, mo, d);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'date', month: mo, day: d, year: y, written: { order: 'iso', monthText: m[2], month: mo, day: d, year: y, ordinal: '' }, impossible: why });
  }
  SLASH.lastIndex = 0;
  while ((m = SLASH.exec(text))) {
    const a = +m[1];
    const b = +m[2];
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    let order: 'slash-mdy' | 'slash-dmy' = 'slash-mdy';
    let why: string | null = null;
    let ambiguous = false;
    if (a > 12 && b > 12) why = `neither ${a} nor ${b} is a month`;
    else if (a > 12) order = 'slash-dmy';
    else if (b <= 12) ambiguous = a !== b;
    const mo = order === 'slash-mdy' ? a : b;
    const d = order === 'slash-mdy' ? b : a;
    if (!why && a === 0) why = 'there is no month or day 0';
    if (!why) {
      why = impossibleDay(y, mo, d);
      // The other reading may exist (`31/04` is no date either way, `04/31` is 4 May? no: month 31): only flag when neither does.
      if (why && mo <= 12 && d <= 12 && !impossibleDay(y, d, mo)) {
        order = order === 'slash-mdy' ? 'slash-dmy' : 'slash-mdy';
        why = null;
      }
    }
    const month = order === 'slash-mdy' ? a : b;
    const day = order === 'slash-mdy' ? b : a;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'date', month, day, year: y, written: { order, monthText: String(month), month, day, year: y, ordinal: '' }, impossible: why, ambiguousSlash: ambiguous });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Written month/day/ordinal of a chrono date atom. */
function writtenOf(a: Atom): Omit<WrittenDate, 'span'> {
  const dmy = /^(?:the\s+)?(\d{1,2})(st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+\.?)/i.exec(a.text);
  if (dmy) return { order: 'dmy', monthText: dmy[3], month: a.month!, day: a.day!, year: a.year ?? null, ordinal: dmy[2] ?? '' };
  const mdy = /^([A-Za-z]+\.?)\s+(\d{1,2})(st|nd|rd|th)?/.exec(a.text);
  return { order: 'mdy', monthText: mdy ? mdy[1] : MONTHS[a.month! - 1], month: a.month!, day: a.day!, year: a.year ?? null, ordinal: mdy?.[3] ?? '' };
}

function blankMention(start: number, end: number, text: string): LocalMention {
  return newMention(start, end, text);
}

function weekdayPart(a: Atom): { w: WrittenWeekday; modifier: string | null } | null {
  const m = /^(?:(last|this|next|past|coming)\s+)?([A-Za-z]+\.?)$/i.exec(a.text);
  if (!m) return null;
  const index = weekdayNumber(m[2]);
  if (index < 0) return null;
  const start = a.end - m[2].length;
  return { w: { span: { start, end: a.end }, text: m[2], index }, modifier: m[1] ? m[1].toLowerCase() : null };
}

/** Groups atoms into mentions (weekday + date in any written order) and resolves each against the publication date. */
function groupAtoms(text: string, atoms: Atom[], pubIso: string): LocalMention[] {
  const out: LocalMention[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const next = atoms[i + 1];
    if (a.type === 'weekday') {
      const wp = weekdayPart(a);
      if (!wp) continue;
      // `Wednesday, November 4, 2025`, `Saturday, Feb. 8`, `Tuesday 17 March`, `last Thursday, Nov. 6`.
      if (next && next.type === 'date' && /^,?\s*(?:the\s+)?$/.test(text.slice(a.end, next.start)) && text.slice(a.end, next.start).length <= 6) {
        out.push(dateMention(text, next, pubIso, wp.w, wp.modifier, a.start));
        i++;
        continue;
      }
      // `Wednesday (Nov. 4)`, `last Thursday (Nov. 6)`.
      const close = next && next.type === 'date' && /^\s*\(\s*$/.test(text.slice(a.end, next.start)) ? /^\s*\)/.exec(text.slice(next.end)) : null;
      if (next && close) {
        const m = dateMention(text, next, pubIso, wp.w, wp.modifier, a.start);
        m.end = next.end + close[0].length;
        m.text = text.slice(m.start, m.end);
        out.push(m);
        i++;
        continue;
      }
      if (isAbbrevWeekday(wp.w.text)) continue; // `Sun`, `Sat.` alone: a newspaper, a trade name.
      if (!wp.modifier && NAMED_DAY.test(text.slice(Math.max(0, a.start - 16), a.start))) continue;
      out.push(weekdayMention(text, a, wp.w, wp.modifier, pubIso));
      continue;
    }
    if (a.type === 'date') {
      // `Oct. 17 (Friday)`, `Nov. 4, a Wednesday,`.
      const gap = next ? text.slice(a.end, next.start) : '';
      if (next && next.type === 'weekday' && (/^\s*\(\s*$/.test(gap) || /^,\s+a\s+$/.test(gap))) {
        const wp = weekdayPart(next);
        const close = gap.includes('(') ? /^\s*\)/.exec(text.slice(next.end)) : /^/.exec('');
        if (wp && !wp.modifier && close) {
          const m = dateMention(text, a, pubIso, wp.w, null, a.start);
          m.end = next.end + close[0].length;
          m.text = text.slice(m.start, m.end);
          out.push(m);
          i++;
          continue;
        }
      }
      // AP abbreviations chrono does not know (`Tues., Feb. 9`, `Thurs., Oct. 2`).
      const prevEnd = out.length ? out[out.length - 1].end : 0;
      const abbr = /(?:^|[^A-Za-z])((?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.?),?\s+$/.exec(text.slice(Math.max(prevEnd, a.start - 10), a.start));
      if (abbr) {
        const end = a.start - (abbr[0].length - abbr[0].indexOf(abbr[1]) - abbr[1].length);
        const start = end - abbr[1].length;
        const w: WrittenWeekday = { span: { start, end }, text: abbr[1], index: weekdayNumber(abbr[1]) };
        if (w.index >= 0) {
          out.push(dateMention(text, a, pubIso, w, null, start));
          continue;
        }
      }
      out.push(dateMention(text, a, pubIso, null, null, a.start));
      continue;
    }
    out.push(relativeMention(text, a, pubIso));
  }
  return out;
}

/** How far from publication (days) a written weekday may pull a yearless date. */
const WEEKDAY_YEAR_REACH = 330;

/** Chooses a year for a month/day written without one. */
export function chooseYear(month: number, day: number, pubIso: string, tense: Tense, weekday: number | null): { year: number; why: string } {
  const pub = fromIso(pubIso);
  const py = +pubIso.slice(0, 4);
  const cands = [py - 1, py, py + 1].filter((y) => day <= daysInMonth(y, month));
  const usable = cands.length > 0 ? cands : [py - 1, py, py + 1];
  const diff = (y: number): number => dayNumber(y, month, Math.min(day, daysInMonth(y, month))) - pub;
  const nearest = (ys: number[]): number => ys.reduce((b, y) => (Math.abs(diff(y)) < Math.abs(diff(b)) ? y : b));
  if (weekday !== null) {
    // The weekday is evidence of the year (`Tuesday, Nov. 3` in a January story is next November's election day).
    const fits = usable.filter((y) => Math.abs(diff(y)) <= WEEKDAY_YEAR_REACH && day <= daysInMonth(y, month) && weekdayOf(dayNumber(y, month, day)) === weekday);
    if (fits.length > 0) {
      const y = nearest(fits);
      return { year: y, why: `no year written; ${y} is the year near publication in which it falls on a ${WEEKDAYS[weekday]}` };
    }
  }
  if (tense === 'past') {
    const side = usable.filter((y) => diff(y) <= 0 && diff(y) >= -300);
    if (side.length > 0) {
      const y = side.reduce((b, c) => (diff(c) > diff(b) ? c : b));
      return { year: y, why: `no year written; ${y} because the clause is in the past tense (on or before publication)` };
    }
  } else if (tense === 'future') {
    const side = usable.filter((y) => diff(y) >= 0 && diff(y) <= 300);
    if (side.length > 0) {
      const y = side.reduce((b, c) => (diff(c) < diff(b) ? c : b));
      return { year: y, why: `no year written; ${y} because the clause looks ahead (after publication)` };
    }
  }
  const y = nearest(usable);
  return { year: y, why: `no year written; ${y}, the year that puts it nearest the publication date` };
}

function dateMention(text: string, a: Atom, pubIso: string, weekday: WrittenWeekday | null, modifier: string | null, start: number): LocalMention {
  const m = blankMention(start, a.end, text);
  const own = a as OwnAtom;
  const written = own.written ?? writtenOf(a);
  m.date = { ...written, span: { start: a.start, end: a.end } };
  m.weekday = weekday;
  // Tense only matters when the year has to be chosen.
  // February 30 without a year: the message names the year it would be read in (2026 has 28 days, 2028 has 29).
  const yearlessFebruary = own.impossible !== null && own.impossible !== undefined && written.year === null && written.month === 2;
  const needsTense = written.year === null && (!own.impossible || yearlessFebruary);
  m.tense = modifier === 'last' || modifier === 'past' ? 'past' : modifier === 'next' || modifier === 'coming' ? 'future' : needsTense ? clauseTense(text, a.start, a.end) : 'neutral';
  if (modifier && weekday) m.relative = { span: { start, end: weekday.span.end }, text: text.slice(start, weekday.span.end), type: 'weekday', days: 0, modifier };
  if (own.impossible) {
    m.impossible = own.impossible;
    if (yearlessFebruary) {
      const y = chooseYear(2, written.day, pubIso, m.tense, weekday ? weekday.index : null).year;
      m.impossible = `February ${y} has only ${daysInMonth(y, 2)} days`;
      m.yearChoice = `no year written; read in ${y}`;
    }
    return m;
  }
  let year = written.year;
  if (year === null) {
    const c = chooseYear(written.month, written.day, pubIso, m.tense, weekday ? weekday.index : null);
    year = c.year;
    m.yearChoice = c.why;
    m.anchor = { kind: 'publication', iso: pubIso };
    if (own.leapCheck && !isLeap(year)) {
      m.impossible = `${year} is not a leap year: February ${year} has 28 days`;
      return m;
    }
  }
  if (own.ambiguousSlash) m.ambiguousSlash = true;
  const iso = toIso(dayNumber(year, written.month, written.day));
  if (a.endDay !== undefined) {
    const endMonth = a.endMonth ?? written.month;
    let endYear = a.endYear ?? year;
    if (a.endYear === undefined && endMonth < written.month) endYear++;
    if (endMonth >= 1 && endMonth <= 12 && a.endDay <= daysInMonth(endYear, endMonth)) {
      const endIso = toIso(dayNumber(endYear, endMonth, a.endDay));
      if (endIso > iso) {
        m.kind = 'range';
        m.range = { start: iso, end: endIso };
        return m;
      }
    }
  }
  m.iso = iso;
  return m;
}

/** The date a bare weekday refers to: by tense, the one on/before or on/after publication; else the nearest. */
function resolveBareWeekday(w: number, pubIso: string, tense: Tense): { iso: string; why: string } {
  const pub = fromIso(pubIso);
  const back = (weekdayOf(pub) - w + 7) % 7;
  const fwd = (w - weekdayOf(pub) + 7) % 7;
  if (back === 0) return { iso: pubIso, why: `the ${WEEKDAYS[w]} of publication day` };
  if (tense === 'past') return { iso: toIso(pub - back), why: `the ${WEEKDAYS[w]} before publication (past tense)` };
  if (tense === 'future') return { iso: toIso(pub + fwd), why: `the ${WEEKDAYS[w]} after publication (the clause looks ahead)` };
  return back <= fwd
    ? { iso: toIso(pub - back), why: `the ${WEEKDAYS[w]} nearest the publication date` }
    : { iso: toIso(pub + fwd), why: `the ${WEEKDAYS[w]} nearest the publication date` };
}

/** Dates a `last/this/next <weekday>` may mean, first the one we resolve to. */
export function weekdayModifierDates(modifier: string, w: number, pubIso: string): string[] {
  const pub = fromIso(pubIso);
  const back = (weekdayOf(pub) - w + 7) % 7 || 7;
  const fwd = (w - weekdayOf(pub) + 7) % 7 || 7;
  const last = pub - back;
  const upcoming = pub + fwd;
  switch (modifier) {
    case 'last':
    case 'past':
      // `last Thursday` on a Friday may also mean the Thursday of last week.
      return mondayOf(last) === mondayOf(pub) ? [toIso(last), toIso(last - 7)] : [toIso(last)];
    case 'this': {
      const inWeek = mondayOf(pub) + ((w + 6) % 7);
      return inWeek === upcoming ? [toIso(inWeek)] : [toIso(inWeek), toIso(upcoming)];
    }
    default:
      // `next Tuesday` written on a Monday is the Tuesday of the following week, not tomorrow.
      return mondayOf(upcoming) === mondayOf(pub) ? [toIso(upcoming + 7), toIso(upcoming)] : [toIso(upcoming), toIso(upcoming + 7)];
  }
}

function weekdayMention(text: string, a: Atom, w: WrittenWeekday, modifier: string | null, pubIso: string): LocalMention {
  const m = blankMention(a.start, a.end, text);
  m.weekday = w;
  m.anchor = { kind: 'publication', iso: pubIso };
  if (modifier) {
    m.kind = 'relative';
    m.tense = modifier === 'last' || modifier === 'past' ? 'past' : modifier === 'this' ? clauseTense(text, a.start, a.end) : 'future';
    m.relative = { span: { start: a.start, end: a.end }, text: a.text, type: 'weekday', days: 0, modifier };
    const dates = weekdayModifierDates(modifier, w.index, pubIso);
    m.iso = dates[0];
    m.yearChoice = `"${a.text}" counted from the publication date`;
    return m;
  }
  m.kind = 'weekday';
  const generic = genericWeekday(text, a);
  if (generic) {
    m.anchor = null;
    m.unresolved = generic;
    return m;
  }
  m.tense = clauseTense(text, a.start, a.end);
  const r = resolveBareWeekday(w.index, pubIso, m.tense);
  m.iso = r.iso;
  m.yearChoice = r.why;
  return m;
}

/**
 * Why a bare weekday names no particular day, or null: a habit (`on Saturday nights`, `every Tuesday`,
 * `Tuesdays`), or the last word of a quoted title (`"Fox News Sunday"`).
 */
function genericWeekday(text: string, a: Atom): string | null {
  const after = text.slice(a.end, a.end + 12);
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  if (/^s\b/.test(after) || /^\s+(?:nights|mornings|afternoons|evenings)\b/.test(after) || /\b(?:every|each)\s+$/i.test(before)) {
    return `a habit (${a.text} in general), not one ${a.text}`;
  }
  if (/^(?:''|["”’])/.test(after) && /(?:''|["“‘])(?:[A-Z][\w.&'’-]*\s+){1,4}$/.test(before)) return 'the last word of a quoted name (a programme or publication), not a day';
  return null;
}

/** `today` meaning nowadays: `in today's market`, `the Congress of today`, `she is as strong today as`. */
const TODAY_GENERIC_LEAD = /\b(?:of|in|with|for|by)\s+$/i;
const STATE_VERB = /\b(?:is|are|am|['’]s|['’]re|remains?|has|have|seems?|looks?|stands?|lives?|exists?|does|do|feels?|holds?)\b/gi;
/** Nouns that make `today's X` one day's event (`today's vote`), not the present time. */
const EVENT_NOUN = /^['’]s\s+(?:[a-z-]+\s+)?(?:vote|votes|hearing|meeting|debate|election|primary|caucus(?:es)?|ruling|decision|announcement|speech|rally|session|game|deadline|event|report|release|attack|shooting|summit|talks|interview|briefing|conference|ceremony|funeral|match|race|march|protest|strike|trial|sentencing|launch|episode|edition|show|broadcast|paper|headlines?|column|schedule)\b/;

function todayMeansNowadays(text: string, a: Atom): boolean {
  const after = text.slice(a.end, a.end + 40);
  const lead = text.slice(Math.max(0, a.start - 12), a.start);
  if (/^['’]s\b/.test(after)) return !EVENT_NOUN.test(after) && (TODAY_GENERIC_LEAD.test(lead) || clauseTense(text, a.start, a.end) === 'neutral');
  if (/^\s*(?:the\s+)?of\s+$/i.test(lead) || /\bof\s+$/i.test(lead)) return true;
  // The nearest verb before it in its clause is a present-tense state (`nobody remains at the firm today`).
  const [sStart] = sentenceAround(text, a.start, a.end);
  const clauseStart = Math.max(sStart, text.lastIndexOf(',', a.start - 1) + 1, text.lastIndexOf(';', a.start - 1) + 1);
  const clause = text.slice(clauseStart, a.start);
  let state: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  STATE_VERB.lastIndex = 0;
  while ((m = STATE_VERB.exec(clause))) state = m;
  // `The vote is today`: a `today` right after the verb is the day itself.
  const between = state ? clause.slice(state.index + state[0].length) : '';
  if (state && /\S/.test(between) && !/\b(?:will|would|was|were|had|did|[a-z]{2,}ed)\b/i.test(between) && clauseTense(text, a.start, a.end) !== 'future') return true;
  // `Today, most voters say ...`: a sentence-opening `today` before a present-tense clause.
  if (/^,/.test(after) && clauseStart === sStart && !/\S/.test(text.slice(sStart, a.start)) && clauseTense(text, a.end, a.end + 1) === 'neutral') return true;
  return false;
}

const DAY_WORDS: Record<string, number> = { yesterday: -1, 'last night': -1, today: 0, tonight: 0, tomorrow: 1 };

function relativeMention(text: string, a: Atom, pubIso: string): LocalMention {
  const m = blankMention(a.start, a.end, text);
  m.kind = 'relative';
  const lower = a.text.toLowerCase();
  if (a.type === 'day') {
    const days = DAY_WORDS[lower] ?? 0;
    m.relative = { span: { start: a.start, end: a.end }, text: a.text, type: 'day', days };
    if (lower === 'today' && todayMeansNowadays(text, a)) {
      m.unresolved = '"today" here means nowadays (a general present-tense statement), not the publication day';
      return m;
    }
    m.iso = addDays(pubIso, days);
    m.anchor = { kind: 'publication', iso: pubIso };
    m.yearChoice = `"${a.text}" counted from the publication date`;
    return m;
  }
  if (a.type === 'week') {
    const modifier = lower.split(/\s+/)[0];
    // On a Sunday the week is over: `last week` is the week that ends that day.
    const sunday = weekdayOf(fromIso(pubIso)) === 0 && modifier === 'last';
    const shift = modifier === 'next' || modifier === 'coming' ? 7 : modifier === 'this' || sunday ? 0 : -7;
    const monday = mondayOf(fromIso(pubIso)) + shift;
    m.kind = 'range';
    m.relative = { span: { start: a.start, end: a.end }, text: a.text, type: 'week', days: shift, modifier };
    m.range = { start: toIso(monday), end: toIso(monday + 6) };
    m.anchor = { kind: 'publication', iso: pubIso };
    m.yearChoice = sunday
      ? `"${a.text}" written on a Sunday: the Monday-to-Sunday week that ends on publication day`
      : `"${a.text}" counted from the publication date (weeks run Monday to Sunday)`;
    return m;
  }
  const off = offsetDays(a.text);
  const sign = off && (off.dir === 'ago' || off.dir === 'earlier' || off.dir === 'before') ? -1 : 1;
  m.relative = { span: { start: a.start, end: a.end }, text: a.text, type: 'offset', days: off ? sign * off.n : 0, modifier: off?.dir };
  if (off && (off.dir === 'ago' || off.dir === 'from now')) {
    m.iso = addDays(pubIso, m.relative.days);
    m.anchor = { kind: 'publication', iso: pubIso };
    m.yearChoice = `"${a.text}" counted from the publication date`;
  }
  return m;
}

/**
 * Offsets anchored inside the paragraph, and relative/explicit pairs that contradict each other.
 * Linear in the number of mentions (a pasted text without line breaks is one paragraph with
 * thousands of them): each look-up below is a running or precomputed value, never a scan.
 */
function linkLocal(text: string, mentions: LocalMention[], pubIso: string): void {
  // nextDated[i]: the first mention at or after i with a date and a resolved day (stable in the loop
  // below, which only resolves offsets, and offsets have no date). Mentions are in text order.
  const nextDated = new Array<number>(mentions.length + 1).fill(-1);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const n = mentions[i];
    nextDated[i] = n.iso !== null && (n.date !== null || n.named !== undefined) ? i : nextDated[i + 1];
  }
  /** The last mention before i with a resolved day that is not an offset (offsets resolve here, the others never change). */
  let lastResolved: LocalMention | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const rel = m.relative;
    if (rel && rel.type === 'offset' && m.iso === null && rel.modifier) {
      let anchor: LocalMention | undefined;
      const prev = i > 0 ? mentions[i - 1] : undefined;
      if ((rel.modifier === 'before' || rel.modifier === 'after') && prev?.iso && prev.date && /^\s*,\s*$/.test(text.slice(prev.end, m.start))) {
        // `By Jan. 18, 10 days after the primary`: the offset restates the date it stands beside.
        m.iso = prev.iso;
        m.anchor = { kind: 'mention', iso: prev.iso, span: { start: prev.start, end: prev.end } };
        m.yearChoice = `"${rel.text}" restates ${prev.text} (${longDate(prev.iso)}), the date it stands beside`;
      } else if (rel.modifier === 'before' || rel.modifier === 'after') {
        // `one day before the president hosted Zelenskyy on October 17`, `four days before Election Day`: the next
        // date or named day in the sentence.
        const [, sEnd] = sentenceAround(text, m.start, m.end);
        const j = nextDated[i + 1];
        anchor = j >= 0 && mentions[j].start < sEnd ? mentions[j] : undefined;
      } else {
        anchor = lastResolved;
        if (!anchor) m.pendingAnchor = true;
      }
      if (anchor?.iso) anchorOffset(m, anchor.iso, { start: anchor.start, end: anchor.end }, anchor.text);
    }
    if (m.iso !== null && !m.relative?.type.startsWith('offset')) lastResolved = m;
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Inside one mention: `last Thursday, Nov. 6`.
    if (m.relative?.type === 'weekday' && m.date && m.iso && m.weekday) {
      checkPair(m, m.relative, weekdayModifierDates(m.relative.modifier!, m.weekday.index, pubIso), m, pubIso);
    }
    const n = mentions[i + 1];
    if (!n) continue;
    const gap = text.slice(m.end, n.start);
    // `yesterday, Monday's vote`: the weekday names another event, it does not restate the relative word.
    const possessive = /^['’]s\b/.test(text.slice(n.end, n.end + 3));
    if (possessive) continue;
    if (isRelativeOnly(m) && isExplicit(n) && APPOSITION.test(gap)) checkPair(n, m.relative!, allowedDates(m, pubIso), n, pubIso);
    else if (isExplicit(m) && isRelativeOnly(n) && APPOSITION_BACK.test(gap)) checkPair(m, n.relative!, allowedDates(n, pubIso), m, pubIso);
  }
  // A bare weekday next to a dated mention of the same weekday (`Tuesday, March 5` ... `on Tuesday`): the
  // reader takes both for one day, but a bare weekday means the one near publication.
  // Per weekday: the first dated mention that falls on it, and the first whose day differs from that one's
  // (so the first with a day other than a bare weekday's own is one of the two, without a scan per bare weekday).
  const firstDated: (LocalMention | undefined)[] = [];
  const firstOther: (LocalMention | undefined)[] = [];
  for (const d of mentions) {
    if (!(d.date && d.weekday && d.iso && weekdayOf(fromIso(d.iso)) === d.weekday.index)) continue;
    const w = d.weekday.index;
    const first = firstDated[w];
    if (!first) firstDated[w] = d;
    else if (!firstOther[w] && d.iso !== first.iso) firstOther[w] = d;
  }
  for (const bare of mentions) {
    if (bare.kind !== 'weekday' || !bare.weekday || !bare.iso || bare.conflict) continue;
    const first = firstDated[bare.weekday.index];
    const dated = first && first.iso !== bare.iso ? first : firstOther[bare.weekday.index];
    if (!dated?.iso) continue;
    bare.conflict = {
      kind: 'same-weekday',
      span: { ...bare.weekday.span },
      other: { start: dated.start, end: dated.end },
      otherText: dated.text,
      expected: [dated.iso],
      explanation: `"${bare.weekday.text}" alone is read as ${longDate(bare.iso)}, ${bare.yearChoice}, but the same paragraph's "${dated.text}" is ${longDate(dated.iso)}; if they are the same day, write the date.`,
    };
  }
}

export function anchorOffset(m: DateMention, anchorIso: string, span: { start: number; end: number }, anchorText: string): void {
  m.iso = addDays(anchorIso, m.relative!.days);
  m.anchor = { kind: 'mention', iso: anchorIso, span };
  m.yearChoice = `"${m.relative!.text}" counted from ${anchorText} (${longDate(anchorIso)})`;
}

function isRelativeOnly(m: LocalMention): boolean {
  return m.relative !== null && m.date === null && (m.relative.type !== 'offset' || m.iso !== null) && (m.relative.type !== 'weekday' || m.weekday !== null);
}

function isExplicit(m: LocalMention): boolean {
  return m.relative === null && (m.weekday !== null || m.date !== null) && m.impossible === null;
}

function allowedDates(m: LocalMention, pubIso: string): string[] {
  const r = m.relative!;
  if (r.type === 'weekday') return weekdayModifierDates(r.modifier!, m.weekday!.index, pubIso);
  if (r.type === 'week' && m.range) {
    const out: string[] = [];
    for (let d = fromIso(m.range.start); d <= fromIso(m.range.end); d++) out.push(toIso(d));
    return out;
  }
  return m.iso ? [m.iso] : [];
}

/** Records a conflict on `target` when its weekday or date is not one `rel` allows. */
function checkPair(target: LocalMention, rel: RelativePart, allowed: string[], explicit: LocalMention, pubIso: string): void {
  if (allowed.length === 0 || target.conflict) return;
  const relText = `"${rel.text}"`;
  const relWhen = rel.type === 'offset' ? '' : ` (publication date ${longDate(pubIso)})`;
  const means = allowed.length === 1 ? longDate(allowed[0]) : allowed.map(longDate).join(' or ');
  let conflict: DateConflict | null = null;
  if (explicit.date) {
    const d = explicit.date;
    const ok = allowed.some((iso) => +iso.slice(5, 7) === d.month && +iso.slice(8, 10) === d.day && (d.year === null || +iso.slice(0, 4) === d.year));
    if (!ok) {
      conflict = {
        kind: 'relative',
        span: { ...d.span }, other: { ...rel.span }, otherText: rel.text, expected: allowed,
        explanation: `${relText} is ${means}${relWhen}, but the draft gives ${datePartText(explicit)}.`,
      };
    }
  } else if (explicit.weekday) {
    const w = explicit.weekday;
    if (!allowed.some((iso) => weekdayOf(fromIso(iso)) === w.index)) {
      conflict = {
        kind: 'relative',
        span: { ...w.span }, other: { ...rel.span }, otherText: rel.text, expected: allowed,
        explanation: `${relText} is ${means}${relWhen}, but the draft calls it ${w.text}.`,
      };
    }
  }
  if (conflict) target.conflict = conflict;
}

function datePartText(m: LocalMention): string {
  return m.date ? m.text.slice(m.date.span.start - m.start, m.date.span.end - m.start) : m.text;
}

/**
 * Date forms chrono-node does not read, found by our own patterns in one
 * paragraph and resolved against the publication date:
 *
 * - months: `in March`, `the November election`, `March 2016`, `last June`, `next November`, `mid-February`
 *   (a month range; the year by the tense of the clause, else the publication year);
 * - `last/this/next month`, `earlier/later this month`, `the past month` (ranges);
 * - `the past week`, `the last two weeks`, `the past 10 days`, `in recent days` (ranges ending at publication);
 * - weekends: `the weekend`, `this/last/next weekend`, `the previous weekend` (Saturday and Sunday);
 * - `in three days`, `in two weeks` (counted from publication);
 * - `the next day`, `the day before`, `the same day` (counted from the last dated mention), and in apposition
 *   to a date (`July 24, the day before the convention`) the same day as that date;
 * - `the start/end of the week`;
 * - named days (`Election Day`, `Thanksgiving`, `Good Friday`, ...: see holidays.ts);
 * - `the 14th` (the 14th of the month in context) and dotted day-first dates (`17.03.2026`).
 *
 * `scanForms` finds the spans (before chrono's atoms are grouped: forms marked `over` replace the atoms they
 * overlap, `the past week` being a span and not the calendar week chrono reads); `resolveForms` resolves them
 * once the paragraph's other mentions are known (anchors, the month of `the 14th`).
 */
import { MONTHS, addDays, dayNumber, daysInMonth, fromIso, longDate, mondayOf, monthNumber, toIso, weekdayOf } from './calendar';
import { BARE_NAMES, NAMED_DAYS, namedDayOccurrence } from './holidays';
import { blankMention } from './mention';
import { clauseTense } from './tense';
import type { DateMention, Tense } from './types';

/** A form found in the paragraph, not yet resolved. */
export interface Form {
  start: number;
  end: number;
  type: 'month' | 'month-rel' | 'span' | 'weekend' | 'in' | 'day-anchor' | 'week-edge' | 'named' | 'nth' | 'dotted';
  /** True when it replaces chrono atoms it overlaps; false when it yields to them. */
  over: boolean;
  m: RegExpExecArray;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, 'couple of': 2,
};
const NUM = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|\\d{1,3})';
function numberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return +w;
  return NUMBER_WORDS[w] ?? null;
}

const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
/** A month name not followed by a day number (those are dates, read elsewhere); optional modifier and year. */
const MONTH_ONLY = new RegExp(
  `\\b(?:(last|next|this|come|early|late|mid)(?:\\s+|-))?${MONTH_NAME}(?![\\w-]|\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d]))(?:(,?\\s+)((?:19|20)\\d{2})(?![\\w]))?`,
  'g',
);
/** What may stand before a bare month for it to be one (`in March`, `the November election`, `since May`). */
const MONTH_LEAD = /(?:^|[^\w’'])(?:in|since|until|till|by|before|after|from|through|during|of|between|the|a|an|that|throughout|around|for|to|and|or|until|last|next|this|early|late|mid)\s*-?\s*$/i;
const MONTH_AFTER_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|or|to|through)\s+$/;

/** `between June and (early) October`, `from May to September`. */
const SEASON = /\b(?:between|from)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|to|through|until)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;
const MONTH_REL = /\b(?:(earlier|later)\s+this\s+month|(last|this|next)\s+month|the\s+(past|last)\s+month)\b(?!\s+(?:of|before|after)\b)/gi;
const SPAN = new RegExp(`\\b(?:the\\s+(?:past|last)\\s+(?:(${NUM}|couple\\s+of)\\s+)?(days?|weeks?)|in\\s+recent\\s+days)\\b(?!\\s+(?:of|before|after)\\b)`, 'gi');
const WEEKEND = /\b(?:(?:the\s+)?(this|last|next|coming|past|previous|following)\s+|the\s+)weekend(s?)\b/gi;
const IN_N = new RegExp(`\\bin\\s+(${NUM})\\s+(days?|weeks?)(?:['’]?\\s+time)?\\b(?!\\s+(?:of|to|and|or)\\b)`, 'gi');
const DAY_ANCHOR = /\bthe\s+(?:(next|following|previous|same)\s+day|day\s+(before|after|earlier))\b/gi;
const WEEK_EDGE = /\bthe\s+(start|beginning|end)\s+of\s+(the|this|next|last)\s+week\b/gi;
const NTH = /\bthe\s+([1-9]|[12]\d|3[01])(st|nd|rd|th)\b(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|at|in|on|when|while|but|as|after|before|to|through|until)\b)/g;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d]|\.\d)/g;
const NAMED = new RegExp(
  `\\b(${Object.keys(NAMED_DAYS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.]/g, '\\.').replace(/'/g, "['’]").replace(/\s+/g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);
/** What stands before a name that also names other things (`before Christmas`, `over Thanksgiving`). */
const TIME_LEAD = /\b(?:before|after|on|until|till|by|since|through|over|around|at|for|of|during|near|this|last|next|ahead\s+of)\s+$/i;

/** The forms of one paragraph, by start. */
export function scanForms(text: string): Form[] {
  const out: Form[] = [];
  const add = (re: RegExp, type: Form['type'], over: boolean, test?: (m: RegExpExecArray) => boolean): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (test && !test(m)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type, over, m });
    }
  };
  const lower = /[a-z]/.test(text) ? text : '';
  if (/month/i.test(lower)) add(MONTH_REL, 'month-rel', true);
  if (/(?:past|last|recent)\s/i.test(lower)) add(SPAN, 'span', true, (m) => !/s$/i.test(m[2] ?? '') || m[1] !== undefined || /^in/i.test(m[0]));
  if (/weekend/i.test(lower)) add(WEEKEND, 'weekend', true);
  if (/\bin\s/i.test(lower)) add(IN_N, 'in', true);
  if (/\bday\b/i.test(lower)) add(DAY_ANCHOR, 'day-anchor', true);
  if (/\bweek\b/i.test(lower)) add(WEEK_EDGE, 'week-edge', true);
  add(NAMED, 'named', true, (m) => {
    const key = keyOf(m[1]);
    if (key !== 'election day' && !key.endsWith('bank holiday') && !/^[A-Z]/.test(m[1])) return false;
    return !BARE_NAMES.has(key) || TIME_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index));
  });
  if (/\d/.test(text)) {
    add(NTH, 'nth', false);
    add(DOTTED, 'dotted', false);
  }
  add(MONTH_ONLY, 'month', false, (m) => {
    if (m[1] || m[4]) return true;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (/^\s+(?:on|of)\s+[A-Z]/.test(after)) return false; // `the March on Washington`
    if (/^['’]s\b/.test(after) && !/[A-Z][a-z]+\s+$/.test(before)) return true; // `May's poll`, not `Theresa May's`
    return MONTH_LEAD.test(before) || MONTH_AFTER_MONTH.test(before);
  });
  // Later patterns yield to earlier ones they overlap (`earlier this month` before `this month`).
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Form[] = [];
  for (const f of out) {
    const prev = kept[kept.length - 1];
    if (prev && f.start < prev.end) continue;
    kept.push(f);
  }
  return kept;
}

function keyOf(words: string): string {
  return words.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

function monthRange(y: number, m: number): { start: string; end: string } {
  return { start: toIso(dayNumber(y, m, 1)), end: toIso(dayNumber(y, m, daysInMonth(y, m))) };
}

/** The year of a month written without one: by tense, on the publication's side of the month; else the publication year. */
export function monthYear(month: number, pubIso: string, tense: Tense, modifier: string | null): { year: number; why: string } {
  const py = +pubIso.slice(0, 4);
  const pm = +pubIso.slice(5, 7);
  switch (modifier) {
    case 'last':
      return { year: month < pm ? py : py - 1, why: `"last ${MONTHS[month - 1]}": the last ${MONTHS[month - 1]} before the publication month` };
    case 'next':
      return { year: month > pm ? py : py + 1, why: `"next ${MONTHS[month - 1]}": the first ${MONTHS[month - 1]} after the publication month` };
    case 'this':
      return { year: py, why: 'the publication year' };
    case 'come':
      tense = 'future';
  }
  if (tense === 'past') return { year: month <= pm ? py : py - 1, why: `no year written; the clause is in the past tense, so the ${MONTHS[month - 1]} on or before publication` };
  if (tense === 'future') return { year: month >= pm ? py : py + 1, why: `no year written; the clause looks ahead, so the ${MONTHS[month - 1]} on or after publication` };
  return { year: py, why: 'no year written, no tense to decide: the publication year' };
}

function setRange(m: DateMention, start: string, end: string, why: string, pubIso: string): void {
  m.kind = 'range';
  m.range = { start, end };
  m.yearChoice = why;
  m.anchor = { kind: 'publication', iso: pubIso };
}

function setDay(m: DateMention, iso: string, why: string, pubIso: string): void {
  m.iso = iso;
  m.yearChoice = why;
  m.anchor = { kind: 'publication', iso: pubIso };
}

/** Saturday (day number) of the weekend `which` relative to day `d`. */
function weekendSaturday(d: number, which: 'past' | 'this' | 'last' | 'next' | 'coming' | 'previous' | 'following'): number {
  const w = weekdayOf(d);
  const monday = mondayOf(d);
  switch (which) {
    case 'this':
      return monday + 5;
    case 'last':
      return monday - 2;
    case 'next':
      return monday + 12;
    case 'past':
      // The Saturday on or before `d` (on a Sunday, the day before).
      return d - ((w + 1) % 7);
    case 'previous':
      // The weekend before `d`, not the one holding it.
      return w === 6 ? d - 7 : w === 0 ? d - 8 : d - ((w + 1) % 7);
    case 'following':
      return w === 6 ? d + 7 : d + ((6 - w + 7) % 7 || 7);
    default:
      // coming: the next Saturday after `d` (on a Saturday, that day).
      return d + ((6 - w + 7) % 7);
  }
}

/** Mentions for the forms, given the paragraph's other mentions (sorted) for anchors. */
export function resolveForms(text: string, forms: Form[], others: readonly DateMention[], pubIso: string): DateMention[] {
  const pub = fromIso(pubIso);
  const py = +pubIso.slice(0, 4);
  const pm = +pubIso.slice(5, 7);
  const out: DateMention[] = [];
  // One pass over the other mentions alongside the forms (both sorted): the last mention and the last dated one
  // before each form.
  let oi = 0;
  let prevMention: DateMention | undefined;
  let lastDated: DateMention | undefined;
  const lastDatedBefore = (): DateMention | undefined => lastDated;
  for (const f of forms) {
    while (oi < others.length && others[oi].end <= f.start) {
      const o = others[oi++];
      prevMention = o;
      if (o.iso !== null && o.relative?.type !== 'offset') lastDated = o;
    }
    const { m } = f;
    const x = blankMention(f.start, f.end, text);
    switch (f.type) {
      case 'month': {
        const month = monthNumber(m[2]);
        if (!month) continue;
        const mod = m[1]?.toLowerCase() ?? null;
        x.kind = 'range';
        if (m[4]) {
          const r = monthRange(+m[4], month);
          setRange(x, r.start, r.end, 'a month: the year is written', pubIso);
          x.yearChoice = null;
          break;
        }
        x.tense = mod === 'last' ? 'past' : mod === 'next' || mod === 'come' ? 'future' : clauseTense(text, f.start, f.end);
        // `peak season is between June and October`: a span of months in a present-tense statement is every year's.
        if (!mod && x.tense === 'neutral' && SEASON.test(text.slice(Math.max(0, f.start - 30), Math.min(text.length, f.end + 40)))) {
          x.unresolved = 'a span of months in a general statement (every year), not one month';
          break;
        }
        const { year, why } = monthYear(month, pubIso, x.tense, mod === 'last' || mod === 'next' || mod === 'this' || mod === 'come' ? mod : null);
        const r = monthRange(year, month);
        setRange(x, r.start, r.end, `the whole month; ${why}`, pubIso);
        break;
      }
      case 'month-rel': {
        const which = (m[1] ?? m[2] ?? m[3]).toLowerCase();
        const here = monthRange(py, pm);
        if (which === 'earlier') setRange(x, here.start, toIso(Math.max(fromIso(here.start), pub - 1)), `"${m[0]}": from the first of the publication month to the day before publication`, pubIso);
        else if (which === 'later') setRange(x, toIso(Math.min(fromIso(here.end), pub + 1)), here.end, `"${m[0]}": from the day after publication to the end of the month`, pubIso);
        else if (which === 'this') setRange(x, here.start, here.end, `"${m[0]}": the publication month`, pubIso);
        else if (which === 'last' && m[2]) {
          const r = pm === 1 ? monthRange(py - 1, 12) : monthRange(py, pm - 1);
          setRange(x, r.start, r.end, `"${m[0]}": the calendar month before publication`, pubIso);
        } else if (which === 'next') {
          const r = pm === 12 ? monthRange(py + 1, 1) : monthRange(py, pm + 1);
          setRange(x, r.start, r.end, `"${m[0]}": the calendar month after publication`, pubIso);
        } else {
          // `the past month`, `the last month`: the month up to publication.
          const back = pm === 1 ? dayNumber(py - 1, 12, Math.min(+pubIso.slice(8, 10), 31)) : dayNumber(py, pm - 1, Math.min(+pubIso.slice(8, 10), daysInMonth(py, pm - 1)));
          setRange(x, toIso(back), pubIso, `"${m[0]}": the month up to publication`, pubIso);
        }
        x.relative = { span: { start: f.start, end: f.end }, text: m[0], type: 'week', days: 0, modifier: which };
        break;
      }
      case 'span': {
        if (/^in\s/i.test(m[0])) {
          setRange(x, toIso(pub - 7), pubIso, `"${m[0]}": the seven days up to publication`, pubIso);
          break;
        }
        const n = m[1] ? numberOf(m[1]) : 1;
        if (!n) continue;
        const days = /^w/i.test(m[2]) ? 7 * n : n;
        setRange(x, toIso(pub - days), pubIso, `"${m[0]}": the ${days} days up to publication (not the calendar week)`, pubIso);
        break;
      }
      case 'weekend': {
        if (m[2]) {
          x.kind = 'range';
          x.unresolved = 'a habit (weekends in general), not one weekend';
          break;
        }
        let which = m[1]?.toLowerCase() as Parameters<typeof weekendSaturday>[1] | undefined;
        let from = pub;
        let fromText = 'publication';
        if (which === 'previous' || which === 'following') {
          const a = lastDatedBefore();
          if (a?.iso) {
            from = fromIso(a.iso);
            fromText = `"${a.text}" (${longDate(a.iso)})`;
          }
        }
        if (!which) {
          const tense = clauseTense(text, f.start, f.end);
          const w = weekdayOf(pub);
          which = tense === 'past' ? 'past' : tense === 'future' ? 'coming' : w === 0 || (w >= 1 && w <= 3) ? 'past' : 'coming';
          x.tense = tense;
        }
        const sat = weekendSaturday(from, which);
        setRange(x, toIso(sat), toIso(sat + 1), `"${m[0]}": Saturday and Sunday, counted from ${fromText}`, pubIso);
        break;
      }
      case 'in': {
        const n = numberOf(m[1]);
        if (!n) continue;
        const days = /^w/i.test(m[2]) ? 7 * n : n;
        x.kind = 'relative';
        x.relative = { span: { start: f.start, end: f.end }, text: m[0], type: 'offset', days, modifier: 'from now' };
        setDay(x, addDays(pubIso, days), `"${m[0]}" counted from the publication date`, pubIso);
        break;
      }
      case 'day-anchor': {
        x.kind = 'relative';
        const word = (m[1] ?? m[2]).toLowerCase();
        const days = word === 'next' || word === 'following' || word === 'after' ? 1 : word === 'same' ? 0 : -1;
        const after = text.slice(f.end, f.end + 30);
        const standalone = /^\s*(?:[,.;:)!?—–]|$|(?:at|in|on|when|while|and|but|too)\b)/.test(after);
        // `on July 24, the day before the convention opened`: the same day as the date it restates.
        const prev = prevMention;
        if (prev?.iso && /^\s*,\s*$/.test(text.slice(prev.end, f.start)) && !standalone) {
          x.relative = { span: { start: f.start, end: f.end }, text: m[0], type: 'offset', days: 0, modifier: 'restates' };
          x.iso = prev.iso;
          x.anchor = { kind: 'mention', iso: prev.iso, span: { start: prev.start, end: prev.end } };
          x.yearChoice = `"${m[0]}" restates ${prev.text} (${longDate(prev.iso)}), the date it stands beside`;
          break;
        }
        // Standalone: counted from the last dated mention (`Sunday. The day before, ...`); else from the event that follows.
        x.relative = { span: { start: f.start, end: f.end }, text: m[0], type: 'offset', days, modifier: standalone ? (days < 0 ? 'earlier' : 'later') : days < 0 ? 'before' : 'after' };
        break;
      }
      case 'week-edge': {
        const edge = m[1].toLowerCase();
        const which = m[2].toLowerCase();
        const monday = mondayOf(pub) + (which === 'next' ? 7 : which === 'last' ? -7 : 0);
        if (edge === 'end') setRange(x, toIso(monday + 4), toIso(monday + 6), `"${m[0]}": Friday to Sunday of that week (weeks run Monday to Sunday)`, pubIso);
        else setRange(x, toIso(monday), toIso(monday + 1), `"${m[0]}": Monday and Tuesday of that week (weeks run Monday to Sunday)`, pubIso);
        break;
      }
      case 'named': {
        const key = keyOf(m[1]);
        const day = NAMED_DAYS[key];
        if (/^\s*(?:\d|II\b|III\b|[Tt]wo\b)/.test(text.slice(f.end, f.end + 5))) {
          // `Super Tuesday 2`: a name for another day.
          x.unresolved = `"${text.slice(f.start, f.end + 2).trim()}" names another day than ${day.name.split(' (')[0]}`;
          break;
        }
        const lead = text.slice(Math.max(0, f.start - 6), f.start);
        x.tense = /\blast\s+$/i.test(lead) ? 'past' : /\b(?:next|this)\s+$/i.test(lead) ? 'future' : clauseTense(text, f.start, f.end);
        const yearWritten = /^,?\s+((?:19|20)\d{2})\b/.exec(text.slice(f.end, f.end + 7));
        let occ: { iso: string; year: number; by?: 'past' | 'future' | 'nearest' } | null;
        if (yearWritten) {
          const dn = day.inYear(+yearWritten[1]);
          occ = dn === null ? null : { iso: toIso(dn), year: +yearWritten[1] };
        } else occ = namedDayOccurrence(day, pub, py, x.tense);
        if (!occ) {
          x.unresolved = `${day.name} falls in no year near publication`;
          break;
        }
        x.named = day.name;
        setDay(x, occ.iso, `${day.name}, ${yearWritten ? 'in the year written' : occ.by === 'past' ? `the last one on or before publication (past tense)` : occ.by === 'future' ? 'the first one on or after publication (the clause looks ahead)' : 'the one nearest the publication date'}`, pubIso);
        break;
      }
      case 'nth': {
        const day = +m[1];
        const ctx = lastDatedBefore();
        let y: number;
        let mo: number;
        let why: string;
        if (ctx?.iso && ctx.date) {
          y = +ctx.iso.slice(0, 4);
          mo = +ctx.iso.slice(5, 7);
          why = `the ${m[1]}${m[2]} of the month of ${ctx.text}`;
        } else {
          x.tense = clauseTense(text, f.start, f.end);
          const pd = +pubIso.slice(8, 10);
          y = py;
          mo = pm;
          const back = (): void => { if (mo === 1) { y--; mo = 12; } else mo--; };
          const fwd = (): void => { if (mo === 12) { y++; mo = 1; } else mo++; };
          if (x.tense === 'past' && day > pd) back();
          else if (x.tense === 'future' && day < pd) fwd();
          else if (x.tense === 'neutral' && Math.abs(day - pd) > 15) (day > pd ? back : fwd)();
          why = `the ${m[1]}${m[2]} of the month ${x.tense === 'past' ? 'on or before publication (past tense)' : x.tense === 'future' ? 'on or after publication (the clause looks ahead)' : 'nearest publication'}`;
        }
        if (day > daysInMonth(y, mo)) continue;
        setDay(x, toIso(dayNumber(y, mo, day)), why, pubIso);
        break;
      }
      case 'dotted': {
        const a = +m[1];
        const b = +m[2];
        const y = +m[3];
        // Day-first (`17.03.2026`); month-first only when the second number cannot be a month (`03.17.2026`).
        const dayFirst = b <= 12;
        const [d, mo] = dayFirst ? [a, b] : [b, a];
        if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) continue;
        if (dayFirst) x.date = { span: { start: f.start, end: f.end }, order: 'dot-dmy', monthText: m[2], month: mo, day: d, year: y, ordinal: '' };
        else x.yearChoice = `read month-first: ${b} cannot be a month`;
        x.iso = toIso(dayNumber(y, mo, d));
        break;
      }
    }
    out.push(x);
  }
  return out;
}

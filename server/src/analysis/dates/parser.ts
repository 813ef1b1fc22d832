/**
 * The chrono-node wrapper: finds date atoms (a month-name date, a weekday, a
 * casual day word, an offset like `two days later`, a week) in one paragraph.
 *
 * Why it looks like this (measured on a 100,000-word draft, see the notes in
 * ../shared/notes/dependencies.md): chrono's casual parser goes superlinear on
 * long texts and costs ~30 µs per call even on short ones, and its refiners
 * merge tokens into misreadings (`Sunday now` becomes today with weekday
 * Sunday). So a cheap trigger regex picks short windows around likely dates;
 * each window goes only to the chrono parsers its triggers need, with no
 * refiners; the two commonest literal forms (`March 17, 2026`, `17 March`)
 * are read by the caller's own regex and skip chrono; we merge atoms ourselves (weekday + date) and filter what chrono
 * misreads (`may`/`march` the verbs, `Sun` the newspaper).
 */
import type * as chrono from 'chrono-node';

/**
 * chrono's English locale, loaded on first use. `chrono-node` itself loads all
 * sixteen locales (~4x the start-up cost) and we use only English's casual
 * parsers: `chrono-node/en` is the same module the package re-exports as
 * `casual`, `Chrono` and friends. Loading it lazily keeps it out of the
 * start-up path of drafts (and CLI commands) that never reach a date window.
 */
type ChronoEn = Pick<typeof chrono, 'casual' | 'Chrono'>;
let chronoEn: ChronoEn | null = null;
function en(): ChronoEn {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, and the locale entry point TypeScript's node10 resolution cannot see
  chronoEn ??= require('chrono-node/en') as ChronoEn;
  return chronoEn;
}

/** One recognised piece of a date expression, in paragraph offsets. */
export interface Atom {
  start: number;
  end: number;
  text: string;
  type: 'date' | 'weekday' | 'day' | 'offset' | 'week';
  /** For `date`: month/day as chrono read them (year only if written); `endDay`/`endMonth` for ranges like `March 5-7`. */
  month?: number;
  day?: number;
  year?: number;
  endMonth?: number;
  endDay?: number;
  endYear?: number;
}

type Group = 'month' | 'weekday' | 'day' | 'offset' | 'week';
const GROUPS: Group[] = ['month', 'weekday', 'day', 'offset', 'week'];

/**
 * Triggers, one capture group per chrono parser group. Month and weekday names
 * must be capitalised: lowercase `may`, `march`, `sun` are verbs and nouns.
 */
const TRIGGER = new RegExp(
  [
    '\\b((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![A-Za-z])',
    '\\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![A-Za-z])',
    '\\b([Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night)\\b',
    '\\b((?:days?|weeks?)\\s+(?:ago|later|earlier|before|after|from now))\\b',
    '\\b((?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+week)\\b',
  ].join('|'),
  'g',
);

/** Probes that tell which of chrono's casual parsers serve each group (by behaviour, so a minifier renaming classes does not break it). */
const PROBES: Record<Group, string[]> = {
  month: ['March 17', '17 March', 'Oct. 17, 2025', 'March 5-7'],
  weekday: ['on Tuesday', 'last Thursday'],
  day: ['yesterday', 'tomorrow', 'last night'],
  offset: ['two days ago', 'two days later', 'a week earlier', 'one day before'],
  week: ['next week', 'last week'],
};

let engines: Map<number, chrono.Chrono> | null = null;
let groupParsers: Record<Group, chrono.Parser[]> | null = null;

/** chrono-node 2.x class names of the parsers each group needs (fast path; probing covers renamed classes). */
const PARSER_NAMES: Record<Group, string[]> = {
  month: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser'],
  weekday: ['ENWeekdayParser'],
  day: ['ENCasualDateParser'],
  offset: ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'],
  week: ['ENRelativeDateFormatParser'],
};

function parsersFor(group: Group): chrono.Parser[] {
  if (!groupParsers) {
    const all = en().casual.clone().parsers;
    const byName = {} as Record<Group, chrono.Parser[]>;
    for (const g of GROUPS) byName[g] = all.filter((p) => PARSER_NAMES[g].includes(p.constructor.name));
    if (GROUPS.every((g) => byName[g].length === PARSER_NAMES[g].length)) {
      groupParsers = byName;
      return groupParsers[group];
    }
    const ref = { instant: new Date(Date.UTC(2026, 0, 14, 12)), timezone: 0 };
    const found = {} as Record<Group, chrono.Parser[]>;
    for (const g of GROUPS) {
      found[g] = all.filter((p) => {
        const one = new (en().Chrono)({ parsers: [p], refiners: [] });
        return PROBES[g].some((probe) => one.parse(probe, ref).some((r) => r.index === 0 && r.text.replace(/[,\s]+$/, '').length === probe.length));
      });
    }
    groupParsers = found;
  }
  return groupParsers[group];
}

/**
 * The closing words without which chrono's two offset parsers cannot give an
 * atom: an offset atom ends in one of `ago|later|earlier|before|after|from
 * now` (`toAtom`), every other result of these parsers is tagged
 * `result/relativeDate` and dropped, and each parser's pattern ends in its own
 * words (`ago|before|earlier`; `later|after|from now|henceforth|forward|out`).
 * So a window without the words gets the same atoms without that parser, and
 * its pattern, whose first use costs ~35 ms of compiling, is not compiled for a
 * draft that never needs it (a draft with only `ago` never needs `later`).
 * Parsers the minifier renamed are never skipped.
 */
export const OFFSET_PARSER_WORDS: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from\s+now/i,
};
const NEVER = /(?!)/;

/** `parser`, finding nothing in windows without `words`. */
function onlyWith(parser: chrono.Parser, words: RegExp): chrono.Parser {
  return {
    pattern: (context) => (words.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/** A chrono instance with only the parsers of the given groups (bit mask), no refiners. */
function engine(mask: number): chrono.Chrono {
  engines ??= new Map();
  let e = engines.get(mask);
  if (!e) {
    const parsers = GROUPS.flatMap((g, i) => (mask & (1 << i) ? parsersFor(g) : [])).map((p) => {
      const words = OFFSET_PARSER_WORDS[p.constructor.name];
      return words ? onlyWith(p, words) : p;
    });
    e = new (en().Chrono)({ parsers, refiners: [] });
    engines.set(mask, e);
  }
  return e;
}

/** Words for small numbers in offsets (`two days later`). */
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, thirty: 30,
};

/** Window around a trigger: room for `the 5th of` / `coming` before it and `30th, 2025` after it. */
const WINDOW_BEFORE = 14;
const WINDOW_AFTER = 22;

function expandLeft(text: string, i: number): number {
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}
function expandRight(text: string, i: number): number {
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}

/** Date atoms chrono finds in `text` (one paragraph), filtered for misreadings. */
export function chronoAtoms(text: string, pubIso: string, covered: readonly { start: number; end: number }[] = []): Atom[] {
  const windows: { start: number; end: number; mask: number }[] = [];
  const monthBit = 1 << GROUPS.indexOf('month');
  let c = 0;
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text))) {
    let mask = 0;
    for (let g = 0; g < GROUPS.length; g++) if (m[g + 1] !== undefined) mask |= 1 << g;
    // Month names inside a date the caller already read (`March 17, 2026`) need no chrono pass.
    while (c < covered.length && covered[c].end <= m.index) c++;
    if (mask === monthBit && c < covered.length && covered[c].start <= m.index) continue;
    // A weekday right before a date is read by the month parser's window too.
    const start = expandLeft(text, Math.max(0, m.index - WINDOW_BEFORE));
    const end = expandRight(text, Math.min(text.length, m.index + m[0].length + WINDOW_AFTER));
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.mask |= mask;
    } else windows.push({ start, end, mask });
  }
  if (windows.length === 0) return [];
  // A month-name date needs a day number; skip month-only windows without a digit (`Theresa May`, `in March`).
  for (const w of windows) if (w.mask === monthBit && !/\d/.test(text.slice(w.start, w.end))) w.mask = 0;
  const ref = { instant: new Date(`${pubIso}T12:00:00Z`), timezone: 0 };
  const atoms: Atom[] = [];
  for (const w of windows) {
    if (w.mask === 0) continue;
    const slice = text.slice(w.start, w.end);
    for (const r of engine(w.mask).parse(slice, ref)) {
      const a = toAtom(r, w.start + r.index, text);
      if (a) atoms.push(a);
    }
  }
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping atoms from different windows or parsers: keep the longer.
  const out: Atom[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    if (prev && a.start < prev.end) {
      if (a.end - a.start > prev.end - prev.start) out[out.length - 1] = a;
      continue;
    }
    out.push(a);
  }
  return out;
}

function toAtom(r: chrono.ParsedResult, at: number, context: string): Atom | null {
  // Trim what chrono keeps around the expression: `on `, trailing commas and spaces.
  let text = r.text;
  let start = at;
  // `D.C., on Monday`: chrono may start its text at the comma before `on`.
  const punct = /^[\s,;:]+/.exec(text);
  if (punct) {
    start += punct[0].length;
    text = text.slice(punct[0].length);
  }
  const lead = /^(?:(?:on|at|by|from|until|since)\s+|\()/i.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,;:)]+$/, '');
  // `March 11-13, 40 percent`: chrono takes the number after the comma for a year; a year has four digits.
  const shortYear = /,\s*\d{1,3}$/.exec(text);
  if (shortYear) text = text.slice(0, shortYear.index);
  if (!text) return null;
  const end = start + text.length;
  const tags = r.tags();
  const known = (c: chrono.Component): number | undefined => (r.start.isCertain(c) ? (r.start.get(c) ?? undefined) : undefined);

  if (tags.has('casualReference/yesterday') || tags.has('casualReference/today') || tags.has('casualReference/tomorrow') || tags.has('casualReference/tonight') || /^(?:yesterday|today|tonight|tomorrow|last night)$/i.test(text)) {
    if (!/^(?:yesterday|today|tonight|tomorrow|last night)$/i.test(text)) return null;
    // `USA Today`, `Russia Today`: capitalised mid-sentence it is a name, not the day.
    if (/^T/.test(text) && /\S/.test(context.slice(0, start)) && !/[.!?:;"“”‘’'(—–-]\s*$/.test(context.slice(Math.max(0, start - 4), start))) return null;
    return { start, end, text, type: 'day' };
  }
  if (/\b(?:week)$/i.test(text) && /^(?:last|next|this|past|coming)\s+week$/i.test(text)) return { start, end, text, type: 'week' };
  const off = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|\d{1,3})\s+(day|week)s?\s+(ago|later|earlier|before|after|from now)$/i.exec(text);
  if (off) return { start, end, text, type: 'offset' };
  if (tags.has('result/relativeDate')) return null;

  const month = known('month');
  const day = known('day');
  if (month !== undefined && day !== undefined) {
    // The month word chrono read must be a capitalised month name or abbreviation.
    const word = /[A-Za-z]{3,}\.?/.exec(text.replace(/^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?/i, ''));
    if (!word || !/^[A-Z]/.test(word[0])) return null;
    if (/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(word[0])) return null;
    const atom: Atom = { start, end, text, type: 'date', month, day, year: shortYear ? undefined : known('year') };
    if (r.end) {
      atom.endMonth = r.end.get('month') ?? undefined;
      atom.endDay = r.end.get('day') ?? undefined;
      atom.endYear = r.end.isCertain('year') && !shortYear ? (r.end.get('year') ?? undefined) : undefined;
    }
    return atom;
  }
  if (known('weekday') !== undefined && month === undefined && day === undefined) {
    const w = /^(?:(?:last|this|next|past|coming)\s+)?([A-Za-z]+\.?)$/i.exec(text);
    // Capitalised names only; a bare abbreviation (`Sun`, `Sat.`) counts only next to a date (merged later).
    if (!w || !/^[A-Z]/.test(w[1])) return null;
    return { start, end, text, type: 'weekday' };
  }
  return null;
}

/** Days in an offset atom's text (`two days later` → 2, `a week earlier` → 7), or null. */
export function offsetDays(text: string): { n: number; dir: string } | null {
  const m = /^(\S+)\s+(day|week)s?\s+(ago|later|earlier|before|after|from now)$/i.exec(text);
  if (!m) return null;
  const k = m[1].toLowerCase();
  const n = /^\d+$/.test(k) ? +k : NUMBER_WORDS[k];
  if (!n) return null;
  return { n: n * (m[2].toLowerCase() === 'week' ? 7 : 1), dir: m[3].toLowerCase() };
}

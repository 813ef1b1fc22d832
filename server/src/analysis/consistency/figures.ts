/**
 * Figures a draft states: vote tallies (`voted 4-1`, `the 5-1 vote`, `a vote
 * of 6 to 3`) and amounts attached to a head noun (`the $41 million levy`,
 * `a 12 percent increase`, `the 300 jobs`). The scan is paragraph-local and
 * memoised by the paragraph's text, so a keystroke rescans one paragraph.
 *
 * Two mentions state the same quantity when they share the head noun and the
 * unit (currency, percent, count) — or are both vote tallies — and the later
 * one refers back with a definite article (`the`, `that`, `this`): a new
 * figure for a new thing comes with `a`. Years (`the 2016 election`) are not
 * amounts.
 */
import { detach, memo } from '../cache';
import type { Span } from '../types';

export type FigureUnit = 'tally' | 'currency' | 'percent' | 'count';

export interface Figure extends Span {
  unit: FigureUnit;
  /** The compared value: `4-1` for tallies, the amount in units for the rest. */
  value: string;
  /** The figure as written (`$41 million`, `4-1`). */
  written: string;
  /** The head noun, singular, lower case (`levy`, `increase`); `vote` for tallies. */
  head: string;
  /** The words from the figure to the head (`elite troop`), singular head; equal phrases are needed to compare counts. */
  phrase: string;
  /** Preceded by `the`/`that`/`this`/`its`: refers back to a figure already given. */
  definite: boolean;
  /** `unit|head`: figures with the same key state the same kind of quantity. */
  key: string;
}

const VOTE_WORDS = /\b(?:vote[sd]?|voting|tally|decision|ruling|margin|ballot)\b/i;
const SCORE_WORDS = /\b(?:won|win|wins|lost|lose|beat|beats|defeated|score|scored|game|match|lead|led|innings?|half|quarter|record|series)\b/i;
const TALLY = /(?<![\d.,$£€])(\d{1,3})[ \t]*(?:[-–—]|to)[ \t]*(\d{1,3})(?![\d.,%]|[ \t]*(?:percent|per cent|%|p\.?m|a\.?m|years?|months?|days?|weeks?|hours?|minutes?|points?))/g;
const AMOUNT = /(?<![\w.,$£€-])([$£€])?[ \t]?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ \t]*(million|billion|trillion|thousand|bn|m)\b)?(?:[ \t]*(percent|per cent|%))?(?![\w.,-]*\d)/g;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
/** Words that end a noun phrase: the figure then has no head noun of its own (`12 percent of voters`). */
const NOT_HEAD = new Set([
  'of', 'in', 'to', 'for', 'on', 'at', 'by', 'from', 'with', 'and', 'or', 'but', 'than', 'that', 'which', 'who', 'was', 'were', 'is', 'are',
  'be', 'been', 'has', 'have', 'had', 'a', 'an', 'the', 'more', 'less', 'fewer', 'percent', 'per', 'cent', 'million', 'billion', 'trillion',
  'thousand', 'over', 'under', 'about', 'as', 'so', 'this', 'these', 'those', 'each', 'apiece', 'times', 'year', 'years', 'month', 'months',
  'day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'a.m', 'p.m', 'am', 'pm', 'after', 'before', 'since', 'until', 'when',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'do', 'did', 'does', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'not', 'all',
  'people', 'percentage', 'point', 'points', 'share', 'other', 'others', 'total',
  // Time and degree words that follow a head noun (`jobs last year`).
  'last', 'next', 'ago', 'earlier', 'later', 'early', 'late', 'now', 'then', 'here', 'there', 'yet', 'still', 'already', 'again', 'also', 'too', 'very',
  // Verbs that follow a figure directly (`47 won`, `300 said`): the figure counts nothing there.
  'said', 'says', 'say', 'told', 'won', 'lost', 'got', 'took', 'made', 'went', 'came', 'left', 'gave', 'voted', 'signed', 'died',
]);
const DEFINITE = /\b(?:the|that|this|its|their|his|her)[ \t]+$/i;

function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** Units written after an amount are not what it counts (`30 dollars`). */
const UNIT_HEADS = new Set(['dollar', 'euro', 'pound', 'cent', 'yen', 'yuan', 'rupee', 'peso', 'ruble', 'mile', 'kilometer', 'foot', 'feet', 'inch', 'acre', 'ton', 'gallon', 'barrel', 'square', 'degree', 'mph']);

/** The head noun after a figure (the last of up to two lower-case words before a word that ends the phrase) and the phrase up to it. */
function headAfter(text: string, from: number): { head: string; phrase: string } | null {
  const m = /^(?:[ \t]+|-)([a-z][a-z-]*)(?:[ \t]+([a-z][a-z-]*))?/.exec(text.slice(from, from + 60));
  if (!m) return null;
  const first = m[1];
  if (NOT_HEAD.has(first) || first.endsWith('ly') || first.endsWith('ed') || UNIT_HEADS.has(singular(first))) return null;
  const second = m[2];
  // A plural first word is the head itself (`jobs were`); a singular one may modify the next (`state grant`).
  const plural = /[^s]s$/.test(first);
  if (second && !plural && !NOT_HEAD.has(second) && !second.endsWith('ly') && !/(?:ed|ing)$/.test(second)) return { head: singular(second), phrase: `${first} ${singular(second)}` };
  return { head: singular(first), phrase: singular(first) };
}

function amountValue(num: string, scale: string | undefined): string {
  const n = parseFloat(num.replace(/,/g, '')) * (scale ? SCALE[scale.toLowerCase()] ?? 1 : 1);
  return String(Math.round(n * 100) / 100);
}

/** Figures of one paragraph's text, offsets relative to it. */
export function scanFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const taken: Span[] = [];
  TALLY.lastIndex = 0;
  for (let m = TALLY.exec(text); m; m = TALLY.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    const near = before.split(/\s+/).slice(-3).join(' ') + ' ' + after.split(/\s+/).slice(0, 3).join(' ');
    if (!VOTE_WORDS.test(near) || SCORE_WORDS.test(near)) continue;
    const a = +m[1];
    const b = +m[2];
    if (a === 0 && b === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, unit: 'tally', value: `${a}-${b}`, written: m[0], head: 'vote', phrase: 'vote', definite: DEFINITE.test(before), key: 'tally|vote' });
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (taken.some((t) => start < t.end && t.start < end)) continue;
    const [, currency, num, scale, percent] = m;
    const plain = !currency && !scale && !percent;
    // Years, times and list numbers are not amounts.
    if (plain && (/^\d{4}$/.test(num) || num.includes('.') || +num < 2)) continue;
    const found = headAfter(text, end);
    if (!found) continue;
    const unit: FigureUnit = currency ? 'currency' : percent ? 'percent' : 'count';
    const before = text.slice(Math.max(0, start - 12), start);
    out.push({ start, end, unit, value: (currency ?? '') + amountValue(num, scale), written: m[0].trim(), head: found.head, phrase: found.phrase, definite: DEFINITE.test(before), key: `${unit}|${found.head}` });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** `scanFigures` memoised under the paragraph's interned text. */
export function paragraphFigures(paragraphText: string): Figure[] {
  return memo('consistency.figures', paragraphText, () => scanFigures(detach(paragraphText)));
}

/**
 * True when two written figures look like one typed wrong: the same digits
 * but one changed, or two neighbours swapped (`41`/`14`, `7,500`/`7,050` is not).
 * Counts are compared only then: `the 7,500 troops` and `5,500 troops` are
 * more often two true numbers than one wrong one.
 */
export function typoLike(x: string, y: string): boolean {
  const a = x.replace(/\D/g, '');
  const b = y.replace(/\D/g, '');
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

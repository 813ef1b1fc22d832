/**
 * Attribution: who said what.
 *
 * For every sentence, finds attribution cues (`said`, `told`, `according
 * to`, participles such as `stating`) outside quotation marks and the source
 * phrase each cue takes (`X said`, `said X`, `X, who …, said`, `according to
 * X`). Then gives every quotation a speaker, trying in order: a cue in its
 * own sentence, a colon introduction, the subject of a sentence with a speech
 * verb or noun (partial quotes), another attributed quote or cue in the same
 * paragraph, the multi-paragraph quote it continues, and a quote-only
 * paragraph right after the same speaker's attributed quote.
 */
import { cacheIsActive, detach, memo } from '../cache';
import { sentenceAt, type DocumentModel } from '../document';
import { PHRASAL_CUES, SPEECH_PARTICIPLES, SPEECH_VERBS, cueLemma } from '../lexicon/speech';
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { clauseWordEnd, nextWordStart } from '../text/words';
import { classifySourcePhrase } from '../sources/classify';
import { isSpeakerPhrase } from './speakerPhrase';
import { PersonHistory, fullNameSurnames, type Sizes } from './pronouns';
import type { ProfileLookup } from '../profiles/types';
import type { Attribution, Quotation, Sentence, Span } from '../types';

/** Placeholder for a quotation in the "outside quotes" view of the text. */
const QMARK = '\uE000';

/** Cues that count for attribution relations even with no quotation in the sentence. */
const STRONG_CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'stated', 'states',
  'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'declared',
  'warned', 'warns', 'cautioned', 'cautions', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'announced', 'announces',
  'commented', 'stressed', 'emphasized', 'emphasised', 'conceded', 'concedes', 'testified', 'predicted', 'predicts',
  'replied', 'responded', 'recalled', 'tweeted', 'confirmed', 'confirms', 'denied', 'denies', 'believe', 'believes',
  'believed', 'contended', 'contends', 'maintained', 'maintains', 'asserted', 'asserts', 'alleged', 'alleges', 'disclosed',
  'revealed', 'reported', 'reports', 'estimated', 'estimates', 'understands', 'suggested', 'suggests', 'indicated',
  'expects', 'fear', 'fears', 'feared', 'think', 'thinks', 'reckon', 'reckons', 'suspect', 'suspects',
]);
/** Plural/base forms used with plural subjects (`officials say`). */
const BASE_FORMS = new Set(['say', 'tell', 'believe', 'think', 'fear', 'reckon', 'suspect', 'add', 'warn', 'argue', 'claim', 'insist', 'note', 'predict', 'expect', 'estimate', 'caution', 'acknowledge', 'contend', 'allege', 'confirm', 'deny', 'suggest', 'maintain']);

/** Nouns that make the sentence's subject the speaker of a partial quote. */
const SPEECH_NOUNS = /\b(?:suggestion|statement|remarks?|comments?|words|description|promise|warning|claim|argument|assertion|message|pledge|vow|insistence|assessment|characterization|interview|speech|testimony|tweet|post|letter|op-ed|address|briefing|news conference|press conference|rally|appearance|reply|response|answer|quip|joke|plea|call)\b/i;

/** Words that end a noun phrase when walking away from a cue. */
const BOUNDARY_WORDS = new Set([
  'that', 'and', 'but', 'because', 'while', 'when', 'as', 'if', 'since', 'although', 'though', 'which', 'whom',
  'where', 'so', 'or', 'than', 'until', 'whether', 'what', 'after', 'before', 'once', 'how', 'why', 'then', 'also',
  'yet', 'nor', 'unless', 'whereas',
]);
/** Words that may sit between a subject and its verb (`X also said`, `X has long argued`). */
const SKIPPABLE = new Set([
  'also', 'later', 'previously', 'then', 'has', 'have', 'had', 'recently', 'repeatedly', 'once', 'again', 'publicly',
  'privately', 'reportedly', 'earlier', 'ultimately', 'long', 'would', 'will', 'could', 'may', 'might', 'did', 'does',
  'do', 'not', 'never', 'often', 'only', 'just', 'firmly', 'flatly', 'bluntly', 'quickly', 'simply', 'frequently',
  'clearly', 'still', 'already', 'further', 'had', 'always', 'openly', 'separately', 'subsequently', 'initially',
  'first', 'finally', 'now', 'reportedly', 'allegedly', 'apparently', 'has', 'is', 'was', 'were', 'are', 'been',
  'even', 'angrily', 'calmly', 'softly', 'loudly', 'proudly', 'confidently', 'emphatically', 'sharply', 'tersely',
  'curtly', 'quietly', 'cheerfully', 'wryly', 'candidly', 'frankly', 'bluntly', 'recently', 'today', 'yesterday',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'multiple', 'most', 'few', 'both', 'this', 'these', 'those', 'each', 'any', 'no']);
/** Words after an inverted cue (`said on Tuesday`) that are not a source. */
const NOT_INVERTED_SOURCE = new Set(['that', 'in', 'on', 'at', 'it', 'to', 'of', 'during', 'after', 'before', 'this', 'last', 'next', 'there', 'so', 'yes', 'no', 'nothing', 'something', 'things', 'goodbye', 'hello', 'sorry', 'thanks', 'why', 'how', 'what', 'when', 'where', 'earlier', 'later', 'recently', 'previously', 'for', 'with', 'by', 'about', 'from', 'yesterday', 'today', 'tomorrow', 'him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'as', 'if', 'while', 'through', 'over', 'under', 'up', 'down', 'out', 'again', 'once', 'twice', 'simply', 'only', 'just', 'also', 'then', 'not', 'publicly', 'privately', 'repeatedly']);

/** A sentence that opens with a descriptor and then the name between commas: `A spokeswoman for the ministry, Anna Kowalski,`. */
const DESCRIPTOR_APPOSITION = /^\s*((?:A|An|The|a|an|the)\s+[^,;:\uE000]{2,80}?),\s+((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]+),/u;

interface Word extends Span {
  text: string;
  lower: string;
}

// Words are `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.&\/-](?=[\p{L}\p{N}]))*\.?/u`, scanned by hand (text/words.ts).

const KEEP_PERIOD = /^(?:(?:\p{L}\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev)\.)$/u;

function words(outside: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const slice = outside.slice(start, end);
  const lowered = slice.toLowerCase();
  // Lower-casing can change the length of a few characters (İ); then lower-case word by word.
  const sameLength = lowered.length === slice.length;
  for (let i = nextWordStart(slice, 0); i < slice.length; i = nextWordStart(slice, i)) {
    const e = clauseWordEnd(slice, i);
    let t = slice.slice(i, e);
    // A trailing period belongs to the word only for abbreviations and initials.
    if (t.charCodeAt(t.length - 1) === 46 && !KEEP_PERIOD.test(t)) t = t.slice(0, -1);
    const at = start + i;
    out.push({ start: at, end: at + t.length, text: t, lower: sameLength ? lowered.slice(i, i + t.length) : t.toLowerCase() });
    i = e;
  }
  return out;
}

function isCap(w: Word): boolean {
  return /^[\p{Lu}]/u.test(w.text);
}

/** True when the text between two words is plain space (no punctuation or quote). */
function joined(outside: string, a: Word, b: Word): boolean {
  return /^[\s]*$/.test(outside.slice(a.end, b.start));
}

/** Noun phrase leftwards from word index `k` (exclusive), or null. */
function npLeft(outside: string, ws: Word[], k: number, sentenceStart: number): Span | null {
  let j = k - 1;
  while (j >= 0 && SKIPPABLE.has(ws[j].lower) && joined(outside, ws[j], ws[j + 1])) j--;
  if (j < 0) return null;
  // `The ministry on Monday said`, `Ada Roe less than two weeks ago said`: a time phrase between subject and verb.
  const t = timeLeft(outside, ws, j);
  if (t !== j) {
    j = t;
    while (j >= 0 && SKIPPABLE.has(ws[j].lower) && joined(outside, ws[j], ws[j + 1])) j--;
    if (j < 0) return null;
  }
  // `Rep. John Mica (R-Fla.) said`: skip a short parenthetical right before the verb.
  if (/^\.?\)\s*,?\s*$/.test(outside.slice(ws[j].end, ws[j + 1].start))) {
    let i = j;
    while (i > 0 && j - i < 6 && !/\(/.test(outside.slice(ws[i - 1].end, ws[i].start))) i--;
    if (i > 0 && /^\s*\($/.test(outside.slice(ws[i - 1].end, ws[i].start))) {
      j = i - 1;
      // Re-join: treat the name before the parenthetical as adjacent to the verb.
      return npLeftFrom(outside, ws, j, sentenceStart);
    }
  }
  // `Cory Vance, 22, of Dayton, Ohio, said`: an age and a home town between commas.
  const person = ageAndPlace(outside, ws, j, sentenceStart);
  if (person >= 0) return npLeftFrom(outside, ws, person, sentenceStart);
  // `X, who spoke on condition of anonymity, said`: skip a parenthetical between commas.
  const gap = outside.slice(ws[j].end, ws[j + 1].start);
  // Also a dash apposition: `Sen. John Roe — the panel's chairman — said`.
  if (/^\.?\s*(?:,|—|–|--)\s*$/.test(gap)) {
    const dashed = !/,/.test(gap);
    let i = j;
    let commaAt = -1;
    while (i > 0 && i > j - 40) {
      // (An abbreviation's period before a closing parenthesis, `(D-Ore.),`, does not end the sentence.)
      const g = outside.slice(ws[i - 1].end, ws[i].start).replace(/^\.(?=\))/, '');
      if (/[;:.!?\uE000]/.test(g)) break;
      if (dashed ? /—|–|--/.test(g) : /,/.test(g)) {
        commaAt = i;
        break;
      }
      i--;
    }
    if (commaAt < 0) return null;
    const first = ws[commaAt].lower;
    const parenthetical = /^(?:who|whose|which|a|an|the|one|\d+|according|speaking|citing|like|in|at|on|from|adding|and|also|himself|herself|itself|themselves)$/.test(first) || TITLE_WORDS.has(first) ||
      (/^[\p{Ll}]{3,}ing$/u.test(ws[commaAt].text) && j - commaAt < 20);
    // `Mitch McConnell, R-Ky., said`: a party-state tag.
    const partyTag = j - commaAt < 3 && /^(?:[RDI]|Dem|Rep|Ind)-[\p{Lu}]/u.test(ws[commaAt].text);
    // `Mr. Doe, now 81 and retired in Vermont, said`, `Blunt, after a long pause, said`: a lower-case aside after a name.
    const aside = commaAt > 0 && isCap(ws[commaAt - 1]) && /^[\p{Ll}\d]/u.test(ws[commaAt].text) && j - commaAt < 20;
    if (!parenthetical && !partyTag && !aside) {
      // An appositive that holds the name: `Scott's niece, state Del. Marcia Price, shouted`.
      if (ws.slice(commaAt, j + 1).some((w) => isCap(w) && !TITLE_WORDS.has(w.lower)) && j - commaAt < 8) {
        return { start: ws[commaAt].start, end: ws[j].end };
      }
      return null;
    }
    j = commaAt - 1;
    if (j < 0) return null;
    // `Ada Roe, 35, the club's treasurer, said`: an age before the aside.
    const aged = ageAndPlace(outside, ws, j, sentenceStart);
    if (aged >= 0) j = aged;
    // `Sen. Ada Roe (D-Ore.), also a candidate, said`: a party tag in parentheses before the aside.
    if (/^\.?\)\s*,\s*$/.test(outside.slice(ws[j].end, ws[commaAt].start))) {
      let o = j;
      while (o > 0 && j - o < 4 && !/\(/.test(outside.slice(ws[o - 1].end, ws[o].start))) o--;
      if (o > 0 && /^\s*\($/.test(outside.slice(ws[o - 1].end, ws[o].start))) j = o - 1;
    }
    // `Geoff Marr, a pollster who works with Lane Inc., a polling firm, said`: an aside inside an aside. (A period
    // inside the sentence belongs to an abbreviation.)
    for (let round = 0; round < 2 && j > 0 && /^\.?\s*,\s*$/.test(outside.slice(ws[j].end, ws[j + 1].start)); round++) {
      let c = j;
      while (c > 0 && j - c < 25 && !/[,;:!?\uE000]/.test(outside.slice(ws[c - 1].end, ws[c].start))) c--;
      if (c === 0 || !/,/.test(outside.slice(ws[c - 1].end, ws[c].start)) || !/^(?:who|a|an|the)$/.test(ws[c].lower)) break;
      j = c - 1;
    }
  } else if (!/^\s*$/.test(gap)) {
    return null;
  }
  return npLeftFrom(outside, ws, j, sentenceStart);
}

/** One comma-separated segment that gives an age or a home town: `22`, `of Dayton`, `from N.C.`, `Ohio`, `Mich.`. */
const AGE_OR_PLACE = /^(?:\d{1,3}|(?:of|from)\s+[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3}|[\p{Lu}][\p{Ll}]{1,5}\.|(?:[\p{Lu}]\.){2,3}|[\p{Lu}][\p{L}\p{M}]+(?:\s+[\p{Lu}][\p{L}\p{M}]+)?)$/u;

/**
 * `Cory Vance, 22, of Dayton, Ohio, said`, `Ada Pike, 61, said`: when word
 * `j` ends a run of comma-separated age and home-town segments that follow a
 * capitalised word, returns the index of that word (the end of the name);
 * else -1. A bare capitalised segment (`Ohio`) counts only after an `of` or
 * `from` segment, so `Smith, Jones said` is not read as a name and a town.
 */
function ageAndPlace(outside: string, ws: Word[], j: number, sentenceStart: number): number {
  if (!/^\.?\s*,\s*$/.test(outside.slice(ws[j].end, ws[j + 1].start))) return -1;
  // Comma-separated segments, right to left: [start word, end word, text].
  const segs: [number, number, string][] = [];
  let end = j;
  for (let n = 0; n < 5 && end >= 0; n++) {
    let i = end;
    while (i > 0 && end - i < 5 && !/[,;:\uE000()]/.test(outside.slice(ws[i - 1].end, ws[i].start))) i--;
    const dot = outside[ws[end].end] === '.' ? 1 : 0;
    segs.push([i, end, outside.slice(ws[i].start, ws[end].end + dot)]);
    if (i === 0 || ws[i - 1].start < sentenceStart || !/^\s*,\s*$/.test(outside.slice(ws[i - 1].end, ws[i].start))) break;
    end = i - 1;
  }
  const lead = (t: string): boolean => /^(?:\d|of\s|from\s)/.test(t);
  // Walk left over valid tail segments: an age or `of …` anywhere, a bare place right after an `of …` segment.
  let m = 0;
  while (m < segs.length) {
    const t = segs[m][2];
    const left = segs[m + 1]?.[2] ?? '';
    if (!AGE_OR_PLACE.test(t) || !(lead(t) || /^(?:of|from)\s/.test(left))) break;
    m++;
  }
  if (m === 0 || m >= segs.length || !lead(segs[m - 1][2])) return -1;
  const name = segs[m][1];
  return isCap(ws[name]) ? name : -1;
}

const TIME_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
const TIME_COUNTS = /^(?:\d+|a|an|few|several|many|two|three|four|five|six|seven|eight|nine|ten)$/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DAY_PARTS = /^(?:night|morning|afternoon|evening)$/;
const TIME_NOUNS = /^(?:week|weekend|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * A time phrase ending at word `j` (`on Monday`, `Monday night`, `last
 * week`, `earlier this month`, `less than two weeks ago`): returns the index
 * of the word before it, or `j` when the words are not a time phrase.
 */
function timeLeft(outside: string, ws: Word[], j: number): number {
  const glued = (a: number): boolean => a >= 0 && joined(outside, ws[a], ws[a + 1]);
  let t = j;
  if (ws[t].lower === 'ago') {
    if (!glued(t - 1) || !TIME_UNITS.test(ws[t - 1].lower) || !glued(t - 2) || !TIME_COUNTS.test(ws[t - 2].lower)) return j;
    t -= 3;
    if (t >= 1 && ws[t].lower === 'than' && /^(?:less|more)$/.test(ws[t - 1].lower) && glued(t) && glued(t - 1)) t -= 2;
    return t;
  }
  if (!TIME_NOUNS.test(ws[t].lower)) return j;
  if (DAY_PARTS.test(ws[t].lower) && glued(t - 1) && WEEKDAY.test(ws[t - 1].lower)) t--;
  if (glued(t - 1) && /^(?:on|last|this|next|late|early)$/.test(ws[t - 1].lower)) {
    t--;
    if (glued(t - 1) && /^(?:earlier|later)$/.test(ws[t - 1].lower)) t--;
    return t - 1;
  }
  return WEEKDAY.test(ws[t].lower) ? t - 1 : j;
}

/** The noun phrase that ends with word `j`, walking left to a boundary. */
function npLeftFrom(outside: string, ws: Word[], j: number, sentenceStart: number): Span | null {
  let relative = false;
  // `Sen. John Roe, who declared`, `Rikkie Wells who tweeted`, `a message that said`: the relative pronoun's antecedent
  // speaks (the caller counts such a cue only next to a quotation).
  if (j > 0 && /^(?:who|that|which)$/.test(ws[j].lower) && ws[j - 1].start >= sentenceStart && !BOUNDARY_WORDS.has(ws[j - 1].lower) &&
    !SPEECH_VERBS.has(ws[j - 1].lower) && /^[\s,]*$/.test(outside.slice(ws[j - 1].end, ws[j].start)) && (ws[j].lower === 'who' || joined(outside, ws[j - 1], ws[j]))) {
    j--;
    relative = true;
  }
  // `A city official who was not authorized to discuss it said`: the source is the noun before `who`.
  for (let t = j - 1; t > 0 && j - t < 14 && joined(outside, ws[t], ws[t + 1]); t--) {
    if ((ws[t].lower === 'who' || ws[t].lower === 'whom') && joined(outside, ws[t - 1], ws[t]) && !BOUNDARY_WORDS.has(ws[t - 1].lower)) {
      j = t - 1;
      break;
    }
    if (BOUNDARY_WORDS.has(ws[t].lower)) break;
  }
  let i = j;
  while (i > 0 && joined(outside, ws[i - 1], ws[i]) && !BOUNDARY_WORDS.has(ws[i - 1].lower) && j - i < 10 && !SPEECH_VERBS.has(ws[i - 1].lower) && ws[i - 1].start >= sentenceStart) i--;
  while (i <= j && BOUNDARY_WORDS.has(ws[i].lower)) i++;
  if (i > j) return null;
  // Trim a leading lowercase run that is a clause, not a noun phrase (`the plan would fail Smith`): keep from the last determiner or capital.
  let s = i;
  for (let t = i; t <= j; t++) {
    if (/^(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|did|do|does)$/.test(ws[t].lower)) s = t + 1;
  }
  if (s > j) return null;
  // `… from Mike Lee, who declared`: a preposition before a name is not part of the speaker (only before a relative
  // pronoun: elsewhere `of Republican claims` is a noun phrase, not a clause).
  while (relative && s < j && /^(?:from|with|by|to|for|of|at|in|on|about|than|like)$/.test(ws[s].lower) && isCap(ws[s + 1])) s++;
  return { start: ws[s].start, end: ws[j].end };
}

/** Noun phrase rightwards from word index `k` (exclusive): `said Ravi Mehta`, `said the spokesman`. */
function npRight(outside: string, ws: Word[], k: number): Span | null {
  const i = k + 1;
  if (i >= ws.length || !joined(outside, ws[k], ws[i])) return null;
  const first = ws[i];
  if (NOT_INVERTED_SOURCE.has(first.lower)) return null;
  const numberThenName = /^\d/.test(first.text) && ws[i + 1] !== undefined && joined(outside, first, ws[i + 1]);
  if (!(isCap(first) || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || TITLE_WORDS.has(first.lower) || numberThenName)) {
    // `said voter Jane Doe`, `asked campaign manager John Roe`: a short lower-case descriptor, then the name.
    let d = i;
    while (d < ws.length && d - i < 4 && /^[\p{Ll}][\p{Ll}-]*$/u.test(ws[d].text) && !BOUNDARY_WORDS.has(ws[d].lower) &&
      !NOT_INVERTED_SOURCE.has(ws[d].lower) && !SKIPPABLE.has(ws[d].lower) && (d === i || joined(outside, ws[d - 1], ws[d]))) d++;
    if (d === i || d >= ws.length || !joined(outside, ws[d - 1], ws[d]) || !isCap(ws[d])) return null;
    let e = d;
    while (e + 1 < ws.length && e - d < 4 && joined(outside, ws[e], ws[e + 1]) && isCap(ws[e + 1])) e++;
    return { start: first.start, end: ws[e].end };
  }
  let j = i;
  while (j + 1 < ws.length && joined(outside, ws[j], ws[j + 1]) && !BOUNDARY_WORDS.has(ws[j + 1].lower) && j - i < 8 && !NOT_INVERTED_SOURCE.has(ws[j + 1].lower)) j++;
  return { start: first.start, end: ws[j].end };
}

const NAME_STOP = new Set([
  'The', 'A', 'An', 'This', 'That', 'But', 'And', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'Your', 'One', 'Another', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Nobody',
  'None', 'Nothing', 'Multiple', 'Many', 'Most', 'Some', 'Several', 'Each', 'Both', 'All', 'Few', 'Other', 'Others',
  'These', 'Those', 'You', 'Such',
]);
/** Words after a name that do not make it a modifier (`Doe himself`). */
const AFTER_NAME = /^(?:himself|herself|themselves|itself|too|also|alone|both|all|each|jr|sr)\.?$/;
/** `Rep. Jane Doe of Ohio`: a place after a person's name is not part of it. */
const OF_PLACE = /^(.*?)\s+(?:of|from)\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]*)(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,2}[,.]?$/u;

/**
 * The name in a source phrase as the draft writes it: the last run of
 * capitalised words with leading titles removed (`Northfield coach Ravi
 * Mehta` → `Ravi Mehta`), or the organisation (`the White House`). Null when
 * the phrase names nobody (`a senior official`).
 */
export function nameInPhrase(phrase: string): string | null {
  const place = OF_PLACE.exec(phrase);
  if (place) {
    const caps = place[1].split(/\s+/).filter((t) => /^[\p{Lu}]/u.test(t) && !NAME_STOP.has(t));
    const titled = caps.some((t) => TITLE_WORDS.has(t.toLowerCase()));
    if (caps.length >= 2 && (titled || caps.filter((t) => !TITLE_WORDS.has(t.toLowerCase())).length >= 2)) phrase = place[1];
  }
  const raw = phrase.split(/\s+/).filter(Boolean);
  const toks = raw.map((t) => t.replace(/['’]s\b/g, ''));
  let end = toks.length - 1;
  while (end >= 0 && !/^[\p{Lu}]/u.test(toks[end])) end--;
  if (end < 0) return null;
  // `Smith's son`, `Clinton's spokesman`: the possessor is not the speaker; the phrase's head is the noun after it.
  if (end < toks.length - 1 && /['’]s?$/.test(raw[end].replace(/[,.]$/, '')) && /^[\p{Ll}]/u.test(toks[end + 1])) return null;
  // `Trump aides`, `Florida officials`, `Democratic leaders`: a capitalised modifier before a lower-case head names nobody.
  if (end < toks.length - 1 && /^[\p{Ll}]/u.test(toks[end + 1]) && !AFTER_NAME.test(toks[end + 1]) && !/[,;:]$/.test(raw[end])) return null;
  let start = end;
  while (start > 0 && /^[\p{Lu}]/u.test(toks[start - 1]) && !NAME_STOP.has(toks[start - 1])) start--;
  let run = toks.slice(start, end + 1);
  while (run.length > 1 && TITLE_WORDS.has(run[0].toLowerCase())) run = run.slice(1);
  // `Hewlett-Packard CEO Carly Fiorina`, `Tesco Chairman Ian Reed`: a title inside the run; the name follows it.
  for (let k = run.length - 2; k >= 1; k--) {
    if (TITLE_HEADS.has(run[k].toLowerCase().replace(/\.$/, ''))) {
      run = run.slice(k + 1);
      break;
    }
  }
  if (run.length === 1 && TITLE_WORDS.has(run[0].toLowerCase()) && !/^[\p{Lu}]{2,}$/u.test(run[0])) return null;
  if (NAME_STOP.has(run[0]) && run.length === 1) return null;
  const name = run.join(' ').replace(/[,.;:]+$/, '');
  return name || null;
}

/** The outside-quotes view of the text: depth-0 quotations replaced by a placeholder, offsets kept. */
function outsideQuotes(masked: string, quotes: Quotation[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const q of quotes) {
    if (q.depth > 0 || q.start < pos || q.isTitle) continue;
    parts.push(masked.slice(pos, q.start), QMARK.repeat(q.end - q.start));
    pos = q.end;
  }
  parts.push(masked.slice(pos));
  return parts.join('');
}

interface Cue {
  attribution: Attribution;
  /** Offset nearest which the cue's content lies (for distance to quotes). */
  at: number;
  strong: boolean;
}

/** Words that open an introductory phrase before the subject (`Meanwhile,`, `On Thursday,`, `After the vote,`). */
const INTRO_WORDS = /^(?:meanwhile|however|still|but|and|yet|so|also|later|earlier|then|now|instead|separately|indeed|in|on|at|after|before|during|since|when|while|as|although|though|if|speaking|according|shortly|asked|last|this|despite|with|without|for|by|under|over|from|among|until|once|because)$/;

/** Subject of a sentence: the first noun phrase after any introductory phrase (`Meanwhile,`, `Speaking to reporters,`). */
function sentenceSubject(outside: string, ws: Word[], s: Sentence): Span | null {
  let i = 0;
  // `On Thursday, after a long silence, Warren …`: up to three introductory phrases in a row.
  for (let n = 0; n < 3 && i < ws.length && INTRO_WORDS.test(ws[i].lower); n++) {
    // Skip to the first comma that closes the introductory phrase.
    const from = i;
    for (let k = i + 1; k < ws.length && k < from + 25; k++) {
      if (/,/.test(outside.slice(ws[k - 1].end, ws[k].start))) {
        i = k;
        break;
      }
    }
    if (i === from) return null;
    // `On July 6, 2015, Sanders …`: a year closes the date, not the phrase.
    if (i < ws.length && /^\d{4}$/.test(ws[i].text) && ws[i + 1] && /,/.test(outside.slice(ws[i].end, ws[i + 1].start))) i++;
  }
  if (i >= ws.length || ws[i].start >= s.end) return null;
  // `Here in Columbia, Sanders …`, `Immediately after the attacks, Trump …`: an opening phrase the list above does not know.
  if (i === 0 && !isSpeakerPhrase(ws[0].text) && !DETERMINERS.has(ws[0].lower)) {
    for (let k = 1; k < ws.length && k < 12; k++) {
      const gap = outside.slice(ws[k - 1].end, ws[k].start);
      if (/[;:\uE000]/.test(gap)) break;
      if (/,/.test(gap)) {
        i = k;
        break;
      }
    }
  }
  let j = i;
  while (j + 1 < ws.length && joined(outside, ws[j], ws[j + 1]) && (isCap(ws[j + 1]) || TITLE_WORDS.has(ws[j + 1].lower) || /['’]s$/.test(ws[j].text)) && j - i < 8) j++;
  // `Florida developer Mel Sembler …`, `Democratic presidential candidate Sen. Ada Roe …`: a lower-case role between
  // capitalised words, then the name.
  if (isCap(ws[i]) && !/['’]s$/.test(ws[j].text)) {
    const named = throughRole(outside, ws, j);
    // `Lund supporters are …`, `Trump campaign officials said`: a capitalised modifier of a plural role is no name.
    j = named !== j ? named : groupHead(outside, ws, j);
  }
  const first = ws[i];
  if (!(isCap(first) || PRONOUNS.has(first.lower))) return null;
  if (DETERMINERS.has(first.lower) && j === i) {
    // `The piece used …`: a determiner and the nouns after it, up to the verb.
    while (j + 1 < ws.length && j - i < 3 && joined(outside, ws[j], ws[j + 1]) && /^[\p{Ll}]/u.test(ws[j + 1].text) &&
      !SPEECH_VERBS.has(ws[j + 1].lower) && !SKIPPABLE.has(ws[j + 1].lower) && !BOUNDARY_WORDS.has(ws[j + 1].lower) && !/ed$/.test(ws[j + 1].lower) &&
      !/^(?:in|of|for|at|from|with|on|to|by|about)$/.test(ws[j + 1].lower)) j++;
    if (j === i) return null;
  }
  const span = { start: first.start, end: ws[j].end };
  return isSpeakerPhrase(outside.slice(span.start, span.end)) ? span : null;
}

/** A lower-case word that can stand in a role before a name: a role noun or modifier, or an agent noun (`developer`). */
function roleWord(w: Word): boolean {
  return ROLE_NOUNS.has(w.lower) || ROLE_MODIFIERS.has(w.lower) || TITLE_WORDS.has(w.lower) ||
    (/^[\p{Ll}][\p{Ll}-]{3,}(?:er|or|ist|ian|ant|ent)$/u.test(w.text) && !SPEECH_VERBS.has(w.lower) && !SKIPPABLE.has(w.lower) && !BOUNDARY_WORDS.has(w.lower));
}

/**
 * From the capitalised run ending at word `j`, through one to three
 * lower-case role words (the last a role noun or agent noun) to a name of
 * two or more capitalised words right after them; returns the name's last
 * word, or `j` when the words after the run are not a role and a name.
 */
function throughRole(outside: string, ws: Word[], j: number): number {
  let k = j + 1;
  while (k < ws.length && k - j <= 3 && /^[\p{Ll}]/u.test(ws[k].text) && joined(outside, ws[k - 1], ws[k]) && roleWord(ws[k])) k++;
  if (k === j + 1 || k >= ws.length || !joined(outside, ws[k - 1], ws[k]) || !isCap(ws[k])) return j;
  const last = ws[k - 1];
  if (!ROLE_NOUNS.has(last.lower) && !TITLE_WORDS.has(last.lower) && ROLE_MODIFIERS.has(last.lower)) return j;
  let e = k;
  while (e + 1 < ws.length && e - k < 4 && joined(outside, ws[e], ws[e + 1]) && isCap(ws[e + 1])) e++;
  const name = ws.slice(k, e + 1).filter((w) => !TITLE_WORDS.has(w.lower));
  return name.length >= 2 ? e : j;
}

/** A plural role noun (`supporters`, `officials`, `aides`, `lawmakers`). */
function pluralRole(w: Word): boolean {
  if (w.lower.charCodeAt(w.lower.length - 1) !== 115 || !/^[\p{Ll}][\p{Ll}-]{2,}s$/u.test(w.text)) return false;
  const one = w.lower.slice(0, -1);
  return ROLE_NOUNS.has(one) || /(?:er|or|ist|ian|ant|ent)$/.test(one) && !SPEECH_VERBS.has(w.lower);
}

/** From the capitalised run ending at `j`, through a plural role (and one role modifier before it); else `j`. */
function groupHead(outside: string, ws: Word[], j: number): number {
  const a = ws[j + 1];
  if (!a || !joined(outside, ws[j], a)) return j;
  if (pluralRole(a)) return j + 1;
  const b = ws[j + 2];
  return ROLE_MODIFIERS.has(a.lower) && b && joined(outside, a, b) && pluralRole(b) ? j + 2 : j;
}

function makeAttribution(text: string, cue: Span, verb: string, src: Span, s: Sentence): Attribution {
  const sourceText = text.slice(src.start, src.end);
  const kind = classifySourcePhrase(sourceText);
  return {
    cue,
    verb,
    source: src,
    sourceText,
    resolved: kind === 'pronoun' || kind === 'descriptor' ? null : nameInPhrase(sourceText),
    sourceKind: kind,
    sentence: s.index,
    paragraph: s.paragraph,
  };
}

/**
 * `Lee said, adding that …`, `she wrote, recalling …`: a participle after a
 * comma that follows a finite cue of the same clause hangs off that cue's
 * speaker, not off the sentence's first noun phrase (which may be an opening
 * phrase or the object of an earlier verb). Null when no such cue precedes.
 */
function participleOwner(outside: string, before: Cue[], w: Word): Span | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i].attribution;
    if (a.cue.end > w.start) continue;
    const between = outside.slice(a.cue.end, w.start);
    if (!/,\s*$/.test(between) || between.length > 120 || /[;:\uE000]/.test(between)) return null;
    if (a.sourceKind !== 'name' && a.sourceKind !== 'pronoun' && a.sourceKind !== 'descriptor') return null;
    return a.source;
  }
  return null;
}

/**
 * Can the verb at word `k` take its subject after it (`"…," said Lee`, `But,
 * said Lee, …`, `Said Lee: …`)? Only when it opens the sentence or follows
 * punctuation or a quotation (adverbs such as `also` may stand between).
 * Otherwise the noun phrase after the verb is its object (`decried the
 * issue`, `to tell Garland`, `stressed the state's importance`).
 */
function inverts(outside: string, ws: Word[], k: number): boolean {
  let i = k;
  while (i > 0 && SKIPPABLE.has(ws[i - 1].lower) && joined(outside, ws[i - 1], ws[i])) i--;
  if (i === 0) return true;
  return /[,;:"“”'‘’—–(\uE000-]/.test(outside.slice(ws[i - 1].end, ws[i].start));
}

/** Finds the attribution cues of one sentence. */
function sentenceCues(text: string, outside: string, s: Sentence, ws: Word[]): Cue[] {
  const out: Cue[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    // `the website quoted Ms. Doe as saying "…"`: the person quoted speaks, not the one quoting.
    if ((w.lower === 'quoted' || w.lower === 'quotes' || w.lower === 'quoting') && !isCap(w)) {
      let m = k + 2;
      while (m < ws.length && m - k < 10 && ws[m].lower !== 'as') m++;
      if (m < ws.length && ws[m].lower === 'as' && /^(?:saying|having|telling|stating|writing|describing|calling)$/.test(ws[m + 1]?.lower ?? '')) {
        const srcSpan = { start: ws[k + 1].start, end: ws[m - 1].end };
        if (isSpeakerPhrase(text.slice(srcSpan.start, srcSpan.end))) {
          out.push({ attribution: makeAttribution(text, { start: w.start, end: ws[m + 1].end }, 'quote', srcSpan, s), at: ws[m + 1].start, strong: true });
          k = m + 1;
          continue;
        }
      }
    }
    // `in the words of a senior adviser, "…"`
    if (w.lower === 'words' && k >= 2 && ws[k - 1].lower === 'the' && ws[k - 2].lower === 'in' && ws[k + 1]?.lower === 'of') {
      const src = npRight(outside, ws, k + 1);
      if (src && isSpeakerPhrase(text.slice(src.start, src.end))) {
        out.push({ attribution: makeAttribution(text, { start: ws[k - 2].start, end: ws[k + 1].end }, 'in the words of', src, s), at: w.start, strong: true });
      }
      continue;
    }
    // according to X
    if (w.lower === 'according' && ws[k + 1]?.lower === 'to') {
      const src = npRight(outside, ws, k + 1) ?? (ws[k + 2] ? { start: ws[k + 2].start, end: ws[Math.min(ws.length - 1, k + 5)].end } : null);
      if (src) {
        const r = npRight(outside, ws, k + 1);
        const span = r ?? src;
        out.push({ attribution: makeAttribution(text, { start: w.start, end: ws[k + 1].end }, 'according to', span, s), at: w.start, strong: true });
      }
      continue;
    }
    // `he went on.`, `she pointed out:`, `Lee chimed in, "…"`: a verb and its particle ending the clause.
    const particle = PHRASAL_CUES[w.lower];
    const next = ws[k + 1];
    const phrasal = particle !== undefined && next !== undefined && next.lower === particle && joined(outside, w, next) &&
      /^\s*(?:[,.:;!?…—–]|\uE000|$)/u.test(outside.slice(next.end, next.end + 3));
    const finite = phrasal || SPEECH_VERBS.has(w.lower) || BASE_FORMS.has(w.lower);
    const participle = !finite && SPEECH_PARTICIPLES.has(w.lower);
    if (!finite && !participle) continue;
    // A capitalised form inside a sentence is a name, not a verb (`the United States`, `Chief Says`).
    if (k > 0 && isCap(w)) continue;
    // After a relative pronoun (`an employee, who asked not to be named, said`) a cue counts only next to a quotation.
    const relative = k > 0 && /^(?:who|that|which)$/.test(ws[k - 1].lower);
    const strong = !relative && (phrasal || STRONG_CUES.has(w.lower) || (participle && /^(?:saying|telling|adding|stating|writing|noting|arguing|insisting|claiming|declaring|explaining|warning|asking|cautioning)$/.test(w.lower)));
    const cue = { start: w.start, end: phrasal ? next.end : w.end };
    const lemma = phrasal ? `${cueLemma(w.lower)} ${particle}` : cueLemma(w.lower);
    let src: Span | null = null;
    if (finite) {
      src = npLeft(outside, ws, k, s.start);
      if (!src || !/[\p{Lu}]|^(?:he|she|they|i|we|it)$/iu.test(text.slice(src.start, src.end)) && classifySourcePhrase(text.slice(src.start, src.end)) !== 'descriptor') {
        const right = inverts(outside, ws, k) ? npRight(outside, ws, phrasal ? k + 1 : k) : null;
        if (right) src = right;
        else if (src && classifySourcePhrase(text.slice(src.start, src.end)) === 'other') src = null;
      }
    } else {
      // Participles hang off the subject: an adjacent name (`Trump announcing`) or the sentence subject.
      const left = k > 0 && joined(outside, ws[k - 1], w) && isCap(ws[k - 1]) && !TIME_NOUNS.test(ws[k - 1].lower) ? npLeft(outside, ws, k, s.start) : null;
      src = left ?? participleOwner(outside, out, w) ?? sentenceSubject(outside, ws, s);
    }
    // A source is a noun phrase: a name, a pronoun or a descriptor (not `Wednesday`, `Even`, `his work and`).
    if (src && !isSpeakerPhrase(text.slice(src.start, src.end))) {
      const cut = text.slice(src.start, src.end);
      const right = finite && inverts(outside, ws, k) ? npRight(outside, ws, phrasal ? k + 1 : k) : null;
      src = right && right.start > w.start && isSpeakerPhrase(text.slice(right.start, right.end)) ? right : null;
      // `X stepped up his attacks and said`, `X went on to say`, `X had this to say`: the clause's subject speaks.
      if (!src && /\b(?:and|but|to|then)$/i.test(cut)) {
        const subj = sentenceSubject(outside, ws, s);
        if (subj && subj.end <= w.start) src = subj;
      }
    } else if (!src && finite && k > 0 && /^(?:and|but|then)$/.test(ws[k - 1].lower) && joined(outside, ws[k - 1], w)) {
      // The same when the words before `and` are no noun phrase at all (`… criticized the policy and said`).
      const subj = sentenceSubject(outside, ws, s);
      if (subj && subj.end <= ws[k - 1].start) src = subj;
    }
    // The name the phrase gives must itself be a name (`Nevertheless Trump` is, `Hours` is not).
    if (src) {
      const name = nameInPhrase(text.slice(src.start, src.end));
      if (name && !/\s/.test(name) && !isSpeakerPhrase(name)) src = null;
    }
    if (!src) continue;
    const srcText = text.slice(src.start, src.end);
    // Relative pronouns are not sources: `an employee, who asked not to be named, said` has one source.
    if (!/[\p{L}]/u.test(srcText) || /^(?:who|whom|which|that|whose)$/i.test(srcText.trim())) continue;
    // `said X` after a quotation: the content is before; otherwise after.
    out.push({ attribution: makeAttribution(text, cue, lemma, src, s), at: w.start, strong });
  }
  return out;
}

/** The sentence-local attribution work: its subject and cues, in offsets from the sentence start. */
interface SentenceWork {
  subj: Span | null;
  cues: Cue[];
  /** Surnames the sentence writes after a given name or a title, with the full name (`fullNameSurnames`). */
  fullNames: readonly (readonly [string, string])[];
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}


/** A sentence's memoised work, with the inputs it was computed from. */
interface SentenceSlot {
  o: string;
  t: string;
  rel: SentenceWork;
}

/**
 * Subject and cues of one sentence. They depend on the sentence's own text
 * alone (with quotations blanked), so they are computed sentence-relative and
 * memoised (`cache.ts`): a keystroke re-reads only the sentences it changed.
 * Returns fresh objects in document offsets; the cached ones are never mutated.
 */
function sentenceWork(doc: DocumentModel, outside: string, s: Sentence): SentenceWork {
  const o = outside.slice(s.start, s.end);
  const t = doc.text.slice(s.start, s.end);
  // One slot per sentence of the paragraph, under the paragraph's canonical text (cheap to look up); a slot is reused
  // only when the sentence's text and its quotation blanking are the same as when it was computed.
  const slots = memo('attribution.sentences', doc.paragraphTexts[s.paragraph], (): SentenceSlot[] => []);
  const k = s.index - doc.paragraphs[s.paragraph].sentences[0].index;
  let slot = slots[k];
  if (!slot || slot.o !== o || slot.t !== t) {
    const ro = detach(o);
    const rt = detach(t);
    const s0: Sentence = { start: 0, end: ro.length, index: 0, paragraph: 0 };
    const ws = words(ro, 0, ro.length);
    slot = slots[k] = { o: ro, t: rt, rel: { subj: sentenceSubject(ro, ws, s0), cues: sentenceCues(rt, ro, s0, ws), fullNames: fullNameSurnames(rt) } };
  }
  const rel = slot.rel;
  return {
    fullNames: rel.fullNames,
    subj: rel.subj && shift(rel.subj, s.start),
    cues: rel.cues.map((c) => ({
      attribution: {
        ...c.attribution,
        cue: shift(c.attribution.cue, s.start),
        source: shift(c.attribution.source, s.start),
        sentence: s.index,
        paragraph: s.paragraph,
      },
      at: c.at + s.start,
      strong: c.strong,
    })),
  };
}

/**
 * What the sentence pass of one version did with one sentence, kept with
 * the document model (in an incremental analysis only) so that the next
 * version resumes where its edit begins. The pass reads, for a sentence,
 * its text, the outside-quotes text up to `LOOKS_PAST` characters past its
 * end (`Blake said he`), whether a quotation overlaps it, and the pronoun
 * history, which depends only on the sentences before. So while the
 * sentences of the new version are the previous one's (the edited model
 * shares the ones before the edit) with the same inputs, their cues and
 * subjects are the previous ones (objects shared: nothing changes an
 * attribution after this pass), and the history resumes from the
 * checkpoint `after` of the last of them.
 */
interface SentenceTrace {
  text: string;
  outside: string;
  hasQuote: boolean;
  cues: Cue[];
  subj: Span | null;
  /** The pronoun history's `sizes()` after this sentence. */
  after: Sizes;
}

interface Trace {
  profiles: ProfileLookup | undefined;
  sentences: SentenceTrace[];
  /** The history at the end of the whole pass (it only grows: any checkpoint is a prefix). */
  history: PersonHistory;
}

const traces = new WeakMap<DocumentModel, Trace>();

/** How many times a resumed pass compares its history with the previous version's before it stops trying. */
const MAX_TRIES = 16;

/** How far past a sentence's end its cues look (`/^\s+(?:that\s+)?(he|she)\b/` on 12 characters after a cue). */
const LOOKS_PAST = 12;

function outsideOf(outside: string, s: Sentence): string {
  return outside.slice(s.start, s.end + LOOKS_PAST);
}

/**
 * The subject of the speech verb wins over a person named inside what they
 * said: in `Clinton said FBI Director Comey told her "…"` the nearest cue is
 * `told` (Comey), but its source stands inside the complement of `said`, and
 * the reporter quotes Clinton. Returns the earlier cue when its source comes
 * before its verb, the later cue's source starts after that verb, and no
 * clause boundary (`;`, `, and`, `, but`, a quotation) stands between them.
 */
function mainClauseCue(outside: string, cues: Cue[], best: Cue, q: Quotation): Cue {
  const b = best.attribution;
  // Only a cue before the quote with its subject before the verb (`X told`) can sit inside another cue's complement.
  if (best.at >= q.start || b.source.start >= b.cue.start) return best;
  for (const c of cues) {
    if (c === best || c.at >= best.at) break;
    const a = c.attribution;
    if (!c.strong || a.source.end > a.cue.start || a.cue.end > b.source.start) continue;
    if (a.sourceKind !== 'name' && a.sourceKind !== 'pronoun' && a.sourceKind !== 'descriptor') continue;
    const between = outside.slice(a.cue.end, b.source.start);
    // A new clause: `;`, `, and`, a quotation, or a comma right before the later subject (`…would work, Jones said`).
    if (between.length > 160 || /[;:\uE000]|,\s+(?:and|but|while|whereas|although|though)\s|,\s*$/.test(between)) continue;
    // `said that`, `told reporters`, `said Tuesday`: a complement, not a new clause.
    return c;
  }
  return best;
}

/** Nearest cue to a quotation among cues sorted by position (cues never fall inside the quotation). */
function nearestCue(cues: Cue[], q: Quotation): Cue | null {
  if (cues.length === 0) return null;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].at < q.start) lo = mid + 1;
    else hi = mid;
  }
  const after = cues[lo];
  const before = lo > 0 ? cues[lo - 1] : undefined;
  if (!before) return after ?? null;
  if (!after) return before;
  const dAfter = Math.max(0, after.at - q.end);
  const dBefore = q.start - before.at;
  return dAfter <= dBefore ? after : before;
}

/**
 * Finds every attribution relation and gives each quotation its speaker and
 * status (mutating the quotations). Returns the attributions in text order.
 * Every pass is linear in the size of the draft: quotations and cues are
 * indexed by paragraph and sentence, never searched from the top.
 */
export function attributeQuotations(doc: DocumentModel, quotes: Quotation[], profiles?: ProfileLookup, prevDoc?: DocumentModel): Attribution[] {
  const outside = outsideQuotes(doc.masked, quotes);
  const outer = quotes.filter((q) => q.depth === 0);
  const attributions: Attribution[] = [];
  const cuesBySentence: Cue[][] = [];
  const subjectBySentence: (Span | null)[] = [];
  // In an incremental analysis the sentence pass resumes where the edit begins (see `SentenceTrace`).
  const trace: Trace | null = cacheIsActive() ? { profiles, sentences: [], history: new PersonHistory(profiles) } : null;
  const prev = prevDoc && traces.get(prevDoc);
  let qi = 0;
  let first = 0;
  if (trace && prev && prev.profiles === profiles) {
    for (; first < doc.sentences.length && first < prev.sentences.length; first++) {
      const s = doc.sentences[first];
      const st = prev.sentences[first];
      // The same sentence object (the edited model shares those before the edit), with the same inputs.
      if (s !== prevDoc.sentences[first]) break;
      while (qi < outer.length && outer[qi].end <= s.start) qi++;
      const hasQuote = qi < outer.length && outer[qi].start < s.end;
      if (st.hasQuote !== hasQuote || st.text !== doc.text.slice(s.start, s.end) || st.outside !== outsideOf(outside, s)) break;
      for (const c of st.cues) if (c.strong || hasQuote) attributions.push(c.attribution);
      cuesBySentence[s.index] = st.cues;
      subjectBySentence[s.index] = st.subj;
      trace.sentences.push(st);
    }
    trace.history = first > 0 ? prev.history.prefix(prev.sentences[first - 1].after) : trace.history;
  }
  const history = trace?.history ?? new PersonHistory(profiles);
  // After the edit: once the history has grown as the previous version's did (`grewLike`), the sentences that follow
  // with the same inputs give what they gave then, moved by `conv.by`; the history takes on that growth at the end.
  const resumable = trace !== null && prev !== undefined && prevDoc !== undefined && prev.profiles === profiles;
  const from: Sizes = resumable && first > 0 ? prev.sentences[first - 1].after : [0, 0, 0, 0];
  const ds = resumable ? doc.sentences.length - prev.sentences.length : 0;
  const oldBefore = (j: number): Sizes => (j > 0 ? prev!.sentences[j - 1].after : [0, 0, 0, 0]);
  let conv: { at: Sizes; by: number } | null = null;
  let tries = 0;
  qi = 0;
  for (let i = first; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    while (qi < outer.length && outer[qi].end <= s.start) qi++;
    const hasQuote = qi < outer.length && outer[qi].start < s.end;
    const j = i - ds;
    if (resumable && !conv && tries < MAX_TRIES && j >= 0 && j < prev.sentences.length && history.sizes()[0] === oldBefore(j)[0]) {
      tries++;
      if (history.grewLike(prev.history, from, oldBefore(j))) conv = { at: oldBefore(j), by: s.start - prevDoc.sentences[j].start };
    }
    if (conv) {
      const st = prev!.sentences[j];
      const by = s.start - prevDoc!.sentences[j].start;
      if (by === conv.by && st.hasQuote === hasQuote && st.text === doc.text.slice(s.start, s.end) && st.outside === outsideOf(outside, s)) {
        const cues = st.cues.map((c) => ({ attribution: { ...c.attribution, cue: shift(c.attribution.cue, by), source: shift(c.attribution.source, by), sentence: s.index, paragraph: s.paragraph }, at: c.at + by, strong: c.strong }));
        const subj = st.subj && shift(st.subj, by);
        for (const c of cues) if (c.strong || hasQuote) attributions.push(c.attribution);
        cuesBySentence[s.index] = cues;
        subjectBySentence[s.index] = subj;
        trace!.sentences.push({ text: st.text, outside: st.outside, hasQuote, cues, subj, after: st.after });
        continue;
      }
      // Inputs differ from here on: the history takes on the growth so far and the pass goes on as usual.
      history.growLike(prev!.history, conv.at, oldBefore(j), conv.by);
      conv = null;
    }
    const { subj, cues, fullNames } = sentenceWork(doc, outside, s);
    history.addFullNames(fullNames);
    for (const c of cues) {
      const a = c.attribution;
      if (a.sourceKind === 'pronoun') a.resolved = history.resolve(a.sourceText, a.source.start);
      else if (a.sourceKind === 'name' && a.resolved) {
        history.add(a.resolved, a.source.start, a.sourceText);
        // `Blake said he would resign`: the draft calls Blake `he`.
        const after = /^\s+(?:that\s+)?(he|she)\b/i.exec(outside.slice(a.cue.end, a.cue.end + 12));
        if (after && a.source.end <= a.cue.start) history.note(a.resolved, after[1]);
      }
      // Ambiguous verbs (`called`, `put`, `shared`) count as attribution only next to a quotation.
      if (c.strong || hasQuote) attributions.push(a);
    }
    cuesBySentence[s.index] = cues;
    subjectBySentence[s.index] = subj;
    if (subj) {
      const phrase = doc.text.slice(subj.start, subj.end);
      const name = nameInPhrase(phrase);
      if (name && /\s|^[\p{Lu}][\p{Ll}]+$/u.test(name)) history.add(name, subj.start, phrase);
    }
    // `A spokeswoman for the ministry, Anna Kowalski, declined …`: the name in a descriptor apposition is the subject.
    const appos = DESCRIPTOR_APPOSITION.exec(outside.slice(s.start, Math.min(s.end, s.start + 200)));
    if (appos) history.add(appos[2], s.start + appos.index + appos[0].indexOf(appos[2], appos[1].length), appos[1] + ' ' + appos[2]);
    // Kept while the sentence stays unchanged, through later versions: copies, not slices of this version (see `detach`).
    trace?.sentences.push({ text: detach(doc.text.slice(s.start, s.end)), outside: detach(outsideOf(outside, s)), hasQuote, cues, subj, after: history.sizes() });
  }
  if (conv) history.growLike(prev!.history, conv.at, prev!.sentences[prev!.sentences.length - 1].after, conv.by);
  if (trace) traces.set(doc, trace);

  const byParagraph = new Map<number, Quotation[]>();
  for (const q of outer) {
    const list = byParagraph.get(q.paragraph);
    if (list) list.push(q);
    else byParagraph.set(q.paragraph, [q]);
  }

  const assign = (q: Quotation, a: Attribution, how: string): void => {
    q.status = 'attributed';
    q.speaker = a.resolved ?? a.sourceText;
    q.speakerSpan = a.source;
    q.cue = a.cue;
    q.how = how;
  };
  const copy = (q: Quotation, from: Quotation, status: Quotation['status'], how: string): void => {
    q.status = status;
    q.speaker = from.speaker;
    q.speakerSpan = from.speakerSpan;
    q.cue = from.cue;
    q.how = how;
  };
  const speechNoun: (boolean | undefined)[] = [];
  const hasSpeechNoun = (s: Sentence): boolean => (speechNoun[s.index] ??= SPEECH_NOUNS.test(outside.slice(s.start, s.end)));

  for (const q of outer) {
    // Transcript copy: "WALLACE: If I may, sir …"
    const label = /^\s*([\p{Lu}][\p{Lu}.' -]{1,30}):\s/u.exec(doc.masked.slice(q.contentStart, Math.min(q.contentEnd, q.contentStart + 40)));
    if (label) {
      const at = q.contentStart + label.index + label[0].indexOf(label[1]);
      const name = label[1].trim();
      q.status = 'attributed';
      q.speaker = name;
      q.speakerSpan = { start: at, end: at + name.length };
      q.cue = { start: at + name.length, end: at + name.length + 1 };
      q.how = 'transcript';
      continue;
    }
    // Epigraph style: “…” ― Sonya Herridge
    // Tweets: “…” –@handle.
    const dash = /^[\s\u00a0]*[―—–-]{1,2}[\s\u00a0]*(@[\w]{1,30}|[\p{Lu}][\p{L}\p{M}.'’-]*(?:[\s\u00a0]+[\p{Lu}][\p{L}\p{M}.'’-]*){0,4})/u.exec(doc.masked.slice(q.end, q.end + 80));
    if (dash) {
      const at = q.end + dash[0].indexOf(dash[1]);
      q.status = 'attributed';
      q.speaker = dash[1];
      q.speakerSpan = { start: at, end: at + dash[1].length };
      q.cue = { start: q.end, end: at };
      q.how = 'dash';
      continue;
    }
    // 1. A cue in the quotation's own sentence(s), nearest first.
    const first = sentenceAt(doc, q.start);
    const sents: Sentence[] = [];
    for (let k = first; k >= 0 && k < doc.sentences.length && doc.sentences[k].start < q.end; k++) sents.push(doc.sentences[k]);
    const cues = sents.length === 1 ? cuesBySentence[sents[0].index] : sents.flatMap((s) => cuesBySentence[s.index]);
    let best = nearestCue(cues, q);
    if (best) best = mainClauseCue(outside, cues, best, q);
    // `"Why?" Vitter demanded.`: the splitter ends a sentence after `?"`; the next one opens with the cue.
    const last = sents[sents.length - 1];
    if (!best && last && /[?!…]["”’']+$/.test(doc.masked.slice(q.end - 3, q.end)) && last.end <= q.end + 1) {
      const next = doc.sentences[last.index + 1];
      if (next && next.paragraph === q.paragraph) {
        best = cuesBySentence[next.index].find((x) => x.attribution.source.start === next.start || (x.attribution.cue.start - next.start < 50 && x.attribution.source.start < x.attribution.cue.start)) ?? null;
      }
    }
    if (best) {
      assign(q, best.attribution, best.at >= q.end ? 'cue-after' : 'cue-before');
      continue;
    }
    // 2. A colon introduction: `X told reporters:` at the end of the previous sentence or paragraph.
    const para = doc.paragraphs[q.paragraph];
    // (In the same paragraph: a colon ending the paragraph before is `colonBefore`.)
    const colonHere = q.start > para.start && /:\s*$/.test(doc.masked.slice(Math.max(para.start, q.start - 3), q.start));
    const prevPara = q.paragraph > 0 ? doc.paragraphs[q.paragraph - 1] : undefined;
    const colonBefore = !colonHere && q.start === para.start && prevPara !== undefined && /:\s*$/.test(doc.masked.slice(prevPara.end - 2, prevPara.end));
    if (colonHere || colonBefore) {
      const idx = colonHere ? sentenceAt(doc, q.start - 1 - (/\s/.test(doc.masked[q.start - 1]) ? 1 : 0)) : -1;
      const intro = colonHere ? (idx >= 0 ? doc.sentences[idx] : undefined) : prevPara!.sentences[prevPara!.sentences.length - 1];
      if (intro) {
        const introCues = cuesBySentence[intro.index];
        if (introCues.length) {
          assign(q, introCues[introCues.length - 1].attribution, 'colon');
          continue;
        }
        const subj = subjectBySentence[intro.index];
        if (subj) {
          const a = makeAttribution(doc.text, subj, 'colon', subj, intro);
          if (a.sourceKind === 'pronoun') a.resolved = history.resolve(a.sourceText, subj.start);
          assign(q, a, 'colon');
          q.cue = null;
          continue;
        }
      }
    }
    // 3. A partial quote in a sentence with a speech noun: the sentence's subject speaks.
    //    Also a partial quote (a fragment inside the sentence) after the subject: `Cruz questioned Trump's "values"`.
    for (const s of sents) {
      const subj = subjectBySentence[s.index];
      if (!subj || !(hasSpeechNoun(s) || (q.partial && subj.end <= q.start))) continue;
      const a = makeAttribution(doc.text, subj, 'subject', subj, s);
      if (a.sourceKind === 'name' || a.sourceKind === 'pronoun' || a.sourceKind === 'descriptor') {
        if (a.sourceKind === 'pronoun') a.resolved = history.resolve(a.sourceText, subj.start);
        assign(q, a, 'partial');
        q.cue = null;
        break;
      }
    }
  }

  // 4. Paragraph scope: another attributed quote or a cue elsewhere in the paragraph.
  for (const [pi, list] of byParagraph) {
    const mate = list.find((o) => o.status === 'attributed');
    let paraCue: Cue | undefined;
    for (const s of doc.paragraphs[pi].sentences) {
      paraCue = cuesBySentence[s.index].find((c) => c.strong || c.attribution.sourceKind !== 'other');
      if (paraCue) break;
    }
    for (const q of list) {
      if (q.status === 'attributed') continue;
      if (mate) copy(q, mate, 'attributed', 'paragraph');
      else if (paraCue) assign(q, paraCue.attribution, 'paragraph');
    }
  }

  // 5. Multi-paragraph quotes: the chain shares the speaker of any attributed member.
  for (const head of outer) {
    if (!head.runsOn || head.isContinuation) continue;
    const chain = [head];
    let cur = head;
    while (cur.runsOn) {
      const next = byParagraph.get(cur.paragraph + 1)?.[0];
      if (!next || !next.isContinuation) break;
      chain.push(next);
      cur = next;
    }
    const owner = chain.find((c) => c.status === 'attributed');
    if (!owner) continue;
    for (const c of chain) if (c.status !== 'attributed') copy(c, owner, 'continued', 'continued');
  }

  // 6. A paragraph of nothing but one quotation, right after the same speaker's attributed quote
  //    or after a paragraph that ends with a person's attributed statement (`Smith said the plan would fail.`).
  for (const [pi, list] of byParagraph) {
    if (list.length !== 1 || pi === 0) continue;
    const q = list[0];
    if (q.status !== 'unattributed') continue;
    const para = doc.paragraphs[pi];
    const strip = (a: number, b: number): string => doc.masked.slice(a, b).replace(/["“”‘’']/g, '').trim();
    if (strip(para.start, para.end) !== strip(q.contentStart, q.contentEnd)) continue;
    const prevPara = doc.paragraphs[pi - 1];
    const prev = (byParagraph.get(pi - 1) ?? []).filter((o) => o.status !== 'unattributed' && o.speaker);
    const lastQuote = prev[prev.length - 1];
    if (lastQuote && lastQuote.end >= prevPara.end - 60) {
      copy(q, lastQuote, 'attributed', 'previous-paragraph');
      continue;
    }
    const lastSentence = prevPara.sentences[prevPara.sentences.length - 1];
    const personCue = lastSentence
      ? cuesBySentence[lastSentence.index].filter((c) => c.attribution.sourceKind === 'name' || (c.attribution.sourceKind === 'pronoun' && c.attribution.resolved)).pop()
      : undefined;
    if (personCue && !prevPara.isHeading) assign(q, personCue.attribution, 'previous-paragraph');
  }

  // 7. A paragraph of nothing but one quotation between two quotations of the same speaker: the one before it in
  //    the last two paragraphs, and the first of the paragraph after it (`"…," Lee said. / Lee sees a way out. /
  //    "…" / "…," Lee added.`). Reported as inferred, like step 6.
  for (const [pi, list] of byParagraph) {
    if (list.length !== 1 || pi < 1) continue;
    const q = list[0];
    if (q.status !== 'unattributed') continue;
    const para = doc.paragraphs[pi];
    const strip = (a: number, b: number): string => doc.masked.slice(a, b).replace(/["“”‘’']/g, '').trim();
    if (strip(para.start, para.end) !== strip(q.contentStart, q.contentEnd)) continue;
    const next = byParagraph.get(pi + 1)?.[0];
    if (!next || next.status !== 'attributed' || !next.speaker || !next.how?.startsWith('cue')) continue;
    let before: Quotation | undefined;
    for (let b = pi - 1; b >= Math.max(0, pi - 2) && !before; b--) {
      if (doc.paragraphs[b].isHeading) break;
      before = (byParagraph.get(b) ?? []).filter((o) => o.status === 'attributed' && o.speaker).pop();
    }
    if (before && before.speaker === next.speaker) copy(q, before, 'attributed', 'previous-paragraph');
  }
  return attributions;
}

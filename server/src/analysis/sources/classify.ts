/**
 * Classifies the source phrase of an attribution: a descriptor without a
 * name (`a senior official`, `two people briefed on the talks`), a named
 * person (`Witkoff`, `Chief Financial Officer Wen Zhao`), an organisation
 * speaking officially (`the State Department`, `the city's budget office`),
 * a document (`court filings`, `a copy reviewed by the news agency`) or a
 * pronoun (`he`).
 *
 * The phrase is read as a noun phrase: partitives (`one of`, `a number of`)
 * are stripped, the main noun phrase runs up to the first post-modifier
 * (`at`, `familiar`, `who`, a comma), and its last word is the head. The
 * head decides, through the lexicons in `lexicon/sources.ts`: `Trump aides`
 * is a descriptor (head `aides`), `Officer Wen Zhao` a name (head `Zhao`).
 */
import {
  ALWAYS_ANONYMOUS_HEADS,
  ANONYMITY_QUALIFIERS,
  DESCRIPTOR_HEADS,
  DOCUMENT_HEADS,
  GROUP_HEADS,
  INDEFINITE_DETERMINERS,
  NON_PERSON_SOURCE_MODIFIERS,
  ORGANIZATION_HEADS,
  PARTITIVE,
  POST_MODIFIER_STARTS,
  SOURCE_PRONOUNS,
  WEAK_DESCRIPTOR_HEADS,
} from '../lexicon/sources';
import { copyOf } from '../cache';
import type { Attribution, Span } from '../types';

export type SourceKind = Attribution['sourceKind'];

/** What the classifier read in a source phrase. Offsets are relative to the phrase. */
export interface SourcePhraseInfo {
  kind: SourceKind;
  /** Head word, lower case, possessive stripped (`aides`, `zhao`, `department`). */
  head: string;
  /** The main noun phrase (partitive included, post-modifiers excluded), relative span. */
  main: Span;
  /** The descriptor as a reader would quote it: main phrase plus post-modifiers, up to a relative clause or apposition. */
  descriptor: Span;
  /** An anonymity qualifier after the head (`familiar with the matter`), relative span. */
  qualifier: Span | null;
  /** Definite (`the official`, `these aides`): usually a back-reference to an earlier mention. */
  definite: boolean;
  /** True when the descriptor stands for someone the draft does not name, by itself (no antecedent needed). */
  unnamed: boolean;
  /** The determiner or quantifier that opens the phrase, lower case (`a`, `some`, `many` in `many of her aides`), or ''. */
  det: string;
  /** True when a possessor opens the noun phrase (`her advisers`, `the senator's allies`, `Clinton's critics`). */
  possessed: boolean;
  /** True for a partitive (`one of the aides`, `many of her aides`). */
  partitive: boolean;
}

interface Tok extends Span {
  text: string;
  lower: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*|[,()—–;:]/gu;
/** Words whose final period belongs to them (titles, initials, corporate suffixes). */
const KEEPS_PERIOD = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St|Lt|Col|Capt|Sgt|Prof|Rev|Inc|Corp|Co|Ltd|No|\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u;
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|night|weekend|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d{1,4}|coming|past|recent)$/;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NAME_TITLES = /^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|lt|col|capt|sgt|prof|rev|president|senator|governor|mayor|judge|justice|chancellor|minister|secretary|ambassador|general|admiral|sir|dame|lord|lady)\.?$/i;
const NOT_NAME_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'no', 'one', 'two', 'several', 'some', 'many', 'other', 'another', 'senior',
  'top', 'former', 'white', 'house', 'state', 'department', 'democratic', 'republican',
]);

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) {
    let text = m[0].replace(/[-'’]+$/u, (x) => (/^['’]$/u.test(x) ? x : ''));
    if (text.endsWith('.') && !KEEPS_PERIOD.test(text)) text = text.replace(/\.+$/, '');
    out.push({ start: m.index, end: m.index + text.length, text, lower: text.toLowerCase() });
  }
  return out;
}

function stripPossessive(w: string): string {
  return w.replace(/['’]s?$/u, '');
}

function isCap(t: Tok): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function isWord(t: Tok): boolean {
  return /^[\p{L}\p{N}]/u.test(t.text);
}

function inAnyLexicon(lower: string): boolean {
  const w = stripPossessive(lower);
  return DESCRIPTOR_HEADS.has(w) || ORGANIZATION_HEADS.has(w) || DOCUMENT_HEADS.has(w);
}

/** True when `toks` starts with what looks like a person's name (`John Smith`, `Mr. Obama`, `Wen Zhao`). */
function personNameAtStart(toks: Tok[]): boolean {
  if (toks.length === 0 || !isWord(toks[0])) return false;
  if (NAME_TITLES.test(toks[0].text) && toks.length > 1 && isCap(toks[1])) return true;
  let n = 0;
  while (n < toks.length && isWord(toks[n]) && isCap(toks[n]) && !NOT_NAME_WORDS.has(toks[n].lower) && !inAnyLexicon(toks[n].lower)) n++;
  return n >= 2 && (n === toks.length || !isWord(toks[n]) || !isCap(toks[n]));
}

/** True when `s` starts with what looks like a person's name (`Jane Doe`, `Representatives Jane Doe and …`). */
export function startsWithPersonName(s: string): boolean {
  return personNameAtStart(tokenize(s));
}

const EMPTY: SourcePhraseInfo = {
  kind: 'other',
  head: '',
  main: { start: 0, end: 0 },
  descriptor: { start: 0, end: 0 },
  qualifier: null,
  definite: false,
  unnamed: false,
  det: '',
  possessed: false,
  partitive: false,
};

/**
 * Recent readings by phrase: the engine, the fallback pass and the rule read the same phrases. Bounded. Keyed and
 * read on a copy of the phrase: a phrase sliced from a draft would otherwise keep that version of the draft alive
 * for as long as the entry lives (it outlives the analysis: the server's later versions, the CLI's later files).
 */
const memo = new Map<string, SourcePhraseInfo>();
const MEMO_MAX = 4096;

/** Reads a source phrase. Never throws; an empty phrase is `other`. The result is shared: do not mutate it. */
export function analyzeSourcePhrase(phrase: string): SourcePhraseInfo {
  const hit = memo.get(phrase);
  if (hit) return hit;
  const own = copyOf(phrase);
  const info = readSourcePhrase(own);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(own, info);
  return info;
}

function readSourcePhrase(phrase: string): SourcePhraseInfo {
  const all = tokenize(phrase);
  if (all.length === 0) return EMPTY;
  // Leading conjunctions that an attribution span may carry.
  let i0 = 0;
  while (i0 < all.length - 1 && /^(?:and|but|or|also|as|even|only|just|including|especially|particularly|notably)$/i.test(all[i0].text)) i0++;
  const phraseStart = all[i0].start;
  // Partitive openers: `one of Mr. Obama's climate advisers`, `a number of other members of Congress`.
  const part = PARTITIVE.exec(phrase.slice(phraseStart));
  let i = i0;
  if (part) {
    const cut = phraseStart + part[0].length;
    while (i < all.length && all[i].start < cut) i++;
    if (i >= all.length) i = i0;
  }
  // An amount cut into the phrase by a sloppy span (`$20 million experts say`) is not a determiner.
  while (i < all.length - 1 && /^\d[\d.,]*$/.test(all[i].text) && /^(?:million|billion|trillion|thousand|hundred|percent)$/i.test(all[i + 1].text) && i + 2 < all.length) i += 2;
  if (i > i0 && !part) i0 = i;
  const first = all[i];
  if (all.length - i0 === 1 && SOURCE_PRONOUNS.has(first.lower)) {
    return { ...EMPTY, kind: 'pronoun', head: first.lower, main: { start: first.start, end: first.end }, descriptor: { start: first.start, end: first.end } };
  }
  // The main noun phrase runs to the first post-modifier.
  let j = i;
  while (j < all.length) {
    const t = all[j];
    if (!isWord(t)) break;
    if (j > i) {
      const prev = all[j - 1];
      // Capitalised words are names (`Homeland Security`), except `I` (`experts I interviewed`).
      if (POST_MODIFIER_STARTS.has(t.lower) && (t.text === t.lower || t.text === 'I')) break;
      // `people briefed on`, `a copy reviewed by`, `officials speaking on`.
      if (t.text === t.lower && /(?:ed|ing|en)$/.test(t.lower) && inAnyLexicon(prev.lower)) break;
    }
    j++;
  }
  if (j === i) return { ...EMPTY, kind: 'other' };
  const headTok = all[j - 1];
  const head = stripPossessive(headTok.lower);
  const main: Span = { start: all[i0].start, end: headTok.end };
  const det = all[i].lower;
  // A possessor before the head (`the senator's allies`, `Clinton's critics`) makes the phrase point at a group, not back.
  const possessed = POSSESSIVE_DET.has(det) || all.slice(i, j - 1).some((t) => /\p{L}{2}['’]s?$/u.test(t.text));
  const definite = DEFINITE.has(det) && !part && !possessed;
  const rest = all.slice(j);
  // Qualifier right after the head (`familiar with the matter`, `close to the family`).
  const after = phrase.slice(headTok.end).replace(/^\s+/, '');
  const afterStart = phrase.length - after.length;
  let qualifier: Span | null = null;
  for (const re of ANONYMITY_QUALIFIERS) {
    if (re.test(after)) {
      const stop = /[,;:()—–]|\s(?:who|which|said|says|say|told)\b/.exec(after);
      qualifier = { start: afterStart, end: afterStart + (stop ? stop.index : after.replace(/\s+$/, '').length) };
      break;
    }
  }
  // The descriptor as quoted: up to a relative clause, a parenthesis or an apposition.
  let dEnd = headTok.end;
  for (let k = 0; k < rest.length; k++) {
    const t = rest[k];
    if (!isWord(t) || /^(?:who|whom|whose|which|said|says|say|told|speaking|talking|requesting|citing|according)$/.test(t.lower)) break;
    // A time phrase is the verb's, not the source's: `an employee at the utility on Tuesday said`.
    if (TIME_WORD.test(t.lower) && !/^\d/.test(t.lower)) break;
    if (/^(?:on|last|this|earlier|late|early|in|next|since|until)$/.test(t.lower) && (TIME_WORD.test(rest[k + 1]?.lower ?? '') || (rest[k + 1]?.lower === 'the' && TIME_WORD.test(rest[k + 2]?.lower ?? '')))) break;
    dEnd = t.end;
  }
  const descriptor: Span = { start: all[i0].start, end: dEnd };
  const base = { head, main, descriptor, qualifier, definite, det: part ? all[i0].lower : det, possessed, partitive: !!part };

  if (all.length - i0 >= 1 && SOURCE_PRONOUNS.has(head) && j - i === 1) return { ...base, kind: 'pronoun', unnamed: false };

  // A name in apposition (`a senior official, John Smith,`) names the source.
  for (let k = j; k < all.length; k++) {
    if (all[k].text !== ',') continue;
    const before = all[k - 1];
    if (k - 1 !== j - 1 && isCap(before)) continue;
    if (personNameAtStart(all.slice(k + 1))) return { ...base, kind: 'name', unnamed: false };
  }

  // A quantified party or public (`several Democrats`, `many voters`) is a group the draft does not name.
  if (GROUP_HEADS.has(head) && (INDEFINITE_DETERMINERS.has(base.det) || /^\d/.test(base.det) || part)) {
    return { ...base, kind: 'descriptor', unnamed: true };
  }
  if ((head === 'source' || head === 'sources') && all.slice(i, j - 1).some((t) => NON_PERSON_SOURCE_MODIFIERS.has(t.lower))) {
    return { ...base, kind: 'other', unnamed: false };
  }
  if (DESCRIPTOR_HEADS.has(head)) {
    return { ...base, kind: 'descriptor', unnamed: isUnnamedDescriptor(all.slice(i, j), head, definite, qualifier !== null, !!part, possessed) };
  }
  if (DOCUMENT_HEADS.has(head)) return { ...base, kind: 'document', unnamed: false };
  if (ORGANIZATION_HEADS.has(head)) return { ...base, kind: 'organization', unnamed: false };
  if (isCap(headTok) || /^\p{N}/u.test(headTok.text)) {
    const org = all.slice(i, j).some((t) => ORGANIZATION_HEADS.has(stripPossessive(t.lower)) && isCap(t));
    return { ...base, kind: org ? 'organization' : 'name', unnamed: false };
  }
  return { ...base, kind: 'other', unnamed: false };
}

function isUnnamedDescriptor(np: Tok[], head: string, definite: boolean, qualified: boolean, partitive: boolean, possessed: boolean): boolean {
  if (ALWAYS_ANONYMOUS_HEADS.has(head) || qualified || partitive) return true;
  if (definite) return false;
  const det = np[0].lower;
  const indefinite = INDEFINITE_DETERMINERS.has(det) || /^\d/.test(det);
  // `Clinton allies`, `the senator's allies`, `her friends`: the group of a named person.
  if (WEAK_DESCRIPTOR_HEADS.has(head)) return indefinite || (possessed && /s$/.test(head)) || (np.length > 1 && /^\p{Lu}/u.test(np[np.length - 2].text) && !/^\p{Lu}/u.test(np[np.length - 1].text));
  if (indefinite || POSSESSIVE_DET.has(det)) return true;
  // Bare plurals (`officials`, `Trump aides`, `administration officials`). A bare singular (`U.S. senator said`)
  // is a title or headline shorthand for someone named nearby, not an anonymous source.
  return head.endsWith('s') || head === 'people' || head === 'staff';
}

/** The kind of a source phrase (`descriptor`, `name`, `organization`, `document`, `pronoun`, `other`). */
export function classifySourcePhrase(phrase: string): SourceKind {
  return analyzeSourcePhrase(phrase).kind;
}

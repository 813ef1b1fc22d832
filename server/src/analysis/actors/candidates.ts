/**
 * Per-paragraph name candidates: the cheap backbone of actor extraction.
 *
 * A hand-written pass over one paragraph of masked prose finds capitalised
 * runs (`President Vladimir Putin`, `New York Post`), strips titles and
 * sentence openers, and reads the role the draft gives around the name: a
 * title (`Ukrainian President`), role words before it (`Putin's foreign
 * policy adviser`) or an appositive after it (`, a close Putin adviser on
 * Ukraine,`). It also finds descriptors that may point back at a named
 * actor (`the Ukrainian leader`).
 *
 * The result depends only on the paragraph's text and its sentence starts,
 * with offsets relative to the paragraph, so it can be cached by text and
 * reused when another paragraph changes.
 */
import { KNOWN_ORGANIZATIONS, ORGANIZATION_DESCRIPTORS, ORGANIZATION_PREFIXES, ORGANIZATION_SUFFIXES } from '../lexicon/organizations';
import { NATIONALITY_EQUIVALENTS, PARTY_WORDS, PERSON_DESCRIPTORS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { endsPossessive, tokenize, type Token } from '../layer/tokens';

export { tokenize, type Token };
import { DEMONYM_WORDS, GIVEN_WORDS } from './nameLexicon';

export interface LocalRole {
  start: number;
  end: number;
  text: string;
  source: 'title' | 'before' | 'appositive';
}

/** A capitalised run that may name an actor (offsets relative to the paragraph). */
export interface NameCandidate {
  start: number;
  end: number;
  /** Name words (title and openers stripped). */
  words: string[];
  /** Each word's span, for splitting hyphenated compounds. */
  wordSpans: { start: number; end: number }[];
  possessive: boolean;
  sentenceInitial: boolean;
  /** Roles written with this occurrence, nearest first: title, before, appositive. */
  roles: LocalRole[];
  /** `known` (in the organisation lexicon), `suffix` (`… Department`), `prefix` (`Bank of …`) or null. */
  orgCue: 'known' | 'suffix' | 'prefix' | null;
  /** An acronym given in parentheses right after the name: `New York Police Department (NYPD)`. */
  acronym: string | null;
}

/** A descriptor (`the Ukrainian leader`, `the news agency`) that may stand for an actor named earlier. */
export interface DescriptorCandidate {
  start: number;
  end: number;
  /** Key into `PERSON_DESCRIPTORS` or `ORGANIZATION_DESCRIPTORS`. */
  head: string;
  kind: 'person' | 'organization';
  /** Normalised country (`us`, `ukraine`) when the descriptor names one. */
  nationality: string | null;
}

export interface ParagraphCandidates {
  /** True for a headline-cased paragraph ("Hillary Clinton Was Headed to ER"): its runs only link to actors named elsewhere. */
  titleCase: boolean;
  names: NameCandidate[];
  descriptors: DescriptorCandidate[];
}

// Words come from the linguistic layer's tokenisation (layer/tokens.ts).

/** Capitalised words that open sentences or clauses and are never part of a name. */
const OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'but',
  'and', 'or', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'as', 'after', 'before', 'when', 'while', 'if',
  'according', 'meanwhile', 'speaking', 'shortly', 'further', 'both', 'then', 'now', 'so', 'yet', 'still', 'also',
  'however', 'although', 'though', 'since', 'because', 'despite', 'during', 'under', 'over', 'of', 'it', 'he',
  'she', 'they', 'we', 'i', 'you', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many',
  'most', 'all', 'no', 'not', 'one', 'two', 'three', 'several', 'other', 'others', 'each', 'every', 'last', 'next',
  'earlier', 'later', 'instead', 'asked', 'like', 'unlike', 'among', 'between', 'about', 'without', 'through',
  'until', 'unless', 'even', 'just', 'only', 'more', 'less', 'much', 'another', 'such', 'yes', 'oh', 'well',
  'please', 'thank', 'thanks', 'dear', 'sir', 'madam', 'breaking', 'update', 'exclusive', 'opinion', 'analysis',
  'editorial', 'following', 'watch', 'read', 'related', 'advertisement', 'photo', 'video', 'mr', 'mrs', 'ms',
]);

/** Short words that only headline case capitalises. */
const HEADLINE_FUNCTION_WORDS = new Set(['was', 'were', 'is', 'are', 'to', 'but', 'and', 'or', 'of', 'for', 'with', 'the', 'in', 'on', 'at', 'as', 'by', 'from', 'into', 'over', 'after', 'not', 'has', 'have', 'will', 'says', 'said']);

/** Words that make a longer capitalised run an institution wherever they stand in it. */
const ORGANIZATION_INNER = new Set(['university', 'college', 'institute', 'hospital', 'department', 'ministry', 'foundation', 'school', 'academy', 'agency']);

/** Months and weekdays: never part of a name. */
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Lower-case particles inside personal names (`Ursula von der Leyen`, `Osama bin Laden`). */
const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'del', 'della', 'dos', 'das', 'di']);

/** Words that stop a backward walk over role words. */
const ROLE_STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'with', 'between', 'to', 'by', 'from', 'of', 'for', 'in', 'on', 'at', 'as',
  'said', 'says', 'told', 'tells', 'that', 'who', 'which', 'when', 'while', 'after', 'before', 'than', 'then', 'is',
  'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'met', 'called', 'asked', 'according', 'including',
  'like', 'about', 'against', 'among', 'into', 'onto', 'over', 'under', 'via', 'per', 'also', 'not', 'it', 'its',
  'his', 'her', 'their', 'our', 'my', 'this', 'these', 'those', 'there', 'here', 'if', 'so', 'because', 'since',
]);

/** Words an appositive may not start with (it is a clause or a list, not a role). */
const APPOSITIVE_BAD_START = new Set([
  'who', 'which', 'whose', 'that', 'said', 'says', 'told', 'and', 'but', 'or', 'according', 'as', 'in', 'on', 'at',
  'for', 'with', 'from', 'by', 'to', 'if', 'when', 'while', 'after', 'before', 'he', 'she', 'they', 'it', 'we', 'i',
  'you', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'not', 'also', 'however', 'meanwhile', 'then', 'too',
]);

const PRONOUN_NATIONALITY = NATIONALITY_EQUIVALENTS;

/** Lower-cases and drops periods: the key form for lexicon look-ups (`Sen.` → `sen`, `U.S.` → `us`). */
export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('.') ? lower.replace(/\./g, '') : lower;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** True when only blanks (at most one line break) separate two tokens: `/^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/` on a non-empty gap, without slicing. */
function tight(text: string, a: Token, b: Token): boolean {
  const end = b.start;
  let i = a.outer;
  if (i >= end) return false;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && i + 1 < end && text.charCodeAt(i + 1) === 0x0a) i += 2;
    else if (c === 0x0a) i++;
    else return false;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
  }
  return i === end;
}

function isNationality(lower: string): boolean {
  const k = endsPossessive(lower) ? lower.slice(0, -2) : lower;
  return k in PRONOUN_NATIONALITY || DEMONYM_WORDS.has(k);
}

/** True when `words` (lower case) form a known organisation name, with or without a leading "the". */
export function isKnownOrganization(words: readonly string[]): boolean {
  return isKnownOrganizationKey(words.map(keyOf).join(' '));
}

/** First words of known organisations, and of their names after a leading "the": a name whose first key is in neither is no known organisation. */
const ORGANIZATION_FIRST_KEYS = new Set<string>();
for (const name of KNOWN_ORGANIZATIONS) {
  const parts = name.split(' ');
  ORGANIZATION_FIRST_KEYS.add(parts[0]);
  if (parts[0] === 'the' && parts.length > 1) ORGANIZATION_FIRST_KEYS.add(parts[1]);
}

/** `isKnownOrganization` on the words' keys already joined with blanks. */
function isKnownOrganizationKey(k: string): boolean {
  return KNOWN_ORGANIZATIONS.has(k) || KNOWN_ORGANIZATIONS.has('the ' + k);
}

interface Run {
  from: number;
  to: number; // inclusive token indices
}

function joinsWithOf(word: string): boolean {
  const k = keyOf(word);
  return ORGANIZATION_PREFIXES.has(k) || k === 'secretary' || k === 'minister' || k === 'court' || k === 'chief';
}

/** Capitalised runs: consecutive capitalised tokens joined by blanks or name particles (`bin`, `von der`), or by `of` after an organisation prefix. */
function capitalisedRuns(text: string, toks: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].cap || CALENDAR.has(toks[i].lower)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length) {
      const cur = toks[j];
      if (cur.possessive || cur.endsSentence) break;
      let k = j + 1;
      // Particles and "of" between capitalised words.
      while (k < toks.length && !toks[k].cap && k - j <= 3) {
        const l = toks[k].lower;
        const ok = NAME_PARTICLES.has(l) || ((l === 'of' || l === 'the') && joinsWithOf(toks[j].text) && k - j <= 2);
        if (!ok || !tight(text, toks[k - 1], toks[k])) break;
        k++;
      }
      if (k >= toks.length || !toks[k].cap || CALENDAR.has(toks[k].lower)) break;
      if (!tight(text, toks[k - 1], toks[k])) break;
      // Only particles proper, not "of", may join two personal-name words; "of" needs the prefix test above.
      j = k;
    }
    runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}

/** Finds the longest known organisation inside a run (up to five words), as token indices. */
function knownOrgInside(toks: readonly Token[], run: Run): Run | null {
  // Keys of the run's words, computed once; a start whose key begins no known organisation is skipped.
  const keys: string[] = [];
  for (let s = run.from; s <= run.to; s++) keys.push(toks[s].key);
  for (let len = Math.min(5, run.to - run.from + 1); len >= 1; len--) {
    for (let s = run.from; s + len - 1 <= run.to; s++) {
      const first = keys[s - run.from];
      if (!ORGANIZATION_FIRST_KEYS.has(first.includes(' ') ? first.slice(0, first.indexOf(' ')) : first)) continue;
      let k = first;
      for (let x = s + 1; x < s + len; x++) k += ' ' + keys[x - run.from];
      if (isKnownOrganizationKey(k)) {
        // A single-word hit inside a longer run counts only for acronyms and distinctive names.
        if (len === 1 && run.to > run.from && !/^\p{Lu}{2,}$/u.test(toks[s].text) && first.length < 5) continue;
        return { from: s, to: s + len - 1 };
      }
    }
  }
  return null;
}

/**
 * Walks back from token `i` over role words (`Putin's foreign policy adviser`)
 * and returns the index of the role's first token, or -1. Without a title the
 * word right before the name must be a role noun (`envoy`); unknown lower-case
 * words are kept only when a capitalised word or possessive closes the role.
 */
function roleBefore(text: string, toks: readonly Token[], i: number, hasTitle: boolean): number {
  const first = i - 1;
  if (first < 0 || toks[i].sentenceInitial || toks[first].endsSentence || !tight(text, toks[first], toks[i])) return -1;
  const t0 = toks[first];
  if (t0.cap) return hasTitle && t0.possessive && !OPENERS.has(t0.lower) ? first : -1;
  if (!ROLE_NOUNS.has(t0.lower) && !(hasTitle && ROLE_MODIFIERS.has(t0.lower))) return -1;
  let start = first;
  let pending = false;
  for (let j = first - 1, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    const t = toks[j];
    if (!tight(text, t, toks[j + 1]) || t.endsSentence) break;
    const lexical = ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);
    if (t.possessive) {
      if (t.cap || (lexical && !pending)) start = j;
      break;
    }
    if (t.cap) {
      if (OPENERS.has(t.lower) || CALENDAR.has(t.lower)) break;
      start = j;
      pending = false;
      continue;
    }
    if (ROLE_STOP.has(t.lower) || /\d/.test(t.text)) break;
    if (lexical && !pending) start = j;
    else pending = true;
  }
  return start;
}

const PARTY_STATE = /^,?\s*\(?([RDI]-[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?)\)?(?=[\s,;)]|$)/u;
const APPOSITIVE = /^,\s+((?:(?:a|an|the)\s+)?[^,;:()"“”‘’—–\n]{2,90}?)(?=\s*(?:,|;|\)|—|–|\.(?:\s|$)|$))/u;

/** The appositive role after a name (`, a close Putin adviser on Ukraine,`), or null. */
function appositiveAfter(text: string, end: number): LocalRole | null {
  // Both patterns below need a comma or " (" right after the name.
  if (text.charCodeAt(end) !== 0x2c && !text.startsWith(' (', end)) return null;
  const rest = text.slice(end, end + 140);
  const party = PARTY_STATE.exec(rest);
  if (party && (rest.startsWith(',') || rest.startsWith(' ('))) {
    const s = end + party.index + party[0].indexOf(party[1]);
    return { start: s, end: s + party[1].length, text: party[1], source: 'appositive' };
  }
  const m = APPOSITIVE.exec(rest);
  if (!m) return null;
  let phrase = m[1];
  let offset = end + m[0].indexOf(phrase);
  const words = phrase.split(/\s+/);
  if (/(?:^|\s)\p{Lu}$/u.test(phrase)) return null; // cut at an initial: ", former governor L. Douglas Wilder"
  if (words.length > 10 || APPOSITIVE_BAD_START.has(words[0].toLowerCase()) || /^\d/.test(words[0])) return null;
  // A role, not a list of names: it holds a role noun, all-lower-case apart from names and possessives.
  const lowerWords = words.map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
  const hasRole = lowerWords.some((w, k) => ROLE_NOUNS.has(w) || (k > 0 && ROLE_NOUNS.has(lowerWords[k - 1] + ' ' + w)));
  if (!hasRole) return null;
  // Verbs that show a clause, not a noun phrase.
  if (lowerWords.some((w) => /^(?:said|says|told|is|was|were|are|has|had|have|will|would|did|does)$/.test(w))) return null;
  const article = /^(?:a|an|the)\s+/i.exec(phrase);
  if (article) {
    offset += article[0].length;
    phrase = phrase.slice(article[0].length);
  }
  return { start: offset, end: offset + phrase.length, text: phrase, source: 'appositive' };
}

const DESCRIPTOR_BEFORE = /(?:^|[.;:!?]\s+|\n\s*)((?:A|An|The|a|an|the)\s+[^,;:()"“”‘’—–\n]{2,90}?),\s+$/u;

/**
 * The descriptor role in an apposition before a name (`A spokeswoman for the
 * ministry, Anna Kowalski,` → `spokeswoman for the ministry`), or null: an
 * article, a phrase holding a role noun and no verb, a comma, the name.
 */
function appositiveBefore(text: string, start: number): LocalRole | null {
  if (text.charCodeAt(start - 2) !== 0x2c) return null;
  const from = Math.max(0, start - 110);
  const m = DESCRIPTOR_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  let phrase = m[1];
  const words = phrase.split(/\s+/);
  if (words.length > 10) return null;
  const lowerWords = words.map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
  if (!lowerWords.some((w, k) => ROLE_NOUNS.has(w) || (k > 0 && ROLE_NOUNS.has(lowerWords[k - 1] + ' ' + w)))) return null;
  if (lowerWords.some((w) => /^(?:said|says|told|is|was|were|are|has|had|have|will|would|did|does|and|or|but|who|which|that)$/.test(w))) return null;
  let offset = from + m.index + m[0].indexOf(m[1]);
  const article = /^(?:a|an|the)\s+/i.exec(phrase);
  if (article) {
    offset += article[0].length;
    phrase = phrase.slice(article[0].length);
  }
  return { start: offset, end: offset + phrase.length, text: phrase, source: 'appositive' };
}

/** `/[.!?:;"”’)]\s*$/.test(text)` without trying the pattern at every position of a long paragraph. */
function endsClosed(text: string): boolean {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e > 0 && '.!?:;"”’)'.includes(text[e - 1]);
}

/**
 * The names and descriptors of one paragraph; `text` is the paragraph's masked text, `sentenceStarts` relative to
 * it. `toks` are its words from the linguistic layer (`paragraphLayer(doc, i).tokens()`), tokenised here when not given.
 */
export function scanParagraph(text: string, sentenceStarts: readonly number[], toks: readonly Token[] = tokenize(text, sentenceStarts)): ParagraphCandidates {
  const names: NameCandidate[] = [];
  for (const whole of capitalisedRuns(text, toks)) {
    // Split around a known organisation inside a longer run ("White House Response", "the Trump White House").
    const org = knownOrgInside(toks, whole);
    // A corporate suffix stays with the organisation ("Apple Inc.").
    if (org && org.to < whole.to && /^(?:inc|corp|co|ltd|llc|plc)$/.test(toks[org.to + 1].key)) org.to++;
    const pieces: Run[] = org ? [{ from: whole.from, to: org.from - 1 }, org, { from: org.to + 1, to: whole.to }] : [whole];
    for (const piece of pieces) {
      if (piece.from > piece.to) continue;
      if (piece.from === piece.to && isWireCredit(text, toks[piece.from])) continue;
      const c = candidateOf(text, toks, piece, org !== null && piece === org, org !== null && piece.from === org.to + 1 ? org : null);
      if (c) names.push(c);
    }
  }
  // Headline case: most longer words capitalised, and either no closing punctuation or a capitalised function word mid-line ("Was Headed to ER But …").
  let long = 0;
  let longCap = 0;
  for (const t of toks) {
    if (t.text.length < 4 || /\d/.test(t.text)) continue;
    long++;
    if (t.cap) longCap++;
  }
  const capFunction = (): boolean => toks.some((t, k) => k > 0 && t.cap && !t.sentenceInitial && HEADLINE_FUNCTION_WORDS.has(t.lower));
  const titleCase = long >= 4 && longCap / long > 0.7 && (capFunction() || !endsClosed(text));
  return { titleCase, names, descriptors: descriptors(toks, text) };
}

/**
 * The agency credit of a dateline, `PORT ELLEN, Maine (AP) —`: a capitalised word in parentheses right before the
 * dateline's dash, near the paragraph's start. It credits the wire service; it is not an actor of the story.
 */
function isWireCredit(text: string, t: Token): boolean {
  if (t.start > 80 || !/^\p{Lu}[\p{Lu}\p{L}&.-]*$/u.test(t.text)) return false;
  return /\(\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^\s*\)\s*(?:—|–|--|-)\s/.test(text.slice(t.end, t.end + 8));
}

/** `orgBefore`: the known organisation that stood right before this piece of a run ("NYPD Commissioner Jessica Tisch"), part of a title's role. */
function candidateOf(text: string, toks: readonly Token[], run: Run, known: boolean, orgBefore: Run | null = null): NameCandidate | null {
  let from = run.from;
  const to = run.to;
  // Openers: "The", "According", sentence-initial adverbs and gerunds.
  while (from <= to && (OPENERS.has(toks[from].lower) || (toks[from].sentenceInitial && /(?:ly|ing)$/.test(toks[from].lower) && from < to))) from++;
  if (from > to) return null;
  const runWords = toks.slice(from, to + 1);
  let orgCue: NameCandidate['orgCue'] = known ? 'known' : null;
  const last = runWords[runWords.length - 1].key;
  if (!orgCue && isKnownOrganizationKey(runWords.map((t) => t.key).join(' '))) orgCue = 'known';
  if (!orgCue && runWords.length > 1 && ORGANIZATION_SUFFIXES.has(last)) orgCue = 'suffix';
  if (!orgCue && runWords.length > 2 && ORGANIZATION_PREFIXES.has(runWords[0].key) && runWords.some((t) => t.lower === 'of')) orgCue = 'prefix';
  // "Wayne State University School of Medicine": an institution word inside a longer run.
  if (!orgCue && runWords.length > 2 && runWords.slice(1, -1).some((t) => ORGANIZATION_INNER.has(t.lower))) orgCue = 'suffix';
  const roles: LocalRole[] = [];
  let nameFrom = from;
  if (!orgCue) {
    // Title prefix: everything up to the last title head (`South Korean President`, `Secretary of State`), then its tail of title words.
    let k = from;
    let head = false;
    const isHead = (t: Token): boolean => TITLE_HEADS.has(t.key) || ROLE_NOUNS.has(t.lower);
    const isTitleWord = (t: Token): boolean => TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(t.key) || PARTY_WORDS.has(t.lower) || isNationality(t.lower) || t.lower === 'of';
    let lastHead = -1;
    for (let h = from; h < to && h - from < 6; h++) {
      if (toks[h].possessive) break;
      if (isHead(toks[h])) lastHead = h;
    }
    if (lastHead >= 0) {
      const before = toks.slice(from, lastHead);
      // Words before the head: title words, places, acronyms, organisations; never a given name ("Hillary Clinton Campaign Chairman" stays a name).
      if (before.every((t) => isTitleWord(t) || /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(t.text) || !GIVEN_WORDS.has(t.lower))) {
        head = true;
        k = lastHead + 1;
        while (k < to && isTitleWord(toks[k]) && !isHead(toks[k + 1] ?? toks[k])) k++;
      }
    }
    if (!head) {
      while (k < to && isTitleWord(toks[k])) k++;
      // Party or nationality words before a full name ("Republican Donald Trump"): stripped, kept as a title.
      if (k > from && k + 1 <= to && GIVEN_WORDS.has(toks[k].lower) && toks.slice(from, k).every((t) => !isNationality(t.lower))) head = true;
      else k = from;
    }
    if (head && k <= to) {
      nameFrom = k;
      const before = orgBefore ? -1 : roleBefore(text, toks, from, true);
      const rs = orgBefore ? toks[orgBefore.from].start : before >= 0 ? toks[before].start : toks[from].start;
      const re = toks[k - 1].end;
      roles.push({ start: rs, end: re, text: text.slice(rs, re), source: 'title' });
    } else {
      // Nationality words alone before a name are not part of it ("Russian Vladimir Putin").
      while (nameFrom < to && isNationality(toks[nameFrom].lower)) nameFrom++;
      const before = roleBefore(text, toks, nameFrom, false);
      if (before >= 0) {
        const rs = toks[before].start;
        const re = toks[nameFrom - 1].end;
        roles.push({ start: rs, end: re, text: text.slice(rs, re), source: 'before' });
      }
    }
  } else {
    // "Bloomberg news agency": the lower-case role right after an organisation.
    const after = /^\s+((?:news agency|wire service|newspaper|news outlet|broadcaster|think tank|company|firm|network))\b/.exec(text.slice(toks[to].outer, toks[to].outer + 40));
    if (after) {
      const s = toks[to].outer + after.index + after[0].indexOf(after[1]);
      roles.push({ start: s, end: s + after[1].length, text: after[1], source: 'appositive' });
    }
  }
  let nameTo = to;
  // A run cut at an initial ("Rep. Robert C. \"Bobby\" Scott") is not a name.
  while (nameTo >= nameFrom && nameTo > from && /^\p{Lu}\.$/u.test(toks[nameTo].text)) nameTo--;
  const nameToks = toks.slice(nameFrom, nameTo + 1);
  if (!nameToks.length || (nameTo < to && nameToks.length < 2)) return null;
  // A shouted dateline ("NEWPORT NEWS —") is not a name unless it is a known organisation.
  if (nameToks.length > 1 && orgCue !== 'known' && nameToks.every((t) => /^[\p{Lu}\d&.'’-]+$/u.test(t.text))) return null;
  const lastTok = nameToks[nameToks.length - 1];
  if (!lastTok.possessive && nameTo === to) {
    const app = appositiveAfter(text, lastTok.outer);
    if (app) roles.push(app);
    const before = roles.length ? null : appositiveBefore(text, nameToks[0].start);
    if (before) roles.push(before);
  }
  let acronym: string | null = null;
  const par = /^\s+\((\p{Lu}[\p{Lu}\d&.]{1,9})\)/u.exec(text.slice(lastTok.outer, lastTok.outer + 16));
  if (par && par[1].replace(/\./g, '').length >= 2) acronym = par[1];
  return {
    start: nameToks[0].start,
    end: lastTok.end,
    words: nameToks.map((t) => t.text),
    wordSpans: nameToks.map((t) => ({ start: t.start, end: t.end })),
    possessive: lastTok.possessive,
    sentenceInitial: nameToks[0].sentenceInitial,
    roles,
    orgCue,
    acronym,
  };
}

const DESCRIPTOR_HEADS = [...Object.keys(PERSON_DESCRIPTORS), ...Object.keys(ORGANIZATION_DESCRIPTORS)]
  .sort((a, b) => b.length - a.length)
  .map((h) => ({ head: h, parts: h.split(' ') }));
/** First words of descriptor heads: a quick test before trying each head. */
const DESCRIPTOR_FIRST = new Set(DESCRIPTOR_HEADS.map((h) => h.parts[0]));

/** `the [nationality] [modifier]* head`: descriptors that may point back at an actor. */
function descriptors(toks: readonly Token[], text: string): DescriptorCandidate[] {
  const out: DescriptorCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lower !== 'the') continue;
    let j = i + 1;
    let nationality: string | null = null;
    if (j < toks.length && toks[j].cap && isNationality(toks[j].lower)) {
      nationality = PRONOUN_NATIONALITY[toks[j].key] ?? toks[j].key;
      j++;
    }
    // Up to two words of the head (e.g. "news agency", "prime minister").
    let found: string | null = null;
    let endTok = -1;
    if (j >= toks.length || !DESCRIPTOR_FIRST.has(toks[j].lower)) continue;
    for (const { head: h, parts } of DESCRIPTOR_HEADS) {
      if (j + parts.length > toks.length) continue;
      if (parts.every((p, k) => toks[j + k].lower === p && !toks[j + k].cap)) {
        const after = toks[j + parts.length];
        // "the president's" is fine; "the president of Russia" / "the leader of the opposition" name someone else.
        if (after && (after.lower === 'of' || after.lower === 'for') && tight(text, toks[j + parts.length - 1], after)) break;
        found = h;
        endTok = j + parts.length - 1;
        break;
      }
    }
    if (!found) continue;
    const kind: DescriptorCandidate['kind'] = found in PERSON_DESCRIPTORS ? 'person' : 'organization';
    out.push({ start: toks[i].start, end: toks[endTok].end, head: found, kind, nationality });
    i = endTok;
  }
  return out;
}

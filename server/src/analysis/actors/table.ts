/**
 * The document-level actor pass: turns the per-paragraph name candidates
 * into actors, merging mentions across the draft (full names, surnames,
 * titles, possessives, spelling variants, unambiguous descriptors), and links
 * the quotations the attribution pass gave a speaker to (including pronoun
 * speakers). Cheap: linear in the number of candidates.
 */
import { detach, memo } from '../cache';
import { boundaryAt } from '../text/words';
import { paragraphAt, type DocumentModel } from '../document';
import { NATIONALITY_EQUIVALENTS, PARTY_WORDS, PERSON_DESCRIPTORS, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from '../lexicon/titles';
import { ORGANIZATION_DESCRIPTORS } from '../lexicon/organizations';
import type { Attribution, Paragraph, Quotation, Span } from '../types';
import { paragraphLayer } from '../layer';
import { keyOf, scanParagraph, type DescriptorCandidate, type NameCandidate, type ParagraphCandidates } from './candidates';
import { DEMONYM_WORDS, GIVEN_WORDS, PLACE_WORDS, SURNAME_WORDS } from './nameLexicon';
import { looseKey, normalizeName } from './names';
import type { Actor, ActorKind, ActorMention, ActorTable, MentionHow, MentionRef, RoleMention } from './types';

/** Courtesy titles: a role, but a descriptive one (`the nation's top infectious disease expert`) is shown first. */
const COURTESY = new Set(['dr', 'prof', 'rev', 'sir', 'dame', 'lord', 'lady']);

/** Honorifics are stripped from names but are not roles. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'it', 'we', 'i']);
const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Per-paragraph candidates, memoised by the paragraph's text and sentence
 * starts in the per-document cache when the analysis runs incrementally (see
 * cache.ts). No module-level cache: keys sliced from a draft keep the whole
 * draft alive, so a global cache would hold one copy of the draft per keystroke.
 */
export function paragraphCandidates(doc: DocumentModel, p: Paragraph): ParagraphCandidates {
  // Sentence starts are a function of the paragraph's text (see document.ts), so the text alone is the key.
  const text = doc.paragraphTexts[p.index];
  // Its words are the linguistic layer's (one tokenisation per paragraph, shared with the other passes). The layer
  // is asked for first, also when the candidates are cached, so that it stays cached with its paragraph.
  const layer = paragraphLayer(doc, p.index);
  return memo('actors.paragraph', text, () => scanParagraph(detach(text), p.sentences.map((s) => s.start - p.start), layer.tokens()));
}

interface Occurrence {
  c: NameCandidate;
  /** Absolute offset of the paragraph start. */
  base: number;
  paragraph: number;
  inHeading: boolean;
}

interface Draft {
  kind: ActorKind;
  name: string;
  nameWords: number;
  mentions: ActorMention[];
  roles: RoleMention[];
  aliases: Set<string>;
  quotes: number[];
}

function isPlace(words: readonly string[]): boolean {
  const full = words.map(keyOf).join(' ');
  if (PLACE_WORDS.has(full)) return true;
  return words.length === 1 && (DEMONYM_WORDS.has(full) || full in NATIONALITY_EQUIVALENTS);
}

function isPlausibleName(words: readonly string[]): boolean {
  if (words.some((w) => CALENDAR_WORD.test(w.toLowerCase()))) return false;
  if (words.every((w) => /^\p{Lu}[\p{Lu}\d&.-]*$/u.test(w))) return false; // all caps: an acronym or a shouted dateline
  if (isPlace(words)) return false;
  // A shouted word inside a name ("SAVE A QUARTER Let"): a heading or a slogan, not a person.
  if (words.some((w) => /^\p{Lu}{3,}$/u.test(w) && !/^(?:II|III|IV|VI|VII|VIII)$/.test(w)) && !words.every((w) => /^\p{Lu}/u.test(w) && w.length <= 2)) return false;
  return !words.every((w) => isPlace([w]));
}

/** Words that end organisation names or are titles: no surname evidence ("Harbor City" … "City"). */
function ORG_OR_TITLE(w: string): boolean {
  const k = keyOf(w);
  return TITLE_WORDS.has(k) || TITLE_HEADS.has(k) || ROLE_NOUNS.has(k) || PARTY_WORDS.has(k) || /^(?:one|two|city|house|state|news|post|times)$/.test(k);
}

function isInitial(w: string): boolean {
  return /^\p{Lu}\.?$/u.test(w);
}

/** First and last name words, ignoring initials and middle names: `Donald J. Trump` → `donald trump`. */
function firstLastKey(words: readonly string[], norm: (s: string) => string = normalizeName): string {
  const core = words.filter((w) => !isInitial(w) && !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w));
  if (core.length < 2) return norm(core.join(' '));
  return norm(core[0] + ' ' + core[core.length - 1]);
}

/** A pure function of one string, memoised for one build (names recur: `Witkoff` is normalised once, not per mention). */
function memoized<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) {
      v = fn(s);
      seen.set(s, v);
    }
    return v as T;
  };
}

/**
 * Facts about one cached name candidate that depend only on its words: kept
 * with the candidate (weakly, so they go when the paragraph's cache entry
 * goes), so a keystroke does not recompute them for unchanged paragraphs.
 */
interface CandidateFacts {
  fullKey?: string;
  firstLast?: string;
  plausible?: boolean;
}
const candidateFacts = new WeakMap<NameCandidate, CandidateFacts>();

function factsOf(c: NameCandidate): CandidateFacts {
  let f = candidateFacts.get(c);
  if (!f) candidateFacts.set(c, (f = {}));
  return f;
}

/** `normalizeName(c.words.join(' '))`. */
function fullKeyOf(c: NameCandidate): string {
  const f = factsOf(c);
  return (f.fullKey ??= normalizeName(c.words.join(' ')));
}

/** `firstLastKey(c.words)`. */
function firstLastOf(c: NameCandidate): string {
  const f = factsOf(c);
  return (f.firstLast ??= firstLastKey(c.words));
}

/** `isPlausibleName(c.words)`. */
function plausibleOf(c: NameCandidate): boolean {
  const f = factsOf(c);
  return (f.plausible ??= isPlausibleName(c.words));
}

/** A lower-case word as `hasLowerWord` finds it, and the characters and letters its runs are made of. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
const LOWER_WORD_CHAR = /[\p{Ll}'’-]/u;
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Whether `k` is one of the matches of `\b\p{Ll}[\p{Ll}'’-]*` (global, unicode) in `text`
 * (a text without surrogates), found with `indexOf` instead of collecting
 * every lower-case word of the draft. A match fills a whole run of
 * `[\p{Ll}'’-]` characters from the first position in the run where a
 * lower-case letter follows a word boundary (`\b` is ASCII-based even with
 * the `u` flag).
 */
function hasLowerWord(text: string, k: string): boolean {
  if (!LOWER_WORD.test(k)) return false;
  const inRun = (i: number): boolean => LOWER_WORD_CHAR.test(text[i]);
  for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
    const end = i + k.length;
    if (end < text.length && inRun(end)) continue;
    let r = i;
    while (r > 0 && inRun(r - 1)) r--;
    let j = r;
    while (j < i && !(LOWER_LETTER.test(text[j]) && boundaryAt(text, j))) j++;
    if (j === i && boundaryAt(text, i)) return true;
  }
  return false;
}

/** The surname: the last word that is not a suffix (`Jr.`). */
function surnameOf(words: readonly string[]): string {
  const core = words.filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w));
  return core[core.length - 1] ?? words[words.length - 1];
}

/** Start of the latest mention starting before `at` (mentions are kept in insertion order; scan from the end, usually short). */
function latestBefore(mentions: readonly Span[], at: number): number {
  let best = -1;
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].start < at && mentions[i].start > best) best = mentions[i].start;
  return best;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function slug(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

/** Builds the actor table of a document from its paragraphs, quotations and attributions. */
export function buildActorTable(doc: DocumentModel, quotations: readonly Quotation[], attributions: readonly Attribution[]): ActorTable {
  const norm = memoized(normalizeName);
  const looseOf = memoized(looseKey);
  const placeWord = memoized((w) => isPlace([w]));
  const occurrences: Occurrence[] = [];
  const descriptors: { d: DescriptorCandidate; base: number; paragraph: number }[] = [];
  for (const p of doc.paragraphs) {
    const found = paragraphCandidates(doc, p);
    const heading = p.isHeading || found.titleCase;
    for (const c of found.names) occurrences.push({ c, base: p.start, paragraph: p.index, inHeading: heading });
    if (!heading) for (const d of found.descriptors) descriptors.push({ d, base: p.start, paragraph: p.index });
  }

  // Where the attribution pass found a source or speaker: evidence that a name is a person or an organisation.
  const personSources: Span[] = [];
  const orgSources: Span[] = [];
  for (const a of attributions) {
    if (a.sourceKind === 'name') personSources.push(a.source);
    else if (a.sourceKind === 'organization') orgSources.push(a.source);
  }
  for (const q of quotations) if (q.speakerSpan) personSources.push(q.speakerSpan);

  const drafts: Draft[] = [];
  const byFull = new Map<string, number>();
  const byFirstLast = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  const byLoose = new Map<string, number[]>();
  const byOrg = new Map<string, number>();
  const byFirstWord = new Map<string, number[]>();
  const byTail = new Map<string, number[]>();
  const linked = new Set<Occurrence>();

  const abs = (o: Occurrence, s: Span): Span => ({ start: o.base + s.start, end: o.base + s.end });
  const rolesOf = (o: Occurrence): RoleMention[] =>
    o.c.roles
      .filter((r) => !(r.source === 'title' && HONORIFICS.has(keyOf(r.text))))
      .map((r) => ({ start: o.base + r.start, end: o.base + r.end, text: r.text.replace(/\s+/g, ' '), source: r.source }));
  const addMention = (idx: number, o: Occurrence, how: MentionHow, span?: Span): void => {
    const s = span ?? abs(o, o.c);
    const roles = span ? [] : rolesOf(o);
    const d = drafts[idx];
    d.mentions.push({
      start: s.start,
      end: s.end,
      text: doc.text.slice(s.start, s.end),
      how,
      possessive: span ? false : o.c.possessive,
      paragraph: o.paragraph,
      inHeading: o.inHeading,
      role: roles[0] ?? null,
    });
    for (const r of roles) if (!d.roles.some((x) => x.text.toLowerCase() === r.text.toLowerCase())) d.roles.push(r);
    linked.add(o);
  };
  const register = (idx: number, words: readonly string[]): void => {
    const d = drafts[idx];
    const push = (m: Map<string, number[]>, k: string): void => {
      const list = m.get(k) ?? [];
      if (!list.includes(idx)) list.push(idx);
      m.set(k, list);
    };
    if (d.kind === 'person') {
      byFull.set(norm(words.join(' ')), idx);
      if (words.length > 1) byFirstLast.set(firstLastKey(words, norm), idx);
      const sur = surnameOf(words);
      push(bySurname, norm(sur));
      push(byLoose, looseOf(sur));
      if (words.length > 1) push(byFirstWord, norm(words[0]));
      // Two-word and longer ends of a longer name ("Peña Nieto" of "Enrique Peña Nieto").
      for (let k = 1; k + 2 <= words.length && words.length >= 3; k++) push(byTail, norm(words.slice(k).join(' ')));
    } else {
      byOrg.set(norm(words.join(' ')), idx);
    }
  };
  // "Peña Nieto" after "Enrique Peña Nieto": the end of exactly one person's longer name, not starting with a given name.
  const bySuffix = (words: readonly string[]): number | undefined => {
    if (GIVEN_WORDS.has(words[0].toLowerCase())) return undefined;
    const hits = byTail.get(norm(words.join(' ')));
    return hits && hits.length === 1 ? hits[0] : undefined;
  };
  const create = (kind: ActorKind, o: Occurrence): number => {
    drafts.push({ kind, name: o.c.words.join(' '), nameWords: o.c.words.length, mentions: [], roles: [], aliases: new Set(), quotes: [] });
    const idx = drafts.length - 1;
    register(idx, o.c.words);
    return idx;
  };
  // The name must end the source phrase (`Northfield coach Ravi Mehta` is evidence for Ravi Mehta, not Northfield).
  personSources.sort((a, b) => a.end - b.end);
  orgSources.sort((a, b) => a.end - b.end);
  const hasSource = (o: Occurrence, spans: Span[]): boolean => {
    const c = abs(o, o.c);
    // Sources sorted by end: look only at those ending within two characters of the name.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end < c.end - 2) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < spans.length && spans[i].end <= c.end + 2; i++) if (c.start >= spans[i].start) return true;
    return false;
  };

  // One-word names the draft uses as a speaker, with a title or as a possessive: a two-word run ending in one is likely a person ("Elon Musk" … "Musk said").
  const aloneWords = new Set<string>();
  for (const o of occurrences) {
    const c = o.c;
    if (!o.inHeading && !c.orgCue && c.words.length === 1 && (c.roles.length > 0 || c.possessive || hasSource(o, personSources))) aloneWords.add(norm(c.words[0]));
  }

  // Pass 1: organisations and full personal names (two words or more) in the body.
  for (const o of occurrences) {
    if (o.inHeading) continue;
    const { c } = o;
    if (c.orgCue || (hasSource(o, orgSources) && !c.roles.length && c.words.length > 1 && !GIVEN_WORDS.has(c.words[0].toLowerCase()))) {
      const key = fullKeyOf(c);
      let idx = byOrg.get(key) ?? (c.acronym ? byOrg.get(norm(c.acronym)) : undefined);
      if (idx === undefined) idx = create('organization', o);
      if (c.acronym) {
        drafts[idx].aliases.add(c.acronym);
        byOrg.set(norm(c.acronym), idx);
      }
      addMention(idx, o, 'full');
      continue;
    }
    if (c.words.length < 2 || !plausibleOf(c)) continue;
    const first = c.words[0].toLowerCase();
    const evidence =
      c.roles.length > 0 ||
      GIVEN_WORDS.has(first) ||
      (c.words.length > 2 && c.words.slice(1, -1).some(isInitial)) ||
      SURNAME_WORDS.has(surnameOf(c.words).toLowerCase()) ||
      (aloneWords.has(norm(surnameOf(c.words))) && !placeWord(surnameOf(c.words)) && !ORG_OR_TITLE(surnameOf(c.words))) ||
      hasSource(o, personSources);
    if (!evidence || placeWord(c.words[0])) continue;
    const idx = byFull.get(fullKeyOf(c)) ?? byFirstLast.get(firstLastOf(c)) ?? bySuffix(c.words) ?? create('person', o);
    if (c.words.length > drafts[idx].nameWords) {
      drafts[idx].name = c.words.join(' ');
      drafts[idx].nameWords = c.words.length;
      register(idx, c.words);
    }
    addMention(idx, o, 'full');
  }

  // A one-word name is new person only if it is no title or group word and the draft never writes it in lower case ("Police", "Authorities").
  // Whether the draft writes a word in lower case: looked up per word with `indexOf` (few words are asked), or, in a draft with surrogate pairs, from the set of all its lower-case words.
  let lowerWords: Set<string> | null = null;
  let plainText: boolean | null = null;
  const writesInLowerCase = memoized((k: string): boolean => {
    plainText ??= !/[\ud800-\udfff]/.test(doc.masked);
    if (plainText) return hasLowerWord(doc.masked, k);
    lowerWords ??= new Set(doc.masked.match(/\b\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
    return lowerWords.has(k);
  });
  const couldBeSurname = (w: string): boolean => {
    const k = w.toLowerCase();
    if (TITLE_WORDS.has(k) || TITLE_HEADS.has(k) || ROLE_NOUNS.has(k) || PARTY_WORDS.has(k)) return false;
    if (/(?:ans|ats|ists|ities|ions|ators|ants|ents|ers)$/.test(k) && !SURNAME_WORDS.has(k) && !GIVEN_WORDS.has(k)) return false;
    return !writesInLowerCase(k);
  };

  // Pass 2: single names (surnames, titled names, possessives), hyphenated pairs, spelling variants.
  const ordered = [...occurrences].sort((a, b) => a.base + a.c.start - (b.base + b.c.start));
  const pick = (list: number[], at: number): number => {
    if (list.length === 1) return list[0];
    let best = list[0];
    let bestAt = -1;
    for (const i of list) {
      const seen = latestBefore(drafts[i].mentions, at);
      if (seen > bestAt) {
        best = i;
        bestAt = seen;
      }
    }
    return best;
  };
  const lookupSingle = (word: string, at: number): { idx: number; how: MentionHow } | null => {
    const k = norm(word);
    const org = byOrg.get(k);
    if (org !== undefined) return { idx: org, how: drafts[org].name.toLowerCase() === word.toLowerCase() ? 'full' : 'alias' };
    const full = byFull.get(k);
    if (full !== undefined) return { idx: full, how: drafts[full].nameWords === 1 ? 'full' : 'surname' };
    const sur = bySurname.get(k);
    if (sur) return { idx: pick(sur, at), how: 'surname' };
    // A one-word reference to the first word of a single actor's name, when that word is no given name ("Ban" for "Ban Ki-moon").
    const firstWord = byFirstWord.get(k);
    if (firstWord && firstWord.length === 1 && !GIVEN_WORDS.has(k)) return { idx: firstWord[0], how: 'surname' };
    const loose = byLoose.get(looseOf(word));
    if (loose && loose.length === 1 && word.length >= 5) return { idx: loose[0], how: 'variant' };
    return null;
  };
  for (const o of ordered) {
    if (linked.has(o)) continue;
    const { c } = o;
    const at = o.base + c.start;
    if (c.words.length === 1) {
      const w = c.words[0];
      const titled = c.roles.some((r) => r.source === 'title');
      if (placeWord(w) && !titled) continue;
      const hit = lookupSingle(w, at);
      if (hit) {
        addMention(hit.idx, o, hit.how);
        continue;
      }
      if (w.includes('-')) {
        // "Trump-Putin conversation": each part that names a known actor is a mention.
        let pos = o.base + c.start;
        for (const part of w.split('-')) {
          const h = part.length > 1 ? lookupSingle(part, pos) : null;
          if (h) addMention(h.idx, o, h.how === 'full' ? 'full' : 'surname', { start: pos, end: pos + part.length });
          pos += part.length + 1;
        }
        continue;
      }
      if (o.inHeading || !plausibleOf(c) || CALENDAR_WORD.test(w.toLowerCase())) continue;
      if (c.sentenceInitial && /(?:ing|ly|ed)$/.test(w)) continue;
      // A new one-word person only with evidence: a title or role, or the attribution pass named it as a speaker.
      if ((c.roles.length > 0 || hasSource(o, personSources)) && couldBeSurname(w)) {
        const idx = create('person', o);
        addMention(idx, o, 'full');
      }
      continue;
    }
    // A longer run not taken in pass 1 (a heading, or no evidence): link it when it is a known full name.
    const k = fullKeyOf(c);
    const idx = byFull.get(k) ?? byFirstLast.get(firstLastOf(c)) ?? byOrg.get(k);
    if (idx !== undefined) addMention(idx, o, 'full');
  }

  linkDescriptors(doc, drafts, descriptors);
  linkQuotations(doc, drafts, quotations, attributions, lookupSingle, byFull);
  return finish(drafts);
}

/** Descriptors (`the Ukrainian leader`) link to the one actor named before them whose draft role fits. */
function linkDescriptors(doc: DocumentModel, drafts: Draft[], list: { d: DescriptorCandidate; base: number; paragraph: number }[]): void {
  const firstStart = drafts.map((a) => a.mentions.reduce((m, x) => Math.min(m, x.start), Infinity));
  for (const { d, base, paragraph } of list) {
    const at = base + d.start;
    const wants = d.kind === 'person' ? PERSON_DESCRIPTORS[d.head] : ORGANIZATION_DESCRIPTORS[d.head];
    if (!wants) continue;
    const fits: number[] = [];
    drafts.forEach((a, i) => {
      if (a.kind !== d.kind || firstStart[i] >= at) return;
      const fit = a.roles.some((role) => {
        const r = ' ' + role.text.toLowerCase().replace(/\s+/g, ' ') + ' ';
        if (!wants.some((w) => r.includes(' ' + w + ' ') || r.includes(' ' + w + "'s "))) return false;
        return !d.nationality || r.split(/[\s,]+/).some((w) => NATIONALITY_EQUIVALENTS[w.replace(/['’]s$/u, '')] === d.nationality);
      });
      if (!fit) return;
      fits.push(i);
    });
    if (fits.length !== 1) continue;
    const a = drafts[fits[0]];
    a.mentions.push({
      start: at,
      end: base + d.end,
      text: doc.text.slice(at, base + d.end),
      how: 'descriptor',
      possessive: false,
      paragraph,
      inHeading: false,
      role: null,
    });
  }
}

/** Gives each quotation with a speaker to its actor, and records pronoun speakers (`he commented`) as mentions. */
function linkQuotations(
  doc: DocumentModel,
  drafts: Draft[],
  quotations: readonly Quotation[],
  attributions: readonly Attribution[],
  lookupSingle: (word: string, at: number) => { idx: number; how: MentionHow } | null,
  byFull: Map<string, number>,
): void {
  // All mentions sorted by start, for the speaker span look-up.
  const starts: { start: number; end: number; idx: number }[] = [];
  drafts.forEach((a, idx) => a.mentions.forEach((m) => starts.push({ start: m.start, end: m.end, idx })));
  starts.sort((a, b) => a.start - b.start);
  const mentionAt = (s: Span): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    // Candidates start before s.end; names are short, so look back a little.
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (overlaps(starts[i], s)) return starts[i].idx;
    return -1;
  };
  const byName = (name: string, at: number): number => {
    const full = byFull.get(normalizeName(name));
    if (full !== undefined) return full;
    const words = name.trim().split(/\s+/);
    const hit = lookupSingle(words[words.length - 1], at) ?? lookupSingle(name, at);
    return hit ? hit.idx : -1;
  };
  const addPronoun = (idx: number, s: Span): void => {
    const text = doc.text.slice(s.start, s.end);
    if (!PRONOUNS.has(text.toLowerCase())) return;
    const a = drafts[idx];
    if (a.mentions.some((m) => overlaps(m, s))) return;
    const p = paragraphAt(doc, s.start);
    a.mentions.push({ start: s.start, end: s.end, text, how: 'pronoun', possessive: false, paragraph: p, inHeading: false, role: null });
  };
  quotations.forEach((q, qi) => {
    if (!q.speaker && !q.speakerSpan) return;
    let idx = q.speakerSpan ? mentionAt(q.speakerSpan) : -1;
    if (idx < 0 && q.speaker) idx = byName(q.speaker, q.start);
    if (idx < 0) return;
    drafts[idx].quotes.push(qi);
    if (q.speakerSpan) addPronoun(idx, q.speakerSpan);
  });
  for (const a of attributions) {
    if (a.sourceKind !== 'pronoun' || !a.resolved) continue;
    const idx = byName(a.resolved, a.source.start);
    if (idx >= 0) addPronoun(idx, a.source);
  }
}

function finish(drafts: Draft[]): ActorTable {
  const actors: Actor[] = [];
  const used = new Map<string, number>();
  for (const d of drafts) {
    if (!d.mentions.length) continue;
    d.mentions.sort((a, b) => a.start - b.start);
    // Drop duplicates (a mention found twice, e.g. a pronoun also linked by an attribution).
    const mentions = d.mentions.filter((m, k) => k === 0 || m.start !== d.mentions[k - 1].start);
    const first = mentions.find((m) => !m.inHeading && m.how !== 'pronoun' && m.how !== 'descriptor') ?? mentions[0];
    let id = slug(d.name);
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    if (n) id += '-' + (n + 1);
    const aliases = new Set<string>(d.aliases);
    for (const m of mentions) if (m.how === 'variant' || m.how === 'alias') aliases.add(m.text.replace(/['’]s$/u, ''));
    actors.push({
      id,
      name: d.name,
      kind: d.kind,
      role: (d.roles.find((r) => !COURTESY.has(keyOf(r.text))) ?? d.roles[0])?.text ?? null,
      roles: d.roles,
      mentions,
      quotes: [...new Set(d.quotes)].sort((a, b) => a - b),
      firstMention: first,
      aliases: [...aliases],
    });
  }
  actors.sort((a, b) => a.firstMention.start - b.firstMention.start);
  const byPosition: MentionRef[] = [];
  actors.forEach((a, ai) => a.mentions.forEach((m, mi) => byPosition.push({ start: m.start, end: m.end, actor: ai, mention: mi })));
  byPosition.sort((a, b) => a.start - b.start || a.end - b.end);
  return { actors, byPosition };
}

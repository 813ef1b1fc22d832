/**
 * Pronoun resolution with agreement. `he` and `she` resolve to the nearest
 * person named before them who can be their referent: not one the draft
 * already refers to with the other pronoun, nor one whose role word says
 * otherwise (`spokeswoman`, `chairman`, `Mrs.`), nor one whose newsroom
 * profile gives other `pronouns`; as a last resort, not one whose given name
 * the generated name list (actors/nameLexicon.ts, from compromise's
 * MaleName/FemaleName data) marks as the other gender. Evidence is kept per
 * surname, so `Anna Kowalski` and a later `Kowalski` share it. `they`, `we`
 * and `I` resolve to the nearest person, as before.
 */
import { FEMALE_GIVEN_WORDS, GIVEN_WORDS, MALE_GIVEN_WORDS, ORGANIZATION_WORDS } from '../actors/nameLexicon';
import { ORGANIZATION_PREFIXES, ORGANIZATION_SUFFIXES } from '../lexicon/organizations';
import { ROLE_NOUNS, TITLE_HEADS } from '../lexicon/titles';
import type { ProfileLookup } from '../profiles/types';
import { detach } from '../cache';

export type Gender = 'm' | 'f';

/** Role words that imply the person's pronoun (an English closed list; `spokesperson`, `chair` imply nothing). */
const FEMALE_ROLES = new Set([
  'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'businesswoman', 'anchorwoman',
  'stateswoman', 'sportswoman', 'policewoman', 'alderwoman', 'woman', 'wife', 'mother', 'daughter', 'sister', 'aunt',
  'niece', 'grandmother', 'granddaughter', 'widow', 'queen', 'princess', 'duchess', 'countess', 'actress', 'waitress',
  'mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'dame', 'girl', 'girlfriend', 'fiancee', 'fiancée', 'mom', 'mum',
  'grandma', 'stepmother', 'sister-in-law', 'mother-in-law', 'daughter-in-law', 'nun', 'heiress', 'hostess', 'mme',
]);
const MALE_ROLES = new Set([
  'spokesman', 'chairman', 'congressman', 'councilman', 'assemblyman', 'businessman', 'anchorman', 'statesman',
  'sportsman', 'policeman', 'alderman', 'man', 'husband', 'father', 'son', 'brother', 'uncle', 'nephew', 'grandfather',
  'grandson', 'widower', 'king', 'prince', 'duke', 'earl', 'mr', 'sir', 'lord', 'boy', 'boyfriend', 'fiance', 'fiancé',
  'dad', 'grandpa', 'stepfather', 'brother-in-law', 'father-in-law', 'son-in-law', 'monk', 'heir', 'host',
]);

/** The gender a pronoun agrees with: `he`/`him`/`his` → m, `she`/`her`/`hers` → f; null otherwise. */
export function genderOfPronoun(pronoun: string): Gender | null {
  const p = pronoun.toLowerCase();
  if (p === 'he' || p === 'him' || p === 'his' || p === 'himself') return 'm';
  if (p === 'she' || p === 'her' || p === 'hers' || p === 'herself') return 'f';
  return null;
}

/** The gender a role word in a phrase implies (`A spokeswoman for the ministry, Anna Kowalski`), or null. */
export function genderOfRoleWords(phrase: string): Gender | null {
  let g: Gender | null = null;
  for (const raw of phrase.toLowerCase().split(/[^\p{L}'’-]+/u)) {
    const w = raw.replace(/['’]s$/u, '');
    const f = FEMALE_ROLES.has(w);
    const m = MALE_ROLES.has(w);
    if (!f && !m) continue;
    const here: Gender = f ? 'f' : 'm';
    if (g && g !== here) return null; // `his wife, Ana` names two people: no evidence
    g = here;
  }
  return g;
}

/** The gender a profile's `pronouns` field gives (`she/her`, `he`, `they/them` → null). */
export function genderOfProfilePronouns(pronouns: string | undefined): Gender | null {
  if (!pronouns) return null;
  const first = pronouns.trim().toLowerCase().split(/[\s/,;]+/)[0] ?? '';
  return genderOfPronoun(first);
}

/** Last resort: the gender the given-name list marks for the name's first word (`Anna Kowalski` → f). */
export function genderOfGivenName(name: string): Gender | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const first = words[0].toLowerCase();
  if (FEMALE_GIVEN_WORDS.has(first)) return 'f';
  if (MALE_GIVEN_WORDS.has(first)) return 'm';
  return null;
}

function surnameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s$/u, '').replace(/[.,]$/, '');
}

interface Named {
  name: string;
  at: number;
  /** Evidence that the name is a person's (see `personEvidence`): only such names take `he` and `she`. */
  person: boolean;
}

/**
 * Words that make a capitalised run a body, a place or an event rather than a person (`White House`, `New Hampshire`,
 * `Morning Consult`), besides the organisation words of lexicon/organizations.ts and actors/nameLexicon.ts.
 */
const NOT_PERSON_WORDS = new Set([
  'house', 'senate', 'congress', 'state', 'states', 'city', 'county', 'street', 'republic', 'kingdom', 'america', 'politics',
  'poll', 'polls', 'consult', 'research', 'movement', 'hospital', 'airport', 'river', 'island', 'islands', 'mountain', 'park',
  'valley', 'bay', 'beach', 'east', 'west', 'north', 'south', 'new', 'united', 'national', 'international', 'federal', 'tv',
  'democrats', 'republicans', 'americans', 'day', 'week', 'debate', 'convention', 'caucuses', 'primary', 'ceo', 'pac', 'gop',
]);

/** True when a word of a capitalised run says the run names no person (see `NOT_PERSON_WORDS`). */
function bodyWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]$/, '').replace(/['’]s$/u, '');
  return NOT_PERSON_WORDS.has(w) || ORGANIZATION_SUFFIXES.has(w) || ORGANIZATION_PREFIXES.has(w) || ORGANIZATION_WORDS.has(w);
}

/** Role words beyond the title heads and role nouns of titles.ts that make the name in a phrase a person's. */
const MORE_ROLES = new Set(['voter', 'resident', 'supporter', 'donor', 'veteran', 'worker', 'developer', 'mogul', 'comedian', 'organiser']);
/** Entries of the role-noun list that name a body, not a person. */
const BODY_ROLES = new Set(['agency', 'news agency', 'company']);

/** A lower-case word that makes the name next to it a person's (`Sen.`, `chief`, `spokeswoman`, `voter`). */
function personRole(w: string): boolean {
  return ((TITLE_HEADS.has(w) || ROLE_NOUNS.has(w) || MORE_ROLES.has(w)) && !BODY_ROLES.has(w)) || FEMALE_ROLES.has(w) || MALE_ROLES.has(w);
}

/**
 * Is there evidence that `name` (as named in `phrase`) is a person, and not a
 * place, a body or a capitalised sentence opener (`Florida`, `Nevertheless`,
 * `Footage`)? A name of two to four words with no word of a body or place
 * (`White House`, `New Hampshire`), or one whose first word is a listed given
 * name; a title or role word in the phrase (`Sen. Cruz`, `Kerr Vale, the
 * police chief`); a role word that implies a gender. A single word needs a
 * title or role, or a full name of the same surname in the draft (the caller's
 * `people`).
 */
function personEvidence(name: string, phrase: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length >= 2 && words.length <= 4) {
    if (GIVEN_WORDS.has(words[0].toLowerCase())) return true;
    if (!words.some(bodyWord)) return true;
  }
  if (words.length > 4 || phrase.length <= name.length) return false;
  // A role word other than the name's own words (`Sens.` alone is no person).
  const own = new Set(words.map((w) => w.toLowerCase().replace(/[.,]$/, '')));
  const lower = phrase.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  return lower.some((w) => !own.has(w) && personRole(w));
}

/**
 * Surnames written after a given name or a title in a paragraph (`Donald
 * Trump`, `President Barack Obama`, `Sen. Ted Cruz` → trump, barack, obama,
 * ted, cruz): evidence that a later bare `Trump` is a person.
 */
export function fullNameSurnames(text: string): [surname: string, fullName: string][] {
  const out: [string, string][] = [];
  // Latin letters without the `u` flag: several times faster than `\p{Lu}` on every paragraph; the lookbehind keeps a
  // match from starting inside a word (a 100,000-character hyphenated word stays linear).
  const run = /(?<![A-Za-z0-9\u00C0-\u024F'’.-])[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*\.?(?:[ \u00a0]+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*\.?)+/g;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const words = m[0].split(/[ \u00a0]+/);
    let k = 0;
    while (k < words.length - 1 && !GIVEN_WORDS.has(words[k].toLowerCase()) && !TITLE_HEADS.has(words[k].toLowerCase().replace(/\.$/, ''))) k++;
    const given = GIVEN_WORDS.has(words[k].toLowerCase()) ? k : k + 1;
    // A full name is at most four words from the given name; longer runs (a headline in capitals) give surnames only.
    for (k++; k < words.length; k++) {
      if (/^[\p{Lu}]\.$/u.test(words[k])) continue;
      out.push([surnameKey(words[k]), k - given < 4 ? words.slice(given, k + 1).join(' ').replace(/['’]s$/u, '') : words[k]]);
    }
  }
  return out;
}

/** How far back (in named mentions) a pronoun looks for an agreeing referent. */
const LOOKBACK = 40;

/** Named people seen so far (attribution sources and sentence subjects), for resolving `he`, `she`, `they`. */
export class PersonHistory {
  // All four only grow (entries are appended, never replaced), so a state is a prefix of a later one: see `sizes`.
  private named: Named[] = [];
  /** Draft evidence per surname: role words, and pronouns already resolved to the person. */
  private known = new Map<string, Gender>();
  /** Full names seen per surname, so `Kowalski` finds `Anna Kowalski`'s given name. */
  private fullName = new Map<string, string>();

  constructor(private readonly profiles?: ProfileLookup) {}

  /** The state now, as the sizes of what the history holds (a checkpoint for `prefix`). */
  sizes(): Sizes {
    return [this.named.length, this.known.size, this.fullName.size, this.people.size];
  }

  /**
   * True when this history, which was `other` up to checkpoint `from` (see
   * `prefix`), has since grown exactly as `other` did from `from` to `to`:
   * the same sizes now, the same names in the same order, the same evidence
   * and full names. Positions are not compared (a later pass reads them only
   * against later positions, which all come after them in both versions).
   */
  grewLike(other: PersonHistory, from: Sizes, to: Sizes): boolean {
    if (this.named.length !== to[0] || this.known.size !== to[1] || this.fullName.size !== to[2] || this.people.size !== to[3]) return false;
    for (let k = from[0]; k < to[0]; k++) if (this.named[k].name !== other.named[k].name || this.named[k].person !== other.named[k].person) return false;
    return sameEntries(this.known, other.known, from[1], to[1]) && sameEntries(this.fullName, other.fullName, from[2], to[2]) &&
      sameEntries(this.people, other.people, from[3], to[3]);
  }

  /** Grows as `other` did from checkpoint `from` to `to`, its positions moved by `delta` (a pass that `grewLike` it from there on). */
  growLike(other: PersonHistory, from: Sizes, to: Sizes, delta: number): void {
    for (let k = from[0]; k < to[0]; k++) this.named.push({ name: other.named[k].name, at: other.named[k].at + delta, person: other.named[k].person });
    let k = 0;
    for (const [key, g] of other.known) if (k++ >= from[1] && k <= to[1]) this.known.set(key, g);
    k = 0;
    for (const [key, n] of other.fullName) if (k++ >= from[2] && k <= to[2]) this.fullName.set(key, n);
    k = 0;
    for (const [key] of other.people) if (k++ >= from[3] && k <= to[3]) this.people.set(key, true);
  }

  /**
   * A copy of the history as it was when `sizes()` returned `at` (the
   * history only grows, and maps keep insertion order): what a pass resumed
   * at that point starts from. This history is left as it is.
   */
  prefix(at: Sizes): PersonHistory {
    const h = new PersonHistory(this.profiles);
    h.named = this.named.slice(0, at[0]);
    h.known = firstEntries(this.known, at[1]);
    h.fullName = firstEntries(this.fullName, at[2]);
    h.people = firstEntries(this.people, at[3]);
    return h;
  }

  /** Surnames of the full names with person evidence seen so far (`Anna Kowalski` makes a later `Kowalski` a person). */
  private people = new Map<string, true>();

  /** Surnames the draft writes after a given name or title (`fullNameSurnames`), paragraph by paragraph in text order. */
  addFullNames(names: readonly (readonly [string, string])[]): void {
    for (const [key, full] of names) {
      if (!this.people.has(key)) this.people.set(detach(key), true);
      if (/\s/.test(full) && !this.fullName.has(key)) this.fullName.set(detach(key), detach(full));
    }
  }

  /** A person named at `at`; `phrase` is the phrase naming them (role words there count as evidence). */
  add(name: string, at: number, phrase?: string): void {
    // Sources and subjects arrive in text order, so the list stays sorted.
    // A sentence's subject starting where a cue's source starts adds nothing: the source phrase was read first.
    if (this.named.length && this.named[this.named.length - 1].at >= at) return;
    // An incremental analysis hands the history on to later versions (`prefix`): keep no slice of this one's text.
    name = detach(name);
    const key = surnameKey(name);
    const multi = /\s/.test(name.trim());
    const evidence = personEvidence(name, phrase ?? name);
    if (multi && evidence && !this.people.has(key)) this.people.set(key, true);
    this.named.push({ name, at, person: evidence || (!multi && this.people.has(key)) || this.profileGender(name) !== null });
    if (multi && !this.fullName.has(key)) this.fullName.set(key, name);
    const g = phrase ? genderOfRoleWords(phrase) : null;
    if (g && !this.known.has(key)) this.known.set(key, g);
  }

  /** The draft refers to `name` with `pronoun` (`Blake said he …`). The first evidence per person wins. */
  note(name: string, pronoun: string): void {
    const g = genderOfPronoun(pronoun);
    const key = surnameKey(name);
    if (g && !this.known.has(key)) this.known.set(key, g);
  }

  /** What is known of a person's pronoun: the draft's own usage first, then the profile, then the given name. */
  genderOf(name: string): Gender | null {
    const key = surnameKey(name);
    const known = this.known.get(key);
    if (known) return known;
    const full = this.fullName.get(key) ?? name;
    return this.profileGender(full) ?? genderOfGivenName(full);
  }

  /** The gender a newsroom profile's `pronouns` give the person, or null (no profile, no field, lookup failure). */
  private profileGender(name: string): Gender | null {
    if (!this.profiles) return null;
    try {
      return genderOfProfilePronouns(this.profiles.lookup(name)?.pronouns);
    } catch {
      // A profile index that fails never stops attribution.
      return null;
    }
  }

  resolve(pronoun: string, at: number): string | null {
    const p = pronoun.toLowerCase();
    if (p === 'it' || p === 'you') return null;
    const hi = this.lastIndexBefore(at);
    if (hi < 0) return null;
    const want = genderOfPronoun(p);
    if (!want) return this.named[hi].name;
    // `he` and `she` take the nearest agreeing name with evidence of a person; only when there is none, the nearest
    // agreeing name (a surname the draft never wrote in full).
    const lo = Math.max(0, hi - LOOKBACK);
    const pick = this.nearestAgreeing(hi, lo, want, true) ?? this.nearestAgreeing(hi, lo, want, false);
    if (!pick) return null;
    if (!this.genderOf(pick.name)) this.known.set(surnameKey(pick.name), want);
    return pick.name;
  }

  private nearestAgreeing(hi: number, lo: number, want: Gender, person: boolean): Named | null {
    for (let i = hi; i >= lo; i--) {
      const cand = this.named[i];
      if (person && !cand.person) continue;
      const g = this.genderOf(cand.name);
      if (g && g !== want) continue;
      return cand;
    }
    return null;
  }

  private lastIndexBefore(at: number): number {
    let lo = 0;
    let hi = this.named.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.named[mid].at < at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}

/** A checkpoint of a `PersonHistory`: how many names, evidence entries, full names and person surnames it held. */
export type Sizes = readonly [number, number, number, number];

/** True when entries `from` to `to` (exclusive) of `a` and `b`, in insertion order, are the same. */
function sameEntries<K, V>(a: Map<K, V>, b: Map<K, V>, from: number, to: number): boolean {
  if (from >= to) return true;
  const ia = a.entries();
  const ib = b.entries();
  for (let k = 0; k < to; k++) {
    const x = ia.next().value as [K, V];
    const y = ib.next().value as [K, V];
    if (k >= from && (x[0] !== y[0] || x[1] !== y[1])) return false;
  }
  return true;
}

/** A new map of the first `n` entries of `m`, in order. */
function firstEntries<K, V>(m: Map<K, V>, n: number): Map<K, V> {
  const out = new Map<K, V>();
  if (n === 0) return out;
  for (const [k, v] of m) {
    out.set(k, v);
    if (out.size >= n) break;
  }
  return out;
}

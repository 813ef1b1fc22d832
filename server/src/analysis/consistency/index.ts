/**
 * Does the draft agree with itself? One pass over the actor table and the
 * figures gathers every age, office title and spelling per person and every
 * stated quantity, and finds the pairs that disagree. The four consistency
 * rules read its result (computed once per analysis).
 *
 * Each conflict sits on the later of the two mentions, with the earlier one
 * as related information; against a profile it sits on the draft's mention;
 * against the headline or deck on the body's mention. Precision first:
 * published, edited copy should raise almost nothing.
 */
import type { DocumentAnalysis } from '../analyze';
import { detach, memo } from '../cache';
import { sentenceAt } from '../document';
import type { Actor, ActorMention } from '../actors/types';
import { normalizeName as normalizeNameUncached } from '../actors/names';
import { lastStartingBy } from '../actors';
import { quoteIntervals } from '../quotes/intervals';
import { matchProfile } from '../profiles/match';
import type { Profile } from '../profiles/types';
import type { RelatedSpan, Span } from '../types';
import { agesFromBirth, findAges, type AgeMention } from './ages';
import { isMisspelling } from './edits';
import { paragraphFigures, scanFigures, typoLike, type Figure } from './figures';
import { headlineParagraphs, headlineParts } from './headline';
import { lineOf } from './lines';
import { compatible, officeOf, officeOfRole, type Office } from './titles';

/** One disagreement: where it is reported, what it says, the other place, and what a quick fix writes. */
export interface Conflict extends Span {
  message: string;
  related: RelatedSpan[];
  /** The quick fix's edit, when there is one: replace `fix` (a span of the draft) with `replacement`. */
  fix?: { start: number; end: number; replacement: string; title: string };
}

/** What the actor card shows: every age, title and spelling of a person, with lines. */
export interface ActorFacts {
  ages: { age: number; line: number }[];
  titles: { title: string; line: number }[];
  spellings: { spelling: string; line: number; count: number }[];
}

export interface ConsistencyFacts {
  age: Conflict[];
  title: Conflict[];
  name: Conflict[];
  number: Conflict[];
}

/** Name keys of the analysis being checked: the same few names recur in every mention. */
let nameKeys = new Map<string, string>();

function normalizeName(s: string): string {
  let k = nameKeys.get(s);
  if (k === undefined) nameKeys.set(s, (k = normalizeNameUncached(s)));
  return k;
}

const cache = new WeakMap<DocumentAnalysis, { facts: ConsistencyFacts; profiles: unknown; version: number | undefined; size: number }>();

/**
 * The consistency facts of an analysis, computed on first use and shared by
 * the four rules; computed again when the profile index has changed (a cached
 * analysis is re-checked after a profile edit).
 */
export function consistencyOf(a: DocumentAnalysis): ConsistencyFacts {
  const p = a.options.profiles;
  const hit = cache.get(a);
  if (hit && hit.profiles === p && hit.version === p?.version && hit.size === (p?.size ?? 0)) return hit.facts;
  nameKeys = new Map();
  const facts = build(a);
  nameKeys = new Map(); // keys are slices of this version of the draft: do not keep them
  cache.set(a, { facts, profiles: p, version: p?.version, size: p?.size ?? 0 });
  return facts;
}

function build(a: DocumentAnalysis): ConsistencyFacts {
  const line = (offset: number): number => lineOf(a.doc, a.doc.text, offset);
  const quotes = quoteSpans(a);
  const facts: ConsistencyFacts = { age: [], title: [], name: [], number: [] };
  // Names first: two actors that are one person spelled two ways count as one for ages and titles.
  const sameAs = checkNames(a, facts, line, quotes);
  const canonical = (i: number): number => sameAs.get(i) ?? i;
  const ages = findAges(a);
  for (const m of ages) m.actor = canonical(m.actor);
  checkAges(a, ages, facts, line);
  checkTitles(a, facts, line, quotes, canonical);
  checkFigures(a, facts, line, quotes);
  return facts;
}

/**
 * Every age, title and spelling the draft gives one person, with lines (the
 * actor card's record). Computed when a card asks, not on every keystroke.
 */
export function actorFactsOf(a: DocumentAnalysis, actorIndex: number): ActorFacts | null {
  const actor = a.actors.actors[actorIndex];
  if (!actor || actor.kind !== 'person') return null;
  const line = (offset: number): number => lineOf(a.doc, a.doc.text, offset);
  const facts: ActorFacts = { ages: [], titles: [], spellings: [] };
  for (const m of findAges(a)) if (m.actor === actorIndex) facts.ages.push({ age: m.age, line: line(m.start) });
  const titles = new Map<string, number>();
  const spellings = new Map<string, { spelling: string; line: number; count: number }>();
  for (const m of actor.mentions) {
    if (!usableMention(m)) continue;
    if (m.role && !titles.has(m.role.text)) titles.set(m.role.text, line(m.role.start));
    const w = lastWord(m.text);
    const sp = spellings.get(w);
    if (sp) sp.count++;
    else spellings.set(w, { spelling: w, line: line(m.start), count: 1 });
  }
  facts.titles = [...titles].map(([title, l]) => ({ title, line: l }));
  if (spellings.size > 1) facts.spellings = [...spellings.values()];
  return facts.ages.length || facts.titles.length || facts.spellings.length ? facts : null;
}

/** Quotation content intervals (titles are not speech): the speaker's words are not the reporter's statements. */
function quoteSpans(a: DocumentAnalysis): Span[] {
  return quoteIntervals(a.quotations, (q) => !q.isTitle);
}

/** True when `at` lies inside one of `spans` (sorted, disjoint). */
function insideAny(spans: readonly Span[], at: number): boolean {
  const i = lastStartingBy(spans, at);
  return i >= 0 && at < spans[i].end;
}

function profileOf(a: DocumentAnalysis, actor: Actor): Profile | null {
  return matchProfile(actor, a.options.profiles);
}

// --- Ages -------------------------------------------------------------------------------------------------------

function checkAges(a: DocumentAnalysis, ages: readonly AgeMention[], facts: ConsistencyFacts, line: (o: number) => number): void {
  const byActor = new Map<number, AgeMention[]>();
  for (const m of ages) {
    const list = byActor.get(m.actor);
    if (list) list.push(m);
    else byActor.set(m.actor, [m]);
  }
  for (const [ai, list] of byActor) {
    const actor = a.actors.actors[ai];
    const profile = profileOf(a, actor);
    const expected = profile?.born ? agesFromBirth(profile.born, a.publicationDate.iso) : [];
    if (expected.length) {
      for (const m of list) {
        if (expected.includes(m.age)) continue;
        const shown = expected.length === 1 ? String(expected[0]) : `${expected[0]} or ${expected[1]}`;
        facts.age.push({
          start: m.start,
          end: m.end,
          message: `${actor.name} is given as ${m.age} here (line ${line(m.start)}), but the profile's birth date (${profile!.born}) makes ${possessive(actor)} age ${shown} on ${a.publicationDate.iso}. Check the age.`,
          related: [],
          fix: expected.length === 1 ? { start: m.start, end: m.end, replacement: String(expected[0]), title: `Use the profile's age: ${expected[0]}` } : undefined,
        });
      }
      continue;
    }
    const first = list[0];
    for (const m of list.slice(1)) {
      if (m.age === first.age) continue;
      facts.age.push({
        start: m.start,
        end: m.end,
        message: `${actor.name} is ${m.age} here (line ${line(m.start)}) but ${first.age} on line ${line(first.start)}. Check which age is right.`,
        related: [{ start: first.start, end: first.end, message: `${actor.name} is ${first.age} here` }],
        fix: { start: m.start, end: m.end, replacement: String(first.age), title: `Use ${first.age}, as on line ${line(first.start)}` },
      });
    }
  }
}

function possessive(actor: Actor): string {
  return actor.name.split(' ').pop() + '’s';
}

// --- Titles -----------------------------------------------------------------------------------------------------

interface TitledMention {
  office: Office;
  span: Span;
  mention: ActorMention;
}

function checkTitles(a: DocumentAnalysis, facts: ConsistencyFacts, line: (o: number) => number, quotes: readonly Span[], canonical: (i: number) => number): void {
  const groups = new Map<number, ActorMention[]>();
  a.actors.actors.forEach((actor, i) => {
    if (actor.kind !== 'person') return;
    const k = canonical(i);
    groups.set(k, [...(groups.get(k) ?? []), ...actor.mentions]);
  });
  for (const [i, mentions] of groups) {
    const actor = a.actors.actors[i];
    mentions.sort((x, y) => x.start - y.start);
    const titled: TitledMention[] = [];
    const own = normalizeName(actor.name);
    for (const m of mentions) {
      if (!m.role || m.how === 'pronoun' || insideAny(quotes, m.start)) continue;
      // A full name other than the actor's (`George H.W. Bush` merged into `George W. Bush`) may be someone else,
      // unless it is the same name misspelt (then the name rule has reported it).
      if (m.text.includes(' ') && normalizeName(m.text.replace(/['’]s$/u, '')) !== own && !oneWordMisspelled(m.text, actor.name)) continue;
      const office = officeOfRole(m.role.text);
      if (office) titled.push({ office, span: { start: m.role.start, end: m.role.end }, mention: m });
    }
    const profile = profileOf(a, actor);
    const profileOffice = profile?.title ? officeOf(profile.title) : null;
    if (profileOffice) {
      // The draft against the newsroom's record: a change in office is the common real error.
      const clash = titled.find((t) => !compatible(t.office, profileOffice));
      if (clash) {
        facts.title.push({
          start: clash.span.start,
          end: clash.span.end,
          message: `"${clash.office.text}" for ${actor.name} (line ${line(clash.span.start)}) differs from the profile's title, "${profile!.title}". Check whether the office changed.`,
          related: [],
          fix: { start: clash.span.start, end: clash.span.end, replacement: titleLike(profile!.title!, clash.mention), title: `Use the profile's title: "${profile!.title}"` },
        });
      }
      continue;
    }
    // Distinct offices seen so far (a person's title repeats: the list stays short however long the draft).
    const seen: TitledMention[] = [];
    const seenKeys = new Set<string>();
    const reported = new Set<string>();
    for (const t of titled) {
      const key = `${t.office.head}|${t.office.ranks.join()}|${t.office.of.join()}`;
      if (seenKeys.has(key)) continue;
      const earlier = seen.find((x) => !compatible(x.office, t.office) && !compatible(t.office, x.office));
      if (earlier && !seen.some((x) => compatible(x.office, t.office)) && !reported.has(key)) {
        reported.add(key);
        facts.title.push({
          start: t.span.start,
          end: t.span.end,
          message: `${actor.name} is "${t.office.text}" here (line ${line(t.span.start)}) but "${earlier.office.text}" on line ${line(earlier.span.start)}. One person holds one office: check the title.`,
          related: [{ start: earlier.span.start, end: earlier.span.end, message: `${actor.name} is "${earlier.office.text}" here` }],
          fix: { start: t.span.start, end: t.span.end, replacement: titleLike(earlier.office.text, t.mention), title: `Use "${earlier.office.text}", as on line ${line(earlier.span.start)}` },
        });
      }
      seenKeys.add(key);
      seen.push(t);
    }
  }
}

/** A title written the way the mention it replaces is written: capitalised before a name, lower case in an appositive. */
function titleLike(title: string, m: ActorMention): string {
  return m.role?.source === 'appositive' ? title.replace(/^(?:the\s+)?/i, '').toLowerCase() : title;
}

// --- Names ------------------------------------------------------------------------------------------------------

function usableMention(m: ActorMention): boolean {
  return m.how !== 'pronoun' && m.how !== 'descriptor';
}

/** The last word of a mention's name (the surname as written), without a possessive ending. */
function lastWord(text: string): string {
  let end = text.length;
  if (end > 2 && (text.endsWith("'s") || text.endsWith('’s'))) end -= 2;
  const sp = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('\n', end - 1), text.lastIndexOf('\u00a0', end - 1));
  return sp < 0 && end === text.length ? text : text.slice(sp + 1, end);
}

/** Reports names spelled two ways; returns, by actor index, the actor a misspelt one is the same person as. */
function checkNames(a: DocumentAnalysis, facts: ConsistencyFacts, line: (o: number) => number, quotes: readonly Span[]): Map<number, number> {
  const sameAs = new Map<number, number>();
  const indexOf = new Map(a.actors.actors.map((x, i) => [x, i] as const));
  const headings = headlineParagraphs(headlineParts(a));
  const people = a.actors.actors.filter((x) => x.kind === 'person');
  // (1) One actor, two spellings of the surname (the actor table links `Adeyemy` to `Adeyemi` as a variant).
  for (const actor of people) {
    const own = actor.mentions.filter((m) => usableMention(m) && !insideAny(quotes, m.start));
    const counts = new Map<string, { spelling: string; mentions: ActorMention[] }>();
    for (const m of own) {
      const w = lastWord(m.text);
      const k = normalizeName(w);
      const e = counts.get(k);
      if (e) e.mentions.push(m);
      else counts.set(k, { spelling: w, mentions: [m] });
    }
    if (counts.size < 2) continue;
    const spellings = [...counts.values()];
    const profile = profileOf(a, actor);
    const fromProfile = profile ? spellings.find((s) => profileSpells(profile, s.spelling)) : undefined;
    // The draft's majority spelling (the first written on a tie) unless the profile says otherwise.
    const right = fromProfile ?? spellings.reduce((best, s) => (s.mentions.length > best.mentions.length ? s : best));
    for (const s of spellings) {
      if (s === right || !isMisspelling(s.spelling, right.spelling) && !sameLoose(s.spelling, right.spelling)) continue;
      for (const m of s.mentions) {
        const wordStart = m.start + m.text.lastIndexOf(s.spelling);
        const wordEnd = wordStart + s.spelling.length;
        const inHead = headings.has(m.paragraph) || m.inHeading;
        const anchor = inHead ? right.mentions.find((x) => !x.inHeading && !headings.has(x.paragraph)) : undefined;
        const where = anchor ?? m;
        const other = anchor ? m : right.mentions[0];
        facts.name.push({
          start: anchor ? anchor.start + anchor.text.lastIndexOf(right.spelling) : wordStart,
          end: anchor ? anchor.start + anchor.text.lastIndexOf(right.spelling) + right.spelling.length : wordEnd,
          message: anchor
            ? `The headline spells ${actor.name}'s name "${s.spelling}" (line ${line(m.start)}); the story spells it "${right.spelling}" here (line ${line(where.start)}). Use one spelling.`
            : `"${s.spelling}" here (line ${line(m.start)}) is spelled "${right.spelling}" on line ${line(other.start)}${fromProfile ? ' and in the profile' : ''}. Use one spelling.`,
          related: [{ start: other.start, end: other.end, message: `spelled "${anchor ? s.spelling : right.spelling}" here` }],
          fix: { start: wordStart, end: wordEnd, replacement: right.spelling, title: `Spell it "${right.spelling}"` },
        });
      }
    }
  }
  // (2) Two actors whose names differ by a small edit in one word (`Katherine Bell`, `Katharine Bell`; a surname
  // alone, `MacDonald`, against `Paul McDonald`): one person spelled two ways.
  const full = people.filter((x) => x.name.includes(' '));
  // A surname compared alone must belong to a real name (not a headline glued into an actor), outside headings.
  const named = full.filter((x) => x.name.split(/\s+/).length <= 4 && x.mentions.some((m) => !m.inHeading));
  const alone = people.filter((x) => !x.name.includes(' ') && x.mentions.some((m) => m.how !== 'pronoun' && m.how !== 'descriptor' && !m.inHeading));
  const done = new Set<Actor>();
  for (const [x, y] of candidatePairs(full, named, alone)) {
    {
      if (done.has(x) || done.has(y)) continue;
      const diff = y.name.includes(' ') ? oneWordMisspelled(x.name, y.name) : surnameMisspelled(x.name, y.name);
      if (!diff) continue;
      const [major, minor] = y.mentions.length > x.mentions.length ? [y, x] : [x, y];
      const [rightWord, wrongWord] = major === x ? diff : [diff[1], diff[0]];
      const profile = profileOf(a, major) ?? profileOf(a, minor);
      const target = profile && profileSpells(profile, wrongWord) && !profileSpells(profile, rightWord) ? minor : major;
      const wrong = target === major ? minor : major;
      const [goodWord, badWord] = target === major ? [rightWord, wrongWord] : [wrongWord, rightWord];
      // Outside quotations only: a speaker's `the Barry Bennetts of the world` is no spelling of the story's.
      const m = wrong.mentions.find((z) => usableMention(z) && z.text.includes(badWord) && !insideAny(quotes, z.start));
      const other = target.mentions.find((z) => usableMention(z) && !insideAny(quotes, z.start));
      if (!m || !other) continue;
      done.add(wrong);
      sameAs.set(indexOf.get(wrong)!, indexOf.get(target)!);
      const at = m.start + m.text.indexOf(badWord);
      facts.name.push({
        start: at,
        end: at + badWord.length,
        message: `"${wrong.name}" here (line ${line(at)}) looks like "${target.name}" on line ${line(other.start)} spelled another way. Use one spelling, or make clear they are two people.`,
        related: [{ start: other.start, end: other.end, message: `spelled "${target.name}" here` }],
        fix: { start: at, end: at + badWord.length, replacement: goodWord, title: `Spell it "${goodWord}"` },
      });
    }
  }
  // (3) A name a small edit away from a profile's name or alias: the newsroom's record has the spelling.
  const profiles = a.options.profiles;
  if (profiles?.similar && profiles.size > 0) {
    for (const actor of full) {
      if (matchProfile(actor, profiles) || done.has(actor)) continue;
      const near = profiles.similar(actor.name);
      if (near.length !== 1) continue;
      const p = near[0];
      const spelled = [p.name, ...p.aliases].map((n) => oneWordMisspelled(actor.name, n)).find(Boolean);
      if (!spelled) continue;
      const [bad, good] = spelled;
      const m = actor.mentions.find((z) => usableMention(z) && z.text.includes(bad));
      if (!m) continue;
      const at = m.start + m.text.indexOf(bad);
      facts.name.push({
        start: at,
        end: at + bad.length,
        message: `"${actor.name}" (line ${line(at)}) is spelled "${p.name}" in the profile (${p.file}). Check the spelling.`,
        related: [],
        fix: { start: at, end: at + bad.length, replacement: good, title: `Spell it "${good}", as the profile does` },
      });
    }
  }
  return sameAs;
}

/** Buckets bigger than this are a list of names, not one person spelled two ways (and would cost pairs squared). */
const MAX_BUCKET = 50;

function bucketPush<T>(map: Map<string, T[]>, key: string, x: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [x]);
  else if (list[list.length - 1] !== x) list.push(x);
}

/** `s` and every string with one letter of it deleted: two words one edit apart share one of these. */
function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/**
 * The pairs worth comparing, found by blocking rather than by comparing every
 * pair: full names that agree in all words but one (same key with that word
 * masked), and a surname alone against surnames one edit away (a shared
 * deletion). Linear in the number of actors for any real draft.
 */
function candidatePairs(full: readonly Actor[], named: readonly Actor[], alone: readonly Actor[]): [Actor, Actor][] {
  // The same names recur from keystroke to keystroke: the pairs of names are memoised by the lists of names.
  const key = [full, named, alone].map((list) => list.map((x) => x.name).join('\u0001')).join('\u0002');
  const byName = new Map<string, Actor>();
  for (const x of [...full, ...alone]) if (!byName.has(x.name)) byName.set(x.name, x);
  const names = memo('consistency.pairs', key, () => namePairs(full.map((x) => detach(x.name)), named.map((x) => detach(x.name)), alone.map((x) => detach(x.name))));
  return names.map(([x, y]) => [byName.get(x)!, byName.get(y)!]);
}

/** `candidatePairs` over names: full names, the full names a surname alone may belong to, and surnames alone. */
function namePairs(full: readonly string[], named: readonly string[], alone: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const add = (x: string, y: string, i: number, j: number): void => {
    const k = i < j ? `${i}|${j}` : `${j}|${i}`;
    if (seen.has(k)) return;
    seen.add(k);
    pairs.push([x, y]);
  };
  const index = new Map<string, number>();
  [...full, ...alone].forEach((x, i) => index.set(x, i));
  // Full names: the other words equal, and the differing word one deletion from the other's.
  const byMask = new Map<string, string[]>();
  for (const x of full) {
    const ws = normalizeName(x).split(' ');
    for (let i = 0; i < ws.length; i++) {
      const mask = `${ws.length}|${ws.map((w, j) => (j === i ? '*' : w)).join(' ')}|`;
      for (const d of deletions(ws[i])) bucketPush(byMask, mask + d, x);
    }
  }
  for (const bucket of byMask.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) add(bucket[i], bucket[j], index.get(bucket[i])!, index.get(bucket[j])!);
  }
  const bySurname = new Map<string, string[]>();
  for (const x of named) for (const d of deletions(normalizeName(x.split(/\s+/).pop()!))) bucketPush(bySurname, d, x);
  for (const y of alone) {
    for (const d of deletions(normalizeName(y))) {
      const bucket = bySurname.get(d);
      if (!bucket || bucket.length > MAX_BUCKET) continue;
      for (const x of bucket) add(x, y, index.get(x)!, index.get(y)!);
    }
  }
  return pairs;
}

/** `[surnameOfFull, single]` when a one-word name is a misspelling of the last word of a full name. */
function surnameMisspelled(fullName: string, single: string): [string, string] | null {
  const last = fullName.split(/\s+/).pop()!;
  const a = normalizeName(last);
  const b = normalizeName(single);
  // `the Clintons`, `the Ebelings`: a family, not a misspelling.
  if (b === a + 's' || b === a + 'es') return null;
  return isMisspelling(a, b) ? [last, single] : null;
}

function sameLoose(x: string, y: string): boolean {
  return normalizeName(x).replace(/(\p{L})\1+/gu, '$1') === normalizeName(y).replace(/(\p{L})\1+/gu, '$1');
}

/** True when the profile's name or an alias uses `word` as written (case- and accent-insensitive). */
function profileSpells(p: Profile, word: string): boolean {
  const k = normalizeName(word);
  return [p.name, ...p.aliases].some((n) => normalizeName(n).split(' ').includes(k));
}

/** `[wordOfX, wordOfY]` when two names have the same words but one, and those two are a misspelling of each other. */
function oneWordMisspelled(x: string, y: string): [string, string] | null {
  const xs = x.split(/\s+/);
  const ys = y.split(/\s+/);
  if (xs.length !== ys.length) return null;
  let diff: [string, string] | null = null;
  for (let i = 0; i < xs.length; i++) {
    if (normalizeName(xs[i]) === normalizeName(ys[i])) continue;
    if (diff || !isMisspelling(normalizeName(xs[i]), normalizeName(ys[i]))) return null;
    diff = [xs[i], ys[i]];
  }
  return diff;
}

// --- Figures ----------------------------------------------------------------------------------------------------

interface PlacedFigure extends Figure {
  paragraph: number;
  sentence: number;
  headline: boolean;
}

function checkFigures(a: DocumentAnalysis, facts: ConsistencyFacts, line: (o: number) => number, quotes: readonly Span[]): void {
  const parts = headlineParts(a);
  const headings = headlineParagraphs(parts);
  const all: PlacedFigure[] = [];
  const front: PlacedFigure[] = [];
  for (const part of parts.filter((p) => p.kind === 'front-matter')) {
    for (const f of scanFigures(part.text)) front.push({ ...f, start: part.start + f.start, end: part.start + f.end, paragraph: -1, sentence: -1, headline: true });
  }
  // Only a quantity stated at least twice can disagree: count first (the paragraph scans are cached), then place those.
  const counts = new Map<string, number>();
  for (const f of front) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const texts = a.doc.paragraphTexts;
  const scans: (readonly Figure[])[] = a.doc.paragraphs.map((p) => paragraphFigures(texts[p.index]));
  for (const fs of scans) for (const f of fs) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  all.push(...front);
  for (const p of a.doc.paragraphs) {
    for (const f of scans[p.index]) {
      if ((counts.get(f.key) ?? 0) < 2) continue;
      const start = p.start + f.start;
      if (insideAny(quotes, start)) continue;
      all.push({ ...f, start, end: p.start + f.end, paragraph: p.index, sentence: sentenceAt(a.doc, start), headline: headings.has(p.index) });
    }
  }
  const groups = new Map<string, PlacedFigure[]>();
  for (const f of all) {
    const k = f.key;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const g of groups.values()) {
    const head = g.filter((f) => f.headline);
    const body = g.filter((f) => !f.headline);
    if (!body.length) continue;
    const what = g[0].unit === 'tally' ? 'vote' : g[0].head;
    // The headline or deck against the body: reported on the body's mention, unless the body also agrees somewhere.
    for (const h of head) {
      if (body.some((b) => b.value === h.value)) continue;
      if (h.unit === 'count' && !body.some((b) => b.phrase === h.phrase && typoLike(b.written, h.written))) continue;
      const values = new Set(body.map((b) => b.value));
      if (values.size !== 1) continue;
      const b = body[0];
      facts.number.push({
        start: b.start,
        end: b.end,
        message: `The ${what} is ${b.written} here (line ${line(b.start)}) but ${h.written} in the headline or deck (line ${line(h.start)}). Check the figure.`,
        related: [{ start: h.start, end: h.end, message: `${h.written} in the headline or deck` }],
      });
    }
    // In the body: a definite back-reference (`the 5-1 vote`) to a figure the draft gave once, with another value.
    // One pass: the values given in earlier sentences (per phrase for counts), added a sentence at a time.
    const given = new Map<string, Map<string, PlacedFigure>>();
    const allValues = new Set<string>();
    let pending: PlacedFigure[] = [];
    let sentence = -2;
    const flush = (): void => {
      for (const e of pending) {
        const k = e.unit === 'count' ? e.phrase : '';
        let m = given.get(k);
        if (!m) given.set(k, (m = new Map()));
        if (!m.has(e.value)) m.set(e.value, e);
      }
      pending = [];
    };
    for (const f of body) {
      if (f.sentence !== sentence) {
        flush();
        sentence = f.sentence;
      }
      const earlier = given.get(f.unit === 'count' ? f.phrase : '');
      const seenValue = allValues.has(f.value);
      pending.push(f);
      allValues.add(f.value);
      if (!f.definite || !earlier || earlier.size !== 1 || seenValue) continue;
      const e = earlier.values().next().value as PlacedFigure;
      if (f.unit === 'count' && !typoLike(e.written, f.written)) continue;
      facts.number.push({
        start: f.start,
        end: f.end,
        message: `The ${what} is ${f.written} here (line ${line(f.start)}) but ${e.written} on line ${line(e.start)}. Check which figure is right.`,
        related: [{ start: e.start, end: e.end, message: `${e.written} here` }],
        fix: { start: f.start, end: f.end, replacement: e.written, title: `Use ${e.written}, as on line ${line(e.start)}` },
      });
    }
  }
  facts.number.sort((x, y) => x.start - y.start);
}

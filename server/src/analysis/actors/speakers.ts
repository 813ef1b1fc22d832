/**
 * Who most likely said an unattributed quotation: the candidates the quick fixes offer, ranked.
 *
 * 1. Likely: people who spoke (a quotation or a speech cue attributed to them) in the quotation's paragraph or the
 *    paragraph before it, and the person who is the subject of the sentence just before the quotation.
 * 2. Also likely: other people named in the quotation's paragraph or the paragraph before.
 * 3. Unlikely: people named further back, nearest first; after them, people the quotation names (it is about them)
 *    and people the sentence before argues against (`criticized Okafor`, `against Okafor`).
 *
 * Each candidate carries how a fix writes it: the surname, since the draft has already named the person in full
 * (AP: the surname after the first reference), or the full name when two candidates share a surname.
 */
import type { DocumentAnalysis } from '../analyze';
import type { Quotation } from '../types';
import { actorByName, lastStartingBy, nearestPeopleBefore } from './index';
import type { Actor } from './types';

export interface SpeakerCandidate {
  actor: Actor;
  /** The full name (`Denise Okafor`). */
  name: string;
  /** How an attribution writes it here (`Okafor`). */
  writeAs: string;
  /** 1 likely, 2 also likely, 3 unlikely. */
  tier: 1 | 2 | 3;
}

/** Verbs and prepositions after which a person is argued against, not speaking. */
const AGAINST = /\b(?:against|criticized|criticised|accused|blamed|attacked|opposed|rejected|defied|denounced|condemned|challenged|faulted|protested)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u;

function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w));
  return words[words.length - 1] ?? name;
}

function isNamed(how: string): boolean {
  return how !== 'pronoun' && how !== 'descriptor';
}

/** Per analysis, built once: who speaks and who is named in each paragraph (so ranking a quote is local work). */
interface SpeakerIndex {
  speakers: Map<number, Set<Actor>>;
  named: Map<number, Array<{ actor: Actor; start: number }>>;
}
const indexes = new WeakMap<DocumentAnalysis, SpeakerIndex>();

function paragraphOf(a: DocumentAnalysis, offset: number): number {
  const i = lastStartingBy(a.doc.paragraphs, offset);
  return i >= 0 && offset < a.doc.paragraphs[i].end ? i : -1;
}

function speakerIndex(a: DocumentAnalysis): SpeakerIndex {
  let ix = indexes.get(a);
  if (ix) return ix;
  ix = { speakers: new Map(), named: new Map() };
  const addSpeaker = (offset: number, actor: Actor | null): void => {
    const p = paragraphOf(a, offset);
    if (p < 0 || !actor || actor.kind !== 'person') return;
    let set = ix!.speakers.get(p);
    if (!set) ix!.speakers.set(p, (set = new Set()));
    set.add(actor);
  };
  const byName = new Map<string, Actor | null>();
  const actorOf = (name: string): Actor | null => {
    if (!byName.has(name)) byName.set(name, actorByName(a, name));
    return byName.get(name) ?? null;
  };
  for (const q of a.quotations) if (q.status !== 'unattributed' && q.speaker) addSpeaker(q.start, actorOf(q.speaker));
  for (const s of a.attributions) if (s.resolved) addSpeaker(s.cue.start, actorOf(s.resolved));
  for (const actor of a.actors.actors) {
    if (actor.kind !== 'person') continue;
    for (const m of actor.mentions) {
      if (!isNamed(m.how)) continue;
      const p = paragraphOf(a, m.start);
      if (p < 0) continue;
      let list = ix.named.get(p);
      if (!list) ix.named.set(p, (list = []));
      list.push({ actor, start: m.start });
    }
  }
  indexes.set(a, ix);
  return ix;
}

/** Up to `max` ranked speaker candidates for quotation `q`. */
export function likelySpeakers(a: DocumentAnalysis, q: Pick<Quotation, 'start' | 'end'>, max = 3): SpeakerCandidate[] {
  const ix = speakerIndex(a);
  const paragraphs = a.doc.paragraphs;
  const pi = paragraphOf(a, q.start);
  let prev = pi - 1;
  while (prev >= 0 && paragraphs[prev].isHeading) prev--;
  const near = pi >= 0 ? (prev >= 0 ? [prev, pi] : [pi]) : [];
  const from = prev >= 0 ? paragraphs[prev].start : pi >= 0 ? paragraphs[pi].start : q.start;

  const score = new Map<Actor, number>();
  const bump = (actor: Actor, tier: number): void => {
    const had = score.get(actor);
    if (had === undefined || tier < had) score.set(actor, tier);
  };
  // Speakers nearby: attributed quotations and speech cues (paraphrase) in this paragraph or the one before.
  for (const p of near) for (const actor of ix.speakers.get(p) ?? []) bump(actor, 1);
  // The sentence before the quotation: its subject (a person named at its start) is likely, whom it argues against is not.
  const si = lastStartingBy(a.doc.sentences, q.start - 1);
  let before = si >= 0 ? a.doc.sentences[si] : null;
  if (before && before.end > q.start) before = si > 0 ? a.doc.sentences[si - 1] : null;
  if (before && before.start < from) before = null;
  const against = new Set<Actor>();
  for (const p of near) {
    for (const { actor, start } of ix.named.get(p) ?? []) {
      if (start >= q.start) continue;
      if (before && start >= before.start && start < before.end) {
        const lead = a.doc.text.slice(before.start, start);
        if (AGAINST.test(lead)) against.add(actor);
        else if (/^[\s"“‘'(]*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,4}$/u.test(lead)) bump(actor, 1); // the subject, after any title
      }
      bump(actor, 2);
    }
  }
  // The quotation is about the people it names.
  const about = new Set<Actor>();
  const refs = a.actors.byPosition;
  for (let i = Math.max(0, lastStartingBy(refs, q.start - 1) + 1); i < refs.length && refs[i].start < q.end; i++) {
    if (refs[i].start >= q.start) about.add(a.actors.actors[refs[i].actor]);
  }

  const ranked: Array<{ actor: Actor; tier: 1 | 2 | 3; order: number }> = [];
  const seen = new Set<Actor>();
  nearestPeopleBefore(a, q.start, max + 3).forEach((actor, order) => {
    seen.add(actor);
    const demoted = about.has(actor) || against.has(actor);
    const tier = demoted ? 3 : ((score.get(actor) ?? 3) as 1 | 2 | 3);
    ranked.push({ actor, tier, order: order + (demoted ? 1000 : 0) });
  });
  for (const [actor, tier] of score) if (!seen.has(actor) && !about.has(actor) && !against.has(actor)) ranked.push({ actor, tier: tier as 1 | 2, order: 500 });
  ranked.sort((x, y) => x.tier - y.tier || x.order - y.order);
  const top = ranked.slice(0, max);
  const surnames = new Map<string, number>();
  for (const r of top) surnames.set(surnameOf(r.actor.name).toLowerCase(), (surnames.get(surnameOf(r.actor.name).toLowerCase()) ?? 0) + 1);
  return top.map((r) => {
    const sur = surnameOf(r.actor.name);
    const firstBefore = r.actor.firstMention.start < q.start;
    const writeAs = firstBefore && (surnames.get(sur.toLowerCase()) ?? 0) === 1 ? sur : r.actor.name;
    return { actor: r.actor, name: r.actor.name, writeAs, tier: r.tier };
  });
}

/**
 * Actors: who is in the story. `findActors` builds the table (see
 * `table.ts`); the helpers answer position questions for hovers, navigation
 * and quick fixes.
 */
import type { DocumentAnalysis } from '../analyze';
import type { DocumentModel } from '../document';
import type { Attribution, Quotation } from '../types';
import { buildActorTable } from './table';
import type { Actor, ActorMention, ActorTable } from './types';

export type { Actor, ActorKind, ActorMention, ActorTable, MentionHow, RoleMention } from './types';
export { normalizeName, looseKey } from './names';

/** The actor table of a document (pure; per-paragraph work is cached by paragraph text). */
export function findActors(doc: DocumentModel, quotations: readonly Quotation[], attributions: readonly Attribution[]): ActorTable {
  return buildActorTable(doc, quotations, attributions);
}

/** Index of the last span in `list` (sorted by start) starting at or before `offset`, or -1 (binary search). */
export function lastStartingBy(list: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The actor mentioned at `offset` (inside a mention or touching its end), with the mention, or null. */
export function actorAt(analysis: Pick<DocumentAnalysis, 'actors'>, offset: number): { actor: Actor; mention: ActorMention } | null {
  const list = analysis.actors.byPosition;
  const found = lastStartingBy(list, offset);
  for (let i = found; i >= 0 && i >= found - 3; i--) {
    const r = list[i];
    if (offset >= r.start && offset <= r.end) {
      const actor = analysis.actors.actors[r.actor];
      return { actor, mention: actor.mentions[r.mention] };
    }
  }
  return null;
}

/**
 * Up to `max` distinct people named (by name, not pronoun or descriptor)
 * before `offset`, nearest first: the candidates a quick fix offers as the
 * speaker of an unattributed quote or the name behind an unnamed source.
 */
export function nearestPeopleBefore(analysis: Pick<DocumentAnalysis, 'actors'>, offset: number, max: number): Actor[] {
  const out: Actor[] = [];
  const list = analysis.actors.byPosition;
  const nearest = max <= NEAREST_KEPT ? nearestTable(analysis.actors) : null;
  // Mentions starting after `offset` also end after it: start the backward walk at the last one that does not.
  for (let i = lastStartingBy(list, offset); i >= 0 && out.length < max; i--) {
    if (nearest && nearest.maxEnd[i] <= offset) {
      // Every mention up to i ends by `offset`: the rest of the walk is the precomputed answer at i
      // (a draft that names one person ten thousand times is not walked ten thousand times per call).
      for (const k of nearest.people[i]) {
        const actor = analysis.actors.actors[k];
        if (out.length < max && !out.includes(actor)) out.push(actor);
      }
      break;
    }
    const r = list[i];
    if (r.end > offset) continue;
    const actor = analysis.actors.actors[r.actor];
    if (!isNamedPerson(actor, actor.mentions[r.mention]) || out.includes(actor)) continue;
    out.push(actor);
  }
  return out;
}

/** How many distinct people `nearestTable` keeps per mention (the quick fixes offer three). */
const NEAREST_KEPT = 3;

function isNamedPerson(actor: Actor, m: ActorMention): boolean {
  return actor.kind === 'person' && m.how !== 'pronoun' && m.how !== 'descriptor';
}

/** Per mention i of `byPosition`: the largest end of mentions 0..i, and the nearest distinct people named in 0..i (nearest first). */
interface NearestTable {
  maxEnd: number[];
  people: number[][];
}
const nearestTables = new WeakMap<ActorTable, NearestTable>();

function nearestTable(table: ActorTable): NearestTable {
  let t = nearestTables.get(table);
  if (t) return t;
  const list = table.byPosition;
  t = { maxEnd: new Array<number>(list.length), people: new Array<number[]>(list.length) };
  let maxEnd = -1;
  let people: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    maxEnd = Math.max(maxEnd, r.end);
    const actor = table.actors[r.actor];
    if (isNamedPerson(actor, actor.mentions[r.mention]) && people[0] !== r.actor) {
      people = [r.actor, ...people.filter((k) => k !== r.actor)].slice(0, NEAREST_KEPT);
    }
    t.maxEnd[i] = maxEnd;
    t.people[i] = people;
  }
  nearestTables.set(table, t);
  return t;
}

/** Per actor table: actors by lower-case full name, then by the lower-case text of any named mention (first wins). */
const nameIndexes = new WeakMap<ActorTable, { byName: Map<string, Actor>; byMention: Map<string, Actor> }>();

function nameIndex(table: ActorTable): { byName: Map<string, Actor>; byMention: Map<string, Actor> } {
  let ix = nameIndexes.get(table);
  if (ix) return ix;
  ix = { byName: new Map(), byMention: new Map() };
  for (const a of table.actors) {
    const k = a.name.toLowerCase();
    if (!ix.byName.has(k)) ix.byName.set(k, a);
  }
  for (const a of table.actors) {
    for (const m of a.mentions) {
      if (m.how === 'pronoun' || m.how === 'descriptor') continue;
      const k = m.text.toLowerCase().replace(/['’]s$/u, '');
      if (!ix.byMention.has(k)) ix.byMention.set(k, a);
    }
  }
  nameIndexes.set(table, ix);
  return ix;
}

/**
 * The actor whose name, surname or alias is `name` (as a quotation's `speaker` gives it), or null: the first actor
 * with that full name, else the first with a mention written so. Two map look-ups (the index is built once per
 * table): callers ask for every speaker of a draft.
 */
export function actorByName(analysis: Pick<DocumentAnalysis, 'actors'>, name: string): Actor | null {
  const key = name.trim().toLowerCase();
  const ix = nameIndex(analysis.actors);
  return ix.byName.get(key) ?? ix.byMention.get(key) ?? null;
}

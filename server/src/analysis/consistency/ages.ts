/**
 * Ages the draft gives a person, in the forms news copy uses:
 * `Jane Doe, 42,` · `Doe (42)` · `Doe, who is 42` · `Doe, aged 42` ·
 * `Doe, a 42-year-old teacher` · `the 42-year-old Doe`.
 * Only an age written right against a mention of the person counts, so an
 * age in a clause about something else (`when she was 17`) is never read as
 * the person's age now.
 */
import type { DocumentAnalysis } from '../analyze';
import type { Actor, ActorMention } from '../actors/types';
import type { Span } from '../types';

export interface AgeMention extends Span {
  /** Index of the actor in the actor table. */
  actor: number;
  /** Index of the mention in the actor's mentions. */
  mention: number;
  age: number;
}

// After the name. The look-ahead keeps `Doe, 42 percent` and `Doe, 1968,` out.
const AFTER = [
  /^,[ \t]*(\d{1,3})(?=[ \t]*[,.;:)—–]|[ \t]+(?:said|says|told|of|from|who)\b)/y,
  /^[ \t]*\((?:age[ \t]+|aged[ \t]+)?(\d{1,3})\)/y,
  /^,[ \t]*who[ \t]+(?:is|turns|turned)[ \t]+(\d{1,3})\b(?![ \t]*(?:percent|%|years?[ \t]+(?:ago|later|earlier)|times))/y,
  /^,[ \t]*aged[ \t]+(\d{1,3})\b/y,
  /^,[ \t]*(?:an?|the)[ \t]+(\d{1,3})-year-old\b/y,
];

// Before the name: `the 42-year-old Doe`, `42-year-old Finance Director Tomas Adeyemi` (title words between).
const BEFORE = /(\d{1,3})-year-old[ \t]+((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,4})$/u;

function ageAfter(text: string, end: number): { age: number; start: number; end: number } | null {
  // Every form starts with a comma or a parenthesis right after the name: most mentions stop here.
  const c = text.charCodeAt(end);
  if (c !== 44 /* , */ && !(c === 32 && text.charCodeAt(end + 1) === 40) && c !== 40 /* ( */) return null;
  const rest = text.slice(end, end + 60);
  for (const re of AFTER) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m) continue;
    const at = end + m.index + m[0].lastIndexOf(m[1]);
    return { age: +m[1], start: at, end: at + m[1].length };
  }
  return null;
}

function ageBefore(text: string, start: number): { age: number; start: number; end: number } | null {
  const from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  if (!before.includes('year-old')) return null;
  const m = BEFORE.exec(before);
  if (!m) return null;
  const at = from + m.index;
  return { age: +m[1], start: at, end: at + m[1].length };
}

function usable(m: ActorMention): boolean {
  return m.how !== 'pronoun' && m.how !== 'descriptor' && !m.possessive;
}

/** Every age given for every person, in document order per person. */
export function findAges(a: DocumentAnalysis): AgeMention[] {
  const text = a.doc.masked;
  const out: AgeMention[] = [];
  a.actors.actors.forEach((actor: Actor, ai) => {
    if (actor.kind !== 'person') return;
    actor.mentions.forEach((m, mi) => {
      if (!usable(m)) return;
      const found = ageAfter(text, m.end) ?? ageBefore(text, m.role && m.role.start < m.start ? m.role.start : m.start);
      if (found && found.age > 0 && found.age <= 120) out.push({ actor: ai, mention: mi, age: found.age, start: found.start, end: found.end });
    });
  });
  return out;
}

/**
 * The ages a person born on `born` (`1968-04-02` or a year) can be on
 * `onIso`: one value for a full date, two for a year alone. Empty when
 * `born` cannot be read.
 */
export function agesFromBirth(born: string, onIso: string): number[] {
  const y = +onIso.slice(0, 4);
  const md = onIso.slice(5);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(born.trim());
  if (m) {
    const age = y - +m[1] - (md < `${m[2]}-${m[3]}` ? 1 : 0);
    return age >= 0 ? [age] : [];
  }
  m = /^(\d{4})$/.exec(born.trim());
  if (m) return [y - +m[1] - 1, y - +m[1]].filter((x) => x >= 0);
  return [];
}

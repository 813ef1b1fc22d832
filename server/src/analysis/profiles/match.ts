/** Matching an actor of the draft to a profile. */
import type { Actor } from '../actors/types';
import { normalizeName } from '../actors/names';
import type { Profile, ProfileLookup } from './types';

/**
 * True when `p`, found by the one-word name `word`, can be `actor`: the
 * word is one of the profile's aliases (`Zelensky`), or the actor has no
 * given name in the draft, or both give the same first name. Keeps "Scott"
 * from matching Bobby Scott's mention to Tim Scott's profile.
 */
function compatible(actor: Actor, p: Profile, word: string): boolean {
  const w = normalizeName(word);
  if (p.aliases.some((a) => normalizeName(a) === w) || normalizeName(p.name) === w) return true;
  const own = normalizeName(actor.name).split(' ');
  if (own.length < 2) return true;
  return normalizeName(p.name).split(' ')[0] === own[0];
}

/**
 * The profile of `actor`: by its full name, then its aliases, the other
 * names the draft uses for it (`Zelensky`, a surname used alone) and its
 * surname. Null when there is no index or no match.
 */
export function matchProfile(actor: Actor, profiles: ProfileLookup | undefined): Profile | null {
  if (!profiles || profiles.size === 0) return null;
  const direct = profiles.lookup(actor.name);
  if (direct) return direct;
  const words = actor.name.split(/\s+/);
  const names = [
    ...actor.aliases,
    ...actor.mentions.filter((m) => m.how !== 'pronoun' && m.how !== 'descriptor').map((m) => m.text.replace(/['’]s$/u, '')),
    words[words.length - 1],
  ];
  const tried = new Set([actor.name.toLowerCase()]);
  for (const n of names) {
    const k = n.toLowerCase();
    if (tried.has(k)) continue;
    tried.add(k);
    const p = profiles.lookup(n);
    if (p && (n.includes(' ') || compatible(actor, p, n))) return p;
  }
  return null;
}

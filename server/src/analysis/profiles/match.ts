/** Matching an actor of the draft to a profile. */
import type { Actor } from '../actors/types';
import type { Profile, ProfileLookup } from './types';

/**
 * The profile of `actor`: by its full name, then its aliases and the other
 * names the draft uses for it (`Zelensky`, a surname used alone). Null when
 * there is no index or no match.
 */
export function matchProfile(actor: Actor, profiles: ProfileLookup | undefined): Profile | null {
  if (!profiles || profiles.size === 0) return null;
  const direct = profiles.lookup(actor.name);
  if (direct) return direct;
  const tried = new Set([actor.name.toLowerCase()]);
  for (const n of [...actor.aliases, ...actor.mentions.filter((m) => m.how !== 'pronoun' && m.how !== 'descriptor').map((m) => m.text.replace(/['’]s$/u, ''))]) {
    const k = n.toLowerCase();
    if (tried.has(k)) continue;
    tried.add(k);
    const p = profiles.lookup(n);
    if (p) return p;
  }
  return null;
}

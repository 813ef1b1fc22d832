/**
 * `actor.no-profile` (hint, off by default): a person the draft names has no
 * entry in the newsroom's profile files.
 *
 * Why: the profile card is where researchers keep verified titles, spellings
 * and contacts; a name with no profile is one nobody has checked yet. Off by
 * default because most drafts name people nobody needs a profile of.
 * Example: `US envoy Steve Witkoff` with no `Steve Witkoff` (or alias) in
 * `.copydesk/profiles/`. The quick fix creates one pre-filled with the
 * draft's role.
 */
import type { DocumentAnalysis } from '../analyze';
import { matchProfile } from '../profiles/match';
import { RuleId } from '../ruleIds';
import type { Rule, RuleResult } from './rule';

/** Payload of an `actor.no-profile` finding: what the "Create profile" fix writes. */
export interface NoProfileData {
  name: string;
  kind: 'person' | 'organization';
  role: string | null;
  /** File name stem for the new profile (`steve-witkoff`). */
  slug: string;
}

export const actorNoProfile: Rule = {
  id: RuleId.ActorNoProfile,
  defaultLevel: 'off',
  title: 'No profile for this person',
  why: 'Profiles hold the verified name, title and contact; a person without one has not been checked against the newsroom\u2019s records.',
  fix: 'Create a profile for the person (quick fix), or add the name as an alias of an existing profile.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    for (const actor of a.actors.actors) {
      if (actor.kind !== 'person' || matchProfile(actor, a.options.profiles)) continue;
      const m = actor.firstMention;
      const data: NoProfileData = { name: actor.name, kind: actor.kind, role: actor.role, slug: actor.id };
      out.push({ start: m.start, end: m.end, message: `No profile for ${actor.name} in the newsroom's profile files.`, data });
    }
    return out;
  },
};

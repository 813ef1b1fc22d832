/**
 * Hover card on any mention of an actor (full name, surname, possessive,
 * descriptor or pronoun speaker): the card a researcher would hand the
 * reporter. Full name, role as the draft gives it and as the profile gives it
 * (with the difference flagged), organisation, first mention, mention count,
 * every quotation attributed, and the profile's description, contact and
 * `updated` date, with links to the first mention and to the profile entry.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { actorAt, type Actor } from '../../analysis/actors';
import { matchProfile, type Profile } from '../../analysis/profiles';
import { actorFactsOf } from '../../analysis/consistency';
import type { HoverContext } from '../hover';
import { NATIONALITY_EQUIVALENTS } from '../../analysis/lexicon/titles';
import { card, lineRef, linesOf, md } from './style';

const MINOR = new Set(['of', 'the', 'a', 'an', 'to', 'for', 'on', 'and', 'in', 'at']);

/** The words of a role that carry its meaning: lower case, without articles, possessors (`Putin's`) or countries (`US`, `of Russia`). */
function roleWords(role: string): Set<string> {
  return new Set(
    role
      .split(/[\s,;/]+/)
      .filter((w) => w && !/['’]s$/u.test(w))
      .map((w) => w.toLowerCase().replace(/[.()]/g, ''))
      .filter((w) => w && !MINOR.has(w) && !(w in NATIONALITY_EQUIVALENTS)),
  );
}

/** True when the draft's role and the profile's title say different things ("adviser" against "former adviser"). */
export function rolesDiffer(draft: string, profile: string): boolean {
  const a = roleWords(draft);
  const b = roleWords(profile);
  if (!a.size || !b.size) return false;
  if (a.size !== b.size) return true;
  for (const w of a) if (!b.has(w)) return true;
  return false;
}

/** The first words of a quotation, for the card. */
function firstWords(text: string, n = 8): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > n ? words.slice(0, n).join(' ') + '…' : words.join(' ');
}

/** The most quotations the card lists (the rest are counted). */
const MAX_QUOTES = 3;

/** The card's markdown for `actor` (exported for the CLI and tests), in the hover style (`style.ts`). */
export function actorCard(a: DocumentAnalysis, actor: Actor, profile: Profile | null, ctx: HoverContext): string {
  const lines = linesOf(a);
  const evidence: string[] = [];
  const kind = actor.kind === 'person' ? 'person' : 'organisation';
  const draftRole = actor.role;
  const profileRole = profile?.title;
  const role: string[] = [];
  if (draftRole) role.push(`${md(draftRole)} *(draft)*`);
  if (profileRole) role.push(`${md(profileRole)} *(profile)*`);
  if (role.length) evidence.push('Role: ' + role.join(' · '));
  if (draftRole && profileRole && rolesDiffer(draftRole, profileRole)) {
    evidence.push(`⚠ Draft says *${md(draftRole)}*, profile says *${md(profileRole)}*.`);
  }
  if (actor.roles.length > 1) evidence.push('Also in the draft: ' + actor.roles.slice(1).map((r) => md(r.text)).join('; '));
  const record = recordLine(a, actor);
  if (record) evidence.push(record);
  if (profile?.organization) evidence.push(`Organisation: ${md(profile.organization)}`);
  const first = lines.positionAt(actor.firstMention.start).line;
  const named = actor.mentions.filter((m) => m.how !== 'pronoun' && m.how !== 'descriptor').length;
  const count = `${named} mention${named === 1 ? '' : 's'}${actor.mentions.length > named ? ` (+${actor.mentions.length - named} by pronoun or description)` : ''}`;
  evidence.push(`First mention: ${lineRef(ctx, first)} · ${count}`);
  if (actor.quotes.length) {
    const items = actor.quotes.slice(0, MAX_QUOTES).map((qi) => {
      const q = a.quotations[qi];
      const line = lines.positionAt(q.start).line;
      return `- “${md(firstWords(a.doc.text.slice(q.contentStart, q.contentEnd)))}” ${lineRef(ctx, line)}`;
    });
    const more = actor.quotes.length > MAX_QUOTES ? `\n- …and ${actor.quotes.length - MAX_QUOTES} more` : '';
    evidence.push(`Quotes (${actor.quotes.length}):\n${items.join('\n')}${more}`);
  } else if (actor.kind === 'person') evidence.push('No quotations attributed.');
  if (profile) {
    if (profile.description) evidence.push(md(profile.description));
    const meta: string[] = [];
    if (profile.contact) meta.push(`Contact: ${md(profile.contact)}`);
    if (profile.updated) meta.push(`Updated ${md(profile.updated)}`);
    meta.push(lineRef(ctx, profile.line, 'profile', profile.file));
    evidence.push(meta.join(' · '));
  } else evidence.push('*No profile in the newsroom\u2019s profile files.*');
  return card({ verdict: md(actor.name), detail: `· ${kind}${actor.aliases.length ? ` · also ${actor.aliases.map(md).join(', ')}` : ''}`, evidence });
}

/** Every age, title and spelling the draft gives the person, with lines (what the consistency rules compare). */
function recordLine(a: DocumentAnalysis, actor: Actor): string | null {
  const facts = actorFactsOf(a, a.actors.actors.indexOf(actor));
  if (!facts) return null;
  const parts: string[] = [];
  if (facts.ages.length) parts.push('age ' + facts.ages.map((x) => `${x.age} (line ${x.line})`).join(', '));
  // One title is already the card's role line; the record lists them when there are several.
  if (facts.titles.length > 1) parts.push('titles ' + facts.titles.map((x) => `${md(x.title)} (line ${x.line})`).join(', '));
  if (facts.spellings.length) parts.push('spelled ' + facts.spellings.map((x) => `${md(x.spelling)} (${x.count}×, first line ${x.line})`).join(', '));
  return parts.length ? 'In this draft: ' + parts.join(' · ') : null;
}

export function actorHover(a: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const hit = actorAt(a, offset);
  if (!hit) return null;
  const profile = matchProfile(hit.actor, a.options.profiles);
  return actorCard(a, hit.actor, profile, ctx);
}

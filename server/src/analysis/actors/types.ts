/**
 * The actor table: who is in the story. People and organisations the draft
 * names, merged across mentions, with the roles the draft gives them and the
 * quotations attributed to them. Offsets are UTF-16 into the document text.
 */
import type { Span } from '../types';

export type ActorKind = 'person' | 'organization';

/**
 * How a mention refers to its actor: the full name (`Steve Witkoff`), the
 * surname alone (`Witkoff`), a name with a title (`President Trump` counts as
 * `surname`), a possessive (`Putin's`), a spelling variant (`Zelensky` for
 * `Zelenskyy`), a descriptor (`the Ukrainian leader`), or the pronoun that
 * speaks a quotation (`he said`).
 */
export type MentionHow = 'full' | 'surname' | 'alias' | 'variant' | 'descriptor' | 'pronoun';

export interface ActorMention extends Span {
  /** The words of the mention as written (the name only, without title or possessive ending). */
  text: string;
  how: MentionHow;
  possessive: boolean;
  paragraph: number;
  /** True for mentions in headlines and subheads (never a first reference). */
  inHeading: boolean;
  /** The title or role written right with this mention (`US envoy`, `President`), if any. */
  role: RoleMention | null;
}

/** A role as the draft gives it: a title (`President`), a role before the name (`US envoy`) or an appositive (`a close Putin adviser on Ukraine`). */
export interface RoleMention extends Span {
  text: string;
  source: 'title' | 'before' | 'appositive';
}

export interface Actor {
  /** Stable within one analysis: a slug of the name (`steve-witkoff`). */
  id: string;
  /** The fullest name the draft gives (`Steve Witkoff`). */
  name: string;
  kind: ActorKind;
  /** The role the draft introduces the actor with (first one given), or null. */
  role: string | null;
  /** Every distinct role the draft gives, in order. */
  roles: RoleMention[];
  /** Every mention in document order. */
  mentions: ActorMention[];
  /** Indices into `DocumentAnalysis.quotations` of the quotations attributed to this actor. */
  quotes: number[];
  /** The first mention outside headings (the first mention when all are in headings). */
  firstMention: ActorMention;
  /** Other names the draft uses for the actor (acronyms, spellings), lower-case-insensitive distinct. */
  aliases: string[];
}

/** One mention in the position index, pointing at its actor. */
export interface MentionRef extends Span {
  actor: number;
  mention: number;
}

/** All actors of a draft plus an index by position. */
export interface ActorTable {
  actors: Actor[];
  /** Every mention of every actor, sorted by start (for `actorAt`). */
  byPosition: MentionRef[];
}

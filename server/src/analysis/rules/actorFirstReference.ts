/**
 * `actor.first-reference` (information): the AP first-reference rule.
 * Flags a person's first mention that gives only the surname (or a title
 * and surname) when the draft gives the full name only later. (A surname
 * spelled two ways, `Zelensky` after `Volodymyr Zelenskyy`, is
 * `consistency.name`.)
 *
 * Why: readers meet a person by full name first. Conservative by design:
 * nothing is flagged when the draft never gives a full name (famous one-name
 * usage such as `Trump` or `Putin`), in headlines, or inside quotations,
 * where the speaker's words are not the reporter's to change.
 * Example: `Witkoff said …` in paragraph one, `US envoy Steve Witkoff` in
 * paragraph three.
 */
import type { DocumentAnalysis } from '../analyze';
import type { ActorMention } from '../actors/types';
import { lastStartingBy } from '../actors';
import { quoteIntervals } from '../quotes/intervals';
import { RuleId } from '../ruleIds';
import type { Span } from '../types';
import type { Rule, RuleResult } from './rule';

/** Payload: the spelling or full name the quick fix can put in. */
export interface FirstReferenceData {
  kind: 'surname-first';
  name: string;
  /** Replacement text for the mention's name (without title or possessive ending). */
  replacement: string;
}

/**
 * Paragraphs at the top that read as headline, deck and byline: each short
 * (at most 25 words), before the first longer paragraph; at most three.
 * Published copy (and PolNeAR) often sets the headline as a plain sentence.
 */
function headlineZone(a: DocumentAnalysis): number {
  let n = 0;
  for (const p of a.doc.paragraphs) {
    if (n >= 3) break;
    const words = wordsUpTo(a.doc.masked, p.start, p.end, 26);
    if (!p.isHeading && words > 25) break;
    n++;
  }
  return n < a.doc.paragraphs.length ? n : 0;
}

/** The number of white-space separated words in `[start, end)` of `text`, counted up to `max` (a pasted draft is one paragraph of megabytes: no split). */
function wordsUpTo(text: string, start: number, end: number, max: number): number {
  const word = /\S+/g;
  word.lastIndex = start;
  let n = 0;
  let m: RegExpExecArray | null;
  while (n < max && (m = word.exec(text)) && m.index < end) n++;
  return n;
}

/** True when a first mention is a titled surname ("President Obama") whose title no other mention of the actor carries: likely someone else of that name (Michelle Obama). */
function doubtfulTitle(mentions: readonly ActorMention[], m: ActorMention): boolean {
  if (!m.role || m.role.source !== 'title') return false;
  const title = m.role.text.toLowerCase();
  return !mentions.some((x) => x !== m && x.role?.text.toLowerCase() === title);
}

/** True when the mention lies wholly inside one of `intervals` (sorted and disjoint). */
function inside(intervals: readonly Span[], m: ActorMention): boolean {
  const i = lastStartingBy(intervals, m.start);
  return i >= 0 && m.end <= intervals[i].end;
}

export const actorFirstReference: Rule = {
  id: RuleId.ActorFirstReference,
  defaultLevel: 'information',
  title: 'First reference without the full name',
  why: 'AP style: a person is introduced by full name at first reference; a surname first leaves readers guessing who it is.',
  fix: 'Give the full name at the first mention, and the surname after.',
  check(a: DocumentAnalysis): RuleResult[] {
    const out: RuleResult[] = [];
    const quotes = quoteIntervals(a.quotations);
    const zone = headlineZone(a);
    for (const actor of a.actors.actors) {
      if (actor.kind !== 'person' || !actor.name.includes(' ')) continue;
      const own = actor.mentions.filter((m) => !m.inHeading && m.paragraph >= zone && m.how !== 'pronoun' && m.how !== 'descriptor' && !inside(quotes, m));
      const full = own.find((m) => m.how === 'full');
      const first = own[0];
      const nickname = first ? /["”’']\s*$/.test(a.doc.text.slice(Math.max(0, first.start - 3), first.start)) : false; // Robert C. "Bobby" Scott
      const titledElsewhere = first ? doubtfulTitle(actor.mentions, first) : false;
      if (full && first && first !== full && first.how !== 'full' && first.how !== 'variant' && !nickname && !titledElsewhere) {
        out.push({
          start: first.start,
          end: first.end,
          message: `First reference to ${actor.name} gives only "${first.text.replace(/['’]s$/u, '')}"; the full name comes later.`,
          advice: 'Give the full name here.',
          data: { kind: 'surname-first', name: actor.name, replacement: actor.name } satisfies FirstReferenceData,
        });
      }
    }
    return out;
  },
};

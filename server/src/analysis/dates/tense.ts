/**
 * Tense of the clause around a date: which verb governs it and whether that
 * verb looks back (past, past perfect, present perfect) or ahead (`will`,
 * `is likely/expected/set/scheduled to`, `plans to`, `must`, modals,
 * `heading into`, `ahead of`, `until`). Used to choose a year (past: on or
 * before publication; future: after), the week of a bare weekday, the month
 * of `in March` and the occurrence of a named day.
 *
 * The verbs come from a `CueSource`: today a word-shape reader (auxiliaries,
 * irregular past forms, `-ed` verbs that are not adjectives or passives
 * after `be`); the part-of-speech layer can replace it (`setCueSource`)
 * without touching the rules below, which decide which cue governs:
 * - the nearest cue in the date's sentence, a cue before the date counting
 *   a little more than one after it (`said on Tuesday it would`);
 * - a cue does not reach across `because of`, `after`, `amid`, ... (`will
 *   vote for him because of the shooting on Friday`: the shooting's day);
 * - a trailing attribution (`..., Jones said.`) does not govern the dates of
 *   what Jones said;
 * - `would` after a past verb is the future of a past moment (`anticipated
 *   that the session on Monday would focus on`): neither side is implied.
 */
import type { Tense } from './types';

/** A verb or phrase that sets the tense of its clause, in sentence offsets. */
export interface TenseCue {
  start: number;
  end: number;
  tense: 'past' | 'future';
  /** The word as written, lower-cased. */
  word: string;
}

/** Where tense cues come from (swappable: the part-of-speech layer can provide them). */
export interface CueSource {
  cues(sentence: string): TenseCue[];
}

const FUTURE = /\b(?:will|[Cc]ome(?=\s+[A-Z])|won['’]t|shall|would|must|is\s+(?:scheduled|set|expected|due|slated|poised|planned|likely|going)\s+(?:to|for)|are\s+(?:scheduled|set|expected|due|slated|poised|planned|likely|going)\s+(?:to|for)|(?:scheduled|slated|set|due)\s+(?:for|on|to)|likely\s+to|plans?\s+to|planned\s+to|planning\s+to|hop(?:es?|ing)\s+to|aims?\s+to|intends?\s+to|(?:vows?|vowing|promises?|promising|threatens?|threatening|prepares?|preparing|seeks?|seeking|chance|ready)\s+to|upcoming|is\s+to|are\s+to|going\s+to|begins|starts|opens|takes\s+effect|take\s+effect|heading\s+into|ahead\s+of|leading\s+up\s+to|until|nears|approaches|looms|(?:could|can|might|may|should)(?!\s+(?:not|n['’]t|have|has|had)\b)(?=\s+[a-z]))\b/g;
/** `-ed` words that are not past-tense verbs, or that name a future arrangement. */
const NOT_PAST = new Set(['scheduled', 'expected', 'slated', 'planned', 'proposed', 'red', 'bed', 'hundred', 'based', 'related', 'united', 'limited', 'interested', 'concerned', 'supposed', 'used', 'biased', 'naked', 'wicked', 'sacred', 'aged', 'detailed', 'unexpected', 'unprecedented', 'embed', 'shed', 'wed', 'ted', 'fred', 'ned', 'med', 'need', 'speed', 'seed', 'feed', 'breed', 'deed', 'weed', 'greed', 'indeed', 'exceed', 'proceed', 'succeed']);
const PAST = /\b(?:was|were|had|did|said|told|took|made|came|went|met|saw|gave|began|won|lost|fell|rose|held|left|became|spent|sent|paid|brought|bought|thought|fought|caught|taught|built|felt|kept|slept|found|heard|stood|ran|sat|wrote|spoke|broke|chose|drove|flew|grew|knew|threw|drew|wore|fled|shot|struck|sold|meant|led|got|forgot|ago|since|wouldn['’]t|would\s+not|couldn['’]t|could\s+not|[a-z]{2,}[^e\s]ed)\b/gi;
/** Words after which an `-ed` word is an adjective or a passive participle, not the clause's past tense. */
const BEFORE_PARTICIPLE = /\b(?:a|an|the|his|her|their|its|our|your|my|this|that|these|those|more|most|very|so|too|be|been|being|is|are|am|get|gets|getting|become|becomes|newly|recently|widely|highly|well|less)\s+$/i;
/** Reporting verbs: at the end of a sentence after a comma they tag the whole quotation, not a date inside it. */
const REPORTING = /^(?:said|says|told|added|wrote|noted|explained|argued|recalled|according)$/;
/** Words that open another clause between a date and a cue after it. */
const CONNECTOR = /\b(?:but|and|that|which|who|whom|because|while|although|though|if|unless|whether)\b/i;
/** A preposition or conjunction that opens a phrase a cue before it does not govern. */
const BLOCKER = /\b(?:because\s+of|following|amid|despite|in\s+the\s+wake\s+of)\b/i;

/**
 * `to` before a verb (`to vote`, `to be`), not the preposition before a noun phrase (`to the polls`, `to Iowa`, `to
 * delegates`, `to more`), nor after a verb whose infinitive happens at its own past moment (`failed to reach`,
 * `began to arise`, `appeared to dismiss`).
 */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|their|its|our|your|my|this|that|these|those|some|any|all|every|each|no|one|two|three|more|most|less|many|much|few|several|huge|work|school|church|court|prison|jail|bed|town|office|power|date|him|them|us|me|it|you|what|which|whom|about|around|over|within|before|after|become|becoming)\b)[a-z]+(?<!ly|[^s]s)\b/;

/** Past verbs whose infinitive happens at their own moment (`failed to reach`, `began to arise`), so it is past too. */
const IMPLICATIVE = /^(?:failed|appeared|began|seemed|managed|tried|refused|started|continued|ceased|happened|used|got|came|went|chose|decided|rushed|moved|voted|declined|sought|hastened|stopped)$/;

/** The default cue source: auxiliaries, modals, irregular past forms and `-ed` verbs. */
export const wordShapeCues: CueSource = {
  cues(sentence: string): TenseCue[] {
    const out: TenseCue[] = [];
    let m: RegExpExecArray | null;
    FUTURE.lastIndex = 0;
    while ((m = FUTURE.exec(sentence))) out.push({ start: m.index, end: m.index + m[0].length, tense: 'future', word: m[0].toLowerCase() });
    PAST.lastIndex = 0;
    while ((m = PAST.exec(sentence))) {
      const word = m[0].toLowerCase();
      if (NOT_PAST.has(word)) continue;
      if (/ed$/.test(word) && BEFORE_PARTICIPLE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, tense: 'past', word });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

let source: CueSource = wordShapeCues;

/** Replaces the cue source (the part-of-speech layer, or a test double); returns the previous one. */
export function setCueSource(next: CueSource): CueSource {
  const prev = source;
  source = next;
  return prev;
}

/** Start of the sentence holding `at` inside `text` (a paragraph); cheap: stops at `. ` + capital not after a short abbreviation. */
function sentenceBounds(text: string, at: number, end: number): [number, number] {
  let s = at;
  while (s > 0) {
    const c = text[s - 1];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[s] ?? ' ') && !/\b(?:[A-Z][a-z]{0,3}|[A-Z]|St|Mr|Mrs|Ms|Dr|Sept|Gov|Sen|Rep|Gen|No|vs)\.$/.test(text.slice(Math.max(0, s - 6), s))) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const c = text[e];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[e + 1] ?? ' ') && !/\b(?:[A-Z][a-z]{0,3}|[A-Z]|St|Mr|Mrs|Ms|Dr)$/.test(text.slice(Math.max(0, e - 5), e))) break;
    // `... in November.” Ryan said`: a closing quotation mark after the stop ends the sentence too.
    if ((c === '.' || c === '!' || c === '?') && /[”"’']/.test(text[e + 1] ?? '') && /\s/.test(text[e + 2] ?? ' ')) break;
    e++;
  }
  return [s, e];
}

/** The tense of the clause holding `[start, end)` of `text`, from the cue that governs it in its sentence. */
export function clauseTense(text: string, start: number, end: number): Tense {
  const [s, e] = sentenceBounds(text, start, end);
  const sentence = text.slice(s, e);
  let best: TenseCue | null = null;
  let bestDistance = Infinity;
  const cues = source.cues(sentence);
  for (const cue of cues) {
    const cueStart = s + cue.start;
    const cueEnd = s + cue.end;
    if (cueEnd > start && cueStart < end) continue;
    let d: number;
    if (cueEnd <= start) {
      if (BLOCKER.test(text.slice(cueEnd, start))) continue;
      d = start - cueEnd;
    } else {
      const between = text.slice(end, cueStart);
      if (REPORTING.test(cue.word) && /[,”"]/.test(between)) continue;
      // A verb of another clause (`talks Thursday but that nothing could change`) does not govern the date.
      if (CONNECTOR.test(between)) continue;
      // A cue after the date governs it more rarely than one before (`said on Tuesday it would`).
      d = cueStart - end + 4;
    }
    if (d < bestDistance) {
      bestDistance = d;
      best = cue;
    }
  }
  if (!best) return 'neutral';
  // `used the comments to urge people to vote on Election Day`: an infinitive between a past verb and the date
  // governs the date; its event follows the past moment, which implies neither side of publication.
  if (best.tense === 'past' && !IMPLICATIVE.test(best.word) && s + best.end <= start && INFINITIVE.test(text.slice(s + best.end, start))) return 'neutral';
  // `anticipated that the session on Monday would focus`: the future of a past moment implies neither side.
  if (best.word === 'would' && cues.some((c) => c.tense === 'past' && c.end <= best!.start && s + c.end <= start)) return 'neutral';
  return best.tense;
}

/** The sentence around a span, as `[start, end)` paragraph offsets. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return sentenceBounds(text, start, end);
}

/**
 * Cues checked against the part-of-speech layer: an `-ed` word counts as a past verb only when the tagger calls
 * it a verb (`a unified party`, `the embattled mayor` are adjectives). The tags are UD parts of speech without
 * tense, so the tense itself still comes from the word's shape. Falls back to the word shapes when the model
 * cannot be loaded.
 */
export function taggedCues(tag: (sentence: string) => readonly { start: number; end: number; pos: string }[] | null): CueSource {
  return {
    cues(sentence: string): TenseCue[] {
      const base = wordShapeCues.cues(sentence);
      if (!base.some((c) => c.tense === 'past' && /ed$/.test(c.word))) return base;
      const tags = tag(sentence);
      if (!tags) return base;
      let k = 0;
      return base.filter((c) => {
        if (c.tense !== 'past' || !/ed$/.test(c.word)) return true;
        while (k < tags.length && tags[k].end <= c.start) k++;
        const t = tags[k];
        return !t || t.start !== c.start || t.pos === 'VERB' || t.pos === 'AUX';
      });
    },
  };
}

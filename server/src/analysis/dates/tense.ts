/**
 * Tense of the clause around a date: the cue nearest the date inside its
 * sentence decides. Future cues: `will`, `is scheduled/set/expected/due to`,
 * `would` (reported future). Past cues: `was`, `had`, `said`, regular `-ed`
 * verbs. Used to choose a year (past: on or before publication; future:
 * after) and the week of a bare weekday.
 */
import type { Tense } from './types';

const FUTURE = /\b(?:will|won['’]t|shall|would|is\s+(?:scheduled|set|expected|due|slated|poised|planned)\s+(?:to|for)|are\s+(?:scheduled|set|expected|due|slated|poised|planned)\s+(?:to|for)|(?:scheduled|slated|set|due)\s+(?:for|on)|plans?\s+to|intends?\s+to|upcoming|is\s+to|are\s+to|going\s+to|begins|starts|opens|takes\s+effect|take\s+effect)\b/gi;
/** `-ed` words that are not past-tense verbs, or that name a future arrangement. */
const NOT_PAST = new Set(['scheduled', 'expected', 'slated', 'planned', 'proposed', 'red', 'bed', 'hundred', 'based', 'related', 'united', 'limited', 'interested', 'concerned', 'supposed', 'used', 'biased', 'naked', 'wicked', 'sacred', 'aged', 'detailed', 'unexpected', 'unprecedented', 'embed', 'shed', 'wed', 'ted', 'fred', 'ned', 'med']);
const PAST = /\b(?:was|were|had|did|said|told|took|made|came|went|met|saw|gave|began|won|lost|fell|rose|held|left|became|ago|since|[a-z]{2,}[^e\s]ed)\b/gi;

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
    e++;
  }
  return [s, e];
}

/** The tense of the clause holding `[start, end)` of `text`, from the nearest cue in its sentence. */
export function clauseTense(text: string, start: number, end: number): Tense {
  const [s, e] = sentenceBounds(text, start, end);
  const sentence = text.slice(s, e);
  let best: Tense = 'neutral';
  let bestDistance = Infinity;
  const consider = (re: RegExp, tense: Tense): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
      const cueStart = s + m.index;
      const cueEnd = cueStart + m[0].length;
      if (cueEnd > start && cueStart < end) continue;
      // A cue before the date governs it more often than one after (`said on Tuesday it would`).
      const d = cueEnd <= start ? start - cueEnd : cueStart - end + 4;
      if (d < bestDistance) {
        bestDistance = d;
        best = tense;
      }
    }
  };
  consider(FUTURE, 'future');
  consider(PAST, 'past');
  return best;
}

/** The sentence around a span, as `[start, end)` paragraph offsets. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return sentenceBounds(text, start, end);
}

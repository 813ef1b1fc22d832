/**
 * Is a candidate speaker a noun phrase? The attribution pass walks left and
 * right from a speech verb to find its source; in real copy that walk can
 * land on words that are not a noun phrase at all: a sentence-initial adverb
 * or preposition (`Even`, `Along`), a weekday or month, a participle
 * (`Looking`, `Responding`), a clause cut off at a conjunction (`his work for
 * foreign leaders and`), an infinitive (`went on to`). A source must be a
 * name, a pronoun or a descriptor phrase; anything else is rejected here and
 * the cue is left to other evidence (another cue of the sentence, the
 * paragraph), which is right far more often than a non-phrase speaker.
 *
 * Word lists are closed-class English words (determiners, prepositions,
 * conjunctions, auxiliaries), calendar words and the sentence adverbs that
 * open news sentences; a capitalised -ing or -ly word is a name only when the
 * generated name lexicon (actors/nameLexicon.ts) lists it (`Manning`, `Kelly`).
 */
import { GIVEN_WORDS, SURNAME_WORDS } from '../actors/nameLexicon';
import { classifySourcePhrase } from '../sources/classify';
import { SPEECH_PARTICIPLES } from '../lexicon/speech';

/** Weekdays and months: never a speaker on their own. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow',
  'tonight',
]);

/** Closed-class and sentence-opening words that are never a speaker by themselves. */
const NOT_A_SPEAKER: ReadonlySet<string> = new Set([
  'there', 'here', 'to', 'along', 'some', 'even', 'this', 'that', 'these', 'those', 'then', 'now', 'when', 'while', 'if',
  'as', 'so', 'yet', 'still', 'also', 'many', 'most', 'few', 'both', 'all', 'each', 'such', 'only', 'just', 'instead',
  'meanwhile', 'however', 'indeed', 'later', 'earlier', 'asked', 'after', 'before', 'since', 'despite', 'although',
  'though', 'unlike', 'like', 'with', 'without', 'but', 'and', 'or', 'nor', 'the', 'a', 'an', 'other',
  'no', 'not', 'yes', 'what', 'who', 'whom', 'why', 'how', 'where', 'which', 'whose', 'please', 'listen', 'look', 'well',
  'oh', 'ok', 'okay', 'again', 'once', 'twice', 'last', 'next', 'first', 'second', 'third', 'finally', 'overall', 'in',
  'on', 'at', 'for', 'by', 'from', 'of', 'about', 'into', 'over', 'under', 'through', 'during', 'because', 'than',
  'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'asks', 'is', 'was', 'are', 'were', 'be',
  'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'can', 'might', 'must',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'more', 'less', 'much', 'very', 'too', 'perhaps', 'maybe', 'thus',
  'hence', 'therefore', 'besides', 'rather', 'anyway', 'otherwise', 'similarly', 'likewise', 'specifically', 'multiple',
  'several', 'any', 'every', 'either', 'neither', 'own', 'same', 'my', 'his', 'her', 'its', 'our', 'their',
  'your', 'him', 'them', 'me', 'us', 'it\u2019s', "it's", 'let', 'let\u2019s', "let's", 'get', 'go', 'come', 'see',
  'thank', 'thanks', 'sorry', 'hello', 'hi', 'dear', 'sure', 'right', 'wow', 'no.', 'u.s', 'u.s.', 'according',
]);

/** Words a noun phrase never ends with: a cut-off clause (`his work and`), an infinitive (`went on to`). */
const NOT_LAST: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'to', 'of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'that', 'who',
  'which', 'as', 'than', 'about', 'into', 'not', 'also', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'said', 'says', 'did', 'does', 'do', 'began',
  'went', 'if', 'when', 'while', 'so', 'then', 'just', 'only', 'even', 'still', 'very', 'too', 'because', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'any', 'each', 'every', 'no', 'all',
]);

/** Words a lower-case noun phrase never starts with: prepositions, conjunctions, infinitive `to`. */
const NOT_FIRST_LOWER: ReadonlySet<string> = new Set([
  'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'into', 'than', 'and', 'or', 'but', 'nor',
  'that', 'which', 'if', 'when', 'while', 'because', 'so', 'then', 'there', 'here', 'as', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'not', 'also', 'only',
  'just', 'even', 'still', 'over', 'under', 'after', 'before', 'since', 'until', 'through', 'during', 'without',
  'given', 'said', 'says',
]);

/** Participles that open news sentences and end up next to a speech verb. */
const OPENING_PARTICIPLES: ReadonlySet<string> = new Set([
  'looking', 'responding', 'campaigning', 'speaking', 'writing', 'asked', 'adding', 'noting', 'following', 'referring',
  'pointing', 'talking', 'reacting', 'addressing', 'appearing', 'standing', 'sitting', 'walking', 'turning', 'asking',
  'answering', 'continuing', 'reflecting', 'discussing', 'laughing', 'smiling', 'citing', 'quoting', 'reading', 'running',
  'facing', 'seeking', 'hoping', 'trying', 'using', 'making', 'taking', 'giving', 'getting', 'going', 'coming', 'leaving',
  'having', 'being', 'doing', 'playing', 'working', 'living', 'meeting', 'visiting', 'stumping', 'touring', 'rallying',
  'pressed', 'interviewed', 'reached', 'contacted', 'challenged', 'confronted', 'told', 'given', 'based',
  'according', 'regarding', 'including', 'considering', 'judging', 'returning', 'opening', 'closing', 'ending', 'starting',
  'beginning', 'wrapping', 'summing', 'invoking', 'echoing', 'channeling', 'mocking', 'alluding', 'nodding', 'gesturing',
]);

const PRONOUN = /^(?:he|she|they|i|we|it|you)$/i;

function bare(w: string): string {
  return w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/['’]s$/u, '').replace(/\.$/, '');
}

/** True when a capitalised single word can be a person or body's name. */
function nameLike(word: string): boolean {
  const w = bare(word);
  if (!w || NOT_A_SPEAKER.has(w)) return false;
  // `September`, `Wednesday`; but `May` and `June` are also names (`Theresa May`).
  if (CALENDAR_WORDS.has(w)) return GIVEN_WORDS.has(w) || SURNAME_WORDS.has(w);
  if (GIVEN_WORDS.has(w) || SURNAME_WORDS.has(w)) return true;
  // Sentence adverbs (`Finally`, `Clearly`), not short names (`Daly`, `Healy`) or `-lly` names (`Connolly`).
  if (w.length >= 6 && /(?:ally|fully|[^l]ly)$/.test(w)) return false;
  // Participles that open a sentence (`Looking back`, `Responding to`, `Flying home`), not names (`Manning`, `Fleming`,
  // listed above): a word of six letters or more ending in -ing that no name list holds.
  return !(SPEECH_PARTICIPLES.has(w) || OPENING_PARTICIPLES.has(w) || (w.length >= 6 && w.endsWith('ing')));
}

/**
 * True when `phrase` (as written in the draft) can be the source of a speech
 * verb: a name, a pronoun, or a noun phrase that is not a cut-off clause.
 */
export function isSpeakerPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const first = words[0];
  const last = bare(words[words.length - 1]);
  if (words.length === 1) {
    if (PRONOUN.test(first)) return true;
    if (/^[\p{Lu}]/u.test(first)) return nameLike(first);
    if (/^[\p{N}]/u.test(first)) return false;
    return classifySourcePhrase(first) === 'descriptor';
  }
  if (NOT_LAST.has(last) || CALENDAR_WORDS.has(last) && !/^[\p{Lu}]/u.test(words[words.length - 1])) return false;
  if (/^[\p{Ll}]/u.test(first) && NOT_FIRST_LOWER.has(bare(first))) return false;
  // A run with no capital, no determiner and no descriptor head is a clause fragment (`giving states`).
  if (!words.some((w) => /^[\p{Lu}]/u.test(w))) {
    const kind = classifySourcePhrase(phrase);
    if (kind === 'other' && !/^(?:a|an|the|his|her|their|its|our|my|one|two|three|several|some|many|most|this|that|these|those|another)$/i.test(first)) return false;
  }
  // `September she`, `Wednesday Trump`: a calendar word glued to the front is not part of the speaker.
  return !(CALENDAR_WORDS.has(bare(first)) && words.length === 2 && /^[\p{Ll}]/u.test(words[1]));
}

/**
 * Attribution cues: verbs and phrases that tie content to a source.
 *
 * One documented list of speech and attribution verbs, as lemmas; every form
 * the analysis matches is GENERATED from it by `inflect` (third person, past,
 * past participle, -ing), never typed, so a newsroom reviews one word per verb.
 * Sources, checked by hand:
 * - the cue verbs annotated on direct quotations in the PolNeAR corpus
 *   (Newell et al., LREC 2018), training split, every verb seen at least
 *   twice plus the single ones that are unambiguous speech;
 * - the AP Stylebook's advice on "said" and the alternatives it names
 *   (added, asked, explained, noted, replied, responded, told, wrote);
 * - the verbs a hand audit of missed attributions found (implored, gushed,
 *   barked, beamed, gloated, cracked, fumed, surmised, reacted, questioned,
 *   assured, recommended, sighed).
 * The source-classification pass (`sources/fallback.ts`) shares this list.
 */

/**
 * Speech and attribution verbs (lemmas). All inflections count as cues: `X
 * <past|3rd person|participle> …`, `… <past> X`, `<-ing> …` after a subject.
 */
export const SPEECH_LEMMAS: readonly string[] = [
  // AP: said and its plain alternatives
  'say', 'tell', 'add', 'ask', 'write', 'state', 'explain', 'note', 'reply', 'respond', 'answer', 'continue',
  // argument and claim
  'argue', 'insist', 'claim', 'declare', 'contend', 'maintain', 'assert', 'allege', 'charge', 'counter', 'retort',
  'rejoin', 'reiterate', 'repeat', 'stress', 'emphasize', 'emphasise', 'conclude', 'suggest', 'propose', 'surmise',
  'posit', 'observe', 'remark', 'comment', 'mention', 'point', 'indicate', 'estimate', 'predict', 'forecast',
  // admission and confirmation
  'acknowledge', 'admit', 'concede', 'confess', 'confirm', 'deny', 'disclose', 'reveal', 'announce', 'report',
  'testify', 'recall', 'recount', 'describe', 'characterize', 'characterise', 'assure', 'reassure', 'recommend',
  // warning, urging, promising
  'warn', 'caution', 'urge', 'implore', 'plead', 'beg', 'demand', 'promise', 'vow', 'pledge', 'threaten',
  // manner of speaking
  'shout', 'yell', 'scream', 'cry', 'whisper', 'mutter', 'murmur', 'exclaim', 'proclaim', 'thunder', 'bark',
  'boom', 'snap', 'snarl', 'sigh', 'sing', 'chant', 'intone', 'mouth', 'quip', 'joke', 'muse', 'gush', 'beam',
  'gloat', 'crack', 'fume', 'rage', 'rail', 'scoff', 'sneer', 'mock', 'tease', 'chide', 'scold', 'grumble',
  'grouse', 'gripe', 'complain', 'lament', 'bemoan', 'marvel', 'wonder', 'ponder', 'boast', 'brag', 'interject',
  'interrupt', 'venture', 'chime', 'elaborate', 'press', 'challenge', 'react', 'question', 'query', 'inquire',
  'enquire', 'quote', 'cite', 'advise', 'offer', 'fire', 'shoot',
  // judging what others did
  'agree', 'dismiss', 'defend', 'criticize', 'criticise', 'praise', 'blame', 'accuse', 'blast', 'slam', 'decry',
  'denounce', 'hail', 'tout', 'thank', 'credit', 'label', 'brand', 'dub', 'call', 'frame',
  // written and posted
  'tweet', 'retweet', 'post', 'text', 'email', 'message', 'read', 'sum', 'put', 'share',
  // cognition a quotation can be given to (`"…," he thought.`)
  'believe', 'think', 'feel', 'hope', 'fear', 'expect', 'worry', 'understand', 'know', 'want',
];

/**
 * Lemmas whose third-person form is mostly a noun or another sense in news
 * copy (`the fires`, `his posts`, `a snap election`): that form is not a cue.
 */
const NO_THIRD = new Set([
  'snap', 'crack', 'rage', 'rail', 'beam', 'boom', 'press', 'challenge', 'share', 'post', 'offer', 'message', 'email',
  'frame', 'brand', 'label', 'credit', 'thank', 'mouth', 'chime', 'point', 'react', 'question', 'quote', 'venture',
  'fire', 'shoot', 'blast', 'slam', 'mention', 'propose', 'interrupt', 'tease', 'mock', 'hail',
]);
/**
 * Lemmas whose -ing form is mostly not speech (`a sign reading`, `putting it
 * off`, `continuing talks`, `agreeing to`) or a cognition verb: no participle cue.
 */
const NO_ING = new Set([
  'snap', 'crack', 'rage', 'rail', 'beam', 'boom', 'press', 'challenge', 'share', 'offer', 'message', 'email',
  'frame', 'label', 'credit', 'thank', 'mouth', 'chime', 'point', 'react', 'question', 'quote', 'venture', 'fire',
  'shoot', 'blast', 'slam', 'mention', 'propose', 'interrupt', 'tease', 'mock', 'advise', 'read', 'put', 'continue',
  'report', 'charge', 'estimate', 'indicate', 'repeat', 'agree', 'sum', 'text', 'cite', 'sing', 'cry', 'conclude',
  'answer', 'confirm', 'deny', 'reveal', 'demand', 'believe', 'think', 'feel', 'hope', 'fear', 'expect', 'worry',
  'understand', 'know', 'want', 'observe', 'counter', 'forecast', 'threaten', 'beg',
]);

/** Past forms that are not `-ed` (and past participles that differ from the past). */
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'], put: ['put'],
  read: ['read'], sing: ['sang', 'sung'], know: ['knew'], understand: ['understood'], shoot: ['shot'],
  speak: ['spoke', 'spoken'],
};
/** Lemmas that double their final consonant before `-ed`/`-ing`. */
const DOUBLING = new Set(['snap', 'chat', 'quip', 'sum', 'put', 'admit', 'plan', 'stop', 'text', 'dub', 'beg', 'rebut', 'brag', 'slam']);

/** Every inflected form of a lemma: base, third person, past (and participle), -ing. */
export function inflect(lemma: string): { base: string; third: string; past: readonly string[]; ing: string } {
  const v = lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(v) ? v + 'es' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : v + 's';
  const stem = DOUBLING.has(v) && v !== 'text' ? v + v[v.length - 1] : v;
  const past = IRREGULAR_PAST[v] ?? [v.endsWith('e') ? v + 'd' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ied' : stem + 'ed'];
  const ing = /[^e]e$/.test(v) ? v.slice(0, -1) + 'ing' : /ie$/.test(v) ? v.slice(0, -2) + 'ying' : stem + 'ing';
  return { base: v, third, past, ing };
}

/** Old spellings kept from the first hand-made list that the rules above do not produce. */
const EXTRA_FINITE = ['marvelled', 'labelled', 'acknowledging', 'boasting'];

function build(): { finite: Set<string>; participles: Set<string> } {
  const finite = new Set<string>(EXTRA_FINITE);
  const participles = new Set<string>();
  for (const l of SPEECH_LEMMAS) {
    const f = inflect(l);
    for (const p of f.past) finite.add(p);
    if (!NO_THIRD.has(l)) finite.add(f.third);
    if (!NO_ING.has(l)) participles.add(f.ing);
  }
  // Base forms with a plural or `I`/`we` subject (`officials say`, `I think`): only the plainest verbs, since most
  // base forms are also nouns or imperatives.
  for (const b of ['say', 'tell', 'ask', 'insist', 'argue', 'explain', 'note', 'warn', 'recall', 'demand', 'wonder']) finite.add(b);
  for (const p of ['speaking', 'labeling', 'labelling', 'calling', 'posting', 'branding', 'hailing']) participles.add(p);
  return { finite, participles };
}
const FORMS = build();

/** Finite speech-verb forms that take a subject (`X said`) or an inverted subject (`said X`). Generated. */
export const SPEECH_VERBS: ReadonlySet<string> = FORMS.finite;

/** Participles that hang off the sentence's subject: `Witkoff expressed confidence, stating "…"`. Generated. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = FORMS.participles;

/**
 * Two-word cues whose second word is a particle (`went on`, `chimed in`,
 * `pointed out`, `shot back`): the first word's forms and the particle.
 * Counted only when the particle ends the clause or a colon or quotation
 * follows (`he went on.`, `she shot back:`), so `went on to win` is not one.
 */
export const PHRASAL_CUES: Readonly<Record<string, string>> = {
  went: 'on', goes: 'on', go: 'on', chimed: 'in', chimes: 'in', pointed: 'out', points: 'out', shot: 'back',
  fired: 'back', snapped: 'back', hit: 'back', hits: 'back', weighed: 'in', weighs: 'in', piped: 'up', spoke: 'up',
  summed: 'up', sums: 'up',
};

/** Lemma of a cue form, for `Attribution.verb`. */
export function cueLemma(form: string): string {
  const f = form.toLowerCase();
  const irregular: Record<string, string> = {
    said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write', written: 'write', thought: 'think',
    felt: 'feel', put: 'put', puts: 'put', knows: 'know', saying: 'say', telling: 'tell', writing: 'write', went: 'go', goes: 'go',
    spoke: 'speak', shot: 'shoot',
  };
  if (irregular[f]) return irregular[f];
  if (f.endsWith('ied')) return f.slice(0, -3) + 'y';
  if (f.endsWith('ing')) return f.slice(0, -3);
  if (f.endsWith('ed')) return f.slice(0, -2);
  if (f.endsWith('es') && /(?:sh|ch|ss|x)es$/.test(f)) return f.slice(0, -2);
  if (f.endsWith('s')) return f.slice(0, -1);
  return f;
}

/**
 * Verbs that introduce quoted words as the subject's own in a partial quote
 * (`X defended the plan as "…"`, `X called it "…"`): they make the sentence's
 * subject the speaker of a quote inside the sentence even with no `said`.
 */
export const SUBJECT_QUOTE_VERBS = SPEECH_VERBS;

/** Phrases that never introduce speech even though they precede a quote: titles and names. */
export const TITLE_CUES = /(?:\b(?:titled|entitled|nicknamed|headlined|known as|billed as|so-called|(?:is|are|was|were|be|been|being) (?:called|named|dubbed|labell?ed)|(?:a|an|the) [\w-]+(?: [\w-]+)? (?:called|named|dubbed)|the (?:words?|terms?|phrases?|slogan|hashtag|motto|label|headline|title|book|film|movie|song|album|show|series|program|programme|report|op-ed|column|essay|article|post|tweet)|calling (?:itself|themselves|himself|herself)|which it calls|what (?:he|she|they|it) calls?|a group called)\s*,?\s*)$/i;

/**
 * Attribution cues: verbs and phrases that tie content to a source.
 *
 * Sources: the cue lemmas annotated in PolNeAR (Newell et al., LREC 2018) and
 * the AP Stylebook's advice on "said" and its alternatives. Forms are listed
 * explicitly (no stemming) so a newsroom can review exactly what counts.
 */

/** Finite speech-verb forms that take a subject (`X said`) or an inverted subject (`said X`). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'stated',
  'states', 'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'claimed',
  'claims', 'declared', 'declares', 'continued', 'replied', 'replies', 'responded', 'responds', 'recalled',
  'recalls', 'warned', 'warns', 'cautioned', 'cautions', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'announced', 'announces', 'commented', 'comments', 'suggested', 'suggests', 'stressed', 'stresses',
  'emphasized', 'emphasizes', 'emphasised', 'emphasises', 'predicted', 'predicts', 'promised', 'promises',
  'vowed', 'vows', 'conceded', 'concedes', 'complained', 'complains', 'countered', 'counters', 'remarked',
  'remarks', 'observed', 'observes', 'tweeted', 'tweets', 'posted', 'testified', 'testifies', 'quipped',
  'joked', 'jokes', 'shouted', 'yelled', 'whispered', 'pleaded', 'urged', 'urges', 'contended', 'contends',
  'maintained', 'maintains', 'asserted', 'asserts', 'confirmed', 'confirms', 'denied', 'denies', 'agreed',
  'agrees', 'mused', 'boasted', 'boasts', 'lamented', 'laments', 'described', 'describes', 'called', 'calls',
  'reported', 'reports', 'disclosed', 'revealed', 'reveals', 'alleged', 'alleges', 'charged', 'charges',
  'indicated', 'indicates', 'answered', 'answers', 'concluded', 'concludes', 'cited', 'cites', 'proclaimed',
  'exclaimed', 'sighed', 'offered', 'advised', 'advises', 'repeated', 'repeats', 'reiterated', 'reiterates',
  'recounted', 'recounts', 'thundered', 'scoffed', 'chimed', 'interjected', 'ventured', 'estimated',
  'estimates', 'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'hopes', 'hoped', 'fears', 'feared',
  'expects', 'expected', 'worries', 'worried', 'understands', 'knows', 'wants', 'wanted', 'defended',
  'defends', 'dismissed', 'dismisses', 'criticized', 'criticised', 'criticizes', 'praised', 'praises',
  'blamed', 'blames', 'accused', 'accuses', 'acknowledging', 'boasting', 'texted', 'emailed', 'messaged',
  'shared', 'pointed', 'put', 'puts', 'summed', 'sums', 'framed', 'labeled', 'labelled', 'branded', 'dubbed',
  'hailed', 'touted', 'characterized', 'characterised', 'demanded', 'demands', 'wondered', 'wonders', 'reads',
  'retorted', 'snapped', 'sang', 'sings', 'chanted', 'chants', 'pressed', 'challenged', 'conceded', 'elaborated',
  'responded', 'shot', 'fired', 'rejoined', 'intoned', 'groused', 'griped', 'grumbled', 'marveled', 'marvelled',
  'read', 'yells', 'shouts', 'screams', 'screamed', 'cries', 'cried', 'ask', 'wrote', 'texts', 'exclaims', 'continues',
  'recalls', 'adds', 'quips', 'jokes', 'demand', 'wonder', 'insist', 'argue', 'explain', 'note', 'warn', 'recall',
]);

/** Participles that hang off the sentence's subject: `Witkoff expressed confidence, stating "…"`. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'stating', 'adding', 'telling', 'writing', 'noting', 'arguing', 'insisting', 'claiming', 'declaring',
  'explaining', 'warning', 'calling', 'describing', 'asking', 'announcing', 'suggesting', 'emphasizing',
  'emphasising', 'stressing', 'acknowledging', 'admitting', 'promising', 'vowing', 'recalling', 'replying',
  'responding', 'urging', 'complaining', 'contending', 'maintaining', 'asserting', 'predicting', 'tweeting',
  'posting', 'quipping', 'joking', 'conceding', 'lamenting', 'boasting', 'touting', 'pleading', 'cautioning',
  'dismissing', 'defending', 'praising', 'accusing', 'blaming', 'labeling', 'labelling', 'branding', 'dubbing',
  'hailing', 'characterizing', 'characterising', 'speaking',
]);

/** Lemma of a cue form, for `Attribution.verb`. */
export function cueLemma(form: string): string {
  const f = form.toLowerCase();
  const irregular: Record<string, string> = {
    said: 'say', says: 'say', told: 'tell', tells: 'tell', wrote: 'write', writes: 'write', thought: 'think',
    felt: 'feel', put: 'put', puts: 'put', knows: 'know', saying: 'say', telling: 'tell', writing: 'write',
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

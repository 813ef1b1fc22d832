/**
 * The sources of a draft, sorted into named and unnamed, with the reason for
 * anonymity the draft gives (if any). Computed once per analysis and shared
 * by `source.unnamed`, `source.vague` and the source hover.
 */
import type { DocumentAnalysis } from '../analyze';
import type { Attribution, Span } from '../types';
import { ANONYMITY_QUALIFIERS, GENERIC_HEADS, GROUP_HEADS, HEDGING_QUANTIFIERS, IDIOM_CUES, INFORMANT_HEADS, PRIVATE_ADVERBS } from '../lexicon/sources';
import { analyzeSourcePhrase, startsWithPersonName, type SourcePhraseInfo } from './classify';
import { descriptorAttributions } from './fallback';
import { findJustification, type Justification } from './justification';
import { SpanSet } from './spanSet';

/** One attribution whose source the draft does not name. */
export interface UnnamedSource extends Span {
  /** The descriptor as written (`a person familiar with the matter`). */
  phrase: string;
  head: string;
  attribution: Attribution;
  info: SourcePhraseInfo;
  /** The reason for anonymity found near it (or near the source it refers back to), or null. */
  justification: Justification | null;
  /** For `the official` after `a senior official`: the earlier unnamed source it refers to. */
  antecedent: Span | null;
}

export interface SourceTally {
  /** Unnamed sources, in text order. */
  unnamed: UnnamedSource[];
  /** Generic or hedged authorities (`experts say`, `many Democrats believe`), in text order: `source.vague`. */
  vague: UnnamedSource[];
  /** Attributions whose source is a named person or organisation (or a pronoun resolving to one), in text order. */
  named: Attribution[];
}

/** Negation right before the cue (after any comma clause): `have not said`, `did not immediately respond`. */
const NEGATED = /(?:\b(?:not|never|no\s+longer)|n['’]t)(?:\s+[\p{L}]+){0,2}\s+$/iu;

const cache = new WeakMap<DocumentAnalysis, SourceTally>();

/** Singular lemma of a head noun, so `the official` finds `officials`. */
function lemma(head: string): string {
  if (head === 'people') return 'person';
  return head.replace(/(?:es|s)$/, (m) => (m === 'es' && /(?:ss|sh|ch|x)es$/.test(head) ? '' : m === 'es' ? 'e' : ''));
}

function isNamed(a: Attribution, info: SourcePhraseInfo): boolean {
  if (a.resolved && (a.sourceKind === 'pronoun' || info.kind === 'name' || info.kind === 'organization')) return true;
  return info.kind === 'name' || info.kind === 'organization';
}

/**
 * A descriptor cut short after its qualifier word (`a person familiar` in
 * `according to a person familiar with the matter`) runs on to the end of
 * the qualifier's phrase.
 */
function extendQualifier(masked: string, end: number): number {
  const head = masked.slice(Math.max(0, end - 30), end);
  const after = masked.slice(end, end + 120);
  // A qualifier the span left out entirely: `one GOP source` + ` in the room`.
  const lead = /^[ \t]+/.exec(after);
  const rest = lead ? after.slice(lead[0].length) : '';
  if (lead && ANONYMITY_QUALIFIERS.some((re) => re.test(rest))) {
    const stop = /[,.;:!?()\n"“”]|\s(?:said|says|say|told|who|which|and|but)\b/.exec(rest);
    const len = stop ? stop.index : after.length - lead[0].length;
    if (len > 0 && len < 80) return end + lead[0].length + len;
  }
  // A span cut after a function word (`sources close to the` + ` company`) runs on to the phrase's end.
  if (/\s(?:the|a|an|of|to|with|on|in|at|for|from|by|about)$/i.test(head)) {
    const m = /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+(?=\s*(?:[,.;:!?)]|\s(?:said|says|say|told|who)\b|$))/u.exec(after);
    if (m) return end + m[0].length;
  }
  if (!/\b(?:familiar|briefed|close|involved|knowledgeable|aware|privy|knowledge)$/i.test(head)) return end;
  const m = /^\s+(?:with|on|to|in|of|about)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?[\p{L}\p{N}'’-]+(?=\s*(?:[,.;:!?)]|\s(?:said|says|say|told|who|and)\b|$))/u.exec(masked.slice(end, end + 120));
  return m ? end + m[0].length : end;
}

/** False for a capitalised cue inside a name (`States` in `the United States`), which reports nothing. */
function isCue(text: string, a: Attribution): boolean {
  if (!/^\p{Lu}/u.test(text.slice(a.cue.start, a.cue.end)) || /^according/i.test(a.verb)) return true;
  return !/\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, a.cue.start - 30), a.cue.start));
}

/**
 * A source after its cue is a real inverted attribution only when the cue
 * follows a comma, a closing quote or the sentence start and the source ends
 * its clause (`…, said a senior official.`); otherwise it is the verb's object
 * (`X warned Russian officials that …`, `X said negotiators faced …`).
 */
function invertedOk(masked: string, a: Attribution): boolean {
  if (a.source.start < a.cue.end || /^according|^by$/i.test(a.verb) || /\bby$/i.test(masked.slice(a.cue.start, a.cue.end))) return true;
  const before = masked.slice(Math.max(0, a.cue.start - 4), a.cue.start);
  const sentenceStart = /(?:^|[.!?]\s*)$/.test(masked.slice(Math.max(0, a.cue.start - 3), a.cue.start)) || a.cue.start === 0;
  if (!sentenceStart && !/[,\p{Pf}"'”’—–]\s*$/u.test(before)) return false;
  // Verbs that invert in news copy; `warned officials` and `told aides` take objects.
  if (!/^(?:say|add|write|explain|note|acknowledge|recall|continue|believe|think|figure|argue|insist|contend|predict|estimate|reckon|concede|claim|fear|worry)$/.test(a.verb)) return false;
  // Where the source ends, its qualifier included (only needed here: most attributions return above).
  const sourceEnd = extendQualifier(masked, a.source.end);
  const after = masked.slice(sourceEnd, sourceEnd + 80);
  return /^\s*(?:[.,;:!?)\]—–]|$)/.test(after) || /^\s+(?:who|whose)\b/.test(after) || /^\s+(?:on|in|at|of|for|from|with|to|inside|within)\s+[^,.;:!?"“”]*?[.;!?]/.test(after);
}

/**
 * `generic` for a class cited for an opinion (`experts`, `critics`, `many
 * Democrats`, `some economists`), `informant` for a particular unnamed person
 * or group (`a senior official`, `many of her aides`, `several Democrats`).
 */
function sourceClass(info: SourcePhraseInfo): 'generic' | 'informant' {
  if (info.qualifier) return 'informant';
  if (GENERIC_HEADS.has(info.head)) return 'generic';
  // `many of her aides` and `some officials` are informants; `many Democrats`, `some strategists` a hedge.
  if (HEDGING_QUANTIFIERS.has(info.det) && !INFORMANT_HEADS.has(info.head) && !(info.partitive && info.possessed)) return 'generic';
  return 'informant';
}

/** Words that open a place or time phrase before a comma (`In New York,`), not a name in apposition. */
const NOT_APPOSITION = /^(?:in|at|on|from|to|of|for|across|near|outside|inside|by|with|after|before|since|during|until|when|while|as|if|but|and|or|so|yet|then|now|still|meanwhile|however|although|though|because|last|this|next|the|a|an)$/i;

/**
 * True when the sentence names the source in apposition: a name right before
 * it (`Grant Doe, another strategist, said`) or right after it (`said the
 * lawmakers, Representatives Jane Doe and John Roe`).
 */
function namedInApposition(text: string, sentenceStart: number, start: number, end: number): boolean {
  const after = /^\s*,\s*/.exec(text.slice(end, end + 4));
  if (after) {
    const rest = text.slice(end + after[0].length, end + after[0].length + 80);
    const words = rest.split(/\s+/).filter((w) => w !== '');
    if (words.length > 1 && startsWithPersonName(rest)) return true;
  }
  const before = text.slice(Math.max(sentenceStart, start - 80), start);
  // `Grant Doe, another strategist,` / `Harold Roe, a banker and former official`.
  const m = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s*,\s*(?:(?:a|an)\s+[\p{Ll}-]+\s+and\s+)?$/u.exec(before);
  if (!m) return false;
  // The run of capitalised words must not be a place or time phrase (`In New York,`, `Last week in Ohio,`).
  const prevWord = /([\p{L}]+)\s+$/u.exec(before.slice(0, m.index))?.[1] ?? '';
  // `from Ana Ruiz, a banker and …`: an article after the comma marks an apposition even after a preposition.
  const appositive = /^(?:a|an|another|one|the)\s/i.test(text.slice(start, end + 1)) || m[0].includes(' and ');
  if ((NOT_APPOSITION.test(prevWord) && !/^(?:and|or)$/i.test(prevWord) && !appositive) || m[1].split(/\s+/).some((w) => NOT_APPOSITION.test(w))) return false;
  return startsWithPersonName(m[1]);
}

/**
 * True when the phrase at `start` opens the content of another speaker's
 * attribution (`She added that some members …`, `Clinton says many doubted
 * her`): a hedge or source there is that speaker's, not the draft's.
 */
export function insideReportedSpeech(text: string, start: number): boolean {
  return /\b(?:said|says|say|added|adds|argued|argues|noted|notes|claimed|claims|insisted|insists|recalled|recalls|told\s+[\p{L}]+|tells\s+[\p{L}]+)\s+(?:that\s+)?$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** All attributions: the engine's, plus descriptor sources it did not report. */
export function allAttributions(analysis: DocumentAnalysis): Attribution[] {
  const extra = descriptorAttributions(analysis);
  if (extra.length === 0) return analysis.attributions;
  return [...analysis.attributions, ...extra].sort((a, b) => a.source.start - b.source.start || a.cue.start - b.cue.start);
}

/** Named and unnamed sources of the draft (memoised per analysis). */
export function sourceTally(analysis: DocumentAnalysis): SourceTally {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const { doc } = analysis;
  const unnamed: UnnamedSource[] = [];
  const vague: UnnamedSource[] = [];
  const named: Attribution[] = [];
  const taken = new SpanSet([]);
  /** Per sentence, where an `according to` unnamed source starts: the claims before it in the sentence are its. */
  const according = new Map<number, number>();
  for (const a of allAttributions(analysis)) {
    // Headlines summarise; the body carries (and names) the sources.
    if (!isCue(doc.text, a) || doc.paragraphs[a.paragraph]?.isHeading) continue;
    if (!invertedOk(doc.masked, a)) continue;
    const info = analyzeSourcePhrase(a.sourceText);
    const between = a.cue.start >= a.source.end ? doc.text.slice(a.source.end, a.cue.start) : '';
    // `Democrats privately acknowledge`: a party speaking off the record is an unnamed group.
    const privateGroup = info.kind === 'name' && GROUP_HEADS.has(info.head) && between.split(/[^\p{L}]+/u).some((w) => PRIVATE_ADVERBS.has(w.toLowerCase()));
    if (!privateGroup && isNamed(a, info)) {
      named.push(a);
      continue;
    }
    if ((info.kind !== 'descriptor' && !privateGroup) || a.resolved) continue;
    // `officials have not said`, `an attorney did not respond`: nothing is attributed.
    if (between && NEGATED.test(between.replace(/^[\s\S]*,/, ' '))) continue;
    const start = a.source.start + info.descriptor.start;
    const end = extendQualifier(doc.masked, a.source.start + info.descriptor.end);
    if (taken.overlaps({ start, end })) continue;
    const sentence = doc.sentences[a.sentence];
    // Named in the same sentence: `Grant Doe, another strategist, said`; `the lawmakers, Representatives A and B`.
    if (namedInApposition(doc.text, sentence?.start ?? 0, start, end)) continue;
    // `Sanders and his aides believe`: a named person heads the source.
    if (/(?:\p{Lu}[\p{L}'’.-]+|\b(?:he|she|I|we))\s+and\s+$/u.test(doc.text.slice(Math.max(0, start - 40), start))) continue;
    // `in those states`: a cue word after a determiner is a noun.
    if (/\b(?:the|those|these|a|an|this|their|his|her|its|our|other|several|both|all|many|swing|battleground|key|early|primary)\s+$/i.test(doc.text.slice(Math.max(0, a.cue.start - 14), a.cue.start))) continue;
    // `1,409 teachers said`: a count of that size is a survey result, not informants.
    if (/\d[,.]?$/.test(doc.text.slice(Math.max(0, start - 2), start)) || /^\d{2,}/.test(info.det.replace(/,/g, '')) && Number(info.det.replace(/,/g, '')) >= 20) continue;
    // `as one aide put it` is speech; `people put their money in funds` is not.
    const idiom = IDIOM_CUES.get(doc.text.slice(a.cue.start, a.cue.end).toLowerCase());
    if (idiom && !idiom.test(doc.text.slice(a.cue.end, a.cue.end + 60))) continue;
    const generic = !privateGroup && sourceClass(info) === 'generic';
    // `She added that some members called her`: the hedge is the named speaker's.
    if (generic && insideReportedSpeech(doc.text, start)) continue;
    let antecedent: UnnamedSource | undefined;
    if (!generic && !info.unnamed && !privateGroup) {
      // A definite back-reference (`the official`) to an earlier unnamed source is unnamed too.
      if (!info.definite) continue;
      const l = lemma(info.head);
      antecedent = [...unnamed].reverse().find((u) => lemma(u.head) === l);
      if (!antecedent) continue;
    }
    taken.add({ start, end });
    const span = { start, end };
    const justification = generic ? null : (findJustification(doc, span) ?? antecedent?.justification ?? null);
    (generic ? vague : unnamed).push({
      start,
      end,
      phrase: doc.text.slice(start, end),
      head: info.head,
      attribution: a,
      info,
      justification,
      antecedent: antecedent ? { start: antecedent.start, end: antecedent.end } : null,
    });
    if (/^according/i.test(a.verb) && !generic) according.set(a.sentence, Math.min(according.get(a.sentence) ?? Infinity, start));
  }
  // `Some members have privately expressed doubts, according to people familiar with the talks.`: one source, the second.
  const own = (u: UnnamedSource): boolean => !(u.start < (according.get(u.attribution.sentence) ?? -1) && !/^according/i.test(u.attribution.verb));
  const byStart = (x: UnnamedSource, y: UnnamedSource): number => x.start - y.start;
  const tally = { unnamed: unnamed.filter(own).sort(byStart), vague: vague.filter(own).sort(byStart), named };
  cache.set(analysis, tally);
  return tally;
}

/**
 * The sources of a draft, sorted into named and unnamed, with the reason for
 * anonymity the draft gives (if any). Computed once per analysis and shared
 * by `source.unnamed`, `source.vague` and the source hover.
 */
import type { DocumentAnalysis } from '../analyze';
import type { Attribution, Span } from '../types';
import { ANONYMITY_QUALIFIERS } from '../lexicon/sources';
import { analyzeSourcePhrase, type SourcePhraseInfo } from './classify';
import { descriptorAttributions } from './fallback';
import { findJustification, type Justification } from './justification';

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
  if (!/^(?:say|add|write|explain|note|acknowledge|recall|continue)$/.test(a.verb)) return false;
  // Where the source ends, its qualifier included (only needed here: most attributions return above).
  const sourceEnd = extendQualifier(masked, a.source.end);
  const after = masked.slice(sourceEnd, sourceEnd + 80);
  return /^\s*(?:[.,;:!?)\]—–]|$)/.test(after) || /^\s+(?:who|whose)\b/.test(after) || /^\s+(?:on|in|at|of|for|from|with|to|inside|within)\s+[^,.;:!?"“”]*?[.;!?]/.test(after);
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
  const unnamed: UnnamedSource[] = [];
  const named: Attribution[] = [];
  const seen = new Set<string>();
  for (const a of allAttributions(analysis)) {
    // Headlines summarise; the body carries (and names) the sources.
    if (!isCue(analysis.doc.text, a) || analysis.doc.paragraphs[a.paragraph]?.isHeading) continue;
    if (!invertedOk(analysis.doc.masked, a)) continue;
    const info = analyzeSourcePhrase(a.sourceText);
    if (isNamed(a, info)) {
      named.push(a);
      continue;
    }
    if (info.kind !== 'descriptor' || a.resolved) continue;
    // `officials have not said`, `an attorney did not respond`: nothing is attributed.
    if (a.cue.start >= a.source.end && NEGATED.test(analysis.doc.text.slice(a.source.end, a.cue.start).replace(/^[\s\S]*,/, ' '))) continue;
    const start = a.source.start + info.descriptor.start;
    const end = extendQualifier(analysis.doc.masked, a.source.start + info.descriptor.end);
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    let antecedent: UnnamedSource | undefined;
    if (!info.unnamed) {
      // A definite back-reference (`the official`) to an earlier unnamed source is unnamed too.
      if (!info.definite) continue;
      const l = lemma(info.head);
      antecedent = [...unnamed].reverse().find((u) => lemma(u.head) === l);
      if (!antecedent) continue;
    }
    seen.add(key);
    const span = { start, end };
    const justification = findJustification(analysis.doc, span) ?? antecedent?.justification ?? null;
    unnamed.push({
      start,
      end,
      phrase: analysis.doc.text.slice(start, end),
      head: info.head,
      attribution: a,
      info,
      justification,
      antecedent: antecedent ? { start: antecedent.start, end: antecedent.end } : null,
    });
  }
  const tally = { unnamed, named };
  cache.set(analysis, tally);
  return tally;
}

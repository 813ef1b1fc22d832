/**
 * A narrow second pass that finds descriptor sources the attribution engine
 * did not report: `people familiar with the matter said`, `said a person
 * close to the family`, `according to two officials`, `Trump aides
 * insisted`. It starts from a descriptor head noun (`officials`, `source`,
 * `aides`: `lexicon/sources.ts`), widens to its noun phrase, and keeps it
 * only when a speech or cognition verb takes it as subject (or an inverted
 * `said`/`according to` takes it as source). Everything it returns is an
 * ordinary `Attribution` with `sourceKind: 'descriptor'`.
 */
import type { DocumentAnalysis } from '../analyze';
import { cueLemma, SPEECH_PARTICIPLES, SPEECH_VERBS } from '../lexicon/speech';
import { AS_CUES, DESCRIPTOR_HEADS, GROUP_HEADS, IDIOM_CUES, ORGANIZATION_HEADS, POST_MODIFIER_STARTS, PRIVATE_ADVERBS, SOURCE_VERBS, STANCE_ADJECTIVES } from '../lexicon/sources';
import { detach, memo } from '../cache';
import type { Attribution, Paragraph, Span } from '../types';
import { analyzeSourcePhrase } from './classify';
import { SpanSet } from './spanSet';
import { nextWordStart, sourceWordEnd } from '../text/words';

interface W extends Span {
  text: string;
  lower: string;
}

// Words are scanned by hand (text/words.ts `sourceWordEnd`, equal to its regular expression by property test).
/** Negation between a subject and its cue: `officials have not said`, `did not respond` attribute nothing. */
const NEGATION = /^(?:not|never|n['’]t|no longer)$/;
/** Cues that attribute a finding when followed by `that`: `investigators have discovered that …`. */
const THAT_CUES = new Set(['discovered', 'found', 'concluded', 'determined', 'learned', 'decided', 'assumed', 'ruled', 'judged', 'calculated', 'projected', 'conceded', 'believe', 'believed', 'hoped']);
/** Passive cues with a `by` agent: `echoed by a number of tax experts`. */
const PASSIVE_CUES = new Set(['echoed', 'confirmed', 'disputed', 'criticized', 'criticised', 'questioned', 'described', 'reported', 'told', 'quoted', 'cited', 'praised', 'contradicted', 'denied', 'shared', 'backed', 'supported', 'rejected', 'challenged', 'corroborated', 'seconded', 'voiced', 'raised', 'expressed']);

/** Inflected forms of the extra source verbs (`insist` → `insisted`, `insists`). */
function inflect(v: string): string[] {
  const [verb, ...rest] = v.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const s = /(?:s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's';
  const ed = verb.endsWith('e') ? verb + 'd' : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ied' : verb + 'ed';
  const irregular: Record<string, string> = { say: 'said', tell: 'told', think: 'thought', write: 'wrote', hold: 'held', weigh: 'weighed' };
  return [verb, s, irregular[verb] ?? ed].map((f) => f + tail);
}

/** Finite cue forms for descriptor subjects: the shared speech lexicon plus the cognition verbs sources take. */
const CUE_FORMS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...SOURCE_VERBS.filter((v) => !v.includes(' ')).flatMap(inflect)]);
const TWO_WORD_CUES = new Set(SOURCE_VERBS.filter((v) => v.includes(' ')).flatMap(inflect));
/** Inverted cues: `…, said a senior official.` */
const INVERTED = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'acknowledged', 'recalled', 'continued',
  // Inverted cognition cues after a comma: `…, figure people close to the senator.`
  'believe', 'believes', 'think', 'thinks', 'figure', 'figures', 'argue', 'argues', 'argued', 'insist', 'insists',
  'insisted', 'contend', 'contends', 'predict', 'predicts', 'predicted', 'concede', 'concedes', 'conceded', 'fear',
  'fears', 'feared', 'reckon', 'reckons',
]);
/** Parenthetical phrases between a subject's auxiliary and its cue: `officials have, in fact, praised`. */
const PARENTHETICAL = /^\s*,?\s*(?:in\s+fact|in\s+particular|for\s+their\s+part|for\s+now|at\s+least|of\s+course)\s*,?\s*$/i;

/** Words that may stand between a subject and its cue (`officials have long argued`, `aides on Tuesday said`). */
const BETWEEN = new Set([
  'also', 'have', 'has', 'had', 'long', 'privately', 'publicly', 'later', 'previously', 'repeatedly', 'separately',
  'earlier', 'now', 'still', 'already', 'often', 'generally', 'widely', 'largely', 'broadly', 'increasingly',
  'initially', 'first', 'further', 'quickly', 'recently', 'openly', 'reportedly', 'would', 'will', 'could', 'may',
  'might', 'did', 'do', 'does', 'not', 'never', 'even', 'all', 'both', 'each', 'too', 'then', 'last', 'this', 'on',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'week',
  'month', 'night', 'morning', 'afternoon', 'evening', 'quietly', 'generally', 'privately'
]);

/** Manner and stance adverbs between subject and cue (`have effectively ruled out`, `privately acknowledged`). */
const ADVERB = /^[a-z]{3,}ly$/;
const SPEECH_ACT_VERB = /^(?:offer|offers|offered|offering|give|gives|gave|giving|share|shares|shared|sharing|express|expresses|expressed|expressing|voice|voices|voiced|voicing|provide|provides|provided|providing)$/;
const SPEECH_ACT_NOUN = /^(?:(?:their|his|her|its|an?|no|the|some|similar|different|mixed|grim|rosy|conflicting)\s+){0,2}(?:assessments?|views?|opinions?|analys[ie]s|takes?|predictions?|warnings?|estimates?|concerns?|doubts?|criticism|praise|support|accounts?|explanations?|details?|reasons?|forecasts?)\b/;
const AUX = /^(?:have|has|had|would|will|could|may|might|did|do|does|is|are|was|were|be|been|being|didn['’]t|don['’]t|doesn['’]t|won['’]t|wouldn['’]t|haven['’]t|hasn['’]t)$/;

/** Lower-case words that may modify a descriptor head (`senior`, `campaign`, `intelligence`). */
const MODIFIER = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|multiple|various|numerous|other|another|few|more|most|all|both|the|this|that|these|those|his|her|their|its|our|my|senior|top|former|current|longtime|veteran|high-ranking|mid-level|low-level|junior|unnamed|anonymous|independent|outside|local|state|federal|foreign|city|county|town|district|party|campaign|administration|government|company|police|military|intelligence|security|defense|defence|industry|union|school|hospital|bank|utility|law|enforcement|cabinet|transition|health|tax|climate|policy|cast|show|team|staff|trade|energy|election|legal|medical|financial|economic|political|diplomatic|congressional|parliamentary|legislative|judicial|presidential|ministry|department|agency|white|house|no|republican|democratic|tory|labour|conservative|liberal|regional|national|international|european|american|british|chinese|russian|western|eastern|other|key|leading|prominent|influential|knowledgeable|informed|reliable|credible|well-placed|well-informed|close|people)$|^\d[\d,]*$|(?:al|ic|ive|ior|ary|ent|ant|ous|ful|ish|ian|ese)$/;
const CONJ_OK = /^(?:federal|state|local|foreign|domestic|international|national|regional|military|intelligence|senior|current|former|congressional|civilian|police|city|county|district|school|union|industry|company|campaign|administration|democratic|republican|independent|liberal|conservative|outside|private|public)$/;

function wordsOf(text: string, s: Span): W[] {
  const out: W[] = [];
  for (let i = nextWordStart(text, s.start); i < s.end; i = nextWordStart(text, i)) {
    const e = sourceWordEnd(text, i);
    const t = text.slice(i, e);
    out.push({ start: i, end: e, text: t, lower: t.toLowerCase() });
    i = e;
  }
  return out;
}

function gapIs(text: string, a: W, b: W, re: RegExp): boolean {
  return re.test(text.slice(a.end, b.start));
}

/** Leftmost word index of the noun phrase that ends at head `h`. */
function npStart(text: string, ws: W[], h: number, sentenceStart: number): number {
  let i = h;
  while (i > 0 && h - i < 8) {
    const prev = ws[i - 1];
    if (prev.start < sentenceStart || !gapIs(text, prev, ws[i], /^\s+$/)) break;
    // `a point that officials disputed`: `that`/`this` before a plural head opens a clause, it is no determiner.
    if (/^(?:that|this)$/.test(prev.lower) && /s$/.test(ws[h].lower)) break;
    const cap = /^\p{Lu}/u.test(prev.text) && !/^(?:But|And|Or|So|Yet|When|While|As|If|Then|Now|Still|Also|In|On|At|After|Before|Since|Although|Though|Because|However|Meanwhile|What|That|Which|Who|It|There|Here)$/.test(prev.text);
    const possessive = /['’]s?$/u.test(prev.text);
    if (cap || possessive || MODIFIER.test(prev.lower) || ORGANIZATION_HEADS.has(prev.lower)) {
      i--;
      continue;
    }
    // One noun adjunct the list lacks, right after a determiner: `a number of shipping experts`, `some port officials`.
    const opener = (x: W | undefined): boolean =>
      !x || /^(?:a|an|the|some|many|most|several|of|few|two|three|four|five|their|his|her|its|our|that|before|after|while|as|because|when|if|since|than|but|and|or)$/.test(x.lower) || MODIFIER.test(x.lower) || /^\p{Lu}/u.test(x.text);
    if (i === h && /^\p{Ll}+$/u.test(prev.text) && opener(ws[i - 2]) && (i - 2 < 0 || gapIs(text, ws[i - 2], prev, /^\s+$/) || /[,;:(]\s*$/.test(text.slice(ws[i - 2].end, prev.start)))) {
      i--;
      continue;
    }
    if (prev.lower === 'and' && i - 2 >= 0 && (CONJ_OK.test(ws[i - 2].lower) || /^\p{Lu}/u.test(ws[i - 2].text)) && (CONJ_OK.test(ws[i].lower) || /^\p{Lu}/u.test(ws[i].text))) {
      i -= 2;
      continue;
    }
    // Partitives: `one of Mr. Obama's climate advisers`.
    if (prev.lower === 'of' && i - 2 >= 0 && /^(?:one|two|three|several|some|many|most|few|number|handful|couple|dozens|group|pair|all|none|slew|host|raft|bevy)$/.test(ws[i - 2].lower)) {
      i -= 2;
      continue;
    }
    break;
  }
  // Drop a capitalised sentence opener that is not part of the phrase (`Officials` keeps, `Clinton aides` keeps).
  return i;
}

/** Index of the cue after the descriptor at head `h`, allowing a post-modifier or a comma clause, or -1. */
function cueAfter(text: string, ws: W[], h: number): { k: number; len: number; qualifierEnd: number } | -1 {
  let k = h + 1;
  let qualifierEnd = h;
  let afterClause = false;
  let clauseEnd = -1;
  const limit = Math.min(ws.length, h + 26);
  // Post-modifier (`familiar with the matter`, `at the utility`, `in the room`, `I interviewed`).
  if (k < limit && gapIs(text, ws[h], ws[k], /^\s+$/) && POST_MODIFIER_STARTS.has(ws[k].lower) && !/^(?:said|says|say|who|whom|whose|which|that)$/.test(ws[k].lower)) {
    k++;
    while (k < limit && !CUE_FORMS.has(ws[k].lower) && !BETWEEN.has(ws[k].lower) && !AUX.test(ws[k].lower) && gapIs(text, ws[k - 1], ws[k], /^\s+$/)) {
      // `supporters at the rally and told them`: a second verb phrase of another subject, not this one's cue.
      if (/^(?:and|or|but)$/.test(ws[k].lower) && k + 1 < limit && CUE_FORMS.has(ws[k + 1].lower)) return -1;
      k++;
    }
    qualifierEnd = k - 1;
  }
  // A comma clause: `, who spoke on condition of anonymity,`.
  if (k < limit && gapIs(text, ws[k - 1], ws[k], /^\s*,\s*$/) && /^(?:who|whom|whose|speaking|one|both|all|including|like)$/.test(ws[k].lower)) {
    let c = k + 1;
    while (c < limit && !gapIs(text, ws[c - 1], ws[c], /,/)) {
      if (gapIs(text, ws[c - 1], ws[c], /[.;:!?"“”]/)) return -1;
      c++;
    }
    if (c >= limit) return -1;
    k = c;
    clauseEnd = c;
    afterClause = true;
  } else if (k < ws.length && !gapIs(text, ws[k - 1], ws[k], /^\s+$/)) {
    return -1;
  }
  for (;;) {
    // `officials have, in fact, praised`: skip a stock parenthetical (two words) between subject and cue.
    if (k + 2 < limit && PARENTHETICAL.test(text.slice(ws[k - 1].end, ws[k + 2].start))) {
      k += 2;
      continue;
    }
    // Right after a comma clause the gap is the clause's closing comma (`officials, who …, have said`).
    const gapOk = (x: number): boolean => gapIs(text, ws[x - 1], ws[x], afterClause && x === clauseEnd ? /^\s*,\s*$/ : /^\s+$/);
    // `officials began to portray`, `aides have started to say`: an aspect verb and `to` before the cue.
    if (k + 2 < limit && /^(?:began|begun|begin|begins|started|start|starts|continued|continue|continues)$/.test(ws[k].lower) && ws[k + 1].lower === 'to' && gapOk(k) && CUE_FORMS.has(ws[k + 2].lower)) {
      k += 2;
      continue;
    }
    if (!(k < limit && (BETWEEN.has(ws[k].lower) || ADVERB.test(ws[k].lower) || NEGATION.test(ws[k].lower) || AUX.test(ws[k].lower)) && gapOk(k))) break;
    if (NEGATION.test(ws[k].lower)) return -1;
    // A form of `be` starts a stance (`aides were coy`), never a passive (`were fired`).
    if (/^(?:is|are|was|were|be|been|being)$/.test(ws[k].lower)) {
      let a = k + 1;
      while (a < limit && (BETWEEN.has(ws[a].lower) || ADVERB.test(ws[a].lower)) && !STANCE_ADJECTIVES.has(ws[a].lower)) a++;
      return a < ws.length && STANCE_ADJECTIVES.has(ws[a].lower) && gapIs(text, ws[a - 1], ws[a], /^\s+$/) ? { k: a, len: 1, qualifierEnd } : -1;
    }
    k++;
  }
  if (k >= ws.length || (!afterClause && !gapIs(text, ws[k - 1], ws[k], /^\s*,?\s*$/) && !PARENTHETICAL.test(text.slice(ws[k - 3]?.end ?? 0, ws[k].start)))) return -1;
  const w = ws[k];
  // `put it`, `pointed out`: idioms; `critics see the plan as`: a view only with `as`.
  const idiom = IDIOM_CUES.get(w.lower);
  if (idiom && !idiom.test(text.slice(w.end, w.end + 60))) return -1;
  if (AS_CUES.has(w.lower) && !/^[^.;:!?]{1,80}?\bas\b/.test(text.slice(w.end, w.end + 90))) return -1;
  const next = ws[k + 1]?.lower ?? '';
  if (TWO_WORD_CUES.has(`${w.lower} ${next}`)) return { k, len: 2, qualifierEnd };
  // `ruled that out`, `played it down`.
  if (/^(?:rule|rules|ruled|ruling)$/.test(w.lower) && /^(?:it|that|this|them)$/.test(next) && ws[k + 2]?.lower === 'out') return { k, len: 3, qualifierEnd };
  // After a post-modifier, `called`/`named` names a thing (`a group called Lashkar-e-Taiba`), it reports nothing.
  if (qualifierEnd > h && /^(?:called|named|dubbed|labell?ed|termed|known)$/.test(w.lower)) return -1;
  // `a senior staff call`: after `a`/`one` and no auxiliary, a bare verb form is a noun.
  if (ws.slice(Math.max(0, h - 3), h).some((x) => /^(?:a|an|one)$/.test(x.lower)) && k === h + 1 && !/(?:s|ed)$/.test(w.lower) && !/^(?:said|told|wrote|thought|felt|saw|put)$/.test(w.lower)) return -1;
  // `what people want`: a wish reports nothing without its complement (`aides want him to stay`).
  if (/^(?:want|wants|wanted)$/.test(w.lower) && !/^(?:\s+[\p{L}'’-]+){0,3}?\s+to\s/u.test(text.slice(w.end, w.end + 50))) return -1;
  if ((CUE_FORMS.has(w.lower) || SPEECH_PARTICIPLES.has(w.lower)) && /^\p{Ll}/u.test(w.text)) return { k, len: 1, qualifierEnd };
  if (THAT_CUES.has(w.lower) && next === 'that') return { k, len: 1, qualifierEnd };
  // Speech acts with a noun: `experts offered their assessments`, `officials gave no estimate`.
  if (SPEECH_ACT_VERB.test(w.lower) && SPEECH_ACT_NOUN.test(ws.slice(k + 1, k + 4).map((x) => x.lower).join(' '))) return { k, len: 1, qualifierEnd };
  return -1;
}

/** Any descriptor head as a word (a cheap pre-filter per sentence). */
const HAS_HEAD = new RegExp(`\\b(?:${[...DESCRIPTOR_HEADS, ...GROUP_HEADS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

/** A descriptor attribution found in one paragraph, before the document-level filters; offsets paragraph-relative. */
interface Candidate {
  /** The head word (a head inside a quotation is the speaker's, not a source). */
  head: Span;
  src: Span;
  cue: Span;
  verb: string;
  sourceText: string;
  /** Index of the sentence within its paragraph. */
  sentence: number;
}

/**
 * The descriptor candidates of paragraph `p`: a pure function of its masked
 * and raw text (one character either side, which the word pattern and the
 * clause-end test look at), memoised per paragraph.
 */
function paragraphCandidates(analysis: DocumentAnalysis, p: Paragraph): readonly Candidate[] {
  const { doc } = analysis;
  const lead = p.start > 0 ? 1 : 0;
  const base = p.start - lead;
  const masked = doc.masked.slice(base, p.end + 2);
  const raw = doc.text.slice(base, p.end + 2);
  // Keyed by the paragraph's text; the character before and the two after it, and the raw text where it differs, must match too.
  const context = `${doc.masked.slice(base, p.start)}\u0000${doc.masked.slice(p.end, p.end + 2)}\u0000${raw === masked ? '' : raw}`;
  return memo('sources.descriptors', doc.paragraphTexts[p.index], () => {
    const m = detach(masked);
    const r = raw === masked ? m : detach(raw);
    const sentences = p.sentences.map((s) => ({ start: s.start - base, end: s.end - base }));
    return scanParagraph(m, r, sentences).map((c) => ({
      ...c,
      head: { start: c.head.start - lead, end: c.head.end - lead },
      src: { start: c.src.start - lead, end: c.src.end - lead },
      cue: { start: c.cue.start - lead, end: c.cue.end - lead },
    }));
  }, context);
}

/** Descriptor candidates of the sentences `sentences` of `text` (masked) / `raw` (as written). */
function scanParagraph(text: string, raw: string, sentences: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (sentence: number, head: Span, src: Span, cue: Span, verb: string): void => {
    while (src.end > src.start && /[\s,]/.test(raw[src.end - 1])) src.end--;
    const sourceText = raw.slice(src.start, src.end);
    const info = analyzeSourcePhrase(sourceText);
    // A bare party speaking off the record (`Democrats privately concede`) is kept for the tally to judge.
    const privateGroup = GROUP_HEADS.has(info.head) && src.end <= cue.start && raw.slice(src.end, cue.start).split(/[^\p{L}]+/u).some((w) => PRIVATE_ADVERBS.has(w.toLowerCase()));
    if (info.kind !== 'descriptor' && !privateGroup) return;
    out.push({ head: { start: head.start, end: head.end }, src, cue, verb, sourceText, sentence });
  };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    // Most sentences hold no descriptor head at all: skip them before tokenising.
    if (!HAS_HEAD.test(text.slice(s.start, s.end))) continue;
    const ws = wordsOf(text, s);
    for (let h = 0; h < ws.length; h++) {
      const head = ws[h];
      const bare = head.lower.replace(/['’]s?$/u, '');
      if (!DESCRIPTOR_HEADS.has(bare) && !GROUP_HEADS.has(bare)) continue;
      if (/['’]s?$/u.test(head.text)) continue;
      const i = npStart(text, ws, h, s.start);
      // `…, said a senior official` / `according to people familiar with the matter`.
      const before = ws[i - 1];
      const according = before?.lower === 'to' && ws[i - 2]?.lower === 'according';
      // `echoed by aides`, `echoed and amplified by aides`.
      const passive = before?.lower === 'by' && (PASSIVE_CUES.has(ws[i - 2]?.lower ?? '') || (/ed$/.test(ws[i - 2]?.lower ?? '') && ws[i - 3]?.lower === 'and' && PASSIVE_CUES.has(ws[i - 4]?.lower ?? '')));
      // `…, said a senior official`: an inverted cue follows a comma or a closing quote, else it takes an object (`warned officials`).
      const invertedSaid = before && INVERTED.has(before.lower) && (i < 2 || /[,\p{Pf}"'”’]\s*$/u.test(text.slice(ws[i - 2].end, before.start)));
      const inverted = before && (invertedSaid || according || passive) && gapIs(text, before, ws[i], /^\s+$/);
      if (inverted) {
        // Right after the head: the clause's end, or a post-modifier (`a person familiar with`); a verb means `said X did Y`.
        const nextWord = ws[h + 1];
        if (nextWord && gapIs(text, head, nextWord, /^\s+$/) && !POST_MODIFIER_STARTS.has(nextWord.lower)) continue;
        let e = h;
        while (e + 1 < ws.length && gapIs(text, ws[e], ws[e + 1], /^\s+$/) && e - h < 12 && !/^(?:said|says|told|added|who|which|that)$/.test(ws[e + 1].lower)) e++;
        // An inverted `said X` ends its clause with X (`…, said a senior official.`); `warned officials that …` is an object.
        if (invertedSaid && !according && !passive && !/^\s*(?:[.,;:!?)\]—–]|$)/.test(text.slice(ws[e].end, Math.min(s.end + 1, ws[e].end + 3)))) continue;
        const cueWord = according || passive ? ws[i - 2] : before;
        const cue = { start: cueWord.start, end: before.end };
        push(si, head, { start: ws[i].start, end: ws[e].end }, cue, according ? 'according to' : cueLemma(cueWord.lower));
        continue;
      }
      const c = cueAfter(text, ws, h);
      if (c === -1) continue;
      const cw = ws[c.k];
      // The NP must start the clause: sentence start, after a comma or a subordinator, or `with X saying`.
      // A focus adverb before it is transparent: `…, even a top strategist said`.
      const focus = before && /^(?:even|also|only|just)$/.test(before.lower) && gapIs(text, before, ws[i], /^\s+$/);
      if (focus && i < 2) {
        // `Even a top strategist said`: the sentence starts the clause.
      } else if (before) {
        const w0 = focus ? ws[i - 2] : before;
        const at = focus ? i - 1 : i;
        const gap = text.slice(w0.end, ws[at].start);
        const clauseStart =
          /[,;:—–(]/.test(gap) ||
          /^(?:but|that|while|as|because|though|although|when|where|since|so|yet|who|whom|which|what|how|before|after|until|unless|if|once|whether|then)$/.test(w0.lower) ||
          (w0.lower === 'and' && /,/.test(text.slice(ws[at - 2]?.end ?? w0.start, w0.start))) ||
          // `And a slew of party leaders agree`: a sentence-initial conjunction.
          (at === 1 && /^(?:and|but|yet|so|still)$/.test(w0.lower)) ||
          // `more delegates than her advisers expected`: an expectation compared.
          (w0.lower === 'than' && /^(?:expected|anticipated|predicted|forecast|projected|estimated|thought|believed|hoped|feared)$/.test(cw.lower)) ||
          (w0.lower === 'with' && (SPEECH_PARTICIPLES.has(cw.lower) || /ing$/.test(cw.lower) && SPEECH_ACT_VERB.test(cw.lower))) ||
          /[\p{Pi}\p{Pf}"'“”‘’]/u.test(gap);
        if (!clauseStart) continue;
      }
      if (/ing$/.test(cw.lower) && before?.lower !== 'with' && !/,/.test(text.slice(ws[c.k - 1].end, cw.start))) continue;
      const end = c.qualifierEnd > h ? ws[c.qualifierEnd].end : head.end;
      const cueEnd = ws[c.k + c.len - 1].end;
      push(si, head, { start: ws[i].start, end }, { start: cw.start, end: cueEnd }, cueLemma(cw.lower));
    }
  }
  return out;
}

/**
 * Descriptor attributions that `existing` does not cover (no existing
 * attribution's source overlaps them), in text order.
 */
export function descriptorAttributions(analysis: DocumentAnalysis): Attribution[] {
  const { doc } = analysis;
  const quotes = new SpanSet(analysis.quotations.filter((q) => q.depth === 0 && !q.isTitle));
  // Already handled: the engine's descriptor sources (the rule reads those), and cues for which the engine found a named source.
  const descriptorSources = new SpanSet(analysis.attributions.filter((a) => a.sourceKind === 'descriptor' || analyzeSourcePhrase(a.sourceText).kind === 'descriptor').map((a) => a.source));
  // A named source blocks the cue only when it sits right next to it (`Smith said`, `said Smith`, `Smith, who …, said`).
  const adjacent = (a: Attribution): boolean => {
    const gap = a.source.end <= a.cue.start ? doc.masked.slice(a.source.end, a.cue.start) : doc.masked.slice(a.cue.end, a.source.start);
    return /^[\s,]*$/.test(gap) || /^\s*,\s*(?:who|whose)\b[^.;]*,\s*$/.test(gap) || /^\s+\p{Ll}+\s+$/u.test(gap);
  };
  const namedCues = new SpanSet(analysis.attributions.filter((a) => a.resolved !== null && adjacent(a)).map((a) => a.cue));
  const out: Attribution[] = [];
  const taken = new SpanSet([]);
  for (const p of doc.paragraphs) {
    if (p.isHeading || p.sentences.length === 0) continue;
    for (const c of paragraphCandidates(analysis, p)) {
      const head = { start: p.start + c.head.start, end: p.start + c.head.end };
      if (quotes.overlaps(head)) continue;
      const src = { start: p.start + c.src.start, end: p.start + c.src.end };
      const cue = { start: p.start + c.cue.start, end: p.start + c.cue.end };
      if (descriptorSources.overlaps(src) || namedCues.overlaps(cue)) continue;
      if (quotes.overlaps(src) || taken.overlaps(src)) continue;
      const s = p.sentences[c.sentence];
      out.push({ cue, verb: c.verb, source: src, sourceText: c.sourceText, resolved: null, sourceKind: 'descriptor', sentence: s.index, paragraph: s.paragraph });
      taken.add(src);
    }
  }
  return out;
}

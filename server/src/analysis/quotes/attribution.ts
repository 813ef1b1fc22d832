/**
 * Attribution: who said what.
 *
 * For every sentence, finds attribution cues (`said`, `told`, `according
 * to`, participles such as `stating`) outside quotation marks and the source
 * phrase each cue takes (`X said`, `said X`, `X, who …, said`, `according to
 * X`). Then gives every quotation a speaker, trying in order: a cue in its
 * own sentence, a colon introduction, the subject of a sentence with a speech
 * verb or noun (partial quotes), another attributed quote or cue in the same
 * paragraph, the multi-paragraph quote it continues, and a quote-only
 * paragraph right after the same speaker's attributed quote.
 */
import type { DocumentAnalysis } from '../analyze';
import type { DocumentModel } from '../document';
import { SPEECH_PARTICIPLES, SPEECH_VERBS, cueLemma } from '../lexicon/speech';
import { TITLE_WORDS } from '../lexicon/titles';
import { classifySourcePhrase } from '../sources/classify';
import type { Attribution, Quotation, Sentence, Span } from '../types';

/** Placeholder for a quotation in the "outside quotes" view of the text. */
const QMARK = '\uE000';

/** Cues that count for attribution relations even with no quotation in the sentence. */
const STRONG_CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'stated', 'states',
  'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'declared',
  'warned', 'warns', 'cautioned', 'cautions', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'announced', 'announces',
  'commented', 'stressed', 'emphasized', 'emphasised', 'conceded', 'concedes', 'testified', 'predicted', 'predicts',
  'replied', 'responded', 'recalled', 'tweeted', 'confirmed', 'confirms', 'denied', 'denies', 'believe', 'believes',
  'believed', 'contended', 'contends', 'maintained', 'maintains', 'asserted', 'asserts', 'alleged', 'alleges', 'disclosed',
  'revealed', 'reported', 'reports', 'estimated', 'estimates', 'understands', 'suggested', 'suggests', 'indicated',
  'expects', 'fear', 'fears', 'feared', 'think', 'thinks', 'reckon', 'reckons', 'suspect', 'suspects',
]);
/** Plural/base forms used with plural subjects (`officials say`). */
const BASE_FORMS = new Set(['say', 'tell', 'believe', 'think', 'fear', 'reckon', 'suspect', 'add', 'warn', 'argue', 'claim', 'insist', 'note', 'predict', 'expect', 'estimate', 'caution', 'acknowledge', 'contend', 'allege', 'confirm', 'deny', 'suggest', 'maintain']);

/** Nouns that make the sentence's subject the speaker of a partial quote. */
const SPEECH_NOUNS = /\b(?:suggestion|statement|remarks?|comments?|words|description|promise|warning|claim|argument|assertion|message|pledge|vow|insistence|assessment|characterization|interview|speech|testimony|tweet|post|letter|op-ed|address|briefing|news conference|press conference|rally|appearance|reply|response|answer|quip|joke|plea|call)\b/i;

/** Words that end a noun phrase when walking away from a cue. */
const BOUNDARY_WORDS = new Set([
  'that', 'and', 'but', 'because', 'while', 'when', 'as', 'if', 'since', 'although', 'though', 'which', 'whom',
  'where', 'so', 'or', 'than', 'until', 'whether', 'what', 'after', 'before', 'once', 'how', 'why', 'then', 'also',
  'yet', 'nor', 'unless', 'whereas',
]);
/** Words that may sit between a subject and its verb (`X also said`, `X has long argued`). */
const SKIPPABLE = new Set([
  'also', 'later', 'previously', 'then', 'has', 'have', 'had', 'recently', 'repeatedly', 'once', 'again', 'publicly',
  'privately', 'reportedly', 'earlier', 'ultimately', 'long', 'would', 'will', 'could', 'may', 'might', 'did', 'does',
  'do', 'not', 'never', 'often', 'only', 'just', 'firmly', 'flatly', 'bluntly', 'quickly', 'simply', 'frequently',
  'clearly', 'still', 'already', 'further', 'had', 'always', 'openly', 'separately', 'subsequently', 'initially',
  'first', 'finally', 'now', 'reportedly', 'allegedly', 'apparently', 'has', 'is', 'was', 'were', 'are', 'been',
  'even', 'angrily', 'calmly', 'softly', 'loudly', 'proudly', 'confidently', 'emphatically', 'sharply', 'tersely',
  'curtly', 'quietly', 'cheerfully', 'wryly', 'candidly', 'frankly', 'bluntly', 'recently', 'today', 'yesterday',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'multiple', 'most', 'few', 'both', 'this', 'these', 'those', 'each', 'any', 'no']);
/** Words after an inverted cue (`said on Tuesday`) that are not a source. */
const NOT_INVERTED_SOURCE = new Set(['that', 'in', 'on', 'at', 'it', 'to', 'of', 'during', 'after', 'before', 'this', 'last', 'next', 'there', 'so', 'yes', 'no', 'nothing', 'something', 'things', 'goodbye', 'hello', 'sorry', 'thanks', 'why', 'how', 'what', 'when', 'where', 'earlier', 'later', 'recently', 'previously', 'for', 'with', 'by', 'about', 'from', 'yesterday', 'today', 'tomorrow', 'him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'as', 'if', 'while', 'through', 'over', 'under', 'up', 'down', 'out', 'again', 'once', 'twice', 'simply', 'only', 'just', 'also', 'then', 'not', 'publicly', 'privately', 'repeatedly']);

interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’.&\/-](?=[\p{L}\p{N}]))*\.?/gu;

function words(outside: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(outside)) && m.index < end) {
    let t = m[0];
    // A trailing period belongs to the word only for abbreviations and initials.
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev)\.$/.test(t)) t = t.slice(0, -1);
    out.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase() });
  }
  return out;
}

function isCap(w: Word): boolean {
  return /^[\p{Lu}]/u.test(w.text);
}

/** True when the text between two words is plain space (no punctuation or quote). */
function joined(outside: string, a: Word, b: Word): boolean {
  return /^[\s]*$/.test(outside.slice(a.end, b.start));
}

/** Noun phrase leftwards from word index `k` (exclusive), or null. */
function npLeft(outside: string, ws: Word[], k: number, sentenceStart: number): Span | null {
  let j = k - 1;
  while (j >= 0 && SKIPPABLE.has(ws[j].lower) && joined(outside, ws[j], ws[j + 1])) j--;
  if (j < 0) return null;
  // `Rep. John Mica (R-Fla.) said`: skip a short parenthetical right before the verb.
  if (/^\.?\)\s*$/.test(outside.slice(ws[j].end, ws[j + 1].start))) {
    let i = j;
    while (i > 0 && j - i < 6 && !/\(/.test(outside.slice(ws[i - 1].end, ws[i].start))) i--;
    if (i > 0 && /^\s*\($/.test(outside.slice(ws[i - 1].end, ws[i].start))) {
      j = i - 1;
      // Re-join: treat the name before the parenthetical as adjacent to the verb.
      return npLeftFrom(outside, ws, j, sentenceStart);
    }
  }
  // `X, who spoke on condition of anonymity, said`: skip a parenthetical between commas.
  const gap = outside.slice(ws[j].end, ws[j + 1].start);
  if (/^\s*,\s*$/.test(gap)) {
    let i = j;
    let commaAt = -1;
    while (i > 0 && i > j - 40) {
      const g = outside.slice(ws[i - 1].end, ws[i].start);
      if (/[;:.!?\uE000]/.test(g)) break;
      if (/,/.test(g)) {
        commaAt = i;
        break;
      }
      i--;
    }
    if (commaAt < 0) return null;
    const first = ws[commaAt].lower;
    const parenthetical = /^(?:who|whose|which|a|an|the|one|\d+|according|speaking|citing|like|in|at|on|from|adding|and)$/.test(first) || TITLE_WORDS.has(first);
    if (!parenthetical) {
      // An appositive that holds the name: `Scott's niece, state Del. Marcia Price, shouted`.
      if (ws.slice(commaAt, j + 1).some((w) => isCap(w) && !TITLE_WORDS.has(w.lower)) && j - commaAt < 8) {
        return { start: ws[commaAt].start, end: ws[j].end };
      }
      return null;
    }
    j = commaAt - 1;
    if (j < 0) return null;
  } else if (!/^\s*$/.test(gap)) {
    return null;
  }
  return npLeftFrom(outside, ws, j, sentenceStart);
}

/** The noun phrase that ends with word `j`, walking left to a boundary. */
function npLeftFrom(outside: string, ws: Word[], j: number, sentenceStart: number): Span | null {
  let i = j;
  while (i > 0 && joined(outside, ws[i - 1], ws[i]) && !BOUNDARY_WORDS.has(ws[i - 1].lower) && j - i < 10 && !SPEECH_VERBS.has(ws[i - 1].lower) && ws[i - 1].start >= sentenceStart) i--;
  while (i <= j && BOUNDARY_WORDS.has(ws[i].lower)) i++;
  if (i > j) return null;
  // Trim a leading lowercase run that is a clause, not a noun phrase (`the plan would fail Smith`): keep from the last determiner or capital.
  let s = i;
  for (let t = i; t <= j; t++) {
    if (/^(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|did|do|does)$/.test(ws[t].lower)) s = t + 1;
  }
  if (s > j) return null;
  return { start: ws[s].start, end: ws[j].end };
}

/** Noun phrase rightwards from word index `k` (exclusive): `said Ravi Mehta`, `said the spokesman`. */
function npRight(outside: string, ws: Word[], k: number): Span | null {
  const i = k + 1;
  if (i >= ws.length || !joined(outside, ws[k], ws[i])) return null;
  const first = ws[i];
  if (NOT_INVERTED_SOURCE.has(first.lower)) return null;
  const numberThenName = /^\d/.test(first.text) && ws[i + 1] !== undefined && joined(outside, first, ws[i + 1]);
  if (!(isCap(first) || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower) || TITLE_WORDS.has(first.lower) || numberThenName)) return null;
  let j = i;
  while (j + 1 < ws.length && joined(outside, ws[j], ws[j + 1]) && !BOUNDARY_WORDS.has(ws[j + 1].lower) && j - i < 8 && !NOT_INVERTED_SOURCE.has(ws[j + 1].lower)) j++;
  return { start: first.start, end: ws[j].end };
}

const NAME_STOP = new Set(['The', 'A', 'An', 'This', 'That', 'But', 'And', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I']);

/**
 * The name in a source phrase as the draft writes it: the last run of
 * capitalised words with leading titles removed (`Northfield coach Ravi
 * Mehta` → `Ravi Mehta`), or the organisation (`the White House`). Null when
 * the phrase names nobody (`a senior official`).
 */
export function nameInPhrase(phrase: string): string | null {
  const toks = phrase.replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
  let end = toks.length - 1;
  while (end >= 0 && !/^[\p{Lu}]/u.test(toks[end])) end--;
  if (end < 0) return null;
  let start = end;
  while (start > 0 && /^[\p{Lu}]/u.test(toks[start - 1]) && !NAME_STOP.has(toks[start - 1])) start--;
  let run = toks.slice(start, end + 1);
  while (run.length > 1 && TITLE_WORDS.has(run[0].toLowerCase())) run = run.slice(1);
  if (run.length === 1 && TITLE_WORDS.has(run[0].toLowerCase()) && !/^[\p{Lu}]{2,}$/u.test(run[0])) return null;
  if (NAME_STOP.has(run[0]) && run.length === 1) return null;
  const name = run.join(' ').replace(/[,.;:]+$/, '');
  return name || null;
}

/** The outside-quotes view of the text: depth-0 quotations replaced by a placeholder, offsets kept. */
function outsideQuotes(masked: string, quotes: Quotation[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const q of quotes) {
    if (q.depth > 0 || q.start < pos || q.isTitle) continue;
    parts.push(masked.slice(pos, q.start), QMARK.repeat(q.end - q.start));
    pos = q.end;
  }
  parts.push(masked.slice(pos));
  return parts.join('');
}

interface Cue {
  attribution: Attribution;
  /** Offset nearest which the cue's content lies (for distance to quotes). */
  at: number;
  strong: boolean;
}

/** Subject of a sentence: the first noun phrase after any introductory phrase (`Meanwhile,`, `Speaking to reporters,`). */
function sentenceSubject(outside: string, ws: Word[], s: Sentence): Span | null {
  let i = 0;
  if (i < ws.length && /^(?:meanwhile|however|still|but|and|yet|so|also|later|earlier|then|now|instead|separately|indeed|in|on|at|after|before|during|since|when|while|as|although|though|if|speaking|according|shortly|asked|last|this|despite|with|without|for|by|under|over|from|among|until|once|because)$/.test(ws[0].lower)) {
    // Skip to the first comma that closes the introductory phrase.
    for (let k = 1; k < ws.length && k < 25; k++) {
      if (/,/.test(outside.slice(ws[k - 1].end, ws[k].start))) {
        i = k;
        break;
      }
    }
    if (i === 0) return null;
    // `On July 6, 2015, Sanders …`: a year closes the date, not the phrase.
    if (i < ws.length && /^\d{4}$/.test(ws[i].text) && ws[i + 1] && /,/.test(outside.slice(ws[i].end, ws[i + 1].start))) i++;
  }
  if (i >= ws.length || ws[i].start >= s.end) return null;
  let j = i;
  while (j + 1 < ws.length && joined(outside, ws[j], ws[j + 1]) && (isCap(ws[j + 1]) || TITLE_WORDS.has(ws[j + 1].lower) || /['’]s$/.test(ws[j].text)) && j - i < 8) j++;
  const first = ws[i];
  if (!(isCap(first) || PRONOUNS.has(first.lower))) return null;
  if (DETERMINERS.has(first.lower) && j === i) {
    // `The piece used …`: a determiner and the nouns after it, up to the verb.
    while (j + 1 < ws.length && j - i < 3 && joined(outside, ws[j], ws[j + 1]) && /^[\p{Ll}]/u.test(ws[j + 1].text) &&
      !SPEECH_VERBS.has(ws[j + 1].lower) && !SKIPPABLE.has(ws[j + 1].lower) && !BOUNDARY_WORDS.has(ws[j + 1].lower) && !/ed$/.test(ws[j + 1].lower)) j++;
    if (j === i) return null;
  }
  return { start: first.start, end: ws[j].end };
}

function makeAttribution(doc: DocumentModel, cue: Span, verb: string, src: Span, s: Sentence): Attribution {
  const sourceText = doc.text.slice(src.start, src.end);
  const kind = classifySourcePhrase(sourceText);
  return {
    cue,
    verb,
    source: src,
    sourceText,
    resolved: kind === 'pronoun' || kind === 'descriptor' ? null : nameInPhrase(sourceText),
    sourceKind: kind,
    sentence: s.index,
    paragraph: s.paragraph,
  };
}

/** Finds the attribution cues of one sentence. */
function sentenceCues(doc: DocumentModel, outside: string, s: Sentence): Cue[] {
  const ws = words(outside, s.start, s.end);
  const out: Cue[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    // according to X
    if (w.lower === 'according' && ws[k + 1]?.lower === 'to') {
      const src = npRight(outside, ws, k + 1) ?? (ws[k + 2] ? { start: ws[k + 2].start, end: ws[Math.min(ws.length - 1, k + 5)].end } : null);
      if (src) {
        const r = npRight(outside, ws, k + 1);
        const span = r ?? src;
        out.push({ attribution: makeAttribution(doc, { start: w.start, end: ws[k + 1].end }, 'according to', span, s), at: w.start, strong: true });
      }
      continue;
    }
    const finite = SPEECH_VERBS.has(w.lower) || BASE_FORMS.has(w.lower);
    const participle = SPEECH_PARTICIPLES.has(w.lower);
    if (!finite && !participle) continue;
    const strong = STRONG_CUES.has(w.lower) || (participle && /^(?:saying|telling|adding|stating|writing|noting|arguing|insisting|claiming|declaring|explaining|warning|asking|cautioning)$/.test(w.lower));
    const cue = { start: w.start, end: w.end };
    const lemma = cueLemma(w.lower);
    let src: Span | null = null;
    if (finite) {
      src = npLeft(outside, ws, k, s.start);
      if (!src || !/[\p{Lu}]|^(?:he|she|they|i|we|it)$/iu.test(doc.text.slice(src.start, src.end)) && classifySourcePhrase(doc.text.slice(src.start, src.end)) !== 'descriptor') {
        const right = npRight(outside, ws, k);
        if (right) src = right;
        else if (src && classifySourcePhrase(doc.text.slice(src.start, src.end)) === 'other') src = null;
      }
    } else {
      // Participles hang off the subject: an adjacent name (`Trump announcing`) or the sentence subject.
      const left = k > 0 && joined(outside, ws[k - 1], w) && isCap(ws[k - 1]) ? npLeft(outside, ws, k, s.start) : null;
      src = left ?? sentenceSubject(outside, ws, s);
    }
    if (!src) continue;
    const srcText = doc.text.slice(src.start, src.end);
    if (!/[\p{L}]/u.test(srcText)) continue;
    // `said X` after a quotation: the content is before; otherwise after.
    out.push({ attribution: makeAttribution(doc, cue, lemma, src, s), at: w.start, strong });
  }
  return out;
}

/** Person names already resolved before `offset`, nearest first. */
function resolvePronoun(history: Attribution[], subjects: { name: string; at: number }[], at: number, pronoun: string): string | null {
  const p = pronoun.toLowerCase();
  if (p === 'it' || p === 'you') return null;
  let best: { name: string; at: number } | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i];
    if (h.source.start < at && h.resolved && h.sourceKind === 'name') {
      best = { name: h.resolved, at: h.source.start };
      break;
    }
  }
  for (let i = subjects.length - 1; i >= 0; i--) {
    if (subjects[i].at < at) {
      if (!best || subjects[i].at > best.at) best = subjects[i];
      break;
    }
  }
  return best ? best.name : null;
}

function sentencesOf(doc: DocumentModel, q: Quotation): Sentence[] {
  const p = doc.paragraphs[q.paragraph];
  return p.sentences.filter((s) => s.end > q.start && s.start < q.end);
}

/**
 * Finds every attribution relation and gives each quotation its speaker and
 * status (mutating the quotations). Returns the attributions in text order.
 */
export function attributeQuotations(doc: DocumentModel, quotes: Quotation[]): Attribution[] {
  const outside = outsideQuotes(doc.masked, quotes);
  const outer = quotes.filter((q) => q.depth === 0);
  const attributions: Attribution[] = [];
  const cuesBySentence = new Map<number, Cue[]>();
  const subjects: { name: string; at: number }[] = [];
  let qi = 0;
  for (const s of doc.sentences) {
    while (qi < outer.length && outer[qi].end <= s.start) qi++;
    const hasQuote = qi < outer.length && outer[qi].start < s.end;
    const cues = sentenceCues(doc, outside, s);
    for (const c of cues) {
      const a = c.attribution;
      if (a.sourceKind === 'pronoun') a.resolved = resolvePronoun(attributions, subjects, a.source.start, a.sourceText);
      // Ambiguous verbs (`called`, `put`, `shared`) count as attribution only next to a quotation.
      if (c.strong || hasQuote) attributions.push(a);
    }
    cuesBySentence.set(s.index, cues);
    const ws = words(outside, s.start, s.end);
    const subj = sentenceSubject(outside, ws, s);
    if (subj) {
      const name = nameInPhrase(doc.text.slice(subj.start, subj.end));
      if (name && /\s|^[\p{Lu}][\p{Ll}]+$/u.test(name)) subjects.push({ name, at: subj.start });
    }
  }

  const speakerOfAttribution = (a: Attribution): string => a.resolved ?? a.sourceText;
  const assign = (q: Quotation, a: Attribution, how: string): void => {
    q.status = 'attributed';
    q.speaker = speakerOfAttribution(a);
    q.speakerSpan = a.source;
    q.cue = a.cue;
    q.how = how;
  };

  for (const q of outer) {
    // Transcript copy: "WALLACE: If I may, sir …"
    const label = /^\s*([\p{Lu}][\p{Lu}.' -]{1,30}):\s/u.exec(doc.masked.slice(q.contentStart, q.contentEnd));
    if (label) {
      const at = q.contentStart + label.index + label[0].indexOf(label[1]);
      q.status = 'attributed';
      q.speaker = label[1].trim();
      q.speakerSpan = { start: at, end: at + label[1].trim().length };
      q.cue = { start: at + label[1].trim().length, end: at + label[1].trim().length + 1 };
      q.how = 'transcript';
      continue;
    }
    // Epigraph style: “…” ― Sonya Herridge
    const dash = /^[\s\u00a0]*[―—–-]{1,2}[\s\u00a0]*([\p{Lu}][\p{L}.'’-]*(?:[\s\u00a0]+[\p{Lu}][\p{L}.'’-]*){0,4})/u.exec(doc.masked.slice(q.end, q.end + 80));
    if (dash) {
      const at = q.end + dash[0].indexOf(dash[1]);
      q.status = 'attributed';
      q.speaker = dash[1];
      q.speakerSpan = { start: at, end: at + dash[1].length };
      q.cue = { start: q.end, end: at };
      q.how = 'dash';
      continue;
    }
    const sents = sentencesOf(doc, q);
    // 1. A cue in the quotation's own sentence(s), nearest first.
    let best: Cue | null = null;
    let bestDist = Infinity;
    for (const s of sents) {
      for (const c of cuesBySentence.get(s.index) ?? []) {
        const d = c.at >= q.end ? c.at - q.end : c.at < q.start ? q.start - c.at : 0;
        if (d < bestDist) {
          best = c;
          bestDist = d;
        }
      }
    }
    // `"Why?" Vitter demanded.`: the splitter ends a sentence after `?"`; the next one opens with the cue.
    const last = sents[sents.length - 1];
    if (!best && last && /[?!…]["”’']+$/.test(doc.masked.slice(q.end - 3, q.end)) && last.end <= q.end + 1) {
      const next = doc.sentences[last.index + 1];
      if (next && next.paragraph === q.paragraph) {
        const c = (cuesBySentence.get(next.index) ?? []).find((x) => x.attribution.source.start === next.start || x.attribution.cue.start - next.start < 50 && x.attribution.source.start < x.attribution.cue.start);
        if (c) {
          best = c;
          bestDist = c.at - q.end;
        }
      }
    }
    if (best) {
      assign(q, best.attribution, best.at >= q.end ? 'cue-after' : 'cue-before');
      continue;
    }
    // 2. A colon introduction: `X told reporters:` at the end of the previous sentence or paragraph.
    const before = doc.masked.slice(Math.max(0, q.start - 3), q.start);
    if (/:\s*$/.test(before) || (q.start === doc.paragraphs[q.paragraph].start && q.paragraph > 0 && /:\s*$/.test(doc.masked.slice(doc.paragraphs[q.paragraph - 1].end - 2, doc.paragraphs[q.paragraph - 1].end)))) {
      const prevPara = doc.paragraphs[q.paragraph - 1];
      const introSentence = /:\s*$/.test(before)
        ? doc.sentences.find((s) => s.start <= q.start - 1 && q.start - 1 < s.end) ?? doc.sentences.find((s) => s.end <= q.start && s.end >= q.start - 3)
        : prevPara.sentences[prevPara.sentences.length - 1];
      if (introSentence) {
        const cues = cuesBySentence.get(introSentence.index) ?? [];
        if (cues.length) {
          assign(q, cues[cues.length - 1].attribution, 'colon');
          continue;
        }
        const ws = words(outside, introSentence.start, introSentence.end);
        const subj = sentenceSubject(outside, ws, introSentence);
        if (subj) {
          const a = makeAttribution(doc, { start: q.start - 1, end: q.start - 1 }, 'colon', subj, introSentence);
          {
            if (a.sourceKind === 'pronoun') a.resolved = resolvePronoun(attributions, subjects, subj.start, a.sourceText);
            assign(q, a, 'colon');
            q.cue = null;
            continue;
          }
        }
      }
    }
    // 3. A partial quote in a sentence with a speech noun: the sentence's subject speaks.
    for (const s of sents) {
      const text = outside.slice(s.start, s.end);
      if (!SPEECH_NOUNS.test(text)) continue;
      const ws = words(outside, s.start, s.end);
      const subj = sentenceSubject(outside, ws, s);
      if (subj) {
        const a = makeAttribution(doc, subj, 'subject', subj, s);
        if (a.sourceKind === 'name' || a.sourceKind === 'pronoun' || a.sourceKind === 'descriptor') {
          if (a.sourceKind === 'pronoun') a.resolved = resolvePronoun(attributions, subjects, subj.start, a.sourceText);
          assign(q, a, 'partial');
          q.cue = null;
          break;
        }
      }
    }
  }

  // 4. Paragraph scope: another attributed quote or a cue elsewhere in the paragraph.
  for (const q of outer) {
    if (q.status === 'attributed') continue;
    const mate = outer.find((o) => o !== q && o.paragraph === q.paragraph && o.status === 'attributed' && o.how !== 'paragraph' && o.how !== 'continued');
    if (mate) {
      q.status = 'attributed';
      q.speaker = mate.speaker;
      q.speakerSpan = mate.speakerSpan;
      q.cue = mate.cue;
      q.how = 'paragraph';
      continue;
    }
    const para = doc.paragraphs[q.paragraph];
    for (const s of para.sentences) {
      const cues = (cuesBySentence.get(s.index) ?? []).filter((c) => c.strong || c.attribution.sourceKind !== 'other');
      if (cues.length) {
        assign(q, cues[0].attribution, 'paragraph');
        break;
      }
    }
  }

  // 5. Multi-paragraph quotes: the chain shares the speaker of any attributed member.
  for (let i = 0; i < outer.length; i++) {
    if (!outer[i].runsOn || outer[i].isContinuation) continue;
    const chain = [outer[i]];
    let k = i;
    while (outer[k].runsOn) {
      const next = outer.find((o) => o.paragraph === outer[k].paragraph + 1 && o.isContinuation);
      if (!next) break;
      chain.push(next);
      k = outer.indexOf(next);
    }
    const owner = chain.find((c) => c.status === 'attributed');
    if (!owner) continue;
    for (const c of chain) {
      if (c.status === 'attributed') continue;
      c.status = 'continued';
      c.speaker = owner.speaker;
      c.speakerSpan = owner.speakerSpan;
      c.cue = owner.cue;
      c.how = 'continued';
    }
  }

  // 6. A paragraph of nothing but quotation right after the same speaker's attributed quote.
  for (const q of outer) {
    if (q.status !== 'unattributed' || q.paragraph === 0) continue;
    const para = doc.paragraphs[q.paragraph];
    const quoteOnly = doc.masked.slice(para.start, para.end).replace(/["“”‘’']/g, '').trim() === doc.masked.slice(q.contentStart, q.contentEnd).replace(/["“”‘’']/g, '').trim();
    if (!quoteOnly) continue;
    const prev = outer.filter((o) => o.paragraph === q.paragraph - 1 && o.status !== 'unattributed' && o.speaker);
    const last = prev[prev.length - 1];
    const prevPara = doc.paragraphs[q.paragraph - 1];
    if (last && last.end >= prevPara.end - 60) {
      q.status = 'attributed';
      q.speaker = last.speaker;
      q.speakerSpan = last.speakerSpan;
      q.cue = last.cue;
      q.how = 'previous-paragraph';
      continue;
    }
    // The paragraph before ends with a person's attributed statement (`Smith said the plan would fail.`).
    const lastSentence = prevPara.sentences[prevPara.sentences.length - 1];
    const personCue = (cuesBySentence.get(lastSentence?.index ?? -1) ?? []).filter((c) => c.attribution.sourceKind === 'name' || (c.attribution.sourceKind === 'pronoun' && c.attribution.resolved)).pop();
    if (personCue && !prevPara.isHeading) {
      assign(q, personCue.attribution, 'previous-paragraph');
    }
  }
  return attributions;
}

/** Up to `max` people the draft names before `offset`, nearest first (full names preferred). */
export function speakerCandidates(a: DocumentAnalysis, offset: number, max: number): string[] {
  const seen = new Map<string, string>();
  const order: string[] = [];
  const consider = (name: string | null): void => {
    if (!name) return;
    const surname = name.split(/\s+/).pop()!.toLowerCase();
    const known = seen.get(surname);
    if (known !== undefined) {
      if (name.split(/\s+/).length > known.split(/\s+/).length) {
        seen.set(surname, name);
        order[order.indexOf(known)] = name;
      }
      return;
    }
    seen.set(surname, name);
    order.push(name);
  };
  const named = a.attributions.filter((x) => x.source.start < offset && x.sourceKind === 'name' && x.resolved);
  for (let i = named.length - 1; i >= 0; i--) consider(named[i].resolved);
  // Full names written anywhere before the offset upgrade surnames to full names.
  const before = a.doc.masked.slice(0, offset);
  const full = /\b([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?(?:\s+[\p{Lu}]\.)?\s+[\p{Lu}][\p{L}'’-]+)\b/gu;
  let m: RegExpExecArray | null;
  const fulls: string[] = [];
  while ((m = full.exec(before))) fulls.push(m[1]);
  for (const f of fulls) {
    const surname = f.split(/\s+/).pop()!.toLowerCase();
    const known = seen.get(surname);
    if (known !== undefined && f.split(/\s+/).length > known.split(/\s+/).length) {
      seen.set(surname, f);
      order[order.indexOf(known)] = f;
    }
  }
  return order.slice(0, max);
}

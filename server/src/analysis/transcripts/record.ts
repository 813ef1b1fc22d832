/**
 * Each quotation of a draft checked against the record: the passage it comes
 * from (if any), whether the words differ, and whether the record's speaker
 * is the person the draft attributes it to. Computed once per analysis (the
 * index memoises the matching per quotation text) and shared by the rules,
 * the hover, the sourcing report and the CLI.
 */
import type { DocumentAnalysis } from '../analyze';
import type { Actor } from '../actors/types';
import { normalizeName } from '../actors/names';
import type { ProfileLookup } from '../profiles/types';
import type { Quotation } from '../types';
import { tokenize } from './tokens';
import { MIN_WORDS, type RecordMatch, type TranscriptLookup } from './transcriptIndex';

export type RecordStatus = 'verbatim' | 'edited' | 'misquoted' | 'wrong-speaker' | 'not-found';

export interface QuoteRecord {
  quotation: number;
  /** The passage the quotation comes from, or null when none matches. */
  match: RecordMatch | null;
  status: RecordStatus;
  /** The record's speaker is someone else than the draft's speaker (also set when the words differ too). */
  wrongSpeaker: boolean;
  /** The speaker as the draft attributes it (its fullest name), or null. */
  attributed: string | null;
  /** The record's speaker as a name to write (`RAYMOND VU` -> `Raymond Vu`), or null. */
  recordSpeaker: string | null;
  /** The record holds turns by the attributed speaker. */
  speakerInRecord: boolean;
}

/** `RAYMOND VU` -> `Raymond Vu`; names with lower-case letters are kept. */
export function displayName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name.trim();
  return name.trim().toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

const wordsMemo = new Map<string, string[]>();

/** The words of a name, normalised (memoised: the same few names are compared on every keystroke). */
function words(name: string): string[] {
  let w = wordsMemo.get(name);
  if (!w) {
    if (wordsMemo.size > 10_000) wordsMemo.clear();
    w = normalizeName(name).replace(/[^\p{L}\p{N}' -]/gu, ' ').split(/[\s-]+/).filter(Boolean);
    wordsMemo.set(name, w);
  }
  return w;
}

/**
 * True when `recordName` (a transcript's label) and one of `names` (how the
 * draft names the speaker) are the same person: same full name, same surname,
 * a one-word label that is the given name or surname, an alias, or the same
 * profile. Case and accents are ignored.
 */
export function sameSpeaker(recordName: string, names: readonly string[], profiles?: ProfileLookup): boolean {
  const r = words(recordName);
  if (!r.length) return true;
  const rFull = r.join(' ');
  for (const n of names) {
    const w = words(n);
    if (!w.length) continue;
    if (w.join(' ') === rFull) return true;
    const rLast = r[r.length - 1];
    const wLast = w[w.length - 1];
    if (rLast === wLast) return true;
    if (r.length === 1 && w.includes(r[0])) return true;
    if (w.length === 1 && r.includes(w[0])) return true;
  }
  if (profiles && profiles.size) {
    const pr = profiles.lookup(recordName);
    if (pr) {
      for (const n of names) {
        const pn = profiles.lookup(n);
        if (pn === pr) return true;
        if ([pr.name, ...pr.aliases].some((a) => normalizeName(a) === normalizeName(n))) return true;
      }
    }
  }
  return false;
}

const cache = new WeakMap<DocumentAnalysis, { version: number; lookup: TranscriptLookup; records: (QuoteRecord | null)[] }>();

/** The actor each quotation is attributed to, by quotation index. */
function actorsByQuote(a: DocumentAnalysis): Map<number, Actor> {
  const m = new Map<number, Actor>();
  for (const actor of a.actors?.actors ?? []) for (const qi of actor.quotes) m.set(qi, actor);
  return m;
}

/** True for a quotation worth checking against the record (speech, not a title, not nested, not in a headline). */
export function checkable(q: Quotation): boolean {
  return !q.isTitle && q.depth === 0 && !q.inHeadline;
}

function namesOf(q: Quotation, actor: Actor | undefined): string[] {
  if (actor) return [...new Set([actor.name, ...actor.aliases, ...actor.mentions.filter((m) => m.how !== 'pronoun' && m.how !== 'descriptor').map((m) => m.text)])];
  // A speaker the actor table does not know: only a capitalised name counts (not "a spokesman").
  if (q.speaker && /^\p{Lu}/u.test(q.speaker) && !/^(?:The|A|An|He|She|They|It|We|I)\b/.test(q.speaker)) return [q.speaker];
  return [];
}

/** The record check of every quotation of the draft (null for those not checked); empty when there are no transcripts. */
export function quoteRecords(a: DocumentAnalysis): (QuoteRecord | null)[] {
  const lookup = a.options.transcripts;
  if (!lookup || lookup.size === 0) return [];
  const hit = cache.get(a);
  if (hit && hit.lookup === lookup && hit.version === lookup.version) return hit.records;
  const byQuote = actorsByQuote(a);
  const profiles = a.options.profiles;
  const speakers = lookup.speakers();
  // Names per actor and name comparisons are worked out once per analysis: a keystroke re-reads memo hits only.
  const namesByActor = new Map<Actor | undefined, string[]>();
  const same = new Map<string, boolean>();
  const sameAs = (recordName: string, names: string[], key: string): boolean => {
    const k = recordName + '\u0001' + key;
    let v = same.get(k);
    if (v === undefined) {
      v = sameSpeaker(recordName, names, profiles);
      same.set(k, v);
    }
    return v;
  };
  const namesFor = (q: Quotation, qi: number): string[] => {
    if (q.status === 'unattributed') return [];
    const actor = byQuote.get(qi);
    const names = (actor && namesByActor.get(actor)) || namesOf(q, actor);
    if (actor) namesByActor.set(actor, names);
    return names;
  };
  const make = (qi: number, names: string[], match: RecordMatch): QuoteRecord => {
    const key = names.join('\u0000');
    const wrongSpeaker = !!(match.speaker && names.length && !sameAs(match.speaker, names, key));
    return {
      quotation: qi,
      match,
      status: wrongSpeaker ? 'wrong-speaker' : match.status,
      wrongSpeaker,
      attributed: names[0] ?? null,
      recordSpeaker: match.speaker ? displayName(match.speaker) : null,
      speakerInRecord: names.length > 0 && speakers.some((sp) => sameAs(sp, names, key)),
    };
  };
  const records = a.quotations.map((q, qi): QuoteRecord | null => {
    if (!checkable(q)) return null;
    const content = a.doc.text.slice(q.contentStart, q.contentEnd);
    const matches = lookup.match(content);
    const names = namesFor(q, qi);
    const key = names.join('\u0000');
    let match: RecordMatch | null = matches[0] ?? null;
    // Several speakers said much the same: prefer the attributed one's passage when it is about as good.
    if (match && names.length) for (const m of matches) if (m.score >= matches[0].score - 5 && m.speaker && sameAs(m.speaker, names, key)) {
      match = m;
      break;
    }
    if (match) return make(qi, names, match);
    if (!enoughWords(content)) return null;
    const speakerInRecord = names.length > 0 && speakers.some((sp) => sameAs(sp, names, key));
    return { quotation: qi, match: null, status: 'not-found', wrongSpeaker: false, attributed: names[0] ?? null, recordSpeaker: null, speakerInRecord };
  });
  // Short parts of split quotations: matched next to the passage of the neighbouring part by the same speaker.
  for (let qi = 0; qi < records.length; qi++) {
    const q = a.quotations[qi];
    if (records[qi] || !checkable(q) || q.status === 'unattributed') continue;
    const content = a.doc.text.slice(q.contentStart, q.contentEnd);
    if (!tokenize(content).tokens.length) continue;
    for (const [nb, side] of [
      [qi - 1, 'after'],
      [qi + 1, 'before'],
    ] as const) {
      const r = records[nb];
      const other = a.quotations[nb];
      if (!r?.match || !other || other.paragraph !== q.paragraph || other.speaker !== q.speaker || byQuote.get(nb) !== byQuote.get(qi)) continue;
      const m = lookup.near(content, r.match, side);
      if (m) {
        records[qi] = make(qi, namesFor(q, qi), m);
        break;
      }
    }
  }
  cache.set(a, { version: lookup.version, lookup, records });
  return records;
}

function enoughWords(content: string): boolean {
  return tokenize(content).tokens.filter((t) => !t.optional).length >= MIN_WORDS;
}

/** The record check of the quotation at index `qi`, or null. */
export function quoteRecord(a: DocumentAnalysis, qi: number): QuoteRecord | null {
  return quoteRecords(a)[qi] ?? null;
}

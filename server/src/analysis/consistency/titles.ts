/**
 * Titles of office, normalised so that two of them can be compared: `Sen.`
 * and `Senator` are one title; `Indiana Gov.` and `Gov.` agree (one says
 * more); `Sen.` and `Rep.`, `finance director` and `budget director`,
 * `deputy director` and `director` disagree. A role that is a description
 * (`a close adviser`, `the Republican nominee`, `businessman`) is not an
 * office and never compared; neither is a `former`/`acting`/`then-` title.
 *
 * Source of the office heads: AP Stylebook "titles" (government, legislative,
 * judicial, corporate and newsroom-common offices).
 */
import { detach, memo } from '../cache';
import { DEMONYM_WORDS, PLACE_WORDS } from '../actors/nameLexicon';
import { PARTY_WORDS } from '../lexicon/titles';

/** Office heads, by every spelling that names them (abbreviations and gendered forms fold together). */
const HEADS: Readonly<Record<string, string>> = {
  president: 'president', pres: 'president', 'vice-president': 'vice president',
  senator: 'senator', sen: 'senator',
  representative: 'representative', rep: 'representative', congressman: 'representative', congresswoman: 'representative', congressmember: 'representative',
  governor: 'governor', gov: 'governor',
  mayor: 'mayor',
  secretary: 'secretary', minister: 'minister', chancellor: 'chancellor', premier: 'premier',
  director: 'director', chair: 'chair', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
  commissioner: 'commissioner', superintendent: 'superintendent', treasurer: 'treasurer', comptroller: 'comptroller',
  auditor: 'auditor', clerk: 'clerk', sheriff: 'sheriff', judge: 'judge', justice: 'justice', ambassador: 'ambassador',
  councilman: 'council member', councilwoman: 'council member', councilmember: 'council member', councillor: 'council member', councilor: 'council member', alderman: 'alderman',
  speaker: 'speaker', ceo: 'chief executive', cfo: 'chief financial officer', coo: 'chief operating officer',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
  manager: 'manager', administrator: 'administrator', principal: 'principal', dean: 'dean', provost: 'provost', prosecutor: 'prosecutor',
};

/** Multi-word offices read as one head (checked before single words). */
const PHRASES: readonly [RegExp, string][] = [
  [/\bchief executive(?: officer)?\b/, 'chief executive'],
  [/\bchief financial officer\b/, 'chief financial officer'],
  [/\bchief operating officer\b/, 'chief operating officer'],
  [/\battorney[- ]general\b/, 'attorney general'],
  [/\bcouncil member\b/, 'council member'],
  [/\bprime minister\b/, 'prime minister'],
  [/\bvice[- ]president\b/, 'vice president'],
  [/\blieutenant governor\b|\blt\.? gov\b/, 'lieutenant governor'],
  [/\bsecretary[- ]general\b/, 'secretary-general'],
  [/\bpress secretary\b/, 'press secretary'],
];

/** Rank words: `deputy director` is another office than `director`. */
const RANKS = new Set(['deputy', 'assistant', 'vice', 'associate', 'under', 'lieutenant', 'lt']);

/** Titles that are not held now: never compared. */
const NOT_NOW = /\b(?:former|ex|then|outgoing|incoming|acting|interim|retired|late|future|would-be|onetime|one-time|erstwhile|elect|designate|previous|longtime|candidate|nominee|hopeful)\b/;

/** Words that say nothing about which office (`the`, `city's`, `senior`, `top`). */
const FILLER = new Set([
  'the', 'a', 'an', 'of', 'for', 'and', 'in', 'at', 'on', 'to', 'his', 'her', 'their', 'its', 'our', 'city', 'county', 'town',
  'senior', 'top', 'new', 'veteran', 'current', 'sitting', 'incumbent', 'national', 'federal', 'us', 'u.s', 'united', 'states', 'american',
  'who', 'is', 'was', 'as', 'now', 'also',
]);

export interface Office {
  /** The office head (`senator`, `director`, `chief executive`). */
  head: string;
  /** Rank words (`deputy`). */
  ranks: string[];
  /** What the office is of (`finance`, `defense`): other words that are not places, parties or filler. */
  of: string[];
  /** The title as written. */
  text: string;
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\d.-]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
}

function isPlaceOrParty(w: string): boolean {
  return PLACE_WORDS.has(w) || DEMONYM_WORDS.has(w) || PARTY_WORDS.has(w) || /^[a-z]\.?[a-z]?\.?$/.test(w) || w === 'gop';
}

/** A seat held alongside an office (`chairman of the Armed Services Committee` is still a senator): not compared. */
const ALONGSIDE = /\b(?:committee|subcommittee|caucus|panel|conference|delegation|task force)\b/;

/** `officeOf`, memoised by the role's text in the analysis cache (a keystroke re-reads the same roles). */
export function officeOfRole(role: string): Office | null {
  return memo('consistency.office', role, () => officeOf(detach(role)));
}

/** The office a role names, or null for a description, a seat held alongside an office, or a title not held now. */
export function officeOf(role: string): Office | null {
  const lower = role.toLowerCase();
  // A role glued to other words (a quotation, a clause) is the actor table's guess, not a title.
  if (NOT_NOW.test(lower) || ALONGSIDE.test(lower) || /["“”]|''/.test(role) || lower.split(/\s+/).length > 8) return null;
  let head: string | null = null;
  let ws = words(lower);
  for (const [re, h] of PHRASES) {
    const m = re.exec(lower);
    if (m) {
      head = h;
      const before = words(lower.slice(0, m.index));
      ws = [...before, '\u0000', ...words(lower.slice(m.index + m[0].length))];
      break;
    }
  }
  if (!head) {
    // The head is the last office word before any `of …` (`Secretary of State`: head secretary, of state).
    const ofAt = ws.indexOf('of');
    const before = ofAt >= 0 ? ws.slice(0, ofAt) : ws;
    for (let i = before.length - 1; i >= 0; i--) {
      const h = HEADS[before[i]];
      if (h) {
        head = h;
        ws[i] = '\u0000';
        break;
      }
    }
  }
  if (!head) return null;
  // Qualifiers: the words before the head and an `of …` complement right after it; a clause after the head
  // (`the judge hearing the case`) describes, it does not name the office.
  const at = ws.indexOf('\u0000');
  const after = ws.slice(at + 1);
  const complement = after[0] === 'of' ? after.slice(1) : [];
  const kept = [...ws.slice(0, at), ...complement];
  const ranks = kept.filter((w) => RANKS.has(w)).map((w) => (w === 'lt' ? 'lieutenant' : w));
  const of = kept.filter((w) => !RANKS.has(w) && !FILLER.has(w) && !HEADS[w] && !isPlaceOrParty(w) && !/^\d/.test(w));
  return { head, ranks: [...new Set(ranks)].sort(), of: [...new Set(of)].sort(), text: role };
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x));
}

/**
 * True when one person can hold both titles: the same office, the same rank,
 * and one's qualifiers contained in the other's (`Gov.` and `Indiana Gov.`;
 * `Secretary` and `Secretary of State`).
 */
export function compatible(x: Office, y: Office): boolean {
  if (x.head !== y.head) return false;
  if (x.ranks.join() !== y.ranks.join()) return false;
  return subset(x.of, y.of) || subset(y.of, x.of);
}

/**
 * The profile index: every profile of the workspace by normalised name and
 * alias (accent- and case-insensitive), plus by surname for multi-word names
 * when only one profile has that surname. Look-ups are O(1) map reads;
 * updates are per file (`setFile`, `removeFile`) and touch only that file's
 * entries, so a newsroom with thousands of profiles re-indexes one file on
 * change, never the whole set.
 */
import { normalizeName } from '../actors/names';
import { isMisspelling } from '../consistency/edits';
import { parseProfileFile } from './parse';
import type { Profile, ProfileLookup, ProfileParseResult } from './types';

function add(map: Map<string, Profile[]>, key: string, p: Profile): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [p]);
  else if (!list.includes(p)) list.push(p);
}

function remove(map: Map<string, Profile[]>, key: string, p: Profile): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(p);
  if (i >= 0) list.splice(i, 1);
  if (!list.length) map.delete(key);
}

/** Name keys of a profile: its name and aliases, normalised. */
function fullKeys(p: Profile): string[] {
  return [...new Set([p.name, ...p.aliases].map(normalizeName).filter(Boolean))];
}

/** Surname keys: the last word of each multi-word name or alias. */
function surnameKeys(p: Profile): string[] {
  const out = new Set<string>();
  for (const n of [p.name, ...p.aliases]) {
    const words = normalizeName(n).split(' ');
    if (words.length > 1) out.add(words[words.length - 1]);
  }
  return [...out];
}

/** Given-name keys: the first word of each multi-word name or alias. */
function givenKeys(p: Profile): string[] {
  const out = new Set<string>();
  for (const n of [p.name, ...p.aliases]) {
    const words = normalizeName(n).split(' ');
    if (words.length > 1) out.add(words[0]);
  }
  return [...out];
}

export class ProfileIndex implements ProfileLookup {
  private readonly files = new Map<string, ProfileParseResult>();
  private readonly byName = new Map<string, Profile[]>();
  private readonly bySurname = new Map<string, Profile[]>();
  /** By the first word of each multi-word name or alias (finds a misspelt surname: `similar`). */
  private readonly byGiven = new Map<string, Profile[]>();
  private count = 0;
  private changes = 0;

  /** Bumped on every change of the indexed profiles. */
  get version(): number {
    return this.changes;
  }

  /** Number of profiles indexed. */
  get size(): number {
    return this.count;
  }

  /** Parses `text` as the profile file `uri` and replaces that file's entries. Returns the parse result (with errors for diagnostics). */
  setFile(uri: string, text: string): ProfileParseResult {
    const parsed = parseProfileFile(text, uri);
    this.setParsed(uri, parsed);
    return parsed;
  }

  /** Replaces the entries of `uri` by an already parsed result. */
  setParsed(uri: string, parsed: ProfileParseResult): void {
    this.removeFile(uri);
    this.files.set(uri, parsed);
    for (const p of parsed.profiles) {
      for (const k of fullKeys(p)) add(this.byName, k, p);
      for (const k of surnameKeys(p)) add(this.bySurname, k, p);
      for (const k of givenKeys(p)) add(this.byGiven, k, p);
    }
    this.count += parsed.profiles.length;
    this.changes++;
  }

  removeFile(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    for (const p of old.profiles) {
      for (const k of fullKeys(p)) remove(this.byName, k, p);
      for (const k of surnameKeys(p)) remove(this.bySurname, k, p);
      for (const k of givenKeys(p)) remove(this.byGiven, k, p);
    }
    this.count -= old.profiles.length;
    this.changes++;
    this.files.delete(uri);
  }

  /** The files indexed, with their parse errors. */
  fileResults(): ReadonlyMap<string, ProfileParseResult> {
    return this.files;
  }

  /** Every profile whose name or alias is `name` (normalised). */
  lookupAll(name: string): Profile[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  lookup(name: string): Profile | null {
    const key = normalizeName(name).replace(/'s$/, '');
    const exact = this.byName.get(key);
    if (exact?.length) return exact[0];
    if (!key.includes(' ')) {
      const sur = this.bySurname.get(key);
      // Only when one profile has that surname: "Scott" never picks between Tim Scott and Bobby Scott.
      if (sur && sur.length === 1) return sur[0];
    }
    return null;
  }

  /**
   * Profiles whose name or an alias is `name` with one word misspelt (a small
   * edit: `Adeyemy` for `Adeyemi`), found through the words that are the same:
   * the surname when the given name is misspelt, the given name otherwise.
   */
  similar(name: string): Profile[] {
    const words = normalizeName(name).split(' ');
    if (words.length < 2) return [];
    const candidates = new Set([...(this.bySurname.get(words[words.length - 1]) ?? []), ...(this.byGiven.get(words[0]) ?? [])]);
    const out: Profile[] = [];
    for (const p of candidates) {
      const names = [p.name, ...p.aliases].map(normalizeName);
      if (names.includes(words.join(' '))) return [];
      if (names.some((n) => oneWordApart(n.split(' '), words))) out.push(p);
    }
    return out;
  }
}

/** Same number of words, all equal but one, and that one a misspelling. */
function oneWordApart(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++diffs > 1 || !isMisspelling(a[i], b[i])) return false;
  }
  return diffs === 1;
}

/**
 * The profile index: every profile of the workspace by normalised name and
 * alias (accent- and case-insensitive), plus by surname for multi-word names
 * when only one profile has that surname. Look-ups are O(1) map reads;
 * updates are per file (`setFile`, `removeFile`) and touch only that file's
 * entries, so a newsroom with thousands of profiles re-indexes one file on
 * change, never the whole set.
 */
import { normalizeName } from '../actors/names';
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

export class ProfileIndex implements ProfileLookup {
  private readonly files = new Map<string, ProfileParseResult>();
  private readonly byName = new Map<string, Profile[]>();
  private readonly bySurname = new Map<string, Profile[]>();
  private count = 0;

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
    }
    this.count += parsed.profiles.length;
  }

  removeFile(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    for (const p of old.profiles) {
      for (const k of fullKeys(p)) remove(this.byName, k, p);
      for (const k of surnameKeys(p)) remove(this.bySurname, k, p);
    }
    this.count -= old.profiles.length;
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
}

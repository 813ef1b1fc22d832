/**
 * Parses one profile file (YAML or JSON): a list of profiles, a single
 * profile, or `{ profiles: [...] }`. Invalid entries are reported with their
 * line and skipped; a file that does not parse gives no profiles and one
 * error at the line where parsing failed. Nothing is executed: YAML tags and
 * anchors are read as plain data by the `yaml` package's core schema.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { readSimpleYaml } from './simpleYaml';
import type { Profile, ProfileError, ProfileParseResult } from './types';

const KNOWN_FIELDS = new Set(['name', 'aliases', 'title', 'organization', 'organisation', 'description', 'contact', 'sources', 'updated', 'notes', 'born', 'pronouns']);

interface RawEntry {
  value: unknown;
  line: number;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && !v.trim());
}

function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}

function asList(v: unknown): string[] | null {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string' || typeof v === 'number') return [String(v)];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String).filter((x) => x.trim());
  return null;
}

/** Validates one entry; returns the profile or pushes the errors that drop it. */
function toProfile(raw: RawEntry, file: string, entry: number, errors: ProfileError[]): Profile | null {
  const v = raw.value;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    errors.push({ line: raw.line, message: 'A profile must be a map of fields (name, aliases, title, …).', severity: 'error' });
    return null;
  }
  const o = v as Record<string, unknown>;
  const name = asText(o.name);
  if (!name) {
    errors.push({ line: raw.line, message: 'Profile has no `name` (a non-empty string is required).', severity: 'error' });
    return null;
  }
  const aliases = asList(o.aliases);
  const sources = asList(o.sources);
  if (aliases === null) {
    errors.push({ line: raw.line, message: `Profile "${name}": \`aliases\` must be a string or a list of strings.`, severity: 'error' });
    return null;
  }
  if (sources === null) {
    errors.push({ line: raw.line, message: `Profile "${name}": \`sources\` must be a string or a list of strings.`, severity: 'error' });
    return null;
  }
  let contact: string | undefined;
  if (o.contact && typeof o.contact === 'object' && !Array.isArray(o.contact)) {
    contact = Object.entries(o.contact as Record<string, unknown>)
      .filter(([, x]) => asText(x) !== undefined)
      .map(([k, x]) => `${k}: ${asText(x)}`)
      .join(', ');
  } else contact = asText(o.contact);
  for (const field of ['title', 'organization', 'description', 'updated', 'notes', 'born', 'pronouns'] as const) {
    const x = o[field];
    if (!isEmpty(x) && asText(x) === undefined) {
      errors.push({ line: raw.line, message: `Profile "${name}": \`${field}\` must be text.`, severity: 'error' });
      return null;
    }
  }
  for (const k of Object.keys(o)) {
    if (!KNOWN_FIELDS.has(k)) errors.push({ line: raw.line, message: `Profile "${name}": unknown field \`${k}\` (ignored).`, severity: 'warning' });
  }
  const p: Profile = { name, aliases, sources, file, line: raw.line, entry };
  const optional: [keyof Profile, string | undefined][] = [
    ['title', asText(o.title)],
    ['organization', asText(o.organization ?? o.organisation)],
    ['description', asText(o.description)],
    ['contact', contact || undefined],
    ['updated', asText(o.updated)],
    ['notes', asText(o.notes)],
    ['born', asText(o.born)],
    ['pronouns', asText(o.pronouns)],
  ];
  for (const [k, x] of optional) if (x !== undefined) (p as unknown as Record<string, unknown>)[k] = x;
  return p;
}

/** The entries of a parsed root: a list, `{profiles: [...]}` or a single map. */
function entriesOf(root: unknown, lines: (i: number) => number, rootLine: number, errors: ProfileError[]): RawEntry[] | null {
  if (Array.isArray(root)) return root.map((value, i) => ({ value, line: lines(i) }));
  if (root && typeof root === 'object') {
    const o = root as Record<string, unknown>;
    if ('profiles' in o) {
      if (!Array.isArray(o.profiles)) {
        errors.push({ line: rootLine, message: '`profiles` must be a list of profiles.', severity: 'error' });
        return null;
      }
      return o.profiles.map((value, i) => ({ value, line: lines(i) }));
    }
    return [{ value: root, line: rootLine }];
  }
  if (root === null || root === undefined) return [];
  errors.push({ line: rootLine, message: 'A profile file holds a list of profiles, one profile, or `profiles:` with a list.', severity: 'error' });
  return null;
}

/** Offsets of the objects that are elements of the profile list in a JSON text (root list or `profiles`). */
function jsonEntryLines(text: string): number[] {
  const out: number[] = [];
  const stack: string[] = [];
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '\n') line++;
      }
    } else if (c === '{' || c === '[') {
      if (c === '{' && ((stack.length === 1 && stack[0] === '[') || (stack.length === 2 && stack[0] === '{' && stack[1] === '['))) out.push(line);
      stack.push(c);
    } else if (c === '}' || c === ']') stack.pop();
  }
  return out;
}

function parseJson(text: string, file: string): ProfileParseResult {
  const errors: ProfileError[] = [];
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    // Node's message gives a position or a line, or neither; then the YAML parser (JSON is YAML) finds the place.
    let line = pos ? lineOfOffset(text, Number(pos[1])) : lineCol ? Number(lineCol[1]) - 1 : -1;
    if (line < 0) {
      // Node 20: `Unexpected token '}', ..." {"name": }…" is not valid JSON`: about ten characters either side of the error.
      const ctx = /Unexpected token '([^']*)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(msg);
      const at = ctx ? text.indexOf(ctx[3]) : -1;
      line = at >= 0 ? lineOfOffset(text, at + (ctx![2] ? Math.min(10, ctx![3].length - 1) : Math.max(0, ctx![3].indexOf(ctx![1])))) : 0;
    }
    return { profiles: [], errors: [{ line, message: `Invalid JSON: ${msg}`, severity: 'error' }] };
  }
  const lines = jsonEntryLines(text);
  const rootLine = lineOfOffset(text, Math.max(0, text.search(/\S/)));
  return finish(entriesOf(root, (i) => lines[i] ?? rootLine, rootLine, errors), file, errors);
}

function parseYamlFull(text: string, file: string): ProfileParseResult {
  const errors: ProfileError[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line - 1;
  if (doc.errors.length) {
    for (const e of doc.errors) errors.push({ line: lineAt(e.pos[0]), message: `Invalid YAML: ${e.message.split('\n')[0]}`, severity: 'error' });
    return { profiles: [], errors };
  }
  const contents = doc.contents as Node | null;
  const rootLine = contents?.range ? lineAt(contents.range[0]) : 0;
  let seq: Node | null = null;
  if (isSeq(contents)) seq = contents;
  else if (isMap(contents)) {
    const p = contents.get('profiles', true);
    if (isSeq(p)) seq = p as Node;
  }
  const items = seq && isSeq(seq) ? seq.items : [];
  const lines = (i: number): number => {
    const it = items[i] as Node | undefined;
    return it?.range ? lineAt(it.range[0]) : rootLine;
  };
  return finish(entriesOf(doc.toJS({ maxAliasCount: 100 }), lines, rootLine, errors), file, errors);
}

function finish(entries: RawEntry[] | null, file: string, errors: ProfileError[]): ProfileParseResult {
  const profiles: Profile[] = [];
  (entries ?? []).forEach((e, i) => {
    const p = toProfile(e, file, i, errors);
    if (p) profiles.push(p);
  });
  return { profiles, errors };
}

/**
 * Parses a profile file; `fileName` picks JSON (`.json`) or YAML and is recorded as each profile's `file`.
 * Never throws: a file the parsers give up on for any reason (a YAML alias bomb: "Excessive alias count")
 * is one error for that file, and the other files load.
 */
export function parseProfileFile(text: string, fileName: string): ProfileParseResult {
  try {
    return parseProfileText(text, fileName);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { profiles: [], errors: [{ line: 0, message: `Cannot read this profile file as data: ${why}`, severity: 'error' }] };
  }
}

function parseProfileText(text: string, fileName: string): ProfileParseResult {
  if (/\.json$/i.test(fileName)) return parseJson(text, fileName);
  const simple = readSimpleYaml(text);
  if (simple) {
    const errors: ProfileError[] = [];
    const entries = simple.entries.map((e) => ({ value: e.value as unknown, line: e.line }));
    return finish(entries, fileName, errors);
  }
  return parseYamlFull(text, fileName);
}

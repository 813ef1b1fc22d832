/**
 * A fast reader for the plain YAML that profile files are written in: a
 * list of flat maps (or one map, or `profiles:` over a list) whose values are
 * scalars, flow lists (`[a, b]`) or block lists of scalars. It returns
 * undefined for anything else (anchors, block scalars, escapes, nested maps,
 * duplicate keys) and the caller falls back to the full `yaml` parser, which
 * is about ten times slower on large files. Scalars resolve as YAML 1.2's core
 * schema does, so both paths give the same values (a property test checks it).
 */

export interface SimpleEntry {
  value: Record<string, unknown>;
  /** Zero-based line where the entry starts. */
  line: number;
}

export interface SimpleYaml {
  /** `list` (top-level list), `profiles` (`profiles:` over a list) or `single` (one map). */
  shape: 'list' | 'profiles' | 'single';
  entries: SimpleEntry[];
}

const KEY_LINE = /^( *)([A-Za-z_][\w-]*):(?: +(.*))?$/;
const ITEM_KEY_LINE = /^( *)- +([A-Za-z_][\w-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;
const BLANK = /^\s*(?:#.*)?$/;

const NOT_SIMPLE = Symbol('not simple');

/** YAML 1.2 core schema resolution of a plain scalar. */
function resolvePlain(s: string): unknown {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s)) return parseFloat(s);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s) || /^\.(?:nan|NaN|NAN)$/.test(s)) return NOT_SIMPLE;
  return s;
}

/** One scalar (plain, single- or double-quoted without escapes); NOT_SIMPLE when unsure. */
function scalar(raw: string, inFlow: boolean): unknown {
  let s = raw.trim();
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) return NOT_SIMPLE;
    const body = s.slice(1, -1);
    if (/'(?!')/.test(body.replace(/''/g, ''))) return NOT_SIMPLE;
    return body.replace(/''/g, "'");
  }
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2) return NOT_SIMPLE;
    const body = s.slice(1, -1);
    if (/["\\]/.test(body)) return NOT_SIMPLE;
    return body;
  }
  // A comment ends a plain scalar only after a blank.
  const hash = s.search(/\s#/);
  if (hash >= 0) s = s.slice(0, hash).trimEnd();
  if (s.startsWith('#')) s = '';
  if (/^[-?:](?:\s|$)/.test(s) || /^[[\]{}&*!|>%@`,]/.test(s)) return NOT_SIMPLE;
  if (/:(?:\s|$)/.test(s) || (inFlow && /[[\]{},]/.test(s))) return NOT_SIMPLE;
  return resolvePlain(s);
}

/** A value after `key:` on the same line: a scalar or a flow list of scalars. */
function inlineValue(raw: string): unknown {
  const s = raw.trim();
  if (s.startsWith('[')) {
    const hash = s.search(/\]\s+#/);
    const body = hash >= 0 ? s.slice(0, hash + 1) : s;
    if (!body.endsWith(']')) return NOT_SIMPLE;
    const inner = body.slice(1, -1);
    if (/"[^"]*,[^"]*"|'[^']*,[^']*'/.test(inner)) return NOT_SIMPLE;
    if (inner.trim() === '') return [];
    const parts = inner.split(',');
    if (parts[parts.length - 1].trim() === '') parts.pop(); // trailing comma
    const out: unknown[] = [];
    for (const p of parts) {
      if (p.trim() === '') return NOT_SIMPLE;
      const v = scalar(p, true);
      if (v === NOT_SIMPLE) return NOT_SIMPLE;
      out.push(v);
    }
    return out;
  }
  return scalar(s, false);
}

/**
 * Reads `text` if it is in the simple profile form; undefined when the full
 * parser must decide (including every malformed file, so that errors always
 * come from one place).
 */
export function readSimpleYaml(text: string): SimpleYaml | undefined {
  const lines = text.split(/\r?\n/);
  let i = 0;
  const skip = (): void => {
    while (i < lines.length && BLANK.test(lines[i])) i++;
  };
  skip();
  if (i < lines.length && /^---\s*$/.test(lines[i])) {
    i++;
    skip();
  }
  if (i >= lines.length) return undefined;
  let shape: SimpleYaml['shape'];
  let listIndent = 0;
  if (/^profiles:\s*(?:#.*)?$/.test(lines[i])) {
    shape = 'profiles';
    i++;
    skip();
    const m = i < lines.length ? ITEM_KEY_LINE.exec(lines[i]) : null;
    if (!m) return undefined;
    listIndent = m[1].length;
  } else if (ITEM_KEY_LINE.test(lines[i]) && ITEM_KEY_LINE.exec(lines[i])![1] === '') {
    shape = 'list';
  } else if (KEY_LINE.test(lines[i]) && KEY_LINE.exec(lines[i])![1] === '') {
    shape = 'single';
  } else return undefined;

  const entries: SimpleEntry[] = [];
  let entry: SimpleEntry | null = null;
  let keyIndent = shape === 'single' ? 0 : listIndent + 2;
  let openList: unknown[] | null = null; // a key whose value is a block list under it
  let openListIndent = -1;
  const put = (key: string, raw: string | undefined): boolean => {
    if (!entry || Object.prototype.hasOwnProperty.call(entry.value, key)) return false;
    if (raw === undefined || raw.trim() === '' || /^#/.test(raw.trim())) {
      // Either null or a block list that follows.
      openList = [];
      openListIndent = -1;
      entry.value[key] = openList;
      return true;
    }
    const v = inlineValue(raw);
    if (v === NOT_SIMPLE) return false;
    entry.value[key] = v;
    openList = null;
    return true;
  };
  const closeList = (): void => {
    if (entry && openList && openList.length === 0) {
      // `key:` with nothing under it is null in YAML.
      for (const k of Object.keys(entry.value)) if (entry.value[k] === openList) entry.value[k] = null;
    }
    openList = null;
  };
  if (shape === 'single') entry = { value: {}, line: i };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (BLANK.test(line)) continue;
    if (line.includes('\t') && /^[ ]*\t/.test(line)) return undefined;
    const itemKey = ITEM_KEY_LINE.exec(line);
    if (shape !== 'single' && itemKey && itemKey[1].length === listIndent) {
      closeList();
      if (entry) entries.push(entry);
      entry = { value: {}, line: i };
      keyIndent = listIndent + 2;
      if (!put(itemKey[2], itemKey[3])) return undefined;
      continue;
    }
    const key = KEY_LINE.exec(line);
    if (key && key[1].length === keyIndent) {
      closeList();
      if (!put(key[2], key[3])) return undefined;
      continue;
    }
    const item = ITEM_LINE.exec(line);
    const list = openList as unknown[] | null;
    if (item && list && item[1].length >= keyIndent && !ITEM_KEY_LINE.test(line)) {
      if (openListIndent < 0) openListIndent = item[1].length;
      if (item[1].length !== openListIndent) return undefined;
      const v = scalar(item[2], false);
      if (v === NOT_SIMPLE) return undefined;
      list.push(v);
      continue;
    }
    return undefined;
  }
  closeList();
  if (entry) entries.push(entry);
  return { shape, entries };
}

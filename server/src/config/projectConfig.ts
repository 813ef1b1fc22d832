/**
 * The project config file (issue 16): `.copydesk.yaml` (or `.copydesk.yml`,
 * `.copydesk.json`) shared by a desk's editors, its CI and its CMS hook.
 *
 *   rules:            { "source.vague": "off", ... }      level per rule id
 *   publicationDate:  front-matter | today | YYYY-MM-DD     policy (below)
 *   profiles:         [globs]   actor profile files (relative to the file's folder, absolute or ~/)
 *   transcripts:      [globs]   interview transcripts (same)
 *   ignore:           [globs]   drafts never checked (relative to the file's folder)
 *   maxDocumentSize:  bytes
 *   language:         { "glob": "markdown" | "plaintext" | "newsdraft" }
 *
 * `publicationDate`: `front-matter` (the default) takes the draft's front
 * matter or dateline, else today; a date `YYYY-MM-DD` is used when the draft
 * gives none (as `--date`); `today` always uses the day of the check, even
 * when the draft states a date.
 *
 * The file is looked up from each draft's folder upward; the nearest wins (no
 * merging of several files). Parsing never throws: a file with any problem
 * gives `config: null` (the defaults apply) and its problems, with lines.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LineCounter, parseDocument, isMap, type Node } from 'yaml';
import { RULES } from '../analysis/rules';
import { LEVELS } from '../analysis/ruleIds';
import type { Level } from '../analysis/types';
import type { RuleLevels } from '../analysis/check';
import { globMatcher, ignoreMatcher } from '../files/glob';
import { isIsoDate, isLevel } from '../features/settings';

/** Names looked for in each folder, in this order. */
export const CONFIG_NAMES: readonly string[] = ['.copydesk.yaml', '.copydesk.yml', '.copydesk.json'];

export const LANGUAGE_IDS = ['markdown', 'plaintext', 'newsdraft'] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

export type PublicationDatePolicy = 'front-matter' | 'today' | string;

export interface ProjectConfig {
  /** The config file (absolute). */
  file: string;
  /** Its folder: relative globs are resolved from here. */
  dir: string;
  rules: RuleLevels;
  publicationDate?: PublicationDatePolicy;
  profiles?: string[];
  transcripts?: string[];
  ignore: string[];
  maxDocumentSize?: number;
  /** `[glob, language]` in file order; the first match wins. */
  language: [string, LanguageId][];
}

export interface ConfigProblem {
  message: string;
  /** 0-based line in the file. */
  line: number;
}

export interface ParsedConfig {
  config: ProjectConfig | null;
  problems: ConfigProblem[];
}

const KEYS = ['$schema', 'rules', 'publicationDate', 'profiles', 'transcripts', 'ignore', 'maxDocumentSize', 'language'];

/** Parses a config file's text (YAML, of which JSON is a subset). */
export function parseConfig(text: string, file: string): ParsedConfig {
  const lc = new LineCounter();
  const problems: ConfigProblem[] = [];
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lc.linePos(node.range[0]).line - 1 : 0);
  const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) problems.push({ message: e.message.split('\n')[0], line: e.linePos ? e.linePos[0].line - 1 : 0 });
  if (problems.length) return { config: null, problems };
  const dir = path.dirname(file);
  const config: ProjectConfig = { file, dir, rules: {}, ignore: [], language: [] };
  if (doc.contents === null) return { config, problems }; // an empty file: the defaults
  if (!isMap(doc.contents)) return { config: null, problems: [{ message: 'The config file must be a mapping of keys (rules, publicationDate, profiles, transcripts, ignore, maxDocumentSize, language).', line: lineOf(doc.contents) }] };
  const stringList = (key: string, value: unknown, node: Node | null | undefined): string[] | undefined => {
    if (typeof value === 'string' && value.trim()) return [value];
    if (Array.isArray(value) && value.every((g) => typeof g === 'string' && g.trim())) return value as string[];
    problems.push({ message: `${key} must be a list of globs (strings).`, line: lineOf(node) });
    return undefined;
  };
  const js = doc.toJS() as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null;
    const key = String((keyNode as { value?: unknown } | null)?.value ?? '');
    const valueNode = pair.value as Node | null;
    const value = js[key];
    const line = lineOf(keyNode);
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          problems.push({ message: 'rules must be a mapping of rule id to level.', line });
          break;
        }
        for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
          if (!RULES.some((r) => r.id === id)) problems.push({ message: `rules: unknown rule id "${id}" (known: ${RULES.map((r) => r.id).join(', ')}).`, line: lineOfKey(valueNode, id, lineOf) ?? line });
          else if (!isLevel(level)) problems.push({ message: `rules.${id} must be one of ${LEVELS.join('|')}, got ${JSON.stringify(level)}.`, line: lineOfKey(valueNode, id, lineOf) ?? line });
          else config.rules[id] = level as Level;
        }
        break;
      case 'publicationDate': {
        const v = value instanceof Date ? value.toISOString().slice(0, 10) : value;
        if (v === 'front-matter' || v === 'today' || isIsoDate(v)) config.publicationDate = v as string;
        else problems.push({ message: `publicationDate must be front-matter, today or a date written YYYY-MM-DD, got ${JSON.stringify(v)}.`, line });
        break;
      }
      case 'profiles':
      case 'transcripts': {
        const list = stringList(key, value, valueNode);
        if (list) config[key] = list;
        break;
      }
      case 'ignore': {
        const list = stringList(key, value, valueNode);
        if (list) config.ignore = list;
        break;
      }
      case 'maxDocumentSize':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) config.maxDocumentSize = value;
        else problems.push({ message: `maxDocumentSize must be a positive whole number of bytes, got ${JSON.stringify(value)}.`, line });
        break;
      case 'language':
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          problems.push({ message: 'language must be a mapping of glob to markdown, plaintext or newsdraft.', line });
          break;
        }
        for (const [glob, lang] of Object.entries(value as Record<string, unknown>)) {
          if ((LANGUAGE_IDS as readonly unknown[]).includes(lang)) config.language.push([glob, lang as LanguageId]);
          else problems.push({ message: `language."${glob}" must be markdown, plaintext or newsdraft, got ${JSON.stringify(lang)}.`, line: lineOfKey(valueNode, glob, lineOf) ?? line });
        }
        break;
      default:
        problems.push({ message: `Unknown key "${key}" (known: ${KEYS.filter((k) => k !== '$schema').join(', ')}).`, line });
    }
  }
  return problems.length ? { config: null, problems } : { config, problems };
}

function lineOfKey(map: Node | null | undefined, key: string, lineOf: (n: Node | null | undefined) => number): number | undefined {
  if (!map || !isMap(map)) return undefined;
  const pair = map.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === key);
  return pair ? lineOf(pair.key as Node) : undefined;
}

/** One message for all of a file's problems (the editor shows one diagnostic, the CLI one line). */
export function problemSummary(problems: readonly ConfigProblem[]): string {
  const head = 'Invalid Copydesk config; the defaults apply until it is fixed: ';
  return head + problems.map((p) => `line ${p.line + 1}: ${p.message}`).join(' ');
}

export interface LoadedConfig extends ParsedConfig {
  file: string;
}

/** Reads and parses one config file; an unreadable file is a problem, not an exception. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { file, config: null, problems: [{ message: `cannot read ${file}: ${(e as Error).message}`, line: 0 }] };
  }
  return { file, ...parseConfig(text, file) };
}

/** The nearest config file from `dir` upward (stopping after `stopAt` when given), or null. */
export function findConfigFile(dir: string, stopAt?: string): string | null {
  let d = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const f = path.join(d, name);
      try {
        if (fs.statSync(f).isFile()) return f;
      } catch {
        /* not here */
      }
    }
    if (stop && d === stop) return null;
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** Memoised lookups for a run over many drafts: one stat per folder, one parse per file. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, LoadedConfig>();
  /** `explicit`: `--config FILE` (used for every draft). */
  constructor(private readonly explicit?: string) {}

  /** The config that applies to a draft in `dir` (null: none found). */
  forDir(dir: string): LoadedConfig | null {
    const file = this.explicit ? path.resolve(this.explicit) : this.fileForDir(path.resolve(dir));
    if (!file) return null;
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  private fileForDir(dir: string): string | null {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit;
    let found: string | null = null;
    for (const name of CONFIG_NAMES) {
      const f = path.join(dir, name);
      try {
        if (fs.statSync(f).isFile()) {
          found = f;
          break;
        }
      } catch {
        /* not here */
      }
    }
    if (!found) {
      const up = path.dirname(dir);
      found = up === dir ? null : this.fileForDir(up);
    }
    this.byDir.set(dir, found);
    return found;
  }
}

/** The language a config assigns to `file` by its `language` globs, or undefined. */
export function configLanguage(config: ProjectConfig, file: string): LanguageId | undefined {
  for (const [glob, lang] of config.language) if (globMatcher(config.dir, [glob])(file)) return lang;
  return undefined;
}

/** True when `file` is excluded by the config's `ignore` globs (gitignore-style names match at any depth). */
export function configIgnores(config: ProjectConfig, file: string): boolean {
  return ignoreTest(config)(file);
}

const ignoreTests = new WeakMap<ProjectConfig, (file: string) => boolean>();
function ignoreTest(config: ProjectConfig): (file: string) => boolean {
  let t = ignoreTests.get(config);
  if (!t) {
    t = ignoreMatcher(config.dir, config.ignore);
    ignoreTests.set(config, t);
  }
  return t;
}

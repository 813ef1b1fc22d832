/**
 * Copydesk settings (`copydesk.*`): their defaults and a validator that never
 * throws. Invalid values fall back to the default and are reported as one
 * readable problem each, so the server logs one clear message and goes on.
 * Shared by the language server (workspace/configuration) and the CLI (`--rule`).
 */
import { LEVELS } from '../analysis/ruleIds';
import { RULES } from '../analysis/rules';
import type { RuleLevels } from '../analysis/check';
import type { Level } from '../analysis/types';

export interface CopydeskSettings {
  enable: boolean;
  /** Level per rule id; ids left out use the rule's default level. */
  rules: RuleLevels;
  /** ISO `YYYY-MM-DD`, used when the draft gives no publication date. */
  publicationDate?: string;
  /** True: the day of the check is the publication date even when the draft states one (config `publicationDate: today`). */
  publicationDateToday?: boolean;
  /** Drafts larger than this many bytes (UTF-8) are not analysed. */
  maxDocumentSize: number;
  /** Globs (workspace-relative) of actor profile files. */
  profiles: string[];
  /** Globs (workspace-relative) of transcript files: the record quotations are checked against. */
  transcripts: string[];
}

export const DEFAULT_MAX_DOCUMENT_SIZE = 2 * 1024 * 1024;
export const DEFAULT_PROFILE_GLOBS = ['.copydesk/profiles/**/*.{yaml,yml,json}'];
export const DEFAULT_TRANSCRIPT_GLOBS = ['transcripts/**/*.{txt,md,vtt,srt}', '.copydesk/transcripts/**/*'];

export function defaultSettings(): CopydeskSettings {
  return { enable: true, rules: {}, maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE, profiles: [...DEFAULT_PROFILE_GLOBS], transcripts: [...DEFAULT_TRANSCRIPT_GLOBS] };
}

export function isLevel(v: unknown): v is Level {
  return typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export interface ParsedSettings {
  settings: CopydeskSettings;
  /** One sentence per ignored value, naming the setting and what was used instead. */
  problems: string[];
}

/** Validates a raw `copydesk` configuration object (anything a client may send). */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`copydesk settings must be an object; using defaults.`);
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') settings.enable = r.enable;
    else problems.push(`copydesk.enable must be true or false, got ${show(r.enable)}; using true.`);
  }
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push(`copydesk.rules must be an object of rule id -> level, got ${show(r.rules)}; using the default levels.`);
    } else {
      for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
        const problem = ruleLevelProblem(id, level);
        if (problem) problems.push(problem);
        else settings.rules[id] = level as Level;
      }
    }
  }
  if (r.publicationDate !== undefined && r.publicationDate !== null && r.publicationDate !== '') {
    if (isIsoDate(r.publicationDate)) settings.publicationDate = r.publicationDate;
    else problems.push(`copydesk.publicationDate must be a date written YYYY-MM-DD, got ${show(r.publicationDate)}; ignoring it.`);
  }
  if (r.maxDocumentSize !== undefined) {
    const n = r.maxDocumentSize;
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) settings.maxDocumentSize = Math.floor(n);
    else problems.push(`copydesk.maxDocumentSize must be a positive number of bytes, got ${show(n)}; using ${DEFAULT_MAX_DOCUMENT_SIZE}.`);
  }
  if (r.profiles !== undefined) {
    const p = r.profiles;
    if (Array.isArray(p) && p.every((g) => typeof g === 'string')) settings.profiles = p as string[];
    else problems.push(`copydesk.profiles must be an array of glob strings, got ${show(p)}; using the default.`);
  }
  if (r.transcripts !== undefined) {
    const t = r.transcripts;
    if (Array.isArray(t) && t.every((g) => typeof g === 'string')) settings.transcripts = t as string[];
    else problems.push(`copydesk.transcripts must be an array of glob strings, got ${show(t)}; using the default.`);
  }
  return { settings, problems };
}

/** Why `id=level` is not a valid rule setting, or null when it is. */
export function ruleLevelProblem(id: string, level: unknown): string | null {
  if (!RULES.some((rule) => rule.id === id)) {
    return `copydesk.rules: unknown rule id ${show(id)} (known: ${RULES.map((rule) => rule.id).join(', ')}); ignoring it.`;
  }
  if (!isLevel(level)) return `copydesk.rules.${id} must be one of ${LEVELS.join('|')}, got ${show(level)}; using the default level.`;
  return null;
}

/** A stable key of the settings that change findings, for caches. */
export function settingsKey(s: CopydeskSettings): string {
  const rules = Object.keys(s.rules).sort().map((k) => `${k}=${s.rules[k]}`).join(',');
  return `${s.enable}|${rules}|${s.publicationDate ?? ''}${s.publicationDateToday ? '!' : ''}|${s.maxDocumentSize}`;
}

function show(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

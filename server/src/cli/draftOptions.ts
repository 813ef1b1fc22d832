/**
 * Options shared by the commands that analyse drafts: `--date` and
 * `--rule id=level`, turned into validated settings.
 */
import { defaultSettings, isIsoDate, isLevel, type CopydeskSettings } from '../features/settings';
import { RULES } from '../analysis/rules';
import { LEVELS } from '../analysis/ruleIds';
import type { Level } from '../analysis/types';
import { UsageError, type OptionSpec } from './io';

export const DRAFT_OPTIONS: OptionSpec = {
  date: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'max-size': { type: 'string' },
};

export const DRAFT_OPTIONS_HELP = `  --date YYYY-MM-DD   publication date when the draft gives none (default: today)
  --rule ID=LEVEL     set a rule's level: off|hint|information|warning|error (repeatable)
  --max-size BYTES    drafts larger than this are reported as too large, not analysed (default 2 MB,
                      as the copydesk.maxDocumentSize setting)`;

export function settingsFromOptions(values: Record<string, unknown>): CopydeskSettings {
  const settings = defaultSettings();
  const date = values.date;
  if (typeof date === 'string') {
    if (!isIsoDate(date)) throw new UsageError(`--date must be a date written YYYY-MM-DD, got "${date}"`);
    settings.publicationDate = date;
  }
  for (const spec of (values.rule as string[] | undefined) ?? []) {
    const eq = spec.indexOf('=');
    if (eq < 0) throw new UsageError(`--rule expects ID=LEVEL, got "${spec}"`);
    const id = spec.slice(0, eq).trim();
    const level = spec.slice(eq + 1).trim();
    if (!RULES.some((r) => r.id === id)) throw new UsageError(`--rule: unknown rule id "${id}" (known: ${RULES.map((r) => r.id).join(', ')})`);
    if (!isLevel(level)) throw new UsageError(`--rule ${id}: level must be one of ${LEVELS.join('|')}, got "${level}"`);
    settings.rules[id] = level as Level;
  }
  const max = values['max-size'];
  if (typeof max === 'string') {
    const n = Number(max);
    if (!/^\d+$/.test(max) || n <= 0) throw new UsageError(`--max-size must be a positive number of bytes, got "${max}"`);
    settings.maxDocumentSize = n;
  }
  return settings;
}

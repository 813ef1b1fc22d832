/**
 * Options shared by the commands that analyse drafts: `--date`, `--rule
 * id=level`, `--max-size` (turned into validated overrides of the config
 * file's settings), and the input, output and parallelism options.
 */
import { isIsoDate, isLevel } from '../features/settings';
import { RULES } from '../analysis/rules';
import { LEVELS } from '../analysis/ruleIds';
import type { Level } from '../analysis/types';
import type { CliOverrides } from '../config/merge';
import { UsageError, type OptionSpec } from './io';

export const DRAFT_OPTIONS: OptionSpec = {
  date: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'max-size': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'stdin-filename': { type: 'string' },
  'files-from': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'output-file': { type: 'string', short: 'o' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
};

export const DRAFT_OPTIONS_HELP = `  --date YYYY-MM-DD   publication date when the draft gives none (default: today)
  --rule ID=LEVEL     set a rule's level: off|hint|information|warning|error (repeatable)
  --max-size BYTES    drafts larger than this are reported as too large, not analysed (default 2 MB,
                      as the copydesk.maxDocumentSize setting)
  -c, --config FILE   use this config file for every draft (default: each draft's nearest
                      .copydesk.yaml / .copydesk.yml / .copydesk.json, from its folder upward)
  --stdin-filename NAME  the name standard input (-) is checked and reported as (language, config)
  --files-from FILE   also read the paths in FILE, one per line (- for standard input)
  -j, --jobs N        check on N threads (default: one per 50 files, at most the number of
                      cores; 50 files or fewer run on one thread unless --jobs is given)
  -o, --output-file FILE  write the output to FILE instead of standard output
  --color, --no-color force colour on or off (default: on when standard output is a terminal
                      and NO_COLOR is not set)

FILE may be a file, a folder (walked for *.md, *.markdown, *.txt, *.draft, *.story; node_modules,
.git, .copydeskignore and the config's ignore globs left out), a quoted glob, or - (standard input).`;

/** The flags that override a config file's settings. */
export function cliOverrides(values: Record<string, unknown>): CliOverrides {
  const o: CliOverrides = { rules: {} };
  const date = values.date;
  if (typeof date === 'string') {
    if (!isIsoDate(date)) throw new UsageError(`--date must be a date written YYYY-MM-DD, got "${date}"`);
    o.publicationDate = date;
  }
  for (const spec of (values.rule as string[] | undefined) ?? []) {
    const eq = spec.indexOf('=');
    if (eq < 0) throw new UsageError(`--rule expects ID=LEVEL, got "${spec}"`);
    const id = spec.slice(0, eq).trim();
    const level = spec.slice(eq + 1).trim();
    if (!RULES.some((r) => r.id === id)) throw new UsageError(`--rule: unknown rule id "${id}" (known: ${RULES.map((r) => r.id).join(', ')})`);
    if (!isLevel(level)) throw new UsageError(`--rule ${id}: level must be one of ${LEVELS.join('|')}, got "${level}"`);
    o.rules[id] = level as Level;
  }
  const max = values['max-size'];
  if (typeof max === 'string') {
    const n = Number(max);
    if (!/^\d+$/.test(max) || n <= 0) throw new UsageError(`--max-size must be a positive number of bytes, got "${max}"`);
    o.maxDocumentSize = n;
  }
  return o;
}

/**
 * `copydesk rules [--format text|json]`: every rule with its default level,
 * a one-line description and its section in the README.
 *
 * JSON: `[{"id", "defaultLevel", "description", "url"}]`.
 */
import { RULES } from '../../analysis/rules';
import { ruleHelpUri } from '../output';
import { parse, UsageError, type CliIO, type ExitCode } from '../io';
import { checkFormatValue } from '../draftCommand';
import type { Command } from './index';

const HELP = `Usage: copydesk rules [--format text|json]

Lists every rule: its id, default level, a one-line description and the link
to its section in the README.

Options:
  --format text|json  output format (default text)
      text: id  default-level  description  (then the link, indented)
      json: [{"id", "defaultLevel", "description", "url"}]
  -h, --help          show this help
`;

export interface CliRule {
  id: string;
  defaultLevel: string;
  description: string;
  url: string;
}

export function ruleList(): CliRule[] {
  return RULES.map((r) => ({ id: r.id, defaultLevel: r.defaultLevel, description: r.title, url: ruleHelpUri(r.id) }));
}

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rules with default level, description and README link',
  help: HELP,
  run(args: string[], io: CliIO): ExitCode {
    checkFormatValue(args);
    const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (positionals.length) throw new UsageError(`rules takes no arguments, got "${positionals[0]}"`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got "${String(format)}"`);
    const rules = ruleList();
    if (format === 'json') io.out(JSON.stringify(rules, null, 2) + '\n');
    else {
      const w = Math.max(...rules.map((r) => r.id.length));
      const lw = Math.max(...rules.map((r) => r.defaultLevel.length));
      io.out(rules.map((r) => `${r.id.padEnd(w)}  ${r.defaultLevel.padEnd(lw)}  ${r.description}\n${' '.repeat(w + 2)}${r.url}\n`).join(''));
    }
    return 0;
  },
};

/**
 * `copydesk actors [--format text|json] [--profiles GLOB]... FILE...`: the
 * people and organisations each draft names, with the role the draft gives,
 * every mention, every quotation attributed, and the matching profile.
 *
 * JSON: `[{"file", "actors": [{"name", "kind": "person"|"organization",
 * "role" (or null), "roles": [...], "mentions": [{range, "text", "how"}],
 * "quotes": [{range, "text"}], "profile": {"file", "line", "entry", "name"} | null}]}]`
 * where a range is `"line","column","endLine","endColumn"` (1-based, end
 * exclusive) and a profile's `line` is 1-based.
 */
import * as path from 'path';
import type { Actor } from '../../analysis/actors';
import { matchProfile, type ProfileIndex } from '../../analysis/profiles';
import type { Span } from '../../analysis/types';
import type { LineIndex } from '../../features/positions';
import { DEFAULT_PROFILE_GLOBS, loadProfiles } from '../../profiles/load';
import { findFiles } from '../../files/glob';
import { parse, type CliIO, type ExitCode } from '../io';
import { DRAFT_OPTIONS, DRAFT_OPTIONS_HELP } from '../draftOptions';
import { checkFormatValue, runOverDrafts, type DraftCommandSpec } from '../draftCommand';
import type { Command } from './index';

interface CliRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CliActor {
  name: string;
  kind: Actor['kind'];
  role: string | null;
  roles: string[];
  mentions: (CliRange & { text: string; how: string })[];
  quotes: (CliRange & { text: string })[];
  profile: { file: string; line: number; entry: number; name: string } | null;
}

function cliRange(span: Span, lines: LineIndex): CliRange {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function toCliActor(actor: Actor, text: string, quotations: readonly { start: number; end: number; contentStart: number; contentEnd: number }[], lines: LineIndex, profiles: ProfileIndex | undefined, cwd: string): CliActor {
  const p = matchProfile(actor, profiles);
  return {
    name: actor.name,
    kind: actor.kind,
    role: actor.role,
    roles: actor.roles.map((r) => r.text),
    mentions: actor.mentions.map((m) => ({ ...cliRange(m, lines), text: m.text, how: m.how })),
    quotes: actor.quotes.map((qi) => quotations[qi]).map((q) => ({ ...cliRange(q, lines), text: text.slice(q.contentStart, q.contentEnd) })),
    profile: p ? { file: path.relative(cwd, p.file) || p.file, line: p.line + 1, entry: p.entry, name: p.name } : null,
  };
}

const HELP = `Usage: copydesk actors [options] FILE...

Lists the people and organisations each draft names: the role the draft gives them,
every mention, every quotation attributed to them, and their profile when one matches.

Options:
  --format text|json|jsonl  output format (default text; jsonl: one file's JSON entry per line)
      text: file:line:col kind name — role (mentions, quotes) [profile file:line]
      json: [{"file": "...", "actors": [{"name", "kind" (person|organization), "role" (or null),
             "roles", "mentions": [{"line", "column", "endLine", "endColumn", "text", "how"}],
             "quotes": [{"line", "column", "endLine", "endColumn", "text"}],
             "profile": {"file", "line", "entry", "name"} or null}]}]
  --profiles GLOB     profile files to match against: relative to the current folder, absolute or ~/
                      (repeatable; default: the config's profiles, else ${DEFAULT_PROFILE_GLOBS.join(' ')})
${DRAFT_OPTIONS_HELP}
  -h, --help          show this help

Profile files that do not parse are reported on standard error and skipped.
Exit status: 0 on success, 2 for a usage error or a file that could not be read.
`;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const actorsSpec: DraftCommandSpec<{ file: string; actors: CliActor[] }> = {
  name: 'actors',
  help: HELP,
  options: { profiles: { type: 'string', multiple: true } },
  alwaysEnable: true,
  needsProfiles: true,
  noticeOnStderr: true,
  perFile(file, text, result, run) {
    const a = result.analysis;
    const actors = a ? a.actors.actors.map((x) => toCliActor(x, text, a.quotations, result.lines, run.profiles, run.cwd)) : [];
    return {
      json: { file, actors },
      text: actors
        .map((x) => {
          const m = x.mentions.find((y) => y.how !== 'pronoun') ?? x.mentions[0];
          const prof = x.profile ? ` [profile ${x.profile.file}:${x.profile.line}]` : '';
          return `${file}:${m.line}:${m.column} ${x.kind} ${x.name}${x.role ? ` — ${x.role}` : ''} (${plural(x.mentions.length, 'mention', 'mentions')}, ${plural(x.quotes.length, 'quote', 'quotes')})${prof}\n`;
        })
        .join(''),
    };
  },
};

export const actorsCommand: Command = {
  name: 'actors',
  summary: 'list people and organisations with roles, mentions, quotes and profiles',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<ExitCode> {
    let exit: ExitCode = 0;
    if (!args.includes('--help') && !args.includes('-h')) {
      // Profile files that do not parse, and --profiles globs that match nothing, are said once here.
      checkFormatValue(args);
      const { values } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...DRAFT_OPTIONS, ...actorsSpec.options });
      const cwd = process.cwd();
      const globs = values.profiles as string[] | undefined;
      for (const g of globs ?? []) {
        if (!findFiles(cwd, [g]).length) {
          io.err(`copydesk: --profiles ${g} matches no file\n`);
          exit = 2;
        }
      }
      const profiles = loadProfiles(cwd, globs ?? DEFAULT_PROFILE_GLOBS, undefined, (file, why) => io.err(`copydesk: profile file ${path.relative(cwd, file)}: ${why}\n`));
      for (const [file, r] of profiles.fileResults()) {
        for (const e of r.errors) io.err(`${path.relative(cwd, file)}:${e.line + 1}: ${e.severity}: ${e.message}\n`);
      }
    }
    const code = await runOverDrafts(args, io, actorsSpec);
    return code === 2 || exit === 2 ? 2 : code;
  },
};

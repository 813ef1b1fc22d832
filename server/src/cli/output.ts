/**
 * Output formats of `copydesk check` besides its text lines and JSON array
 * (issue 16): SARIF 2.1.0 (code-scanning and review tools), GitHub workflow
 * annotations, the summary line, colour, and where rule help lives.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { DocumentAnalysis } from '../analysis/analyze';
import { RULES } from '../analysis/rules';
import type { Finding } from '../analysis/types';
import { FIX_PROVIDERS, type FixContext } from '../features/codeActions';
import { ruleAnchor, toDiagnostic } from '../features/diagnostics';
import type { LineIndex } from '../features/positions';
import type { OffsetEdit } from '../features/fixes/quoteUnattributed';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { packageVersion } from './io';

/** One finding as `check` prints it (1-based, end exclusive). */
export interface CliFinding {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SevCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export const zeroCounts = (): SevCounts => ({ error: 0, warning: 0, information: 0, hint: 0 });

/** The README installed with the CLI (file URL), or the project page when the package names one. */
export function readmeUri(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'README.md');
    if (fs.existsSync(candidate) && fs.existsSync(path.join(dir, 'package.json'))) return pathToFileURL(candidate).toString();
    dir = path.dirname(dir);
  }
  return 'https://www.npmjs.com/package/copydesk';
}

/** A rule's section in the README. */
export function ruleHelpUri(ruleId: string): string {
  return `${readmeUri()}#${ruleAnchor(ruleId)}`;
}

// ---- colour ---------------------------------------------------------------

const SGR: Record<string, string> = { error: '31', warning: '33', information: '36', hint: '90', bold: '1', dim: '2', green: '32', red: '31' };

export type Paint = (style: string, text: string) => string;
export const plain: Paint = (_s, t) => t;
export const ansi: Paint = (s, t) => `\x1b[${SGR[s] ?? '0'}m${t}\x1b[0m`;

/** Colour on a terminal only; `--no-color` and NO_COLOR turn it off, `--color` forces it. */
export function wantColour(opts: { color?: boolean; noColor?: boolean; isTTY?: boolean; env?: NodeJS.ProcessEnv; toFile?: boolean }): boolean {
  if (opts.noColor) return false;
  if (opts.color) return true;
  const env = opts.env ?? process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return !!opts.isTTY && !opts.toFile && env.TERM !== 'dumb';
}

// ---- summary --------------------------------------------------------------

const plural = (n: number, one: string, many = one + 's'): string => `${n} ${n === 1 ? one : many}`;

/** `✖ 12 problems (3 errors, 9 warnings) in 4 files`, or null when nothing was found. */
export function summaryLine(c: SevCounts, filesWithProblems: number, paint: Paint = plain): string | null {
  const total = c.error + c.warning + c.information + c.hint;
  if (!total) return null;
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.information) parts.push(`${c.information} information`);
  if (c.hint) parts.push(plural(c.hint, 'hint'));
  const style = c.error ? 'error' : c.warning ? 'warning' : 'information';
  return paint(style, `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(filesWithProblems, 'file')}`);
}

// ---- GitHub annotations -------------------------------------------------------

const ghData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProp = (s: string): string => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::warning file=…,line=…::message` workflow command per finding (information and hints as notices). */
export function githubLine(file: string, f: CliFinding): string {
  const kind = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const props = `file=${ghProp(file.split(path.sep).join('/'))},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${ghProp(f.code)}`;
  return `::${kind} ${props}::${ghData(f.message)}\n`;
}

// ---- SARIF 2.1.0 ----------------------------------------------------------------

export interface SarifReplacement {
  deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  insertedContent: { text: string };
}
export interface SarifFix {
  description: { text: string };
  replacements: SarifReplacement[];
}
/** What a file contributes to the SARIF log: its findings and, per finding, the quick fixes that edit only the draft. */
export interface SarifFileEntry {
  file: string;
  findings: CliFinding[];
  fixes: SarifFix[][];
}

const DRAFT_URI = 'file:///copydesk-draft';

/**
 * The quick fixes of a finding that edit the draft alone (no snippets, no new
 * files), as SARIF replacements. "Mark as reviewed" is not offered: it hides a
 * finding, it does not fix it.
 */
export function sarifFixes(f: Finding, analysis: DocumentAnalysis, lines: LineIndex): SarifFix[] {
  const provider = FIX_PROVIDERS[f.ruleId];
  if (!provider) return [];
  const textEdit = (e: OffsetEdit): TextEdit => ({ range: lines.rangeOf(e), newText: e.newText });
  const workspaceEdit = (edits: TextEdit[]): WorkspaceEdit => ({ changes: { [DRAFT_URI]: edits } });
  const ctx: FixContext = {
    analysis,
    text: lines.text,
    lines,
    diagnostic: toDiagnostic(f, lines),
    snippets: false,
    textEdit,
    workspaceEdit,
    snippetEdit: () => ({}),
    snippetCommand: () => null,
    profilesFolder: undefined,
  };
  const out: SarifFix[] = [];
  let actions;
  try {
    actions = provider(f, ctx);
  } catch {
    return [];
  }
  for (const a of actions) {
    const edits = a.edit?.changes?.[DRAFT_URI];
    if (!edits?.length || a.edit?.documentChanges) continue;
    out.push({
      description: { text: a.title },
      replacements: edits.map((e) => ({
        deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 },
        insertedContent: { text: e.newText },
      })),
    });
  }
  return out;
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };

/** A relative file name as a URI reference (`/` separators, percent-encoded). */
function fileUri(file: string): string {
  return file
    .split(path.sep)
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** The whole SARIF log for a run. */
export function sarifLog(entries: readonly SarifFileEntry[], cwd: string): unknown {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id as string, i]));
  const results: unknown[] = [];
  for (const e of entries) {
    const absolute = path.isAbsolute(e.file);
    const artifactLocation = absolute ? { uri: pathToFileURL(e.file).toString() } : { uri: fileUri(e.file), uriBaseId: 'SRCROOT' };
    e.findings.forEach((f, i) => {
      const idx = ruleIndex.get(f.code);
      const fixes = e.fixes[i] ?? [];
      results.push({
        ruleId: f.code,
        ...(idx !== undefined ? { ruleIndex: idx } : {}),
        level: SARIF_LEVEL[f.severity] ?? 'note',
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
        ...(fixes.length ? { fixes: fixes.map((x) => ({ description: x.description, artifactChanges: [{ artifactLocation, replacements: x.replacements }] })) } : {}),
      });
    });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            version: packageVersion(),
            informationUri: readmeUri(),
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
              shortDescription: { text: r.title },
              fullDescription: { text: r.why },
              help: { text: r.fix },
              helpUri: ruleHelpUri(r.id),
              defaultConfiguration: { enabled: r.defaultLevel !== 'off', level: SARIF_LEVEL[r.defaultLevel] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).toString() } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

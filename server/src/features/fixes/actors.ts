/**
 * Quick fixes for the actor rules:
 * - `actor.no-profile`: "Create profile for <Name>" creates
 *   `<profiles folder>/<slug>.yaml` (or prepends to it when it exists: the
 *   file is a YAML list, one entry per `- name:`) with an entry pre-filled
 *   from the draft: name and role.
 * - `actor.first-reference`: "Write the full name: <full name>".
 */
import { CodeActionKind, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver';
import { stringify } from 'yaml';
import type { Finding } from '../../analysis/types';
import type { FixContext } from '../codeActions';

/** The YAML text of a new profile entry (a one-item list, so it can go on top of an existing profile list). */
export function profileEntryYaml(name: string, role: string | null, kind: 'person' | 'organization'): string {
  const entry: Record<string, unknown> = { name, aliases: [] };
  if (role) entry.title = role;
  entry.organization = '';
  entry.description = kind === 'organization' ? 'Organisation named in a draft.' : '';
  entry.contact = '';
  entry.sources = [];
  entry.notes = role ? `Role as the draft gives it: ${role}. Check before relying on it.` : 'Check the name, title and organisation.';
  return stringify([entry], { lineWidth: 0 });
}

/** Joins a folder URI and a file name. */
function join(folder: string, file: string): string {
  return folder.replace(/\/+$/, '') + '/' + file;
}

/** The workspace edit that creates (or prepends to) the profile file `uri`. */
export function createProfileEdit(uri: string, yamlText: string): WorkspaceEdit {
  const at = { line: 0, character: 0 };
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true, overwrite: false } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: at, end: at }, newText: yamlText }] },
    ],
  };
}

function noProfileFixes(finding: Finding, ctx: FixContext): CodeAction[] {
  const d = finding.data as { name?: unknown; role?: unknown; slug?: unknown; kind?: unknown } | undefined;
  if (!d || typeof d.name !== 'string' || typeof d.slug !== 'string' || !ctx.profilesFolder) return [];
  const slug = d.slug.replace(/[^a-z0-9-]/gi, '') || 'profile';
  const uri = join(ctx.profilesFolder, `${slug}.yaml`);
  const text = profileEntryYaml(d.name, typeof d.role === 'string' ? d.role : null, d.kind === 'organization' ? 'organization' : 'person');
  return [{ title: `Create profile for ${d.name}`, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: createProfileEdit(uri, text) }];
}

function firstReferenceFixes(finding: Finding, ctx: FixContext): CodeAction[] {
  const d = finding.data as { replacement?: unknown } | undefined;
  if (!d || typeof d.replacement !== 'string' || !d.replacement) return [];
  const edit = ctx.textEdit({ start: finding.start, end: finding.end, newText: d.replacement });
  return [{ title: `Write the full name: ${d.replacement}`, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: ctx.workspaceEdit([edit]) }];
}

export { noProfileFixes, firstReferenceFixes };

/**
 * Navigation over actors, LSP-shaped and connection-free:
 * - definition on a name: its profile entry, else its first mention;
 * - references: every mention of the actor under the cursor;
 * - document symbols: the actors (people and organisations), each with its
 *   quotations as children, for the outline.
 */
import { SymbolKind, type DocumentSymbol, type Location } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../analysis/analyze';
import { actorAt } from '../analysis/actors';
import { matchProfile } from '../analysis/profiles';
import type { LineIndex } from './positions';

/** Turns a profile's `file` (a URI in the server, a path in the CLI) into a URI. */
function fileUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) ? file : 'file://' + encodeURI(file.startsWith('/') ? file : '/' + file);
}

/** Where a name is defined: the profile entry when the actor has one, else the first mention in this document. */
export function actorDefinition(a: DocumentAnalysis, offset: number, uri: string, lines: LineIndex): Location | null {
  const hit = actorAt(a, offset);
  if (!hit) return null;
  const profile = matchProfile(hit.actor, a.options.profiles);
  if (profile) {
    const pos = { line: profile.line, character: 0 };
    return { uri: fileUri(profile.file), range: { start: pos, end: pos } };
  }
  return { uri, range: lines.rangeOf(hit.actor.firstMention) };
}

/** Every mention of the actor at `offset` (pronoun speakers and descriptors included), in document order. */
export function actorReferences(a: DocumentAnalysis, offset: number, uri: string, lines: LineIndex, includeDeclaration = true): Location[] {
  const hit = actorAt(a, offset);
  if (!hit) return [];
  return hit.actor.mentions
    .filter((m) => includeDeclaration || m !== hit.actor.firstMention)
    .map((m) => ({ uri, range: lines.rangeOf(m) }));
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/**
 * The outline: one symbol per actor (in order of first mention), with its quotations as children. An actor's range
 * is its first mention only: a range from the first to the last mention would enclose unrelated text, so the
 * breadcrumb, sticky scroll and Problems' grouping would put an unrelated person over other findings. The children
 * keep their own ranges (the outline lists them under the speaker; the breadcrumb inside a quotation names no one).
 */
export function actorSymbols(a: DocumentAnalysis, lines: LineIndex): DocumentSymbol[] {
  return a.actors.actors.map((actor) => {
    const quotes = actor.quotes.map((qi) => a.quotations[qi]);
    const children: DocumentSymbol[] = quotes.map((q) => ({
      name: `“${clip(a.doc.text.slice(q.contentStart, q.contentEnd), 60)}”`,
      detail: `line ${lines.positionAt(q.start).line + 1}`,
      kind: SymbolKind.String,
      range: lines.rangeOf(q),
      selectionRange: lines.rangeOf(q),
    }));
    const named = actor.mentions.filter((m) => m.how !== 'pronoun' && m.how !== 'descriptor').length;
    return {
      name: actor.name,
      detail: [actor.role, `${named} mention${named === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
      kind: actor.kind === 'person' ? SymbolKind.Object : SymbolKind.Namespace,
      range: lines.rangeOf(actor.firstMention),
      selectionRange: lines.rangeOf(actor.firstMention),
      children,
    };
  });
}

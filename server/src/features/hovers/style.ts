/**
 * The hover style every hover follows (README, Architecture, "Hover style"), and the helpers that make it easy:
 *
 * 1. The verdict first: one line, bold, saying what this is and what is wrong with it, if anything.
 * 2. The evidence after it: one fact a line, the draft's own words in quotation marks, lines as links.
 * 3. The fix last (`**Fix:** …`), only when there is something to fix.
 * 4. No fact twice: a card that explains a finding marks it (`explained`), and the generic finding card skips it.
 * 5. At most ten lines (`MAX_HOVER_LINES`): `card()` drops the evidence that does not fit, never the verdict or fix.
 * 6. Lines of the draft as links: `command:` links in VS Code (`ctx.lineLink`), `file:…#L<n>` elsewhere.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import type { Finding } from '../../analysis/types';
import type { HoverContext } from '../hover';
import { LineIndex } from '../positions';

/** The most lines (non-empty Markdown lines) one hover card may have. */
export const MAX_HOVER_LINES = 10;

/** Escapes Markdown-significant characters in text taken from the draft or a profile. */
export function md(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => '\\' + c);
}

/** Draft text for one line of a card: white space folded, cut to `max` characters, escaped. */
export function inline(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return md(flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat);
}

export interface HoverCard {
  /** The verdict, without the bold marks: one line. */
  verdict: string;
  /** What follows from the verdict in plain words, on the verdict's line after a colon or dash (optional). */
  detail?: string | null;
  /** One fact a line; empty entries are left out; later lines are dropped first when the card is too long. */
  evidence?: ReadonlyArray<string | null | undefined | false>;
  /** The fix, without the `**Fix:**` label. */
  fix?: string | null;
}

/** Renders a card in the hover style (verdict, evidence, fix), at most `MAX_HOVER_LINES` lines. */
export function card(c: HoverCard): string {
  const head = `**${c.verdict.replace(/\s+/g, ' ').trim()}**${c.detail ? ` ${c.detail.replace(/\s+/g, ' ').trim()}` : ''}`;
  const evidence = (c.evidence ?? []).filter((e): e is string => typeof e === 'string' && e.trim() !== '').flatMap((e) => e.split('\n').filter((l) => l.trim() !== ''));
  const room = MAX_HOVER_LINES - 1 - (c.fix ? 1 : 0);
  const kept = evidence.length > room ? [...evidence.slice(0, Math.max(0, room - 1)), `…and ${evidence.length - room + 1} more`] : evidence;
  const lines = [head, ...kept];
  if (c.fix) lines.push(`**Fix:** ${c.fix.replace(/\s+/g, ' ').trim()}`);
  // Paragraph breaks (blank lines) keep each fact on its own line in every Markdown renderer; list items stay tight.
  let out = '';
  lines.forEach((l, i) => {
    if (i > 0) out += /^- /.test(l) ? '\n' : '\n\n';
    out += l;
  });
  return out;
}

/** A file URI (or path) with a `#L<line>` fragment (one-based line). */
export function fileLineLink(file: string, zeroBasedLine: number): string {
  const uri = /^[a-z][a-z0-9+.-]*:/i.test(file) ? file : 'file://' + encodeURI(file.startsWith('/') ? file : '/' + file);
  return `${uri}#L${zeroBasedLine + 1}`;
}

/** A `command:` link that runs `command` with `[uri, zeroBasedLine]`. */
export function commandLineLink(command: string, uri: string, zeroBasedLine: number): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([uri, zeroBasedLine]))}`;
}

/**
 * How a hover links lines of the document `uri` (or of another file, such as a profile): through the client's
 * reveal-line command, else `file:` links.
 */
export function lineLinker(uri: string, revealLineCommand: string | null): (zeroBasedLine: number, file?: string) => string {
  return revealLineCommand
    ? (line, file) => commandLineLink(revealLineCommand, file ? fileLineLink(file, 0).replace(/#L1$/, '') : uri, line)
    : (line, file) => fileLineLink(file ?? uri, line);
}

/** The link target of a zero-based line of the hovered document, or of `file`; null when there is nothing to link to. */
export function lineTarget(ctx: HoverContext, zeroBasedLine: number, file?: string): string | null {
  if (ctx.lineLink) return ctx.lineLink(zeroBasedLine, file);
  const uri = file ?? ctx.uri;
  return uri ? fileLineLink(uri, zeroBasedLine) : null;
}

/** `[line N](link)` for a zero-based line of the hovered document (plain `line N` without a link target). */
export function lineRef(ctx: HoverContext, zeroBasedLine: number, label = `line ${zeroBasedLine + 1}`, file?: string): string {
  const target = lineTarget(ctx, zeroBasedLine, file);
  return target ? `[${label}](${target})` : label;
}

/** Marks `finding` as explained by a topic card, so the generic finding card does not say it again. */
export function explain(ctx: HoverContext, finding: Finding | undefined | null): void {
  if (finding) ctx.explained?.add(finding);
}

/** The findings at `offset` (end inclusive) that no card has explained yet. */
export function unexplained(ctx: HoverContext, offset: number): Finding[] {
  return ctx.findings.filter((f) => offset >= f.start && offset <= f.end && !ctx.explained?.has(f));
}

const lineIndexes = new WeakMap<object, LineIndex>();

/** One line index per analysis (a hover may run many times on one version). */
export function linesOf(a: DocumentAnalysis): LineIndex {
  let l = lineIndexes.get(a);
  if (!l) {
    l = new LineIndex(a.doc.text);
    lineIndexes.set(a, l);
  }
  return l;
}

/**
 * Inline ignore directives: an editor's record that a finding was reviewed
 * and accepted. Honoured by `check()`, so the CLI, the server and the tests
 * all see the same result.
 *
 * Markdown (and any draft): an HTML comment
 *   `<!-- copydesk-ignore source.unnamed -->`      one rule
 *   `<!-- copydesk-ignore source.unnamed, source.vague -->`  several
 *   `<!-- copydesk-ignore -->`                      every rule
 * Plain text: the same ids in square brackets, `[copydesk-ignore source.unnamed]`.
 * The prose map masks both, so a marker is never analysed as prose.
 *
 * Scope: a directive alone on its line covers the next paragraph; a
 * directive after text on the same line (trailing) covers that line.
 */
import type { DocumentModel } from './document';
import type { Finding, Span } from './types';

/** One parsed ignore directive. */
export interface IgnoreDirective {
  /** The marker itself. */
  marker: Span;
  /** Rule ids it silences, or null for every rule. */
  rules: string[] | null;
  /** The text it covers: the next paragraph, or its own line when trailing. */
  scope: Span;
}

const DIRECTIVE = /^(?:<!--|\[)\s*copydesk-ignore\b([^\]>]*?)\s*(?:-->|\])?$/;

/** The marker text for `ruleIds` in a draft of the given kind (Markdown: an HTML comment). */
export function ignoreMarker(ruleIds: readonly string[], markdown: boolean): string {
  const ids = ruleIds.join(', ');
  if (markdown) return ids ? `<!-- copydesk-ignore ${ids} -->` : '<!-- copydesk-ignore -->';
  return ids ? `[copydesk-ignore ${ids}]` : '[copydesk-ignore]';
}

function lineOf(text: string, start: number, end: number): Span {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  if (le > ls && text[le - 1] === '\r') le--;
  return { start: ls, end: le };
}

/** Every ignore directive in the draft, in text order. */
export function ignoreDirectives(doc: DocumentModel): IgnoreDirective[] {
  const out: IgnoreDirective[] = [];
  for (const c of doc.comments) {
    const raw = doc.text.slice(c.start, c.end).trim();
    const m = DIRECTIVE.exec(raw);
    if (!m) continue;
    const ids = m[1].split(/[\s,]+/).filter(Boolean);
    const line = lineOf(doc.text, c.start, c.end);
    const before = doc.text.slice(line.start, c.start);
    let scope: Span;
    if (before.trim() !== '' && doc.masked.slice(line.start, c.start).trim() !== '') {
      scope = line;
    } else {
      const next = doc.paragraphs.find((p) => p.start >= c.end);
      scope = next ? { start: next.start, end: next.end } : { start: c.end, end: c.end };
    }
    out.push({ marker: { start: c.start, end: c.end }, rules: ids.length ? ids : null, scope });
  }
  return out;
}

/** True when `finding` starts inside the scope of a directive that names its rule (or all rules). */
export function isIgnored(directives: readonly IgnoreDirective[], finding: Pick<Finding, 'ruleId' | 'start'>): boolean {
  return directives.some(
    (d) => finding.start >= d.scope.start && finding.start < d.scope.end && (d.rules === null || d.rules.includes(finding.ruleId)),
  );
}

/** The findings that no directive silences. */
export function applyIgnores<T extends Pick<Finding, 'ruleId' | 'start'>>(doc: DocumentModel, findings: T[]): T[] {
  const directives = ignoreDirectives(doc);
  if (directives.length === 0) return findings;
  return findings.filter((f) => !isIgnored(directives, f));
}

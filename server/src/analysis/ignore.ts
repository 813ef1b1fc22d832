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

const DIRECTIVE_START = /^(?:<!--|\[)\s*copydesk-ignore\b/i;

/**
 * The rule list of a marker (`<!-- copydesk-ignore a, b -->`, `[copydesk-ignore]`), or null when `raw` is no
 * marker. Parsed by hand: `([^\]>]*?)\s*(?:-->|\])?$` backtracks quadratically over runs of spaces.
 */
function directiveBody(raw: string): string | null {
  const start = DIRECTIVE_START.exec(raw);
  if (!start) return null;
  let body = raw.slice(start[0].length);
  if (body.endsWith('-->')) body = body.slice(0, -3);
  else if (body.endsWith(']')) body = body.slice(0, -1);
  return /[\]>]/.test(body) ? null : body;
}

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

/** Index of the first paragraph starting at or after `offset` (binary search; paragraphs are in text order). */
function firstParagraphFrom(doc: DocumentModel, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.paragraphs[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every ignore directive in the draft, in text order. */
export function ignoreDirectives(doc: DocumentModel): IgnoreDirective[] {
  const out: IgnoreDirective[] = [];
  for (const c of doc.comments) {
    const raw = doc.text.slice(c.start, c.end).trim();
    const body = directiveBody(raw);
    if (body === null) continue;
    const ids = body.split(/[\s,]+/).filter(Boolean);
    const line = lineOf(doc.text, c.start, c.end);
    const before = doc.text.slice(line.start, c.start);
    let scope: Span;
    if (before.trim() !== '' && doc.masked.slice(line.start, c.start).trim() !== '') {
      scope = line;
    } else {
      const next = doc.paragraphs[firstParagraphFrom(doc, c.end)];
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

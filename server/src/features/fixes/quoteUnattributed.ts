/**
 * Quick fixes for `quote.unattributed`: "Attribute to <Name>" for each
 * candidate speaker the finding carries (ranked by actors/speakers.ts, at most
 * three) and "Insert attribution placeholder" (a snippet where the client
 * takes one). Likely speakers come first; when there is none the placeholder
 * comes first and is preferred, and the unlikely names follow it. The edit
 * writes the name as the finding says (`writeAs`: the surname after the first
 * reference, AP).
 *
 * The edit follows AP style: a quote that ends its sentence trades its final
 * period for a comma inside the marks and gets ` Name said.` after them
 * (`"We threw it away," Maria Lopez said.`); a `?` or `!` stays
 * (`"Why?" Maria Lopez said.`); a quote inside a longer sentence gets
 * `, Name said` before that sentence's final period.
 */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { Quotation } from '../../analysis/types';
import type { FixContext, FixProvider } from '../codeActions';

/** A replacement of `[start, end)` by `newText`, in offsets. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The parts of a quotation the edit needs. */
export type QuoteShape = Pick<Quotation, 'start' | 'end' | 'contentStart' | 'contentEnd' | 'runsOn'>;

const CLOSING_MARKS = /["”'’»]/;
const TRAILING = /[\s"”'’»]/;

/** True when a new sentence (or nothing) follows `at` on the same line/paragraph. */
function endsSentence(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length || text[i] === '\n' || text[i] === '\r') return true;
  return /[A-Z0-9"“‘(\[*_]/.test(text[i]);
}

/**
 * The AP-style edit that attributes quotation `q` of `text` to `name`, or null
 * when there is no sensible place (a quote that runs on into the next paragraph).
 */
export function attributionEdit(text: string, q: QuoteShape, name: string): OffsetEdit | null {
  if (q.runsOn || q.end <= q.start || !CLOSING_MARKS.test(text[q.end - 1] ?? '')) return null;
  // The last character of the quoted words, looking past nested closing marks and spaces.
  let i = q.contentEnd - 1;
  while (i >= q.contentStart && TRAILING.test(text[i])) i--;
  if (i < q.contentStart) return null;
  const last = text[i];
  const said = ` ${name} said`;
  const sentenceEnds = endsSentence(text, q.end);

  if (last === '.' && sentenceEnds) {
    // "We threw it away."  ->  "We threw it away," Name said.
    return { start: i, end: q.end, newText: ',' + text.slice(i + 1, q.end) + said + '.' };
  }
  if ((last === '?' || last === '!') && sentenceEnds) {
    // "Why?"  ->  "Why?" Name said.
    return { start: q.end, end: q.end, newText: said + '.' };
  }
  if (last === ',') {
    // "We tried," but ...  ->  "We tried," Name said, but ...
    return { start: q.end, end: q.end, newText: said + ',' };
  }
  if (!/[.?!…:;]/.test(last)) {
    if (text[q.end] === '.' && endsSentence(text, q.end + 1)) {
      // ... "a disaster".  ->  ... "a disaster," Name said.
      return { start: q.contentEnd, end: q.end + 1, newText: ',' + text.slice(q.contentEnd, q.end) + said + '.' };
    }
    if (sentenceEnds) {
      // "We threw it away"<end>  ->  "We threw it away," Name said.
      return { start: q.contentEnd, end: q.end, newText: ',' + text.slice(q.contentEnd, q.end) + said + '.' };
    }
  }
  // Mid-sentence: before the sentence's closing period, else right after the quote.
  const stop = sentenceStop(text, q.end);
  if (stop !== null && text[stop] === '.') return { start: stop, end: stop + 1, newText: ',' + said + '.' };
  if (stop === null) {
    let e = lineEnd(text, q.end);
    while (e > q.end && /\s/.test(text[e - 1])) e--;
    return { start: e, end: e, newText: ',' + said };
  }
  return { start: q.end, end: q.end, newText: ',' + said + ',' };
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

/** Offset of the `.`, `?` or `!` ending the sentence after `from` (outside further quotes), or null at the line end. */
function sentenceStop(text: string, from: number): number | null {
  const end = lineEnd(text, from);
  let inQuote = false;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '”') inQuote = c === '“' ? true : c === '”' ? false : !inQuote;
    else if (!inQuote && (c === '.' || c === '?' || c === '!') && (i + 1 >= end || /[\s"”'’)]/.test(text[i + 1]))) {
      if (c === '.' && /\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|St|Inc|Co|Jr|Sr|U\.S)$/.test(text.slice(Math.max(from, i - 4), i))) continue;
      return i;
    }
  }
  return null;
}

/** Escapes text for a snippet body (`$`, `}` and `\` are special). */
function snippetEscape(s: string): string {
  return s.replace(/[$}\\]/g, (c) => '\\' + c);
}

interface QuoteFindingData {
  candidates?: unknown;
  writeAs?: unknown;
  likely?: unknown;
}

/** The placeholder used where the client takes no snippets. */
export const SPEAKER_PLACEHOLDER = '[SPEAKER]';

export const quoteUnattributedFixes: FixProvider = (finding, ctx: FixContext): CodeAction[] => {
  const q = ctx.analysis.quotations.find((x) => x.start === finding.start && x.end === finding.end);
  if (!q) return [];
  const data = (finding.data ?? {}) as QuoteFindingData;
  const names = Array.isArray(data.candidates) ? data.candidates : [];
  const writeAs = Array.isArray(data.writeAs) ? data.writeAs : [];
  const candidates: Array<{ name: string; write: string }> = [];
  names.forEach((n, i) => {
    if (typeof n !== 'string' || n.trim() === '') return;
    const w = writeAs[i];
    candidates.push({ name: n, write: typeof w === 'string' && w.trim() !== '' ? w : n });
  });
  const likely = typeof data.likely === 'number' ? Math.max(0, Math.min(candidates.length, data.likely)) : candidates.length;
  const attribute = (c: { name: string; write: string }, preferred: boolean): CodeAction | null => {
    const edit = attributionEdit(ctx.text, q, c.write);
    if (!edit) return null;
    return { title: `Attribute to ${c.name}`, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], isPreferred: preferred, edit: ctx.workspaceEdit([ctx.textEdit(edit)]) };
  };
  const actions: CodeAction[] = [];
  for (const c of candidates.slice(0, Math.min(3, likely))) {
    const a = attribute(c, actions.length === 0);
    if (a) actions.push(a);
  }
  const marker = '\u0000NAME\u0000';
  const template = attributionEdit(ctx.text, q, marker);
  if (template) {
    const title = 'Insert attribution placeholder';
    const isPreferred = actions.length === 0;
    if (ctx.snippets) {
      const [before, after] = template.newText.split(marker);
      const snippet = snippetEscape(before) + '${1:Name}' + snippetEscape(after);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], isPreferred, edit: ctx.snippetEdit(template, snippet) });
    } else {
      const edit: OffsetEdit = { ...template, newText: template.newText.replace(marker, SPEAKER_PLACEHOLDER) };
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], isPreferred, edit: ctx.workspaceEdit([ctx.textEdit(edit)]) });
    }
  }
  // Unlikely speakers (named further back, or whom the quotation is about): offered after the placeholder.
  for (const c of candidates.slice(likely, 3)) {
    const a = attribute(c, false);
    if (a) actions.push(a);
  }
  return actions;
};

/**
 * The prose map: which parts of a draft are prose a reader sees.
 *
 * Front matter, fenced and indented code, inline code, HTML comments, link
 * URLs and bare URLs are replaced by spaces in a copy of the text (newlines
 * kept), so every later stage can scan `masked` with the original offsets and
 * never sees a date in a URL or a quote mark in code.
 */
import type { Span } from '../types';

export interface FrontMatter extends Span {
  /** Top-level `key: value` pairs (scalar values, quotes stripped). */
  fields: Record<string, { value: string; span: Span }>;
}

export interface ProseMap {
  /** Same length as the text; non-prose replaced by spaces, newlines kept. */
  masked: string;
  frontMatter: FrontMatter | null;
  /** HTML comments and `[copydesk-ignore …]` markers in the original text (used for inline ignore directives). */
  comments: Span[];
  /** HTML/XML tags (`<tweet author="…">`, `</tweet>`) blanked as markup, in order (not those inside code). */
  tags: Span[];
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})/;

/** Replaces the given spans of `text` by spaces, keeping line breaks. Spans may overlap. */
function blankSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let pos = 0;
  for (const s of spans) {
    const start = Math.max(s.start, pos);
    if (s.end <= start) continue;
    out.push(text.slice(pos, start), text.slice(start, s.end).replace(/[^\r\n]/g, ' '));
    pos = s.end;
  }
  out.push(text.slice(pos));
  return out.join('');
}

function parseFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const fields: FrontMatter['fields'] = {};
  const bodyStart = m[0].indexOf('\n') + 1;
  // `(.*)` then a trim, not `(.*?)[ \t]*$`: the lazy form re-scans runs of spaces (quadratic).
  const line = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/gm;
  const body = m[1];
  let f: RegExpExecArray | null;
  while ((f = line.exec(body))) {
    let value = f[2];
    let e = value.length;
    while (e > 0 && (value[e - 1] === ' ' || value[e - 1] === '\t')) e--;
    value = value.slice(0, e);
    let offset = bodyStart + f.index + f[0].indexOf(value, f[1].length + 1);
    const q = /^(["'])(.*)\1$/.exec(value);
    if (q) {
      value = q[2];
      offset += 1;
    }
    fields[f[1].toLowerCase()] = { value, span: { start: offset, end: offset + value.length } };
  }
  return { start: 0, end: m[0].length, fields };
}

/**
 * Builds the prose map of a draft. `markdown` turns on Markdown-only
 * constructs (indented code blocks); fences, inline code, comments and URLs
 * are masked in every kind of draft because reporters paste them anywhere.
 */
export function buildProseMap(original: string, markdown: boolean): ProseMap {
  // A lone CR (old Mac exports) ends a line as LF and CRLF do: read as LF, one character for one, so every
  // offset stays the original's. Every later stage reads `masked`, so paragraphs and sentences end there too.
  const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
  const blanks: Span[] = [];
  const blank = (start: number, end: number): void => {
    blanks.push({ start, end });
  };
  const frontMatter = parseFrontMatter(text);
  if (frontMatter) blank(frontMatter.start, frontMatter.end);

  const comments: Span[] = [];
  // HTML comments first: they may span lines and contain anything.
  const commentRe = /<!--[\s\S]*?(?:-->|$)/g;
  let m: RegExpExecArray | null;
  commentRe.lastIndex = frontMatter ? frontMatter.end : 0;
  while ((m = commentRe.exec(text))) {
    comments.push({ start: m.index, end: m.index + m[0].length });
    blank(m.index, m.index + m[0].length);
  }
  // The plain-text ignore marker `[copydesk-ignore rule.id]` (see analysis/ignore.ts) is a comment too.
  const markerRe = /\[copydesk-ignore\b[^\]\n]*\]/g;
  markerRe.lastIndex = frontMatter ? frontMatter.end : 0;
  while ((m = markerRe.exec(text))) {
    if (comments.some((c) => m!.index >= c.start && m!.index < c.end)) continue;
    comments.push({ start: m.index, end: m.index + m[0].length });
    blank(m.index, m.index + m[0].length);
  }
  comments.sort((a, b) => a.start - b.start);

  // Fenced and indented code blocks, line by line.
  let pos = frontMatter ? frontMatter.end : 0;
  let fence: string | null = null;
  let fenceStart = 0;
  let prevBlank = true;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[2][0] === fence[0] && close[2].length >= fence.length && line.trim() === close[2]) {
        blank(fenceStart, eol);
        fence = null;
      }
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) {
        fence = open[2];
        fenceStart = pos;
      } else if (markdown && prevBlank && /^( {4}|\t)\S/.test(line)) {
        // An indented code block runs until a non-indented, non-blank line.
        let end = eol;
        let next = eol + 1;
        while (next < text.length) {
          let e2 = text.indexOf('\n', next);
          if (e2 < 0) e2 = text.length;
          const l2 = text.slice(next, e2);
          if (l2.trim() !== '' && !/^( {4}|\t)/.test(l2)) break;
          end = e2;
          next = e2 + 1;
        }
        blank(pos, end);
        eol = end;
      }
    }
    prevBlank = line.trim() === '';
    pos = eol + 1;
  }
  if (fence) blank(fenceStart, text.length);

  const masked0 = blankSpans(text, blanks.slice());
  // Inline code, link destinations, autolinks and bare URLs; each regex is linear.
  // HTML/XML tags (`<tweet author="…">`) are markup, not prose.
  // An unquoted attribute value never starts with a quote (else `"…"` parses two ways per attribute: exponential
  // backtracking on a tag without `>`), and a link destination stops at `]` (else `[a](` repeated is quadratic).
  const inline = /<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s>"'][^\s>]*))?)*\s*\/?>|`+[^`\n]*`+|\]\([^)\s\]]*(?:\s+"[^"\n]*")?\)|<(?:https?|mailto):[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s<>()"“”]+[^\s<>()"“”.,;:!?'’]/g;
  const tags: Span[] = [];
  while ((m = inline.exec(masked0))) {
    const s = m[0].startsWith('](') ? m.index + 1 : m.index;
    blank(s, m.index + m[0].length);
    if (/^<\/?[A-Za-z]/.test(m[0]) && m[0].endsWith('>') && !/^<(?:https?|mailto):/.test(m[0])) tags.push({ start: m.index, end: m.index + m[0].length });
  }
  return { masked: blankSpans(text, blanks), frontMatter, comments, tags };
}

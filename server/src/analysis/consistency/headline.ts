/**
 * The headline and deck of a draft: front matter `title:`, `headline:`,
 * `description:`, `deck:`/`dek:`, `subtitle:`, `summary:`, else the
 * headings at the top of the body (a Markdown `#` heading, a short title
 * line). The consistency rules check their names and figures against the body.
 */
import type { DocumentAnalysis } from '../analyze';
import type { Span } from '../types';

export interface HeadlinePart extends Span {
  /** The part's text as written (same offsets as the document). */
  text: string;
  /** `front-matter` fields are outside the prose map; `heading` parts are body paragraphs. */
  kind: 'front-matter' | 'heading';
  /** The paragraph index of a heading part (-1 for front matter). */
  paragraph: number;
}

const FIELDS = ['title', 'headline', 'description', 'deck', 'dek', 'subtitle', 'summary'];

export function headlineParts(a: DocumentAnalysis): HeadlinePart[] {
  const out: HeadlinePart[] = [];
  const fm = a.doc.frontMatter;
  if (fm) {
    for (const k of FIELDS) {
      const f = fm.fields[k];
      if (f && f.value.trim()) out.push({ text: f.value, start: f.span.start, end: f.span.end, kind: 'front-matter', paragraph: -1 });
    }
  }
  // Headings before the first body paragraph (the headline, a deck set as a subhead).
  for (const p of a.doc.paragraphs) {
    if (!p.isHeading) break;
    out.push({ text: a.doc.masked.slice(p.start, p.end), start: p.start, end: p.end, kind: 'heading', paragraph: p.index });
  }
  return out;
}

/** Paragraph indices of the headings `headlineParts` returned (their figures and names are headline, not body). */
export function headlineParagraphs(parts: readonly HeadlinePart[]): Set<number> {
  return new Set(parts.filter((p) => p.paragraph >= 0).map((p) => p.paragraph));
}

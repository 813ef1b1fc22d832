/**
 * The publication date of a draft: front matter `date:`/`published:`, else a
 * dateline or "Published …" line near the top, else the setting / `--date`,
 * else today (passed in: the analysis never reads the clock).
 */
import type { DocumentModel } from './document';
import type { AnalysisOptions, PublicationDate } from './types';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A real calendar date as ISO, or null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses `2026-04-21`, `2026-04-21T10:00`, `April 21, 2026`, `21 April 2026`, `Apr. 21, 2026`. */
export function parseLooseDate(s: string): string | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return isoDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return isoDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  return null;
}

const DATE_KEYS = ['date', 'published', 'publication_date', 'pubdate', 'publish_date'];
/** How far into the body a dateline or "Published" line may stand. */
const TOP_LINES = 8;

export function findPublicationDate(doc: DocumentModel, options: AnalysisOptions): PublicationDate {
  const fm = options.draftDate === false ? undefined : doc.frontMatter;
  if (fm) {
    for (const k of DATE_KEYS) {
      const f = fm.fields[k];
      const iso = f && parseLooseDate(f.value);
      if (f && iso) return { iso, source: 'front-matter', span: f.span };
    }
  }
  // A "Published …" / "Updated …" line or a dateline with a full date, near the top.
  let seen = 0;
  for (const p of options.draftDate === false ? [] : doc.paragraphs) {
    if (seen++ >= TOP_LINES) break;
    const line = doc.text.slice(p.start, Math.min(p.end, p.start + 200));
    const pub = /^(?:Published|Posted|Dateline)\b[:\s]*(?:on\s+)?(.*)$/im.exec(line);
    const dateline = /^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Za-z. ]+)?\s*[(,]\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*\)?\s*[—–-]/.exec(line);
    const hit = pub ?? dateline;
    if (hit) {
      const iso = parseLooseDate(hit[1]);
      if (iso) {
        const at = p.start + hit.index + hit[0].indexOf(hit[1]);
        return { iso, source: 'dateline', span: { start: at, end: at + hit[1].length } };
      }
    }
  }
  if (options.publicationDate && parseLooseDate(options.publicationDate)) {
    return { iso: parseLooseDate(options.publicationDate)!, source: 'setting', span: null };
  }
  return { iso: options.today, source: 'today', span: null };
}

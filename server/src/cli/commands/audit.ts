/**
 * `copydesk audit [--format csv|json|jsonl] PATH...`: the sourcing figures of
 * an archive, one row per article and a summary by month, for a standards
 * editor who wants to see whether anonymous sourcing is going up.
 *
 * Per article: file, publicationDate (and where it came from), words,
 * quotations (speech, not quoted titles; nested quotes not counted twice),
 * attributed, inferred (attributed from the previous paragraph's speaker),
 * unattributed, sourcesNamed, unnamedWithReason, unnamedWithoutReason
 * (unnamed sources, a later "the official" referring back to one not counted
 * again), vague (`source.vague` findings), anonymousPer1000Words (unnamed
 * sources per 1,000 words) and dateFindings (`date.*` findings). Rule levels
 * from the config and `--rule` apply; `off` rules count nothing.
 *
 * Months come from each article's publication date (front matter or
 * dateline, `--date` or the config, else a YYYY-MM-DD in its file name, which
 * is then the date the article is analysed with); articles without one are
 * summed under `unknown`.
 */
import { sourceTally } from '../../analysis/sources/unnamed';
import type { CliIO, ExitCode } from '../io';
import { DRAFT_OPTIONS_HELP } from '../draftOptions';
import { runOverDrafts, type DraftCommandSpec, type Format } from '../draftCommand';
import type { Command } from './index';

export interface AuditRow {
  file: string;
  publicationDate: string | null;
  /** front-matter, dateline, setting, file-name (a YYYY-MM-DD in the file name) or today (then publicationDate is null). */
  publicationDateSource: string;
  words: number;
  quotations: number;
  attributed: number;
  inferred: number;
  unattributed: number;
  sourcesNamed: number;
  unnamedWithReason: number;
  unnamedWithoutReason: number;
  vague: number;
  anonymousPer1000Words: number;
  dateFindings: number;
}

export interface AuditMonth extends Omit<AuditRow, 'file' | 'publicationDate' | 'publicationDateSource'> {
  month: string;
  articles: number;
}

const COUNTED: readonly (keyof AuditRow & keyof AuditMonth)[] = ['words', 'quotations', 'attributed', 'inferred', 'unattributed', 'sourcesNamed', 'unnamedWithReason', 'unnamedWithoutReason', 'vague', 'dateFindings'];

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += t.match(WORD)?.length ?? 0;
  return n;
}

const per1000 = (unnamed: number, words: number): number => (words ? Math.round((unnamed / words) * 1000 * 100) / 100 : 0);

const HELP = `Usage: copydesk audit [options] PATH...

Counts the sourcing of an archive: one row per article and a summary by month.

Columns: file, publicationDate, publicationDateSource, words, quotations, attributed,
inferred, unattributed, sourcesNamed, unnamedWithReason, unnamedWithoutReason, vague,
anonymousPer1000Words, dateFindings. The month table has month and articles, then the
same counts summed (anonymousPer1000Words over the month's words).

Options:
  --format csv|json|jsonl  output format (default csv)
      csv:   the article rows, a blank line, then the month rows (each with its header)
      json:  {"articles": [rows], "months": [rows]}
      jsonl: {"type": "article", ...} per article as files finish, then {"type": "month", ...}
${DRAFT_OPTIONS_HELP}
  -h, --help          show this help

For a large archive: run slices in parallel and add the rows up, e.g.
  find archive -name '*.txt' | split -n r/4 - slice. && ls slice.* | xargs -P 4 -I{} sh -c 'copydesk audit --jobs 1 --format jsonl --files-from {} > {}.jsonl'
Exit status: 0 on success, 2 for a usage error or a file that could not be read.
`;

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const ROW_KEYS: readonly (keyof AuditRow)[] = ['file', 'publicationDate', 'publicationDateSource', 'words', 'quotations', 'attributed', 'inferred', 'unattributed', 'sourcesNamed', 'unnamedWithReason', 'unnamedWithoutReason', 'vague', 'anonymousPer1000Words', 'dateFindings'];
const MONTH_KEYS: readonly (keyof AuditMonth)[] = ['month', 'articles', 'words', 'quotations', 'attributed', 'inferred', 'unattributed', 'sourcesNamed', 'unnamedWithReason', 'unnamedWithoutReason', 'vague', 'anonymousPer1000Words', 'dateFindings'];

export function monthSummary(rows: readonly AuditRow[]): AuditMonth[] {
  const by = new Map<string, AuditMonth>();
  for (const r of rows) {
    const month = r.publicationDate ? r.publicationDate.slice(0, 7) : 'unknown';
    let m = by.get(month);
    if (!m) {
      m = { month, articles: 0, words: 0, quotations: 0, attributed: 0, inferred: 0, unattributed: 0, sourcesNamed: 0, unnamedWithReason: 0, unnamedWithoutReason: 0, vague: 0, anonymousPer1000Words: 0, dateFindings: 0 };
      by.set(month, m);
    }
    m.articles++;
    for (const k of COUNTED) m[k] += r[k];
  }
  const out = [...by.values()].sort((a, b) => (a.month === 'unknown' ? 1 : b.month === 'unknown' ? -1 : a.month.localeCompare(b.month)));
  for (const m of out) m.anonymousPer1000Words = per1000(m.unnamedWithReason + m.unnamedWithoutReason, m.words);
  return out;
}

export const auditSpec: DraftCommandSpec<AuditRow> = {
  name: 'audit',
  help: HELP,
  formats: ['csv', 'json', 'jsonl'],
  csvHeader: ROW_KEYS.join(',') + '\n',
  csvRow: (r) => ROW_KEYS.map((k) => csvCell(r[k])).join(',') + '\n',
  jsonlLine: (r) => JSON.stringify({ type: 'article', ...r }) + '\n',
  finish(rows, format: Format, write) {
    const months = monthSummary(rows);
    if (format === 'json') write(JSON.stringify({ articles: rows, months }, null, 2) + '\n');
    else if (format === 'jsonl') for (const m of months) write(JSON.stringify({ type: 'month', ...m }) + '\n');
    else if (format === 'csv') write('\n' + MONTH_KEYS.join(',') + '\n' + months.map((m) => MONTH_KEYS.map((k) => csvCell(m[k])).join(',') + '\n').join(''));
  },
  alwaysEnable: true,
  noticeOnStderr: true,
  fileNameDate: true,
  perFile(file, _text, result, run) {
    const a = result.analysis;
    const row: AuditRow = {
      file,
      publicationDate: null,
      publicationDateSource: 'none',
      words: 0,
      quotations: 0,
      attributed: 0,
      inferred: 0,
      unattributed: 0,
      sourcesNamed: 0,
      unnamedWithReason: 0,
      unnamedWithoutReason: 0,
      vague: 0,
      anonymousPer1000Words: 0,
      dateFindings: 0,
    };
    if (a) {
      // Archives often name files by date (`outlet_2016-05-12_slug.txt`): the draft was analysed with that date
      // when it gives none of its own and no setting does (so its relative dates count from it too).
      row.publicationDateSource = run.fileNameDate && a.publicationDate.source === 'setting' ? 'file-name' : a.publicationDate.source;
      row.publicationDate = a.publicationDate.source === 'today' ? null : a.publicationDate.iso;
      row.words = countWords(a.doc.paragraphTexts);
      for (const q of a.quotations) {
        if (q.isTitle || q.depth > 0) continue;
        row.quotations++;
        if (q.status === 'unattributed') row.unattributed++;
        else if (q.how === 'previous-paragraph') row.inferred++;
        else row.attributed++;
      }
      const tally = sourceTally(a);
      row.sourcesNamed = tally.named.length;
      for (const u of tally.unnamed) {
        if (u.antecedent) continue;
        if (u.justification) row.unnamedWithReason++;
        else row.unnamedWithoutReason++;
      }
      row.anonymousPer1000Words = per1000(row.unnamedWithReason + row.unnamedWithoutReason, row.words);
      for (const f of result.findings) {
        if (f.ruleId === 'source.vague') row.vague++;
        else if (f.ruleId.startsWith('date.')) row.dateFindings++;
      }
    }
    return { json: row, text: '' };
  },
};

export const auditCommand: Command = {
  name: 'audit',
  summary: 'count sourcing per article and by month, for archives (CSV, JSON, JSON Lines)',
  help: HELP,
  run(args: string[], io: CliIO): Promise<ExitCode> {
    return runOverDrafts(args, io, auditSpec);
  },
};

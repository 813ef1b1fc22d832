/**
 * The sourcing report of one draft: every quotation and who says it, every source (named or not), the actors, and
 * the findings per rule. A pure function of the analysis and findings (the server answers `copydesk/report` with it;
 * the client renders it). `reportMarkdown` gives the same report as Markdown.
 */
import type { DocumentAnalysis } from '../analysis/analyze';
import type { Finding, QuoteStatus } from '../analysis/types';
import { quoteRecords, type QuoteRecord } from '../analysis/transcripts';

/** A quotation against the record (transcripts): `verbatim` covers edits AP allows. */
export type ReportRecord = 'verbatim' | 'misquoted' | 'wrong speaker' | 'not in the record';

function recordColumn(r: QuoteRecord | null | undefined): ReportRecord | null {
  if (!r) return null;
  if (r.wrongSpeaker) return 'wrong speaker';
  if (!r.match) return 'not in the record';
  return r.match.status === 'misquoted' ? 'misquoted' : 'verbatim';
}

export interface ReportQuotation {
  /** 1-based line of the opening mark. */
  line: number;
  /** The quotation as written (marks included), shortened to about 140 characters. */
  text: string;
  speaker: string | null;
  status: QuoteStatus;
  /** How it was attributed (`said-after`, `colon`, ...), or null. */
  how: string | null;
  /** Checked against the record: null when there are no transcripts or the quotation is not checked. */
  record: ReportRecord | null;
}

export interface ReportSource {
  line: number;
  /** The source phrase as written (`a senior official`, `Witkoff`, `he`). */
  text: string;
  /** The cue's lemma: `say`, `tell`, `according to`, ... */
  verb: string;
  /** True when the source resolves to a named person or organisation. */
  named: boolean;
  /** The name it resolves to, when named. */
  resolved: string | null;
  kind: string;
}

export interface ReportActor {
  name: string;
  kind: 'person' | 'organization';
  role: string | null;
  /** 1-based line of the first mention. */
  firstLine: number;
  mentions: number;
  quotes: number;
}

export interface SourcingReport {
  publicationDate: { iso: string; source: string };
  counts: {
    quotations: number;
    attributed: number;
    unattributed: number;
    /** Attributions whose source is named (a person or organisation the draft names). */
    named: number;
    /** Attributions whose source is not named (descriptors such as "a senior official", unresolved pronouns). */
    unnamed: number;
    actors: number;
    findings: number;
  };
  quotations: ReportQuotation[];
  sources: ReportSource[];
  actors: ReportActor[];
  /** Findings per rule id, most frequent first. */
  findings: Array<{ ruleId: string; count: number }>;
  /** Where the draft disagrees with itself or a profile (the `consistency.*` findings), in document order. */
  consistency: Array<{ ruleId: string; line: number; message: string }>;
}

const MAX_QUOTE_CHARS = 140;

function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE_CHARS ? flat.slice(0, MAX_QUOTE_CHARS - 1) + '…' : flat;
}

/** Builds the report. `lineOf` turns an offset into a 0-based line (the caller's line index). */
export function buildReport(a: DocumentAnalysis, findings: readonly Finding[], lineOf: (offset: number) => number): SourcingReport {
  const line = (offset: number) => lineOf(offset) + 1;
  const records = quoteRecords(a);
  const quotations = a.quotations
    .map((q, i) => ({ q, record: recordColumn(records[i]) }))
    .filter(({ q }) => !q.isTitle)
    .map<ReportQuotation>(({ q, record }) => ({
      line: line(q.start),
      text: shorten(a.doc.text.slice(q.start, q.end)),
      speaker: q.speaker,
      status: q.status,
      how: q.how,
      record,
    }));
  const sources = a.attributions.map<ReportSource>((s) => ({
    line: line(s.cue.start),
    text: shorten(s.sourceText),
    verb: s.verb,
    named: s.resolved !== null,
    resolved: s.resolved,
    kind: s.sourceKind,
  }));
  const actors = (a.actors?.actors ?? []).map<ReportActor>((actor) => ({
    name: actor.name,
    kind: actor.kind,
    role: actor.role,
    firstLine: line(actor.firstMention.start),
    mentions: actor.mentions.length,
    quotes: actor.quotes.length,
  }));
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  return {
    publicationDate: { iso: a.publicationDate.iso, source: a.publicationDate.source },
    counts: {
      quotations: quotations.length,
      attributed: quotations.filter((q) => q.status !== 'unattributed').length,
      unattributed: quotations.filter((q) => q.status === 'unattributed').length,
      named: sources.filter((s) => s.named).length,
      unnamed: sources.filter((s) => !s.named).length,
      actors: actors.length,
      findings: findings.length,
    },
    quotations,
    sources,
    actors,
    findings: [...perRule].map(([ruleId, count]) => ({ ruleId, count })).sort((x, y) => y.count - x.count || x.ruleId.localeCompare(y.ruleId)),
    consistency: findings.filter((f) => f.ruleId.startsWith('consistency.')).map((f) => ({ ruleId: f.ruleId, line: line(f.start), message: f.message })),
  };
}

/** Escapes text from the draft for a Markdown table cell. */
function cell(s: string | null | undefined): string {
  if (!s) return '—';
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => '\\' + c);
}

/** The report as Markdown, titled with the draft's name. */
export function reportMarkdown(r: SourcingReport, title: string): string {
  const c = r.counts;
  const out: string[] = [
    `# Sourcing report: ${cell(title)}`,
    '',
    `Publication date ${r.publicationDate.iso} (from ${r.publicationDate.source}).`,
    '',
    `**${c.quotations}** quotations: ${c.attributed} attributed, **${c.unattributed} unattributed**. ` +
      `**${c.named + c.unnamed}** sources: ${c.named} named, **${c.unnamed} unnamed**. ${c.actors} actors, ${c.findings} findings.`,
    '',
    '## Quotations',
    '',
  ];
  if (r.quotations.length === 0) out.push('None.');
  else {
    const withRecord = r.quotations.some((q) => q.record);
    out.push(`| Line | Quotation | Speaker | Status |${withRecord ? ' Record |' : ''}`, `| ---: | --- | --- | --- |${withRecord ? ' --- |' : ''}`);
    for (const q of r.quotations) {
      const record = withRecord ? ` ${q.record === 'misquoted' || q.record === 'wrong speaker' ? `**${q.record}**` : cell(q.record)} |` : '';
      out.push(`| ${q.line} | ${cell(q.text)} | ${cell(q.speaker)} | ${q.status}${q.how ? ` (${cell(q.how)})` : ''} |${record}`);
    }
  }
  out.push('', '## Sources', '');
  if (r.sources.length === 0) out.push('None.');
  else {
    out.push('| Line | Source | Cue | Named |', '| ---: | --- | --- | --- |');
    for (const s of r.sources) out.push(`| ${s.line} | ${cell(s.text)} | ${cell(s.verb)} | ${s.named ? `yes: ${cell(s.resolved)}` : '**no**'} |`);
  }
  out.push('', '## Actors', '');
  if (r.actors.length === 0) out.push('None.');
  else {
    out.push('| Name | Kind | Role | First mention | Mentions | Quotes |', '| --- | --- | --- | ---: | ---: | ---: |');
    for (const a of r.actors) out.push(`| ${cell(a.name)} | ${a.kind} | ${cell(a.role)} | line ${a.firstLine} | ${a.mentions} | ${a.quotes} |`);
  }
  out.push('', '## Consistency', '');
  if (!r.consistency?.length) out.push('Ages, titles, names and figures agree.');
  else for (const f of r.consistency) out.push(`- line ${f.line}, \`${f.ruleId}\`: ${cell(f.message)}`);
  if (r.findings.length) {
    out.push('', '## Findings', '');
    for (const f of r.findings) out.push(`- \`${f.ruleId}\`: ${f.count}`);
  }
  return out.join('\n') + '\n';
}

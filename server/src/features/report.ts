/**
 * The sourcing report of one draft: every quotation and who says it, every source (named people, unnamed sources,
 * documents and organisations counted apart), the actors, and every finding with its message. A pure function of
 * the analysis and findings (the server answers `copydesk/report` with it; the client renders it). `reportMarkdown`
 * gives the same report as Markdown, its line numbers links when the caller says how to link a line.
 */
import { actorByName } from '../analysis/actors';
import type { DocumentAnalysis } from '../analysis/analyze';
import type { Attribution, Finding, QuoteStatus } from '../analysis/types';
import { classifySourcePhrase } from '../analysis/sources/classify';
import { allAttributions, sourceTally } from '../analysis/sources/unnamed';
import { SpanSet } from '../analysis/sources/spanSet';
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
  /** How the report counts it: a named person, an unnamed source, a document, or an organisation. */
  group: SourceGroup;
  /** The name it resolves to, when named. */
  resolved: string | null;
  kind: string;
}

export type SourceGroup = 'named' | 'unnamed' | 'document' | 'organization';

/** One finding as the report lists it. */
export interface ReportFinding {
  line: number;
  ruleId: string;
  severity: Finding['severity'];
  message: string;
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
    /** Attributions to a person the draft names (by name, or a pronoun or descriptor resolved to one). */
    named: number;
    /** Attributions whose source is not named (descriptors such as "a senior official", unresolved pronouns). */
    unnamed: number;
    /** Attributions to a document (a report, a statement, court papers). */
    documents: number;
    /** Attributions to an organisation (a ministry, a company, an agency). */
    organizations: number;
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
  /** Every finding in document order, with its message. */
  findingList: ReportFinding[];
}

/**
 * The report's group of an attribution: documents and organisations apart from people, named or not. A source that
 * resolves to a person of the actor table is a named person whatever its phrase looked like (`Council President
 * Denise Okafor` is not an organisation); `resolvedKind` is that actor's kind, when there is one.
 */
export function sourceGroup(kind: string, resolved: string | null, resolvedKind: 'person' | 'organization' | null = null): SourceGroup {
  if (resolvedKind === 'person') return 'named';
  if (kind === 'document') return 'document';
  if (kind === 'organization' || resolvedKind === 'organization') return 'organization';
  return resolved !== null ? 'named' : 'unnamed';
}

/**
 * True for a dateline taken as a source (`KYIV (Reuters) —`, `WASHINGTON —`): a place in capitals opening a
 * paragraph, before a dash, a comma or the agency's credit.
 */
function isDateline(text: string, s: Attribution): boolean {
  const src = text.slice(s.source.start, s.source.end);
  if (!/^[\p{Lu}][\p{Lu}\s.,'’-]{2,}$/u.test(src) || /\p{Ll}/u.test(src)) return false;
  const lineStart = text.lastIndexOf('\n', s.source.start - 1) + 1;
  return /^[\s*_#>]*$/.test(text.slice(lineStart, s.source.start)) && /^\s*(?:\([^)\n]{1,40}\)\s*)?[—–,-]/.test(text.slice(s.source.end, s.source.end + 48));
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
  // Every attribution (the engine's and the descriptor sources only the source rules find), a dateline never one of
  // them; a document is counted as a document whatever the engine took it for, an unnamed source as the rules see it.
  const tally = sourceTally(a);
  const unnamedSources = new Set(tally.unnamed.map((u) => u.attribution));
  // The reason clauses (`because they feared reprisals`): their pronouns are the unnamed source again, not another.
  const reasons = new SpanSet(tally.unnamed.flatMap((u) => {
    const j = u.justification;
    if (!j) return [];
    const stop = /[,;.!?)—](?=\s|$)|\n/.exec(a.doc.text.slice(j.end, j.end + 160));
    return [{ start: j.start, end: stop ? j.end + stop.index : j.end + 160 }];
  }));
  const inReason = (s: Attribution): boolean => s.sourceKind === 'pronoun' && !s.resolved && reasons.overlaps(s.source);
  const sources = allAttributions(a)
    .filter((s) => !isDateline(a.doc.text, s) && !inReason(s))
    // A phrase that is no source phrase at all (not a person, group, organisation, document or pronoun) is not counted.
    .filter((s) => unnamedSources.has(s) || s.sourceKind !== 'other' || classifySourcePhrase(s.sourceText) !== 'other')
    .map<ReportSource>((s) => {
      const kind = s.sourceKind === 'document' || s.sourceKind === 'organization' ? s.sourceKind : classifySourcePhrase(s.sourceText) === 'document' ? 'document' : s.sourceKind;
      const group = kind === 'document' ? 'document' : unnamedSources.has(s) ? 'unnamed' : sourceGroup(kind, s.resolved, s.resolved ? (actorByName(a, s.resolved)?.kind ?? null) : null);
      return { line: line(s.cue.start), text: shorten(s.sourceText), verb: s.verb, named: group === 'named', group, resolved: s.resolved, kind };
    });
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
      named: sources.filter((s) => s.group === 'named').length,
      unnamed: sources.filter((s) => s.group === 'unnamed').length,
      documents: sources.filter((s) => s.group === 'document').length,
      organizations: sources.filter((s) => s.group === 'organization').length,
      actors: actors.length,
      findings: findings.length,
    },
    quotations,
    sources,
    actors,
    findings: [...perRule].map(([ruleId, count]) => ({ ruleId, count })).sort((x, y) => y.count - x.count || x.ruleId.localeCompare(y.ruleId)),
    consistency: findings.filter((f) => f.ruleId.startsWith('consistency.')).map((f) => ({ ruleId: f.ruleId, line: line(f.start), message: f.message })),
    findingList: [...findings]
      .sort((x, y) => x.start - y.start || x.ruleId.localeCompare(y.ruleId))
      .map((f) => ({ line: line(f.start), ruleId: f.ruleId, severity: f.severity, message: f.message })),
  };
}

/** Escapes text from the draft for a Markdown table cell. */
function cell(s: string | null | undefined): string {
  if (!s) return '—';
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => '\\' + c);
}

/** Where the publication date comes from, in words. */
const DATE_SOURCE: Record<string, string> = {
  'front-matter': 'the front matter',
  dateline: 'the dateline',
  setting: 'the `copydesk.publicationDate` setting',
  today: 'today\u2019s date: the draft gives none',
};

const GROUP_LABEL: Record<SourceGroup, string> = { named: 'named', unnamed: '**unnamed**', document: 'document', organization: 'organisation' };

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The report as Markdown, titled with the draft's name. `lineLink` turns a 1-based line into a link target (the
 * extension gives `command:` links that open the draft at that line); without it line numbers are plain text.
 */
export function reportMarkdown(r: SourcingReport, title: string, lineLink?: (line: number) => string): string {
  const c = r.counts;
  const at = (n: number): string => (lineLink ? `[${n}](${lineLink(n)})` : String(n));
  const out: string[] = [
    `# Sourcing report: ${cell(title)}`,
    '',
    `Publication date ${r.publicationDate.iso}, from ${DATE_SOURCE[r.publicationDate.source] ?? cell(r.publicationDate.source)}.`,
    '',
    `**${plural(c.quotations, 'quotation')}**: ${c.attributed} attributed, **${c.unattributed} unattributed**.`,
    '',
    `**${plural(c.named + c.unnamed + c.documents + c.organizations, 'source')}**: ${c.named} named, **${c.unnamed} unnamed**, ` +
      `${plural(c.documents, 'document')}, ${plural(c.organizations, 'organisation')}. ${plural(c.actors, 'actor')}, ${plural(c.findings, 'finding')}.`,
    '',
    '## Findings',
    '',
  ];
  if (r.findingList.length === 0) out.push('None.');
  else {
    out.push('| Line | Rule | Message |', '| ---: | --- | --- |');
    for (const f of r.findingList) out.push(`| ${at(f.line)} | \`${f.ruleId}\` (${f.severity}) | ${cell(f.message)} |`);
  }
  out.push('', '## Quotations', '');
  if (r.quotations.length === 0) out.push('None.');
  else {
    const withRecord = r.quotations.some((q) => q.record);
    out.push(`| Line | Quotation | Speaker | Status |${withRecord ? ' Record |' : ''}`, `| ---: | --- | --- | --- |${withRecord ? ' --- |' : ''}`);
    for (const q of r.quotations) {
      const record = withRecord ? ` ${q.record === 'misquoted' || q.record === 'wrong speaker' ? `**${q.record}**` : cell(q.record)} |` : '';
      out.push(`| ${at(q.line)} | ${cell(q.text)} | ${cell(q.speaker)} | ${q.status}${q.how ? ` (${cell(q.how)})` : ''} |${record}`);
    }
  }
  out.push('', '## Sources', '');
  if (r.sources.length === 0) out.push('None.');
  else {
    out.push('| Line | Source | Cue | Kind |', '| ---: | --- | --- | --- |');
    for (const s of r.sources) out.push(`| ${at(s.line)} | ${cell(s.text)} | ${cell(s.verb)} | ${GROUP_LABEL[s.group]}${s.resolved ? `: ${cell(s.resolved)}` : ''} |`);
  }
  out.push('', '## Actors', '');
  if (r.actors.length === 0) out.push('None.');
  else {
    out.push('| Name | Kind | Role | First mention | Mentions | Quotes |', '| --- | --- | --- | ---: | ---: | ---: |');
    for (const a of r.actors) out.push(`| ${cell(a.name)} | ${a.kind} | ${cell(a.role)} | line ${at(a.firstLine)} | ${a.mentions} | ${a.quotes} |`);
  }
  out.push('', '## Consistency', '');
  if (!r.consistency?.length) out.push('Ages, titles, names and figures agree.');
  else for (const f of r.consistency) out.push(`- line ${at(f.line)}, \`${f.ruleId}\`: ${cell(f.message)}`);
  return out.join('\n') + '\n';
}

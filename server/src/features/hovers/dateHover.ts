/**
 * Hover on a date expression: the day or range it resolves to with its
 * weekday and distance from publication, or that it names no particular day;
 * the evidence: how the year, week or anchor was chosen, or why it stays
 * unresolved (a habit, `today` meaning nowadays, a name, a quotation whose
 * speaking day the draft does not give); where the publication date comes
 * from (with a warning when it is only today's date); on a flagged date, the
 * contradiction spelled out first and the rule's fix last.
 */
import type { DocumentAnalysis } from '../../analysis/analyze';
import { WEEKDAYS, distanceFromPublication, fromIso, longDate, weekdayOf } from '../../analysis/dates/calendar';
import type { DateMention } from '../../analysis/dates/types';
import type { PublicationDate } from '../../analysis/types';
import type { HoverContext } from '../hover';
import { touches } from '../diagnostics';
import { ruleById } from '../../analysis/rules';
import { card, explain } from './style';

const SOURCE: Record<PublicationDate['source'], string> = {
  'front-matter': 'from the front matter',
  dateline: 'from the dateline',
  setting: 'from the `copydesk.publicationDate` setting or `--date`',
  today: "today's date: **the draft gives no publication date**, so relative dates are counted from today",
};

function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => '\\' + c);
}

function resolved(m: DateMention, pub: string): string {
  if (m.range) return `${longDate(m.range.start)} to ${longDate(m.range.end)} (${distanceFromPublication(m.range.start, pub)} to ${distanceFromPublication(m.range.end, pub)})`;
  if (m.iso) return `**${longDate(m.iso)}**, ${distanceFromPublication(m.iso, pub)}`;
  if (m.impossible) return '**no such date**';
  if (m.unresolved) return 'no particular day';
  return 'not resolved';
}

/** The contradiction on a mention, in words, or null. */
export function dateProblem(m: DateMention): string | null {
  if (m.impossible) return `This date does not exist: ${m.impossible}.`;
  if (m.weekday && m.date && m.iso && weekdayOf(fromIso(m.iso)) !== m.weekday.index) {
    return `${longDate(m.iso).replace(/^[A-Z][a-z]+day, /, '')} is a ${WEEKDAYS[weekdayOf(fromIso(m.iso))]}, but the draft calls it ${m.weekday.text}.`;
  }
  if (m.conflict) return m.conflict.explanation;
  return null;
}

export function dateHover(analysis: DocumentAnalysis, offset: number, ctx: HoverContext): string | null {
  const m = analysis.dates.find((d) => touches(d, offset));
  if (!m) return null;
  const pub = analysis.publicationDate;
  // Only what a rule reported at the configured levels (a rule may be off, or skip a quoted `yesterday`).
  const finding = ctx.findings.find((f) => f.ruleId.startsWith('date.') && f.start < m.end && m.start < f.end);
  explain(ctx, finding);
  const problem = finding ? (dateProblem(m) ?? finding.message) : null;
  const evidence: string[] = [];
  // With a problem the verdict states it; the resolved date follows as evidence (unless the problem already says it).
  if (problem && !(m.iso && problem.includes(longDate(m.iso).replace(/^[A-Z][a-z]+day, /, '')))) evidence.push(`Read as ${resolved(m, pub.iso)}.`);
  // Why it names no day, or how the year, week or anchor was chosen (each fact once).
  if (m.unresolved) evidence.push(`Why: ${md(m.unresolved)}.`);
  else if (m.yearChoice) evidence.push(`How: ${md(m.yearChoice)}.`);
  else if (m.date?.year !== null && m.date) evidence.push('How: the year is written.');
  else if (!m.iso && !m.range && !m.impossible) evidence.push('Why: nothing dated nearby to count from.');
  const anchorText = m.anchor?.kind === 'mention' && m.anchor.span ? analysis.doc.text.slice(m.anchor.span.start, m.anchor.span.end) : null;
  if (anchorText && m.anchor && !(m.yearChoice ?? '').includes(anchorText)) evidence.push(`Counted from \`${md(anchorText)}\` (${longDate(m.anchor.iso)}).`);
  if (!m.unresolved || pub.source === 'today') evidence.push(`Publication date: ${longDate(pub.iso)}, ${SOURCE[pub.source]}.`);
  const rule = finding ? ruleById(finding.ruleId) : null;
  return card({
    verdict: problem ? 'Date problem' : `Date \`${md(m.text)}\``,
    detail: problem ? `— ${md(problem)}` : `— ${resolved(m, pub.iso)}.`,
    evidence,
    fix: rule?.fix ?? null,
  });
}

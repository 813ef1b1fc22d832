/**
 * The rules that check quotations against the record (interview transcripts
 * in the workspace, `copydesk.transcripts`):
 *
 * - `quote.misquoted` (warning): the quotation comes from the record (at
 *   least 4 of its words and 60% of them align with one passage) but words
 *   were changed, added, dropped or moved, or two remarks joined without an
 *   ellipsis. Example: the record says "we will not raise taxes" and the
 *   draft quotes "we will raise taxes". The message lists the changes,
 *   negations and numbers first.
 * - `quote.wrong-speaker` (error): the passage's speaker is someone else than
 *   the person the draft attributes the quotation to.
 * - `quote.unverified` (off): no passage matches, though the record holds
 *   turns by the attributed speaker.
 *
 * Why: a misquote or a quote given to the wrong person is among the most
 * serious corrections a paper runs. Nothing is reported without transcripts.
 */
import type { DocumentAnalysis } from '../analyze';
import { RuleId } from '../ruleIds';
import { quoteRecords, type QuoteRecord } from '../transcripts/record';
import type { Span } from '../types';
import type { Rule, RuleResult } from './rule';

/** Payload of a `quote.misquoted` finding: the quotation's text with the record's wording. */
export interface MisquotedData {
  contentStart: number;
  contentEnd: number;
  fixed: string;
}

/** Payload of a `quote.wrong-speaker` finding: the record's speaker and where the draft names its speaker. */
export interface WrongSpeakerData {
  speaker: string;
  speakerSpan: Span | null;
}

function where(r: QuoteRecord): string {
  const m = r.match!;
  return `${m.display}${m.time ? ` ${m.time}` : ` line ${m.line + 1}`}`;
}

/** A rule over the record check of each quotation: `report` returns the finding for one, or null. */
function recordRule(base: Omit<Rule, 'check'>, report: (r: QuoteRecord, a: DocumentAnalysis) => Omit<RuleResult, 'start' | 'end'> | null): Rule {
  return {
    ...base,
    check(a: DocumentAnalysis): RuleResult[] {
      const out: RuleResult[] = [];
      for (const r of quoteRecords(a)) {
        const res = r && report(r, a);
        if (res) out.push({ start: a.quotations[r.quotation].start, end: a.quotations[r.quotation].end, ...res });
      }
      return out;
    },
  };
}

export const quoteMisquoted: Rule = recordRule(
  {
    id: RuleId.QuoteMisquoted,
    defaultLevel: 'warning',
    title: 'Quotation differs from the record',
    why: 'The quotation comes from a passage of the interview record but its words differ beyond what AP allows (case, punctuation, an ellipsis for omitted words, a bracketed insertion, numerals, fillers).',
    fix: 'Quote the recorded wording (quick fix), mark omissions with an ellipsis, or paraphrase without quotation marks.',
  },
  (r, a) => {
    if (!r.match || !r.match.changes.length) return null;
    const q = a.quotations[r.quotation];
    const data: MisquotedData | undefined = r.match.fixed !== null ? { contentStart: q.contentStart, contentEnd: q.contentEnd, fixed: r.match.fixed } : undefined;
    const changes = r.match.changes.map((c) => c.text).join('; ');
    return { message: `Quotation differs from the record (${where(r)}${r.recordSpeaker ? `, ${r.recordSpeaker}` : ''}): ${changes}.`, data };
  },
);

export const quoteWrongSpeaker: Rule = recordRule(
  {
    id: RuleId.QuoteWrongSpeaker,
    defaultLevel: 'error',
    title: 'Quotation attributed to the wrong speaker',
    why: 'In the interview record these words are said by someone else than the person the draft attributes them to.',
    fix: 'Attribute the quotation to the speaker in the record (quick fix), or check the record.',
  },
  (r, a) => {
    if (!r.match || !r.wrongSpeaker || !r.recordSpeaker) return null;
    const data: WrongSpeakerData = { speaker: r.recordSpeaker, speakerSpan: a.quotations[r.quotation].speakerSpan };
    return { message: `In the record (${where(r)}) ${r.recordSpeaker} says this, not ${r.attributed}.`, data };
  },
);

export const quoteUnverified: Rule = recordRule(
  {
    id: RuleId.QuoteUnverified,
    defaultLevel: 'off',
    title: 'Quotation not in the record',
    why: 'The record holds interviews with this speaker, but no passage matches the quotation: it may come from elsewhere, or be too far from what was said.',
    fix: 'Find the passage in the record or the other source of the quotation; add it to the transcripts.',
  },
  (r) =>
    r.match || !r.speakerInRecord ? null : { message: `Not in the record: no transcript passage matches this quotation, though the record holds turns by ${r.attributed}.` },
);

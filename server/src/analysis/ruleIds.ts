/**
 * Stable rule ids: a public contract (diagnostic codes, CLI output, settings,
 * ignore comments). Never rename one.
 */
export const RuleId = {
  QuoteUnattributed: 'quote.unattributed',
  QuoteInferred: 'quote.inferred',
  SourceUnnamed: 'source.unnamed',
  SourceVague: 'source.vague',
  DateWeekdayMismatch: 'date.weekday-mismatch',
  DateImpossible: 'date.impossible',
  DateRelativeConflict: 'date.relative-conflict',
  ActorNoProfile: 'actor.no-profile',
  ActorFirstReference: 'actor.first-reference',
  QuoteMisquoted: 'quote.misquoted',
  QuoteWrongSpeaker: 'quote.wrong-speaker',
  QuoteUnverified: 'quote.unverified',
  ConsistencyAge: 'consistency.age',
  ConsistencyTitle: 'consistency.title',
  ConsistencyName: 'consistency.name',
  ConsistencyNumber: 'consistency.number',
} as const;

export type RuleIdValue = (typeof RuleId)[keyof typeof RuleId];

export const LEVELS = ['off', 'hint', 'information', 'warning', 'error'] as const;

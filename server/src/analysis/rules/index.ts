/** The rule registry: every rule Copydesk runs, in reporting order. */
import { quoteUnattributed } from './quoteUnattributed';
import { quoteInferred } from './quoteInferred';
import { dateImpossible } from './dateImpossible';
import { dateRelativeConflict } from './dateRelativeConflict';
import { dateWeekdayMismatch } from './dateWeekdayMismatch';
import { sourceUnnamed } from './sourceUnnamed';
import { sourceVague } from './sourceVague';
import { actorFirstReference } from './actorFirstReference';
import { actorNoProfile } from './actorNoProfile';
import { quoteMisquoted, quoteUnverified, quoteWrongSpeaker } from './quoteRecord';
import { consistencyAge } from './consistencyAge';
import { consistencyName } from './consistencyName';
import { consistencyNumber } from './consistencyNumber';
import { consistencyTitle } from './consistencyTitle';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [quoteUnattributed, quoteInferred, sourceUnnamed, sourceVague, dateWeekdayMismatch, dateImpossible, dateRelativeConflict, actorFirstReference, actorNoProfile, quoteMisquoted, quoteWrongSpeaker, quoteUnverified, consistencyAge, consistencyTitle, consistencyName, consistencyNumber];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/**
 * `consistency.age` (warning): Age that disagrees.
 * Why: A person's age given two ways in one story, or against the birth date in the newsroom's profile, is one of the errors papers correct most often.
 * Example: `Jane Doe, 42,` in the lead and `Doe, 44,` later.
 * The facts come from `consistency/` (computed once per analysis for the four consistency rules).
 */
import { RuleId } from '../ruleIds';
import { consistencyRule } from './consistencyShared';

export const consistencyAge = consistencyRule(RuleId.ConsistencyAge, 'age', {
  title: 'Age that disagrees',
  why: 'A person\'s age given two ways in one story, or against the birth date in the newsroom\'s profile, is one of the errors papers correct most often.',
  fix: 'Check the age against the source or the profile and use one value.',
});

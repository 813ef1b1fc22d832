/**
 * `consistency.name` (warning): Name spelled two ways.
 * Why: One person's name spelled two ways (`Adeyemi` and `Adeyemy`), or differently from the newsroom's profile, is a correction waiting to happen and can read as two people.
 * Example: `Katharine Bell` in the lead and `Katherine Bell` later.
 * The facts come from `consistency/` (computed once per analysis for the four consistency rules).
 */
import { RuleId } from '../ruleIds';
import { consistencyRule } from './consistencyShared';

export const consistencyName = consistencyRule(RuleId.ConsistencyName, 'name', {
  title: 'Name spelled two ways',
  why: 'One person\'s name spelled two ways (`Adeyemi` and `Adeyemy`), or differently from the newsroom\'s profile, is a correction waiting to happen and can read as two people.',
  fix: 'Use one spelling: the profile\'s, or the one the draft uses most.',
});

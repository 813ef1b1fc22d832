/**
 * `consistency.number` (warning): Figure that disagrees.
 * Why: The same quantity stated twice with different values (`voted 4-1` and `the 5-1 vote`; `the $41 million levy` and `the $14 million levy`), or a headline figure the story contradicts, cannot both be right.
 * Example: `a 12 percent increase` and later `the 21 percent increase`.
 * The facts come from `consistency/` (computed once per analysis for the four consistency rules).
 */
import { RuleId } from '../ruleIds';
import { consistencyRule } from './consistencyShared';

export const consistencyNumber = consistencyRule(RuleId.ConsistencyNumber, 'number', {
  title: 'Figure that disagrees',
  why: 'The same quantity stated twice with different values (`voted 4-1` and `the 5-1 vote`; `the $41 million levy` and `the $14 million levy`), or a headline figure the story contradicts, cannot both be right.',
  fix: 'Check the figure against the source and use one value.',
});

/**
 * `consistency.title` (warning): Title that disagrees.
 * Why: A person given two incompatible offices (`Sen.` and `Rep.`, `finance director` and `budget director`), or a title that differs from the profile's current one, leaves readers unsure who the person is; a change in office is the common real error.
 * Example: `Sen. Jane Doe` and later `Rep. Doe`.
 * The facts come from `consistency/` (computed once per analysis for the four consistency rules).
 */
import { RuleId } from '../ruleIds';
import { consistencyRule } from './consistencyShared';

export const consistencyTitle = consistencyRule(RuleId.ConsistencyTitle, 'title', {
  title: 'Title that disagrees',
  why: 'A person given two incompatible offices (`Sen.` and `Rep.`, `finance director` and `budget director`), or a title that differs from the profile\'s current one, leaves readers unsure who the person is; a change in office is the common real error.',
  fix: 'Use the title the person holds now, the same way throughout.',
});

/**
 * Abbreviations that end in a period without ending a sentence.
 *
 * Sources: AP Stylebook title and month abbreviations, state abbreviations in
 * AP style (`Calif.`, `Mass.`), corporate suffixes, and common Latin forms.
 * Lower-cased, without the final period. Single letters (initials) are handled
 * by the splitter itself.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'col', 'maj', 'capt', 'cmdr',
  'sgt', 'cpl', 'pvt', 'adm', 'rev', 'msgr', 'fr', 'sr', 'jr', 'st', 'supt', 'atty', 'amb', 'pres', 'hon', 'insp', 'det',
  'mt', 'ft', 'no', 'nos', 'vol', 'pp', 'fig', 'ald',
  // Months (AP)
  'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Weekdays sometimes abbreviated in listings
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // Organisations and addresses
  'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy',
  // Latin and misc.
  'vs', 'etc', 'al', 'approx', 'est', 'ca', 'cf', 'viz',
  // US states, AP style
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
]);

/**
 * Dotted abbreviations (`U.S.`, `a.m.`, `D.C.`): the splitter treats a run of
 * single letters with periods as one token; these may still end a sentence
 * when the next word is a capitalised sentence starter, which the splitter
 * decides by context.
 */
export const DOTTED_MAY_END: ReadonlySet<string> = new Set(['a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c', 'e.u']);

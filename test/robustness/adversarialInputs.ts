/** Pathological inputs for the growth tests (and for profiling them by hand). */

/** Repeats `unit` until the text has about `n` characters. */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
}

/** Pathological texts by name; each function makes one of about `n` characters. */
export const ADVERSARIAL_INPUTS: [string, (n: number) => string][] = [
  ['straight double quote marks', (n) => fill('"', n)],
  ['curly double quote pairs', (n) => fill('“”', n)],
  ['mixed quote marks and apostrophes', (n) => fill('“"‘\'’”', n)],
  ['apostrophes', (n) => fill('’', n)],
  ["contractions (it's)", (n) => fill("it's ", n)],
  ['inch and foot marks', (n) => fill('5\'10" ', n)],
  ['one 100,000-character word', (n) => fill('a', n)],
  ['nested parentheses', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
  ['nested brackets and quotes', (n) => '(“['.repeat(n / 6) + ']”)'.repeat(n / 6)],
  ['a line of dots', (n) => fill('.', n)],
  ['dots and spaces', (n) => fill('. ', n)],
  ['ellipses', (n) => fill('… ', n)],
  ['initials (A. B. C.)', (n) => fill('A. ', n)],
  ['abbreviations (U.S. Sen. Inc.)', (n) => fill('U.S. Sen. Inc. Oct. ', n)],
  ['capitalised words (name candidates)', (n) => fill('Maria Lopez ', n)],
  ['hyphenated capitals', (n) => fill('Jean-Luc-Marie-', n)],
  ['speech verbs only', (n) => fill('said ', n)],
  ['"according to" chains', (n) => fill('according to ', n)],
  ['short unattributed quotes, one paragraph', (n) => fill('"We threw it away." ', n)],
  ['short unattributed quotes, one per paragraph', (n) => fill('"We threw it away."\n\n', n)],
  ['attributed quotes, one paragraph', (n) => fill('"No," Smith said. ', n)],
  ['pronoun-attributed quotes, one paragraph', (n) => fill('"No," he said. ', n)],
  ['anonymous sources, one paragraph', (n) => fill('A senior official said it. ', n)],
  ['quote opened, never closed, many paragraphs', (n) => fill('"We will go on\n\n', n)],
  ['newlines', (n) => fill('\n', n)],
  ['blank-line paragraphs of one word', (n) => fill('Word.\n\n', n)],
  ['hard-wrapped lines', (n) => fill('and the talks went on\n', n)],
  ['spaces and tabs', (n) => fill(' \t', n)],
  ['headings', (n) => fill('# ', n)],
  ['list markers', (n) => fill('- \n', n)],
  ['front matter never closed', (n) => '---\n' + fill('key: value\n', n - 4)],
  ['HTML comment openers', (n) => fill('<!--', n)],
  ['backticks', (n) => fill('`', n)],
  ['code fences', (n) => fill('```\n', n)],
  ['indented code lines', (n) => fill('    code "x"\n', n)],
  ['a URL-like run', (n) => 'http://' + fill('a', n - 7)],
  ['link brackets', (n) => fill('[a](', n)],
  ['digits', (n) => fill('1', n)],
  ['ISO dates', (n) => fill('2025-10-21 ', n)],
  ['weekday dates', (n) => fill('Monday, Oct. 17, 2025, ', n)],
  ['month names', (n) => fill('March ', n)],
  ['relative dates', (n) => fill('last week ', n)],
  ['combining marks', (n) => 'a' + fill('\u0301', n - 1)],
  ['emoji (surrogate pairs)', (n) => fill('😀', n)],
  ['lone surrogates', (n) => fill('\ud800', n)],
  ['NUL and control characters', (n) => fill('\u0000\u0001\u001b', n)],
];

/** A profile file that is a billion-laughs YAML alias bomb: nine levels of aliases, each nine times the one before (issue 15). */
export const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`),
  'profiles:',
  '  - name: Nobody',
  '    notes: *i',
].join('\n') + '\n';

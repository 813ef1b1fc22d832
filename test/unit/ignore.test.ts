import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { ignoreDirectives, ignoreMarker } from '../../server/src/analysis/ignore';

const OPTS = { today: '2026-11-26' };

function ids(text: string, languageId = 'markdown'): [string, string][] {
  const a = analyze(text, { ...OPTS, languageId });
  return check(a).findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]);
}

const UNNAMED = 'Insiders say the vote was decided weeks ago.';
const QUOTE = '"We threw it away."';

describe('inline ignore directives', () => {
  it('flags the draft without a directive (control)', () => {
    assert.deepStrictEqual(ids(UNNAMED), [['source.unnamed', 'Insiders']]);
  });

  it('an HTML comment on its own line silences the rule in the next paragraph only', () => {
    const text = `<!-- copydesk-ignore source.unnamed -->\n${UNNAMED}\n\n${UNNAMED}`;
    const found = ids(text);
    assert.strictEqual(found.length, 1);
    const a = analyze(text, { ...OPTS, languageId: 'markdown' });
    assert.ok(check(a).findings[0].start > text.indexOf('\n\n'));
  });

  it('applies to the next paragraph across a blank line', () => {
    assert.deepStrictEqual(ids(`<!-- copydesk-ignore source.unnamed -->\n\n${UNNAMED}`), []);
  });

  it('a trailing comment applies to its own line', () => {
    assert.deepStrictEqual(ids(`${UNNAMED} <!-- copydesk-ignore source.unnamed -->\n\n${UNNAMED}`).length, 1);
    assert.deepStrictEqual(ids(`${UNNAMED} <!-- copydesk-ignore source.unnamed -->`), []);
  });

  it('only silences the rules it names', () => {
    const text = `<!-- copydesk-ignore source.unnamed -->\n${UNNAMED} Critics say it was not.`;
    assert.deepStrictEqual(ids(text).map((x) => x[0]), ['source.vague']);
  });

  it('takes comma-separated ids', () => {
    const text = `<!-- copydesk-ignore source.unnamed, source.vague -->\n${UNNAMED} Critics say it was not.`;
    assert.deepStrictEqual(ids(text), []);
  });

  it('without ids silences every rule', () => {
    assert.deepStrictEqual(ids(`<!-- copydesk-ignore -->\n${QUOTE} ${UNNAMED} Critics say it was not.`), []);
  });

  it('works with CRLF line ends, no spaces and any case of the keyword', () => {
    assert.deepStrictEqual(ids(`<!-- copydesk-ignore source.unnamed -->\r\n${UNNAMED}\r\n\r\n${UNNAMED}\r\n`).length, 1);
    assert.deepStrictEqual(ids(`<!--copydesk-ignore source.unnamed-->\n${UNNAMED}`), []);
    assert.deepStrictEqual(ids(`<!-- Copydesk-Ignore source.unnamed -->\n${UNNAMED}`), []);
  });

  it('ignores ordinary comments and unknown directives', () => {
    assert.strictEqual(ids(`<!-- note to desk -->\n${UNNAMED}`).length, 1);
    assert.strictEqual(ids(`<!-- copydesk-ignorance -->\n${UNNAMED}`).length, 1);
  });

  it('the plain-text marker works and is not analysed as prose', () => {
    const text = `[copydesk-ignore source.unnamed]\n${UNNAMED}\n${UNNAMED}`;
    const a = analyze(text, { ...OPTS, languageId: 'plaintext' });
    // The marker line is masked: no paragraph, no heading made of it.
    assert.ok(a.doc.paragraphs.every((p) => !text.slice(p.start, p.end).includes('copydesk-ignore')));
    assert.strictEqual(check(a).findings.filter((f) => f.ruleId === 'source.unnamed').length, 1);
    assert.ok(check(a).findings[0].start > text.lastIndexOf('Insiders') - 1);
  });

  it('the plain-text marker trailing a line applies to that line', () => {
    assert.deepStrictEqual(ids(`${UNNAMED} [copydesk-ignore source.unnamed]`, 'plaintext'), []);
  });

  it('parses scopes and rule lists', () => {
    const text = `Intro.\n\n<!-- copydesk-ignore a.b, c.d -->\nTarget paragraph.`;
    const a = analyze(text, { ...OPTS, languageId: 'markdown' });
    const [d] = ignoreDirectives(a.doc);
    assert.deepStrictEqual(d.rules, ['a.b', 'c.d']);
    assert.strictEqual(text.slice(d.scope.start, d.scope.end), 'Target paragraph.');
  });

  it('a directive at the end of the draft covers nothing and does not throw', () => {
    assert.deepStrictEqual(ids(`${UNNAMED}\n<!-- copydesk-ignore -->`).length, 1);
  });

  it('writes markers for Markdown and plain text', () => {
    assert.strictEqual(ignoreMarker(['source.unnamed'], true), '<!-- copydesk-ignore source.unnamed -->');
    assert.strictEqual(ignoreMarker(['source.unnamed', 'source.vague'], false), '[copydesk-ignore source.unnamed, source.vague]');
    assert.strictEqual(ignoreMarker([], true), '<!-- copydesk-ignore -->');
  });
});

import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { secondReference } from '../../server/src/analysis/rules/quoteInferred';
import { quoteInferredFixes } from '../../server/src/features/fixes/quoteInferred';
import type { FixContext } from '../../server/src/features/codeActions';
import type { Finding } from '../../server/src/analysis/types';

const OPTS = { today: '2026-11-26', languageId: 'markdown' };

function findings(text: string, rule = 'quote.inferred'): Finding[] {
  return check(analyze(text, OPTS)).findings.filter((f) => f.ruleId === rule);
}

function inferred(text: string): { text: string; message: string; level: string }[] {
  return findings(text).map((f) => ({ text: text.slice(f.start, f.end), message: f.message, level: f.severity }));
}

describe('quote.inferred', () => {
  it('reports a quote-only paragraph whose speaker comes from the attributed quote before it', () => {
    const text = ['"The budget is balanced," said treasurer Omar Haddad.', '', '"Nobody believed we could do it."', ''].join('\n');
    const got = inferred(text);
    assert.deepStrictEqual(got.map((g) => g.text), ['"Nobody believed we could do it."']);
    assert.strictEqual(got[0].level, 'information');
    assert.strictEqual(
      got[0].message,
      "Speaker not named; read as Omar Haddad's from the paragraph before. Add 'Haddad said' if that is right, or name who said it.",
    );
  });

  it('reports a quote-only paragraph after a paragraph that ends with a person speaking in paraphrase', () => {
    const text = ['Mayor Lena Brooks said the road would reopen next week.', '', '“We owe the drivers an apology.”', ''].join('\n');
    assert.deepStrictEqual(inferred(text).map((g) => g.text), ['“We owe the drivers an apology.”']);
  });

  it('works with British single quotes', () => {
    const text = ["'The line will be electrified by 2030,' said rail minister Petra Holm.", '', "'That is a promise, not a hope.'", ''].join('\n');
    assert.deepStrictEqual(inferred(text).map((g) => g.text), ["'That is a promise, not a hope.'"]);
  });

  it('uses an apostrophe alone for a surname ending in s', () => {
    const text = ['"It will pass," said Senator Ada Willis.', '', '"The votes are there."', ''].join('\n');
    assert.match(inferred(text)[0].message, /read as Ada Willis' from the paragraph before\. Add 'Willis said'/);
  });

  it('does not report the continuation paragraph of a multi-paragraph quotation', () => {
    const text = ['"We started with two boats," said captain Joel Marsh. "Now we have nine,', '', '"and every one of them is full in summer."', ''].join('\n');
    assert.deepStrictEqual(inferred(text), []);
  });

  it('does not report a quotation attributed in its own paragraph', () => {
    const text = ['Coach Rita Okafor said the team was ready.', '', '"We are ready," Okafor said.', ''].join('\n');
    assert.deepStrictEqual(inferred(text), []);
  });

  it('does not report, and leaves to quote.unattributed, a quotation with no speaker anywhere', () => {
    const text = ['The storm closed the harbour for three days.', '', '"Nobody saw it coming."', ''].join('\n');
    assert.deepStrictEqual(inferred(text), []);
    assert.strictEqual(findings(text, 'quote.unattributed').length, 1);
  });

  it('takes the AP second reference of a name', () => {
    assert.strictEqual(secondReference('Ray Okoro'), 'Okoro');
    assert.strictEqual(secondReference('Martin Luther King Jr.'), 'King');
    assert.strictEqual(secondReference('Ana de la Cruz'), 'de la Cruz');
    assert.strictEqual(secondReference('Okoro'), 'Okoro');
    assert.strictEqual(secondReference('the ministry'), 'the ministry');
  });

  it('offers "Attribute to <Surname>" as the first fix, with the AP edit', () => {
    const text = ['"The budget is balanced," said treasurer Omar Haddad.', '', '"Nobody believed we could do it."', ''].join('\n');
    const analysis = analyze(text, OPTS);
    const f = check(analysis).findings.find((x) => x.ruleId === 'quote.inferred')!;
    const edits: { start: number; end: number; newText: string }[] = [];
    const ctx = {
      analysis,
      text,
      diagnostic: {} as never,
      snippets: false,
      textEdit: (e: { start: number; end: number; newText: string }) => (edits.push(e), e),
      workspaceEdit: (x: unknown) => x,
    } as unknown as FixContext;
    const actions = quoteInferredFixes(f, ctx);
    assert.deepStrictEqual(actions.map((a) => a.title), ['Attribute to Haddad']);
    const e = edits[0];
    const fixed = text.slice(0, e.start) + e.newText + text.slice(e.end);
    assert.ok(fixed.includes('"Nobody believed we could do it," Haddad said.'), fixed);
  });
});

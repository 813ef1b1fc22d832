/**
 * Protocol tests for the consistency rules: the real server over stdio. Each
 * rule's diagnostic sits on the later mention, names both lines, carries the
 * earlier mention as related information in the same document, and its quick
 * fix writes the other value until the diagnostic is gone; the hover shows both.
 */
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const URI = 'file:///drafts/harbor.md';

const DRAFT = [
  'The council voted 4-1 to approve a $41 million levy, said Council President Denise Okafor, 58.', // line 0
  '',
  'Finance Director Tomas Adeyemi said the money would pay for dredging. Adeyemi said work starts in May.', // line 2
  '',
  'Okafor, 57, said the 5-1 vote showed broad support.', // line 4
  '',
  'Adeyemy, the city\'s budget director, said the $14 million levy would last a decade.', // line 6
  '',
].join('\n');

function of(items: Diagnostic[], code: string): Diagnostic[] {
  return items.filter((d) => d.code === code);
}

describe('protocol: consistency rules', () => {
  let client: TestClient;
  afterEach(async () => {
    assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
  });

  const cases: { code: string; line: number; text: string; message: RegExp; relatedLine: number; relatedText: string; fix: RegExp; fixed: string }[] = [
    { code: 'consistency.age', line: 4, text: '57', message: /57 here \(line 5\) but 58 on line 1/, relatedLine: 0, relatedText: '58', fix: /^Use 58/, fixed: 'Okafor, 58, said' },
    { code: 'consistency.number', line: 4, text: '5-1', message: /vote is 5-1 here \(line 5\) but 4-1 on line 1/, relatedLine: 0, relatedText: '4-1', fix: /^Use 4-1/, fixed: 'the 4-1 vote' },
    { code: 'consistency.name', line: 6, text: 'Adeyemy', message: /"Adeyemy" here \(line 7\) is spelled "Adeyemi" on line 3/, relatedLine: 2, relatedText: 'Tomas Adeyemi', fix: /^Spell it "Adeyemi"/, fixed: "Adeyemi, the city's" },
    { code: 'consistency.title', line: 6, text: "city's budget director", message: /"city's budget director" here \(line 7\) but "Finance Director" on line 3/, relatedLine: 2, relatedText: 'Finance Director', fix: /^Use "Finance Director"/, fixed: 'Adeyemy, the finance director, said' },
  ];

  for (const c of cases) {
    it(`${c.code}: message, related information, quick fix and hover`, async () => {
      client = await TestClient.start({ pull: true });
      await client.open(URI, DRAFT);
      const items = of(await client.pullItems(URI), c.code);
      assert.strictEqual(items.length, c.code === 'consistency.number' ? 2 : 1, JSON.stringify(items));
      const d = items.find((x) => x.range.start.line === c.line)!;
      assert.ok(d, JSON.stringify(items));
      const lines = DRAFT.split('\n');
      assert.strictEqual(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), c.text);
      assert.strictEqual(d.severity, 2, 'warning');
      assert.match(d.message, c.message);
      assert.match(d.codeDescription?.href ?? '', new RegExp(`#rule-${c.code.replace('.', '-')}$`));
      const related = d.relatedInformation ?? [];
      assert.strictEqual(related.length, 1, JSON.stringify(d));
      assert.strictEqual(related[0].location.uri, URI);
      const r = related[0].location.range;
      assert.strictEqual(r.start.line, c.relatedLine);
      assert.strictEqual(lines[r.start.line].slice(r.start.character, r.end.character), c.relatedText);

      const offset = DRAFT.split('\n').slice(0, c.line).join('\n').length + 1 + d.range.start.character;
      const hover = await client.hover(URI, offset);
      const md = JSON.stringify(hover?.contents ?? '');
      assert.ok(md.includes('Other mention'), md);
      assert.ok(md.includes(c.relatedText.replace(/'/g, "'")), md);

      const actions = await client.codeActions(URI, [d]);
      const fix = actions.find((a) => c.fix.test(a.title));
      assert.ok(fix, actions.map((a) => a.title).join(', '));
      await client.applyEdit(URI, fix.edit!);
      assert.ok(client.text(URI).includes(c.fixed), client.text(URI));
      const after = of(await client.pullItems(URI), c.code).filter((x) => x.range.start.line === c.line && x.message === d.message);
      assert.deepStrictEqual(after, []);
    });
  }
});

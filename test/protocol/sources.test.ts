/**
 * Protocol tests for unnamed sources: the real server over stdio. The
 * justification quick fix grades the finding down from warning to
 * information; an ignore comment (typed or inserted by "Mark as reviewed")
 * removes it.
 */
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const URI = 'file:///drafts/schools.md';

const DRAFT = ['Superintendent Carl Benning said the closures would save money.', '', 'Insiders say the vote was decided weeks ago.', ''].join('\n');
const PHRASE = DRAFT.indexOf('Insiders');

function unnamed(items: Diagnostic[]): Diagnostic[] {
  return items.filter((d) => d.code === 'source.unnamed');
}

describe('protocol: unnamed sources', () => {
  let client: TestClient;
  afterEach(async () => {
    assert.strictEqual(await client.stop(), 0, client.stderr.join(''));
  });

  it('warns; the justification fix keeps the warning until a reason replaces [REASON], then drops to information', async () => {
    client = await TestClient.start({ pull: true });
    await client.open(URI, DRAFT);
    const items = unnamed(await client.pullItems(URI));
    assert.strictEqual(items.length, 1, JSON.stringify(items));
    assert.strictEqual(items[0].severity, 2);
    assert.deepStrictEqual(items[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } });
    assert.match(items[0].codeDescription?.href ?? '', /README\.md#rule-source-unnamed$/);
    const actions = await client.codeActions(URI, items);
    const fix = actions.find((a) => a.title === 'Explain why anonymity was granted');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    // "Insiders" is plural: no one named person can stand for it, so no "Attribute to" is offered.
    assert.ok(!actions.some((a) => a.title.startsWith('Attribute to')), actions.map((a) => a.title).join(', '));
    await client.applyEdit(URI, fix.edit!);
    assert.ok(client.text(URI).includes('Insiders, who spoke on condition of anonymity because [REASON], say the vote'), client.text(URI));
    // The placeholder is no reason: still a warning, saying so.
    const placeholder = unnamed(await client.pullItems(URI));
    assert.strictEqual(placeholder.length, 1, JSON.stringify(placeholder));
    assert.strictEqual(placeholder[0].severity, 2, 'warning');
    assert.match(placeholder[0].message, /placeholder/);
    const at = client.text(URI).indexOf('[REASON]');
    const line = client.text(URI).slice(0, at).split('\n').length - 1;
    const character = at - (client.text(URI).lastIndexOf('\n', at - 1) + 1);
    await client.change(URI, [{ range: { start: { line, character }, end: { line, character: character + 8 } }, newText: 'they feared reprisals' }]);
    const after = unnamed(await client.pullItems(URI));
    assert.strictEqual(after.length, 1, JSON.stringify(after));
    assert.strictEqual(after[0].severity, 3, 'information');
    assert.match(after[0].message, /gives a reason for anonymity/);
  });

  it('offers the justification as a snippet; expanded with its placeholder, the finding stays', async () => {
    client = await TestClient.start({ pull: true, snippets: true });
    await client.open(URI, DRAFT);
    const items = unnamed(await client.pullItems(URI));
    const fix = (await client.codeActions(URI, items)).find((a) => a.title === 'Explain why anonymity was granted')!;
    const change = fix.edit!.documentChanges![0] as unknown as {
      textDocument: { version: number };
      edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; snippet: { value: string } }[];
    };
    const { range, snippet } = change.edits[0];
    assert.strictEqual(snippet.value, ', who spoke on condition of anonymity because ${1:[REASON]},$0');
    // What the editor does with the snippet: the tab stop keeps its placeholder until the reporter types.
    await client.change(URI, [{ range, newText: snippet.value.replace(/\$\{1:([^}]*)\}/, '$1').replace('$0', '') }]);
    assert.ok(client.text(URI).includes('Insiders, who spoke on condition of anonymity because [REASON], say'));
    assert.deepStrictEqual(unnamed(await client.pullItems(URI)).map((d) => d.severity), [2]);
  });

  it('an ignore comment removes the finding, typed or inserted by "Mark as reviewed"', async () => {
    client = await TestClient.start({ pull: true });
    await client.open(URI, DRAFT);
    const items = unnamed(await client.pullItems(URI));
    const mark = (await client.codeActions(URI, items)).find((a) => a.title.startsWith('Mark as reviewed'))!;
    await client.applyEdit(URI, mark.edit!);
    assert.ok(client.text(URI).includes('<!-- copydesk-ignore source.unnamed -->\nInsiders say'), client.text(URI));
    assert.deepStrictEqual(unnamed(await client.pullItems(URI)), []);

    const other = 'file:///drafts/typed.md';
    await client.open(other, DRAFT.replace('Insiders say', '<!-- copydesk-ignore source.unnamed -->\nInsiders say'));
    assert.deepStrictEqual(unnamed(await client.pullItems(other)), []);
  });

  it('hovers the phrase with the justification status and the source count', async () => {
    client = await TestClient.start({ pull: true });
    await client.open(URI, DRAFT);
    await client.pullItems(URI);
    const h = await client.hover(URI, PHRASE + 3);
    const value = (h?.contents as { value: string }).value;
    assert.match(value, /Unnamed source/);
    assert.match(value, /no reason for anonymity/);
    assert.match(value, /Sources so far: 1 unnamed, 1 named/);
  });

  it('follows the per-rule level from settings', async () => {
    client = await TestClient.start({ pull: true, settings: { rules: { 'source.unnamed': 'error', 'source.vague': 'off' } } });
    await client.open(URI, DRAFT + '\nCritics say it was rushed.\n');
    const items = await client.pullItems(URI);
    assert.deepStrictEqual(unnamed(items).map((d) => d.severity), [1]);
    assert.deepStrictEqual(items.filter((d) => d.code === 'source.vague'), []);
  });
});

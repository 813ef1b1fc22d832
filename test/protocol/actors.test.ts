import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { DocumentSymbol, Hover, Location, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { parseProfileFile } from '../../server/src/analysis/profiles';
import { TestClient } from './lspClient';
import { ALIAS_BOMB } from '../robustness/adversarialInputs';

const DRAFT = [
  'US envoy Steve Witkoff spoke with Putin\'s foreign policy adviser Yuri Ushakov on Tuesday, according to Bloomberg.',
  '',
  'Ushakov said the talks were useful. "It\'s unlikely this is being done to improve relations," he said.',
  '',
  'Witkoff declined to comment.',
].join('\n');

const PROFILES = `- name: Yuri Ushakov
  aliases: [Yury Ushakov]
  title: former adviser
  organization: Kremlin
  description: Foreign policy aide to the Russian president since 2012.
  contact: Moscow bureau
  updated: 2025-10-01
`;

function markdown(h: Hover | null): string {
  assert.ok(h, 'no hover');
  return (h.contents as MarkupContent).value;
}

describe('protocol: actors and profiles', () => {
  let dir: string;
  let folder: string;
  let profileFile: string;
  let client: TestClient;
  const uri = (): string => pathToFileURL(path.join(dir, 'draft.md')).toString();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-actors-'));
    fs.mkdirSync(path.join(dir, '.copydesk', 'profiles'), { recursive: true });
    profileFile = path.join(dir, '.copydesk', 'profiles', 'people.yaml');
    fs.writeFileSync(profileFile, PROFILES);
    folder = pathToFileURL(dir).toString();
    client = await TestClient.start({ pull: true, refresh: true, workspaceFolder: folder });
    await client.nextLog((m) => /profiles? loaded/.test(m.message));
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('announces definition, references and document symbols', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.definitionProvider && caps.referencesProvider && caps.documentSymbolProvider);
  });

  it('hovers a surname-only mention with the full card, flagging the role difference', async () => {
    await client.open(uri(), DRAFT);
    const text = markdown(await client.hover(uri(), DRAFT.indexOf('Ushakov said') + 2));
    assert.match(text, /\*\*Yuri Ushakov\*\* · person/);
    assert.match(text, /Putin's foreign policy adviser \*\(draft\)\* · former adviser \*\(profile\)\*/);
    assert.match(text, /Draft says \*Putin's foreign policy adviser\*, profile says \*former adviser\*/);
    assert.match(text, /Organisation: Kremlin/);
    assert.match(text, /First mention: \[line 1\]\(file:\/\/[^)]*draft\.md#L1\) · 2 mentions \(\+1 by pronoun or description\)/);
    assert.match(text, /Quotes \(1\):\n- “It's unlikely this is being done to improve…” \[line 3\]\(file:\/\/[^)]*draft\.md#L3\)/);
    assert.match(text, /Foreign policy aide to the Russian president since 2012\./);
    assert.match(text, /Contact: Moscow bureau · Updated 2025-10-01 · \[profile\]\(file:\/\/[^)]*people\.yaml#L1\)/);
  });

  it('goes to the profile entry from a name with a profile, else to the first mention', async () => {
    await client.open(uri(), DRAFT);
    const doc = client.docs.get(uri())!;
    const toProfile = (await client.conn.sendRequest('textDocument/definition', { textDocument: { uri: uri() }, position: doc.positionAt(DRAFT.indexOf('Ushakov said')) })) as Location;
    assert.strictEqual(toProfile.uri, pathToFileURL(profileFile).toString());
    assert.strictEqual(toProfile.range.start.line, 0);
    const toFirst = (await client.conn.sendRequest('textDocument/definition', { textDocument: { uri: uri() }, position: doc.positionAt(DRAFT.indexOf('Witkoff declined') + 1) })) as Location;
    assert.deepStrictEqual([toFirst.uri, toFirst.range.start, toFirst.range.end], [uri(), doc.positionAt(DRAFT.indexOf('Steve')), doc.positionAt(DRAFT.indexOf(' spoke'))]);
    assert.strictEqual(await client.conn.sendRequest('textDocument/definition', { textDocument: { uri: uri() }, position: doc.positionAt(DRAFT.indexOf('talks')) }), null);
  });

  it('finds every reference of the actor under the cursor', async () => {
    await client.open(uri(), DRAFT);
    const doc = client.docs.get(uri())!;
    const refs = (await client.conn.sendRequest('textDocument/references', {
      textDocument: { uri: uri() },
      position: doc.positionAt(DRAFT.indexOf('Ushakov said')),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepStrictEqual(
      refs.map((r) => DRAFT.slice(doc.offsetAt(r.range.start), doc.offsetAt(r.range.end))),
      ['Yuri Ushakov', 'Ushakov', 'he'],
    );
  });

  it('lists actors with their quotes in the outline', async () => {
    await client.open(uri(), DRAFT);
    const symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri() } })) as DocumentSymbol[];
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, (s.children ?? []).length]),
      [
        ['Steve Witkoff', 0],
        ['Yuri Ushakov', 1],
        ['Bloomberg', 0],
      ],
    );
    assert.ok(symbols.find((s) => s.name === 'Yuri Ushakov')!.children![0].name.startsWith('“It\'s unlikely'));
  });

  it('issue 15: a YAML alias bomb is one profile.invalid diagnostic, and the other files keep working', async () => {
    const bomb = path.join(dir, '.copydesk', 'profiles', 'bomb.yaml');
    const bombUri = pathToFileURL(bomb).toString();
    fs.writeFileSync(bomb, ALIAS_BOMB);
    const pushed = client.nextPush(bombUri, (p) => p.diagnostics.length > 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: bombUri, type: 1 }] });
    const p = await pushed;
    assert.deepStrictEqual(p.diagnostics.map((d) => d.code), ['profile.invalid']);
    await client.open(uri(), DRAFT);
    assert.match(markdown(await client.hover(uri(), DRAFT.indexOf('Ushakov said'))), /Kremlin/);
  });

  it('publishes diagnostics on a broken profile file and picks up a fixed one on change', async () => {
    const broken = path.join(dir, '.copydesk', 'profiles', 'broken.yaml');
    const brokenUri = pathToFileURL(broken).toString();
    fs.writeFileSync(broken, '- name: Steve Witkoff\n- name: [oops\n');
    const pushed = client.nextPush(brokenUri, (p) => p.diagnostics.length > 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: brokenUri, type: 1 }] });
    const p = await pushed;
    assert.strictEqual(p.diagnostics[0].code, 'profile.invalid');
    assert.ok(p.diagnostics[0].range.start.line >= 1);
    // The other file still works.
    await client.open(uri(), DRAFT);
    assert.match(markdown(await client.hover(uri(), DRAFT.indexOf('Ushakov said'))), /Kremlin/);
    // Fixed: the diagnostics clear and the new profile is used.
    fs.writeFileSync(broken, '- name: Steve Witkoff\n  title: special envoy\n');
    const cleared = client.nextPush(brokenUri, (x) => x.diagnostics.length === 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: brokenUri, type: 2 }] });
    await cleared;
    assert.match(markdown(await client.hover(uri(), DRAFT.indexOf('Witkoff declined'))), /special envoy \*\(profile\)\*/);
  });

  it('offers "Create profile" for actor.no-profile; once the file exists the finding goes', async () => {
    await client.stop();
    client = await TestClient.start({ pull: true, refresh: true, workspaceFolder: folder, settings: { rules: { 'actor.no-profile': 'hint' } } });
    await client.nextLog((m) => /profiles? loaded/.test(m.message));
    await client.open(uri(), DRAFT);
    const items = (await client.pullItems(uri())).filter((d) => d.code === 'actor.no-profile');
    const doc = client.docs.get(uri())!;
    assert.deepStrictEqual(items.map((d) => DRAFT.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end))), ['Steve Witkoff']);
    const actions = await client.codeActions(uri(), items);
    const create = actions.find((a) => a.title === 'Create profile for Steve Witkoff');
    assert.ok(create?.edit?.documentChanges, actions.map((a) => a.title).join(', '));
    const [op, edit] = create.edit.documentChanges as [{ kind: string; uri: string }, TextDocumentEdit];
    const target = pathToFileURL(path.join(dir, '.copydesk', 'profiles', 'steve-witkoff.yaml')).toString();
    assert.deepStrictEqual([op.kind, op.uri, edit.textDocument.uri], ['create', target, target]);
    const yamlText = edit.edits[0].newText;
    assert.deepStrictEqual(parseProfileFile(yamlText, 'steve-witkoff.yaml').profiles.map((p) => [p.name, p.title]), [['Steve Witkoff', 'US envoy']]);
    // The client creates the file; the watcher reports it; the finding is gone after the refresh.
    fs.writeFileSync(path.join(dir, '.copydesk', 'profiles', 'steve-witkoff.yaml'), yamlText);
    const refreshed = client.nextRefresh();
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: target, type: 1 }] });
    await refreshed;
    assert.deepStrictEqual((await client.pullItems(uri())).filter((d) => d.code === 'actor.no-profile'), []);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/analysis/rules';
import { LEVELS } from '../../server/src/analysis/ruleIds';
import { NoticeId, ruleAnchor } from '../../server/src/features/diagnostics';
import { DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_PROFILE_GLOBS, defaultSettings, parseSettings } from '../../server/src/features/settings';

const root = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const props = pkg.contributes.configuration.properties;

describe('package.json: settings schema and activation', () => {
  it('lists every registered rule id under copydesk.rules with its enum and default level', () => {
    const rules = props['copydesk.rules'].properties;
    for (const rule of RULES) {
      const expected = { type: 'string', enum: [...LEVELS], default: rule.defaultLevel };
      const got = rules[rule.id];
      assert.ok(got, `package.json contributes.configuration copydesk.rules lacks "${rule.id}"; add:\n"${rule.id}": ${JSON.stringify({ ...expected, markdownDescription: rule.title })}`);
      assert.deepStrictEqual({ type: got.type, enum: got.enum, default: got.default }, expected, `schema entry of ${rule.id}`);
    }
    for (const id of Object.keys(rules)) assert.ok(RULES.some((r) => r.id === id), `schema lists ${id}, which no registered rule has`);
  });

  it('declares the other settings with the defaults the server uses', () => {
    assert.strictEqual(props['copydesk.enable'].default, defaultSettings().enable);
    assert.strictEqual(props['copydesk.maxDocumentSize'].default, DEFAULT_MAX_DOCUMENT_SIZE);
    assert.deepStrictEqual(props['copydesk.profiles'].default, DEFAULT_PROFILE_GLOBS);
    assert.ok(new RegExp(props['copydesk.publicationDate'].pattern).test('2026-04-21'));
    assert.ok(!new RegExp(props['copydesk.publicationDate'].pattern).test('21/04/2026'));
  });

  it('the README has the section every diagnostic links to', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const id of [...RULES.map((r) => r.id), ...Object.values(NoticeId)]) {
      const anchor = NoticeId.TooLarge === id || NoticeId.Binary === id ? 'notices' : ruleAnchor(id);
      assert.ok(readme.includes(`<a id="${anchor}"></a>`), `README.md lacks <a id="${anchor}"></a> for ${id}`);
    }
  });

  it('activates only on the languages it serves', () => {
    assert.deepStrictEqual([...pkg.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:newsdraft', 'onLanguage:plaintext']);
    assert.ok(pkg.contributes.languages.some((l: { id: string }) => l.id === 'newsdraft'));
  });
});

describe('features/settings: validation never throws', () => {
  it('falls back to defaults with one clear problem per bad value', () => {
    const { settings, problems } = parseSettings({
      enable: 'yes',
      rules: { 'quote.unattributed': 'loud', 'no.such-rule': 'off' },
      publicationDate: '2026-02-30',
      maxDocumentSize: -1,
      profiles: 'x',
    });
    assert.deepStrictEqual(settings, defaultSettings());
    assert.strictEqual(problems.length, 6, problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('copydesk.publicationDate') && p.includes('YYYY-MM-DD')));
  });

  it('accepts valid values', () => {
    const { settings, problems } = parseSettings({ enable: false, rules: { 'quote.unattributed': 'error' }, publicationDate: '2026-04-21', maxDocumentSize: 1000 });
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(settings.enable, false);
    assert.strictEqual(settings.rules['quote.unattributed'], 'error');
    assert.strictEqual(settings.publicationDate, '2026-04-21');
    assert.strictEqual(settings.maxDocumentSize, 1000);
  });

  for (const raw of [null, undefined, 42, 'x', [], { rules: [] }, { rules: null }]) {
    it(`survives ${JSON.stringify(raw)}`, () => {
      assert.doesNotThrow(() => parseSettings(raw));
    });
  }
});

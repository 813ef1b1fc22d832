/**
 * The project config file (issue 16): parsing and its problems with lines,
 * the nearest-wins lookup, the merge order with editor settings and flags,
 * and the JSON Schema shipped for VS Code (same rules, same verdicts).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { RULES } from '../../server/src/analysis/rules';
import { ConfigResolver, configIgnores, configLanguage, parseConfig, problemSummary } from '../../server/src/config/projectConfig';
import { applyOverrides, mergeEditorSettings, settingsFromConfig } from '../../server/src/config/merge';
import { parseSettings } from '../../server/src/features/settings';

const ROOT = path.join(__dirname, '..', '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'copydesk-config.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);

describe('config: .copydesk.yaml', () => {
  it('parses every key, YAML and JSON alike', () => {
    const yaml = 'rules:\n  source.vague: off\n  quote.unattributed: error\npublicationDate: today\nprofiles: [profiles/*.yaml]\ntranscripts:\n  - "~/transcripts/**/*.txt"\nignore: [old]\nmaxDocumentSize: 1000\nlanguage:\n  "**/*.txt": markdown\n';
    const a = parseConfig(yaml, '/desk/.copydesk.yaml');
    assert.deepStrictEqual(a.problems, []);
    const c = a.config!;
    assert.deepStrictEqual(c.rules, { 'source.vague': 'off', 'quote.unattributed': 'error' });
    assert.deepStrictEqual([c.publicationDate, c.profiles, c.transcripts, c.ignore, c.maxDocumentSize, c.dir], ['today', ['profiles/*.yaml'], ['~/transcripts/**/*.txt'], ['old'], 1000, '/desk']);
    assert.strictEqual(configLanguage(c, '/desk/notes/a.txt'), 'markdown');
    assert.strictEqual(configLanguage(c, '/desk/a.md'), undefined);
    assert.ok(configIgnores(c, '/desk/x/old/a.md'));
    assert.ok(!configIgnores(c, '/desk/x/new/a.md'));
    const json = parseConfig('{"rules": {"source.vague": "off"}, "publicationDate": "2026-01-31"}', '/desk/.copydesk.json');
    assert.deepStrictEqual([json.config!.rules, json.config!.publicationDate], [{ 'source.vague': 'off' }, '2026-01-31']);
    assert.deepStrictEqual(parseConfig('', '/d/.copydesk.yaml').config!.rules, {}, 'an empty file is the defaults');
    assert.strictEqual(parseConfig('publicationDate: 2026-01-31\n', '/d/.copydesk.yaml').config!.publicationDate, '2026-01-31', 'a YAML date');
  });

  it('any problem: no config (the defaults apply), every problem with its line', () => {
    const r = parseConfig('rules:\n  quote.unattributed: loud\n  no.such: off\npublicationDate: tomorrow\ncolour: red\n', '/d/.copydesk.yaml');
    assert.strictEqual(r.config, null);
    assert.deepStrictEqual(r.problems.map((p) => p.line), [1, 2, 3, 4]);
    assert.match(problemSummary(r.problems), /^Invalid Copydesk config; the defaults apply.*line 2: rules\.quote\.unattributed must be one of/);
    const broken = parseConfig('rules: [\n', '/d/.copydesk.yaml');
    assert.strictEqual(broken.config, null);
    assert.ok(broken.problems.length >= 1);
    assert.strictEqual(parseConfig('- a\n- b\n', '/d/.copydesk.yaml').config, null, 'a list is not a config');
  });

  it('the shipped JSON Schema lists every rule and agrees with the parser', () => {
    assert.deepStrictEqual(Object.keys(schema.properties.rules.properties), RULES.map((r) => r.id), 'run node scripts/sync-settings-schema.js');
    const samples: unknown[] = [
      { rules: { 'source.vague': 'off' } },
      { rules: { 'source.vague': 'loud' } },
      { rules: { 'no.such': 'off' } },
      { publicationDate: 'today' },
      { publicationDate: 'front-matter' },
      { publicationDate: '2026-02-03' },
      { publicationDate: 'tomorrow' },
      { profiles: ['a/*.yaml', '~/p/*.yaml'] },
      { profiles: [3] },
      { maxDocumentSize: 10 },
      { maxDocumentSize: -1 },
      { language: { '*.txt': 'markdown' } },
      { language: { '*.txt': 'html' } },
      { colour: 'red' },
    ];
    for (const s of samples) assert.strictEqual(validate(s), parseConfig(JSON.stringify(s), '/d/.copydesk.json').config !== null, JSON.stringify(s));
  });

  it('the nearest file wins, looked up once per folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'));
    try {
      fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
      fs.writeFileSync(path.join(dir, '.copydesk.yaml'), 'rules: {source.vague: off}\n');
      fs.writeFileSync(path.join(dir, 'a', '.copydesk.json'), '{"rules": {"source.vague": "error"}}');
      const r = new ConfigResolver();
      assert.strictEqual(r.forDir(path.join(dir, 'a', 'b'))!.file, path.join(dir, 'a', '.copydesk.json'));
      assert.strictEqual(r.forDir(dir)!.file, path.join(dir, '.copydesk.yaml'));
      const explicit = new ConfigResolver(path.join(dir, '.copydesk.yaml'));
      assert.strictEqual(explicit.forDir(path.join(dir, 'a', 'b'))!.file, path.join(dir, '.copydesk.yaml'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('merge order: defaults, then the file, then editor settings that differ from their defaults (or CLI flags)', () => {
    const c = parseConfig('rules:\n  source.vague: off\n  quote.unattributed: error\nmaxDocumentSize: 1000\nprofiles: [p/*.yaml]\npublicationDate: "2026-01-02"\n', '/desk/.copydesk.yaml').config!;
    const fromFile = settingsFromConfig(c);
    assert.deepStrictEqual(fromFile.profiles, ['/desk/p/*.yaml']);
    const untouched = mergeEditorSettings(fromFile, parseSettings({ rules: {}, maxDocumentSize: 2097152, publicationDate: '' }).settings);
    assert.deepStrictEqual([untouched.rules, untouched.maxDocumentSize, untouched.publicationDate], [{ 'source.vague': 'off', 'quote.unattributed': 'error' }, 1000, '2026-01-02']);
    const editor = mergeEditorSettings(fromFile, parseSettings({ rules: { 'quote.unattributed': 'hint' }, maxDocumentSize: 5000, publicationDate: '2026-03-04' }).settings);
    assert.deepStrictEqual([editor.rules, editor.maxDocumentSize, editor.publicationDate], [{ 'source.vague': 'off', 'quote.unattributed': 'hint' }, 5000, '2026-03-04']);
    const flags = applyOverrides(fromFile, { rules: { 'source.vague': 'warning' }, maxDocumentSize: 7 });
    assert.deepStrictEqual([flags.rules['source.vague'], flags.maxDocumentSize], ['warning', 7]);
  });
});

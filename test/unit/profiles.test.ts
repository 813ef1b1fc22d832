import * as assert from 'assert';
import * as fc from 'fast-check';
import { parse as parseYaml, stringify } from 'yaml';
import { analyze } from '../../server/src/analysis/analyze';
import { matchProfile, parseProfileFile, ProfileIndex } from '../../server/src/analysis/profiles';
import { readSimpleYaml } from '../../server/src/analysis/profiles/simpleYaml';
import { createProfileEdit, profileEntryYaml } from '../../server/src/features/fixes/actors';
import { globMatcher, splitGlob } from '../../server/src/files/glob';

const ZELENSKYY = `# Newsroom profiles
- name: Volodymyr Zelenskyy
  aliases: [Zelensky, Zelenskiy]
  title: President of Ukraine
  organization: Office of the President of Ukraine
  description: Elected in 2019.
  contact: press office via the Kyiv bureau
  sources:
    - https://www.president.gov.ua/en
  updated: 2025-10-01
- name: Yuri Ushakov
  title: former adviser
  updated: '2025-09-30'
`;

describe('profiles: parsing', () => {
  it('reads a YAML list with every field and the line of each entry', () => {
    const r = parseProfileFile(ZELENSKYY, 'people.yaml');
    assert.deepStrictEqual(r.errors, []);
    assert.deepStrictEqual(r.profiles[0], {
      name: 'Volodymyr Zelenskyy',
      aliases: ['Zelensky', 'Zelenskiy'],
      title: 'President of Ukraine',
      organization: 'Office of the President of Ukraine',
      description: 'Elected in 2019.',
      contact: 'press office via the Kyiv bureau',
      sources: ['https://www.president.gov.ua/en'],
      updated: '2025-10-01',
      file: 'people.yaml',
      line: 1,
      entry: 0,
    });
    assert.deepStrictEqual([r.profiles[1].name, r.profiles[1].line, r.profiles[1].updated], ['Yuri Ushakov', 10, '2025-09-30']);
  });

  it('reads a single profile and the `profiles:` form, in YAML and JSON', () => {
    assert.deepStrictEqual(parseProfileFile('name: Steve Witkoff\ntitle: US envoy\n', 'a.yml').profiles.map((p) => [p.name, p.title, p.line]), [['Steve Witkoff', 'US envoy', 0]]);
    assert.deepStrictEqual(parseProfileFile('profiles:\n  - name: A B\n  - name: C D\n', 'a.yaml').profiles.map((p) => [p.name, p.line]), [['A B', 1], ['C D', 2]]);
    const json = JSON.stringify({ profiles: [{ name: 'A B', aliases: ['AB'] }, { name: 'C D' }] }, null, 2);
    assert.deepStrictEqual(parseProfileFile(json, 'a.json').profiles.map((p) => [p.name, p.line]), [['A B', 2], ['C D', 8]]);
    assert.deepStrictEqual(parseProfileFile('{"name": "Solo One"}', 'b.json').profiles.map((p) => p.name), ['Solo One']);
    assert.deepStrictEqual(parseProfileFile('[]', 'c.json'), { profiles: [], errors: [] });
  });

  it('falls back to the full YAML parser for block scalars, flow maps and anchors', () => {
    const text = '- name: Jane Doe\n  description: |\n    Two lines\n    of text.\n  contact: {email: jd@example.org, phone: "+1 555"}\n';
    assert.strictEqual(readSimpleYaml(text), undefined);
    const [p] = parseProfileFile(text, 'x.yaml').profiles;
    assert.strictEqual(p.description, 'Two lines\nof text.');
    assert.strictEqual(p.contact, 'email: jd@example.org, phone: +1 555');
  });

  it('reports a broken YAML file with the line and keeps nothing from it', () => {
    const r = parseProfileFile('- name: A B\n- name: [broken\n  title: x\n', 'bad.yaml');
    assert.deepStrictEqual(r.profiles, []);
    assert.ok(r.errors.length >= 1);
    assert.ok(r.errors.every((e) => e.severity === 'error' && /Invalid YAML/.test(e.message)));
    assert.ok(r.errors.some((e) => e.line >= 1));
  });

  it('reports broken JSON with the line of the problem', () => {
    const r = parseProfileFile('[\n  {"name": "A B"},\n  {"name": }\n]', 'bad.json');
    assert.deepStrictEqual(r.profiles, []);
    assert.strictEqual(r.errors.length, 1);
    assert.strictEqual(r.errors[0].line, 2);
    assert.match(r.errors[0].message, /Invalid JSON/);
  });

  it('skips an invalid entry with its line and keeps the others; warns on unknown fields', () => {
    const r = parseProfileFile('- name: Good One\n- title: no name here\n- name: Bad Aliases\n  aliases: {a: 1}\n- name: Typo Field\n  aliasses: [x]\n', 'mixed.yaml');
    assert.deepStrictEqual(r.profiles.map((p) => p.name), ['Good One', 'Typo Field']);
    assert.deepStrictEqual(
      r.errors.map((e) => [e.line, e.severity]),
      [
        [1, 'error'],
        [2, 'error'],
        [4, 'warning'],
      ],
    );
  });

  it('treats tags and anchors as data (nothing is executed)', () => {
    const r = parseProfileFile('- &x\n  name: !!str A B\n  notes: !js/function "function () { throw 1 }"\n- *x\n', 't.yaml');
    assert.ok(r.profiles.length <= 2);
    for (const p of r.profiles) assert.strictEqual(typeof p.name, 'string');
  });

  it('the fast YAML reader agrees with the yaml package on every file it accepts (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .,'’()-]{0,20}$/);
    const entry = fc.record(
      {
        name: word,
        aliases: fc.array(fc.oneof(word, fc.integer()), { maxLength: 3 }),
        title: fc.oneof(word, fc.constant('2025-10-01'), fc.constant('true'), fc.constant('12'), fc.constant('a: b'), fc.constant('# x')),
        updated: fc.constant('2025-10-01'),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), (entries, wrap, flow) => {
        const text = stringify(wrap ? { profiles: entries } : entries, { collectionStyle: flow ? 'any' : 'block', flowCollectionPadding: false });
        const simple = readSimpleYaml(text);
        if (!simple) return;
        const full = parseYaml(text) as unknown;
        const list = (wrap ? (full as { profiles: unknown[] }).profiles : full) as unknown[];
        assert.deepStrictEqual(simple.entries.map((e) => e.value), list);
      }),
      { numRuns: 300 },
    );
  });
});

describe('profiles: index', () => {
  it('looks names up by name and alias, case- and accent-insensitively', () => {
    const index = new ProfileIndex();
    index.setFile('people.yaml', ZELENSKYY);
    for (const n of ['Zelensky', 'Zelenskyy', 'ZELENSKIY', 'Volodymyr Zelenskyy', 'volodymýr zelenskyy', 'Zelenskyy’s']) {
      assert.strictEqual(index.lookup(n)?.name, 'Volodymyr Zelenskyy', n);
    }
    assert.strictEqual(index.lookup('Ushakov')?.name, 'Yuri Ushakov');
    assert.strictEqual(index.lookup('Volodymyr'), null);
  });

  it('looks a surname up only when one profile has it', () => {
    const index = new ProfileIndex();
    index.setFile('a.yaml', '- name: Tim Scott\n- name: Bobby Scott\n- name: Tim Kaine\n');
    assert.strictEqual(index.lookup('Scott'), null);
    assert.strictEqual(index.lookup('Kaine')?.name, 'Tim Kaine');
    assert.strictEqual(index.lookup('Tim Scott')?.name, 'Tim Scott');
  });

  it('updates per file: replace, remove, and other files stay', () => {
    const index = new ProfileIndex();
    index.setFile('a.yaml', '- name: Ann One\n');
    index.setFile('b.yaml', '- name: Bob Two\n');
    assert.strictEqual(index.size, 2);
    index.setFile('a.yaml', '- name: Ann Three\n');
    assert.strictEqual(index.lookup('Ann One'), null);
    assert.strictEqual(index.lookup('Three')?.name, 'Ann Three');
    index.setFile('b.yaml', '- name: [broken');
    assert.strictEqual(index.lookup('Bob Two'), null);
    assert.strictEqual(index.lookup('Ann Three')?.file, 'a.yaml');
    index.removeFile('a.yaml');
    assert.strictEqual(index.size, 0);
    assert.strictEqual(index.lookup('Ann Three'), null);
  });

  it('indexes 10,000 profiles from one file and finds any of them', () => {
    const lines: string[] = ['profiles:'];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`  - name: Person${i} Surname${i}`, `    aliases: [P${i}]`, `    title: adviser ${i}`, `    updated: 2025-01-0${(i % 9) + 1}`);
    }
    const index = new ProfileIndex();
    const r = index.setFile('huge.yaml', lines.join('\n'));
    assert.strictEqual(r.errors.length, 0);
    assert.strictEqual(index.size, 10_000);
    assert.strictEqual(index.lookup('Surname9876')?.title, 'adviser 9876');
    assert.strictEqual(index.lookup('p4321')?.line, 1 + 4321 * 4);
    const json = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ name: `J${i} K${i}` })));
    index.setFile('huge.json', json);
    assert.strictEqual(index.size, 20_000);
    assert.strictEqual(index.lookup('K9999')?.name, 'J9999 K9999');
  });

  it('matches an actor by the names the draft uses', () => {
    const index = new ProfileIndex();
    index.setFile('people.yaml', ZELENSKYY);
    const a = analyze('Ukrainian President Volodymyr Zelensky arrived. Zelensky spoke.', { today: '2026-01-01', profiles: index });
    assert.strictEqual(matchProfile(a.actors.actors[0], index)?.name, 'Volodymyr Zelenskyy');
    assert.strictEqual(matchProfile(a.actors.actors[0], undefined), null);
  });
});

describe('profiles: create-profile fix and globs', () => {
  it('writes an entry that parses, alone and on top of an existing list', () => {
    const entry = profileEntryYaml('Steve Witkoff', "US envoy: Trump's #1 'man'", 'person');
    const alone = parseProfileFile(entry, 'steve-witkoff.yaml');
    assert.deepStrictEqual(alone.errors, []);
    assert.deepStrictEqual([alone.profiles[0].name, alone.profiles[0].title], ['Steve Witkoff', "US envoy: Trump's #1 'man'"]);
    const both = parseProfileFile(entry + '- name: Old Entry\n', 'steve-witkoff.yaml');
    assert.deepStrictEqual(both.profiles.map((p) => p.name), ['Steve Witkoff', 'Old Entry']);
    const edit = createProfileEdit('file:///w/.copydesk/profiles/steve-witkoff.yaml', entry);
    assert.strictEqual((edit.documentChanges![0] as { kind: string }).kind, 'create');
  });

  it('matches the default profile globs', () => {
    const re = globMatcher('/w', ['.copydesk/profiles/**/*.{yaml,yml,json}']);
    assert.ok(re('.copydesk/profiles/a.yaml'));
    assert.ok(re('/w/.copydesk/profiles/team/b.json'));
    assert.ok(!re('.copydesk/profiles/a.txt'));
    assert.ok(!re('drafts/a.yaml'));
    assert.ok(!re('/elsewhere/.copydesk/profiles/a.yaml'));
    assert.deepStrictEqual(splitGlob('.copydesk/profiles/**/*.yaml', '/w'), { base: '/w/.copydesk/profiles', pattern: '**/*.yaml' });
  });
});

describe('profiles: matching actors', () => {
  it('matches by an alias equal to the surname, but not a same-surname profile of someone else', () => {
    const index = new ProfileIndex();
    index.setFile('p.yaml', '- name: Volodymyr Zelenskyy\n  aliases: [Zelensky]\n- name: Tim Scott\n');
    const a = analyze('Ukrainian President Volodymyr Zelensky met Rep. Bobby Scott. Scott spoke.', { today: '2026-01-01', profiles: index });
    const names = a.actors.actors.map((x) => [x.name, matchProfile(x, index)?.name ?? null]);
    assert.deepStrictEqual(names, [
      ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
      ['Bobby Scott', null],
    ]);
  });
});

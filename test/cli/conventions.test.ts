/**
 * The CLI conventions of issue 16, each run as a user runs them
 * (`node bin/copydesk.js` in a temporary folder): standard input, folders,
 * globs, ignore files, the config file, the output formats (SARIF validated
 * against the official 2.1.0 schema in test/fixtures/sarif), colour, --quiet,
 * --max-warnings, -o, rules, --jobs, --files-from and audit.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'copydesk.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function copydesk(args: string[], cwd: string, opts: { input?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env = { ...process.env, ...opts.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input: opts.input ?? '', env: env as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One unattributed quotation (a warning) on line 3. */
const WARN = 'The mayor spoke at length on Friday about the plan.\n\n"It will never pass."\n';
/** An impossible date (an error) and a weekday that does not match (a warning, with a quick fix). */
const DATES = '---\ndate: 2026-03-12\n---\nThe vote was on Monday, March 10, 2026, and the recount is due on February 30, 2026.\n';
const CLEAN = 'City Manager Maria Lopez presented the budget. "The numbers are sound," Lopez said.\n';
/** Not prose in Markdown (an indented code block), prose in plain text. */
const CODE = 'Intro line.\n\n    "We threw it away."\n';

describe('cli: conventions (issue 16)', function () {
  this.timeout(180_000);
  let dir: string;
  const write = (name: string, content: string): string => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
    return name;
  };
  const json = (r: Run): { file: string; findings: { code: string; severity: string }[] }[] => JSON.parse(r.stdout);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-conv-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('inputs', () => {
    it('- reads standard input; --stdin-filename gives its name and language', () => {
      const md = copydesk(['check', '-', '--stdin-filename', 'story.md'], dir, { input: CODE });
      assert.strictEqual(md.status, 0, md.stdout + md.stderr);
      const txt = copydesk(['check', '-', '--stdin-filename', 'story.txt'], dir, { input: CODE });
      assert.strictEqual(txt.status, 1);
      assert.match(txt.stdout, /^story\.txt:3:5 warning quote\.unattributed/m);
      const unnamed = copydesk(['check', '--format', 'json', '-'], dir, { input: WARN });
      assert.strictEqual(json(unnamed)[0].file, '-');
    });

    it('--stdin-filename also picks the config file: the nearest from its folder', () => {
      write('desk/.copydesk.yaml', 'rules:\n  quote.unattributed: error\n');
      const r = copydesk(['check', '--format', 'json', '-', '--stdin-filename', 'desk/story.md'], dir, { input: WARN });
      assert.strictEqual(json(r)[0].findings.find((f) => f.code === 'quote.unattributed')?.severity, 'error');
    });

    it('a folder is walked for *.md, *.markdown, *.txt, *.draft, *.story, never node_modules or .git', () => {
      for (const f of ['a.md', 'b.markdown', 'c.txt', 'd.draft', 'e.story', 'sub/f.md', 'notes.json', 'node_modules/x/g.md', '.git/h.md']) write(`drafts/${f}`, WARN);
      const r = copydesk(['check', '--format', 'json', 'drafts'], dir);
      assert.deepStrictEqual(json(r).map((x) => x.file).sort(), ['a.md', 'b.markdown', 'c.txt', 'd.draft', 'e.story', 'sub/f.md'].map((f) => path.join('drafts', f)).sort());
    });

    it('a quoted glob is expanded; one that matches nothing says so and exits 2', () => {
      write('x/one.md', WARN);
      write('x/y/two.md', WARN);
      write('x/three.txt', WARN);
      const r = copydesk(['check', '--format', 'json', 'x/**/*.md'], dir);
      assert.deepStrictEqual(json(r).map((f) => f.file).sort(), [path.join('x', 'one.md'), path.join('x', 'y', 'two.md')]);
      const none = copydesk(['check', 'nowhere/**/*.md'], dir);
      assert.strictEqual(none.status, 2);
      assert.match(none.stderr, /no files match nowhere\/\*\*\/\*\.md/);
    });

    it('.copydeskignore and the config ignore leave out what a walk finds; a file named outright is still read', () => {
      write('.copydeskignore', '# old stuff\narchive\n*.draft\n');
      write('.copydesk.yaml', 'ignore:\n  - "wip/**"\n');
      for (const f of ['keep.md', 'archive/old.md', 'deep/archive/older.md', 'x.draft', 'wip/half.md']) write(f, WARN);
      const r = copydesk(['check', '--format', 'json', '.'], dir);
      assert.deepStrictEqual(json(r).map((f) => f.file), ['keep.md']);
      const named = copydesk(['check', '--format', 'json', 'archive/old.md'], dir);
      assert.deepStrictEqual(json(named).map((f) => f.file), ['archive/old.md']);
    });

    it('--files-from reads paths one per line, from a file or standard input', () => {
      write('p/a.md', WARN);
      write('p/b.md', CLEAN);
      write('list.txt', 'p/a.md\n\np/b.md\n');
      const r = copydesk(['check', '--format', 'json', '--files-from', 'list.txt'], dir);
      assert.deepStrictEqual(json(r).map((f) => f.file), ['p/a.md', 'p/b.md']);
      const s = copydesk(['check', '--format', 'json', '--files-from', '-'], dir, { input: 'p/b.md\np/a.md\n' });
      assert.deepStrictEqual(json(s).map((f) => f.file), ['p/b.md', 'p/a.md']);
    });
  });

  describe('output', () => {
    it('text: a summary line after the findings; nothing on a clean run', () => {
      write('w.md', WARN);
      write('d.md', DATES);
      const r = copydesk(['check', 'w.md', 'd.md'], dir);
      assert.strictEqual(r.status, 1);
      assert.match(r.stdout, /\n\n✖ \d+ problems \(1 error, \d+ warnings\) in 2 files\n$/);
      assert.strictEqual(copydesk(['check', write('c.md', CLEAN)], dir).stdout, '');
    });

    it('colour only on a terminal or with --color; --no-color and NO_COLOR turn it off', () => {
      write('w.md', WARN);
      assert.doesNotMatch(copydesk(['check', 'w.md'], dir, { env: { NO_COLOR: undefined } }).stdout, /\x1b\[/, 'a pipe is not a terminal');
      assert.match(copydesk(['check', '--color', 'w.md'], dir).stdout, /\x1b\[33mwarning\x1b\[0m/);
      assert.doesNotMatch(copydesk(['check', '--color', '--no-color', 'w.md'], dir).stdout, /\x1b\[/);
      // NO_COLOR on a terminal: `script` gives the child a pseudo-terminal where it exists.
      const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
      if (script.status === 0) {
        const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check w.md`;
        const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', TERM: 'xterm' } });
        assert.match(tty.stdout, /\x1b\[33mwarning/, 'a terminal gets colour');
        const off = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' } });
        assert.doesNotMatch(off.stdout, /\x1b\[3\dm/, 'NO_COLOR');
      }
    });

    it('--format jsonl: one {file, findings} object per line', () => {
      write('a.md', WARN);
      write('b.md', CLEAN);
      const r = copydesk(['check', '--format', 'jsonl', 'a.md', 'b.md'], dir);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepStrictEqual(lines.map((l) => l.file).sort(), ['a.md', 'b.md']);
      assert.deepStrictEqual(Object.keys(lines[0]), ['file', 'findings']);
    });

    it('--format sarif validates against the SARIF 2.1.0 schema, with rule metadata, help links and fixes', () => {
      write('d.md', DATES);
      write('w.md', WARN);
      const r = copydesk(['check', '--format', 'sarif', 'd.md', 'w.md'], dir);
      assert.strictEqual(r.status, 1, r.stderr);
      const log = JSON.parse(r.stdout);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- draft-04 flavour of ajv (the SARIF schema is draft-04)
      const Ajv = require('ajv-draft-04') as new (o: object) => { addFormat(n: string, f: (s: string) => boolean): void; compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
      const ajv = new Ajv({ strict: false, allErrors: true });
      const isUri = (s: string): boolean => {
        try {
          new URL(s);
          return true;
        } catch {
          return false;
        }
      };
      ajv.addFormat('uri', isUri);
      ajv.addFormat('uri-reference', (s) => isUri(s) || !/\s/.test(s));
      ajv.addFormat('date-time', (s) => !Number.isNaN(Date.parse(s)));
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
      const validate = ajv.compile(schema);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
      const run = log.runs[0];
      assert.strictEqual(log.version, '2.1.0');
      const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'date.weekday-mismatch');
      assert.match(rule.helpUri, /README\.md#rule-date-weekday-mismatch$/);
      assert.strictEqual(rule.defaultConfiguration.level, 'warning');
      const weekday = run.results.find((x: { ruleId: string }) => x.ruleId === 'date.weekday-mismatch');
      assert.strictEqual(weekday.locations[0].physicalLocation.artifactLocation.uri, 'd.md');
      assert.ok(weekday.fixes?.length, 'a weekday mismatch has a quick fix');
      const rep = weekday.fixes[0].artifactChanges[0].replacements[0];
      assert.strictEqual(rep.deletedRegion.startLine, 4);
      assert.ok(run.results.some((x: { ruleId: string; level: string }) => x.ruleId === 'date.impossible' && x.level === 'error'));
      assert.ok(run.results.some((x: { ruleId: string; level: string }) => x.ruleId === 'quote.unattributed' && x.level === 'warning'));
      // A finding without a fix has none; an empty run is a valid log too.
      const empty = JSON.parse(copydesk(['check', '--format', 'sarif', write('c.md', CLEAN)], dir).stdout);
      assert.ok(validate(empty), JSON.stringify(validate.errors));
      assert.deepStrictEqual(empty.runs[0].results, []);
    });

    it('--format github: workflow annotations, escaped', () => {
      write('d.md', DATES);
      const r = copydesk(['check', '--format', 'github', 'd.md'], dir);
      assert.match(r.stdout, /^::error file=d\.md,line=4,col=\d+,endLine=4,endColumn=\d+,title=date\.impossible::\S/m);
      assert.match(r.stdout, /^::warning file=d\.md,line=4,.*title=date\.weekday-mismatch::/m);
    });

    it('--quiet: errors only, and warnings do not fail the run', () => {
      write('w.md', WARN);
      write('d.md', DATES);
      const w = copydesk(['check', '--quiet', 'w.md'], dir);
      assert.strictEqual(w.status, 0);
      assert.strictEqual(w.stdout, '');
      const d = copydesk(['check', '--quiet', '--format', 'json', 'd.md'], dir);
      assert.strictEqual(d.status, 1);
      assert.deepStrictEqual(json(d)[0].findings.map((f) => f.severity), ['error']);
    });

    it('--max-warnings N: exit 1 only above N warnings (or on any error)', () => {
      write('w.md', WARN);
      write('w2.md', WARN);
      assert.strictEqual(copydesk(['check', '--max-warnings', '2', 'w.md', 'w2.md'], dir).status, 0);
      const over = copydesk(['check', '--max-warnings', '1', 'w.md', 'w2.md'], dir);
      assert.strictEqual(over.status, 1);
      assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
      assert.strictEqual(copydesk(['check', '--max-warnings', '99', write('d.md', DATES)], dir).status, 1, 'an error still fails');
      assert.strictEqual(copydesk(['check', '--max-warnings', 'many', 'w.md'], dir).status, 2);
    });

    it('-o FILE writes the output there and nothing to standard output', () => {
      write('w.md', WARN);
      const r = copydesk(['check', '-o', 'out/report.json', '--format', 'json', 'w.md'], dir);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.status, 2, 'a folder that does not exist is a usage error');
      fs.mkdirSync(path.join(dir, 'out'));
      const ok = copydesk(['check', '-o', 'out/report.json', '--format', 'json', 'w.md'], dir);
      assert.strictEqual(ok.status, 1);
      assert.strictEqual(ok.stdout, '');
      assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'))[0].file, 'w.md');
    });

    it('--format with no value is a usage error, not a swallowed file name', () => {
      write('w.md', WARN);
      for (const args of [['--format'], ['--format', 'w.md'], ['--format', '--quiet', 'w.md']]) {
        const r = copydesk(['check', ...args], dir);
        assert.strictEqual(r.status, 2, args.join(' '));
        assert.match(r.stderr, /--format needs a value/, r.stderr);
      }
    });
  });

  describe('progress', () => {
    it('a bar on stderr when it is a terminal and there are more than 50 files; none otherwise', () => {
      for (let i = 0; i < 51; i++) write(`p/d${i}.md`, CLEAN);
      const piped = copydesk(['check', '--jobs', '1', 'p'], dir);
      assert.strictEqual(piped.stderr, '');
      const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
      if (script.status !== 0) return; // no pseudo-terminal tool here
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check --jobs 1 p`;
      const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TERM: 'xterm' } });
      assert.match(tty.stdout, /\] 51\/51 files/);
    });
  });

  describe('rules', () => {
    it('lists id, default level, description and README link, in text and JSON', () => {
      const r = copydesk(['rules', '--format', 'json'], dir);
      assert.strictEqual(r.status, 0);
      const rules = JSON.parse(r.stdout) as { id: string; defaultLevel: string; description: string; url: string }[];
      const q = rules.find((x) => x.id === 'quote.unattributed')!;
      assert.deepStrictEqual(Object.keys(q), ['id', 'defaultLevel', 'description', 'url']);
      assert.strictEqual(q.defaultLevel, 'warning');
      assert.match(q.url, /README\.md#rule-quote-unattributed$/);
      const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
      for (const x of rules) assert.ok(readme.includes(`<a id="${x.url.split('#')[1]}"></a>`), `README anchor for ${x.id}`);
      assert.match(copydesk(['rules'], dir).stdout, /^source\.vague\s+hint\s+Vague source$/m);
    });
  });

  describe('--jobs', () => {
    it('worker threads give the same output, in input order, as one thread', () => {
      const files: string[] = [];
      for (let i = 0; i < 24; i++) files.push(write(`many/d${String(i).padStart(2, '0')}.md`, i % 3 ? WARN.replace('mayor', `mayor ${i}`) : DATES));
      const one = copydesk(['check', '--jobs', '1', '--format', 'json', 'many'], dir);
      const two = copydesk(['check', '--jobs', '2', '--format', 'json', 'many'], dir);
      assert.strictEqual(two.stderr, '');
      assert.strictEqual(two.stdout, one.stdout);
      assert.strictEqual(two.status, one.status);
      const text1 = copydesk(['check', '--jobs', '1', ...files], dir);
      const text3 = copydesk(['check', '--jobs', '3', ...files], dir);
      assert.strictEqual(text3.stdout, text1.stdout);
      const jsonl = copydesk(['check', '--jobs', '2', '--format', 'jsonl', 'many'], dir);
      assert.deepStrictEqual(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).file).sort(), files.map((f) => f).sort());
      assert.strictEqual(copydesk(['check', '--jobs', '0', 'many'], dir).status, 2);
    });
  });

  describe('config file', () => {
    it('the nearest .copydesk.yaml sets rule levels; --rule overrides it; --config replaces the lookup', () => {
      write('.copydesk.yaml', 'rules:\n  quote.unattributed: error\n');
      write('sub/.copydesk.json', '{"rules": {"quote.unattributed": "off"}}');
      write('top.md', WARN);
      write('sub/inner.md', WARN);
      const r = json(copydesk(['check', '--format', 'json', 'top.md', 'sub/inner.md'], dir));
      assert.strictEqual(r[0].findings.find((f) => f.code === 'quote.unattributed')?.severity, 'error');
      assert.ok(!r[1].findings.some((f) => f.code === 'quote.unattributed'), 'the nearest file wins');
      const flag = json(copydesk(['check', '--format', 'json', '--rule', 'quote.unattributed=hint', 'top.md'], dir));
      assert.strictEqual(flag[0].findings.find((f) => f.code === 'quote.unattributed')?.severity, 'hint');
      write('other.yaml', 'rules:\n  quote.unattributed: information\n');
      const explicit = json(copydesk(['check', '--format', 'json', '--config', 'other.yaml', 'sub/inner.md'], dir));
      assert.strictEqual(explicit[0].findings.find((f) => f.code === 'quote.unattributed')?.severity, 'information');
    });

    it('language per glob and publicationDate policy', () => {
      write('.copydesk.yaml', 'language:\n  "notes/**": markdown\npublicationDate: "2026-03-12"\n');
      write('notes/code.txt', CODE);
      assert.strictEqual(copydesk(['check', 'notes/code.txt'], dir).status, 0, 'read as Markdown');
      write('when.txt', 'The vote is on Friday, March 13.\n');
      const dates = JSON.parse(copydesk(['dates', '--format', 'json', 'when.txt'], dir).stdout);
      assert.deepStrictEqual(dates[0].publicationDate, { iso: '2026-03-12', source: 'setting' });
      write('today/.copydesk.yaml', 'publicationDate: today\n');
      write('today/fm.md', DATES);
      const t = JSON.parse(copydesk(['dates', '--format', 'json', 'today/fm.md'], dir).stdout);
      assert.strictEqual(t[0].publicationDate.source, 'today', 'today overrides the front matter');
    });

    it('an invalid config: one message naming the file, exit 2, and the defaults apply', () => {
      write('.copydesk.yaml', 'rules:\n  quote.unattributed: loud\nmaxDocumentSize: -3\n');
      write('a.md', WARN);
      write('b.md', WARN);
      const r = copydesk(['check', '--format', 'json', 'a.md', 'b.md'], dir);
      assert.strictEqual(r.status, 2);
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, r.stderr);
      assert.match(lines[0], /^\.copydesk\.yaml: Invalid Copydesk config.*line 2: rules\.quote\.unattributed.*line 3: maxDocumentSize/);
      assert.strictEqual(json(r)[0].findings.find((f) => f.code === 'quote.unattributed')?.severity, 'warning', 'defaults');
    });
  });

  describe('audit', () => {
    it('one CSV row per article and a month summary; JSON and JSON Lines carry the same', () => {
      write('a.md', '---\ndate: 2026-02-03\n---\nA senior official, who was not authorized to speak publicly, said the plan had stalled.\n\n"We are close," Mayor Ana Ruiz said.\n\nThe council adjourned at noon on the first day of the session.\n\n"We will see."\n');
      write('b.md', '---\ndate: 2026-02-20\n---\nThe council met. Sources said nothing changed.\n');
      write('c.md', 'No date here. "Quoted," he said.\n');
      write('wire_2025-11-30_story.md', 'No date in the text either.\n');
      const csv = copydesk(['audit', 'a.md', 'b.md', 'c.md'], dir);
      assert.strictEqual(csv.status, 0, csv.stderr);
      const [articles, months] = csv.stdout.trim().split('\n\n');
      const rows = articles.split('\n');
      assert.strictEqual(rows[0], 'file,publicationDate,publicationDateSource,words,quotations,attributed,inferred,unattributed,sourcesNamed,unnamedWithReason,unnamedWithoutReason,vague,anonymousPer1000Words,dateFindings');
      assert.strictEqual(rows.length, 4);
      const js = JSON.parse(copydesk(['audit', '--format', 'json', 'a.md', 'b.md', 'c.md'], dir).stdout);
      const a = js.articles[0];
      assert.deepStrictEqual([a.file, a.publicationDate, a.quotations, a.attributed, a.inferred, a.unattributed, a.unnamedWithReason, a.unnamedWithoutReason], ['a.md', '2026-02-03', 2, 1, 0, 1, 1, 0]);
      assert.ok(a.words > 30 && a.words < 50, String(a.words));
      assert.strictEqual(a.anonymousPer1000Words, Math.round(((a.unnamedWithReason + a.unnamedWithoutReason) / a.words) * 100000) / 100);
      assert.strictEqual(js.articles[2].publicationDate, null);
      assert.deepStrictEqual(js.months.map((m: { month: string; articles: number }) => [m.month, m.articles]), [['2026-02', 2], ['unknown', 1]]);
      const named = JSON.parse(copydesk(['audit', '--format', 'json', 'wire_2025-11-30_story.md'], dir).stdout);
      assert.deepStrictEqual([named.articles[0].publicationDate, named.articles[0].publicationDateSource, named.months[0].month], ['2025-11-30', 'file-name', '2025-11']);
      // The file name's date is the date the article is analysed with, not only its row's: relative dates count from
      // it. Two files, so that whatever day the test runs, one of them contradicts "today" if it were used.
      write('wire_2025-11-30_vote.md', 'The council voted yesterday, Saturday, to close the pool.\n');
      write('wire_2025-12-02_vote.md', 'The council voted yesterday, Monday, to close the pool.\n');
      const relative = JSON.parse(copydesk(['audit', '--format', 'json', 'wire_2025-11-30_vote.md', 'wire_2025-12-02_vote.md'], dir).stdout);
      assert.deepStrictEqual(relative.articles.map((r: { dateFindings: number; publicationDateSource: string }) => [r.dateFindings, r.publicationDateSource]), [[0, 'file-name'], [0, 'file-name']]);
      const wrong = JSON.parse(copydesk(['audit', '--format', 'json', '--date', '2025-12-05', 'wire_2025-11-30_vote.md'], dir).stdout);
      assert.deepStrictEqual([wrong.articles[0].publicationDate, wrong.articles[0].publicationDateSource, wrong.articles[0].dateFindings], ['2025-12-05', 'setting', 1], '--date wins over the file name');
      assert.match(months, /^month,articles,words,/);
      assert.match(months, /\n2026-02,2,/);
      const jsonl = copydesk(['audit', '--format', 'jsonl', 'a.md', 'b.md', 'c.md'], dir).stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepStrictEqual(jsonl.map((x) => x.type), ['article', 'article', 'article', 'month', 'month']);
      assert.strictEqual(copydesk(['audit', '--format', 'text', 'a.md'], dir).status, 2);
    });
  });

  describe('small things', () => {
    it('actors: "1 mention, 1 quote" in the singular; a --profiles glob that matches nothing says so', () => {
      write('s.md', 'Mayor Ana Ruiz opened the meeting.\n');
      const r = copydesk(['actors', 's.md'], dir);
      assert.match(r.stdout, /Ana Ruiz.*\(1 mention, 0 quotes\)/);
      const none = copydesk(['actors', '--profiles', 'nothing/**/*.yaml', 's.md'], dir);
      assert.strictEqual(none.status, 2);
      assert.match(none.stderr, /--profiles nothing\/\*\*\/\*\.yaml matches no file/);
    });

    it('the README usage block lists every command', () => {
      const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
      const block = /## Command line[\s\S]*?```\n([\s\S]*?)```/.exec(readme)![1];
      for (const c of ['check', 'quotes', 'dates', 'actors', 'audit', 'rules', 'lsp']) assert.match(block, new RegExp(`^copydesk ${c}\\b`, 'm'), c);
    });
  });
});

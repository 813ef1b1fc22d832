/**
 * CLI tests: `node bin/copydesk.js` as a user runs it, on files written to a
 * temporary folder. Checks output formats, exit codes and odd inputs.
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

function copydesk(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FLAGGED = [
  '# Budget',
  '',
  'City Manager Maria Lopez presented the budget on Tuesday. "The numbers are sound," Lopez said.',
  '',
  'Council member Tom Reyes voted against it.',
  '',
  '"We threw it away."',
  '',
].join('\n');

const CLEAN = 'City Manager Maria Lopez presented the budget. "The numbers are sound," Lopez said.\n';

describe('cli: copydesk', function () {
  this.timeout(120_000);
  let dir: string;
  const write = (name: string, content: string | Buffer): string => {
    fs.writeFileSync(path.join(dir, name), content);
    return name;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('help and version', () => {
    it('--help lists the commands and exits 0', () => {
      const r = copydesk(['--help'], dir);
      assert.strictEqual(r.status, 0);
      for (const c of ['check', 'quotes', 'lsp']) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
    });

    it('--version prints the package version', () => {
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const r = copydesk(['--version'], dir);
      assert.strictEqual(r.status, 0);
      assert.strictEqual(r.stdout.trim(), pkg.version);
    });

    it('each command has its own --help', () => {
      for (const c of ['check', 'quotes', 'lsp']) {
        const r = copydesk([c, '--help'], dir);
        assert.strictEqual(r.status, 0, c);
        assert.match(r.stdout, new RegExp(`^Usage: copydesk ${c}`), c);
      }
    });

    it('no command, an unknown command or an unknown option is a usage error (exit 2)', () => {
      const none = copydesk([], dir);
      assert.strictEqual(none.status, 2);
      assert.match(none.stderr, /Usage: copydesk/);
      const unknown = copydesk(['frobnicate'], dir);
      assert.strictEqual(unknown.status, 2);
      assert.match(unknown.stderr, /unknown command "frobnicate"/);
      const badOption = copydesk(['check', '--colour', write('a.md', CLEAN)], dir);
      assert.strictEqual(badOption.status, 2);
      assert.match(badOption.stderr, /--colour/);
      assert.strictEqual(copydesk(['check'], dir).status, 2, 'no FILE');
    });
  });

  describe('check', () => {
    it('prints file:line:col severity rule-id message and exits 1 on a warning', () => {
      const f = write('flagged.md', FLAGGED);
      const r = copydesk(['check', f], dir);
      assert.strictEqual(r.status, 1, r.stderr);
      assert.strictEqual(r.stderr, '');
      const lines = r.stdout.trim().split('\n').filter((l) => l.includes('quote.unattributed'));
      assert.strictEqual(lines.length, 1, r.stdout);
      assert.match(lines[0], /^flagged\.md:7:1 warning quote\.unattributed \S.*$/);
    });

    it('prints exactly the JSON shape, 1-based and end exclusive', () => {
      const f = write('flagged.md', FLAGGED);
      const r = copydesk(['check', '--format', 'json', f], dir);
      assert.strictEqual(r.status, 1);
      const out = JSON.parse(r.stdout);
      assert.ok(Array.isArray(out));
      assert.deepStrictEqual(Object.keys(out[0]), ['file', 'findings']);
      assert.strictEqual(out[0].file, 'flagged.md');
      const q = out[0].findings.find((x: { code: string }) => x.code === 'quote.unattributed');
      assert.deepStrictEqual(Object.keys(q), ['code', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
      assert.deepStrictEqual([q.severity, q.line, q.column, q.endLine, q.endColumn], ['warning', 7, 1, 7, 1 + '"We threw it away."'.length]);
    });

    it('exits 0 with no output on a clean draft, and an empty findings list in JSON', () => {
      const f = write('clean.md', CLEAN);
      const text = copydesk(['check', f], dir);
      assert.strictEqual(text.status, 0, text.stdout + text.stderr);
      assert.strictEqual(text.stdout, '');
      const json = copydesk(['check', '--format=json', f], dir);
      assert.deepStrictEqual(JSON.parse(json.stdout), [{ file: 'clean.md', findings: [] }]);
    });

    it('--rule sets a level: information is not a failure, off removes the finding', () => {
      const f = write('flagged.md', FLAGGED);
      const info = copydesk(['check', '--rule', 'quote.unattributed=information', f], dir);
      assert.match(info.stdout, /flagged\.md:7:1 information quote\.unattributed/);
      const off = copydesk(['check', '--rule', 'quote.unattributed=off', '--format', 'json', f], dir);
      const findings = JSON.parse(off.stdout)[0].findings as { code: string }[];
      assert.ok(!findings.some((x) => x.code === 'quote.unattributed'));
    });

    it('rejects a bad --rule, --date or --format with exit 2 and a one-line reason', () => {
      const f = write('clean.md', CLEAN);
      for (const args of [['--rule', 'quote.unattributed=loud'], ['--rule', 'no.such=off'], ['--rule', 'quote.unattributed'], ['--date', '12/03/2026'], ['--date', '2026-02-30'], ['--format', 'xml']]) {
        const r = copydesk(['check', ...args, f], dir);
        assert.strictEqual(r.status, 2, args.join(' '));
        assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.strictEqual(r.stdout, '');
      }
    });

    it('an unreadable file: one stderr line naming it, exit 2, the other files still checked', () => {
      const f = write('flagged.md', FLAGGED);
      const r = copydesk(['check', 'missing.md', f, 'also-missing.txt'], dir);
      assert.strictEqual(r.status, 2);
      const errs = r.stderr.trim().split('\n');
      assert.strictEqual(errs.length, 2, r.stderr);
      assert.match(errs[0], /missing\.md/);
      assert.match(errs[1], /also-missing\.txt/);
      assert.match(r.stdout, /^flagged\.md:7:1 warning quote\.unattributed/m);
      const json = copydesk(['check', '--format', 'json', 'missing.md', f], dir);
      assert.deepStrictEqual(JSON.parse(json.stdout).map((x: { file: string }) => x.file), ['flagged.md']);
      fs.mkdirSync(path.join(dir, 'folder.md'), { recursive: true });
      const folder = copydesk(['check', 'folder.md'], dir);
      assert.strictEqual(folder.status, 2, 'a folder is walked; one with no drafts is said');
      assert.match(folder.stderr, /no drafts in folder\.md/);
    });

    it('a 1 MB binary file: a clear message and exit 2, no crash', () => {
      const bytes = Buffer.alloc(1024 * 1024);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
      const f = write('image.md', bytes);
      const r = copydesk(['check', f], dir);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /^copydesk: image\.md looks binary/);
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    });

    it('a 1 MB non-UTF-8 (Latin-1) file: a clear message and exit 2', () => {
      const latin1 = Buffer.from('Caf\xe9 cr\xe8me, d\xe9j\xe0 vu. '.repeat(40_000), 'latin1');
      const f = write('latin1.txt', latin1);
      const r = copydesk(['check', f], dir);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /latin1\.txt is not UTF-8/);
    });

    it('an empty file is clean', () => {
      const f = write('empty.md', '');
      const r = copydesk(['check', '--format', 'json', f], dir);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.deepStrictEqual(JSON.parse(r.stdout), [{ file: 'empty.md', findings: [] }]);
    });

    it('a 5 MB single-line file returns promptly with a clear too-large notice', () => {
      const line = 'The council met on Tuesday and said nothing about "the budget" at all. ';
      const f = write('huge.txt', line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)));
      const t0 = Date.now();
      const r = copydesk(['check', '--format', 'json', f], dir);
      assert.ok(Date.now() - t0 < 60_000);
      assert.strictEqual(r.status, 0, r.stderr);
      const [finding] = JSON.parse(r.stdout)[0].findings;
      assert.strictEqual(finding.code, 'copydesk.too-large');
      assert.match(finding.message, /too large to analyse/);
    });

    it('picks the language from the extension: an indented Markdown code block is not prose, in plain text it is', () => {
      const body = 'Intro line.\n\n    "We threw it away."\n';
      assert.strictEqual(copydesk(['check', write('code.md', body)], dir).status, 0);
      const txt = copydesk(['check', write('code.txt', body)], dir);
      assert.match(txt.stdout, /code\.txt:3:5 warning quote\.unattributed/);
    });
  });

  describe('quotes', () => {
    it('lists every quotation with range, text, speaker, status and cue', () => {
      const f = write('flagged.md', FLAGGED);
      const r = copydesk(['quotes', '--format', 'json', f], dir);
      assert.strictEqual(r.status, 0, r.stderr);
      const [{ file, quotations }] = JSON.parse(r.stdout);
      assert.strictEqual(file, 'flagged.md');
      assert.strictEqual(quotations.length, 2);
      const [said, alone] = quotations;
      assert.strictEqual(said.text, 'The numbers are sound,');
      assert.strictEqual(said.speaker, 'Lopez');
      assert.strictEqual(said.status, 'attributed');
      assert.strictEqual(said.cue.text, 'said');
      assert.deepStrictEqual([said.line, said.column], [3, FLAGGED.split('\n')[2].indexOf('"') + 1]);
      assert.deepStrictEqual(
        { line: alone.line, column: alone.column, endLine: alone.endLine, endColumn: alone.endColumn, text: alone.text, speaker: alone.speaker, status: alone.status, cue: alone.cue },
        { line: 7, column: 1, endLine: 7, endColumn: 20, text: 'We threw it away.', speaker: null, status: 'unattributed', cue: null },
      );
    });

    it('prints one text line per quotation', () => {
      const r = copydesk(['quotes', write('flagged.md', FLAGGED)], dir);
      assert.strictEqual(r.status, 0);
      assert.match(r.stdout, /^flagged\.md:7:1 unattributed - "We threw it away\."$/m);
      assert.match(r.stdout, /^flagged\.md:3:\d+ attributed Lopez "The numbers are sound,"$/m);
    });
  });

  describe('tags', () => {
    it('prints each sentence with its tags and chunks, in text and JSON', () => {
      const f = write('tags.md', 'The harbour master said the ferry was late.\n\n"Fine," her deputy replied on Friday.\n');
      const txt = copydesk(['tags', f], dir);
      assert.strictEqual(txt.status, 0, txt.stderr);
      assert.match(txt.stdout, /^tags\.md:1:1 \[The\/DET harbour\/NOUN master\/NOUN\] said\/VERB \[the\/DET ferry\/NOUN\] was\/AUX late\/ADJ \.\/PUNCT$/m);
      const r = copydesk(['tags', '--format', 'json', f], dir);
      assert.strictEqual(r.status, 0, r.stderr);
      const [{ file, sentences }] = JSON.parse(r.stdout);
      assert.strictEqual(file, 'tags.md');
      assert.strictEqual(sentences.length, 2);
      const second = sentences[1];
      assert.deepStrictEqual([second.line, second.column], [3, 1]);
      assert.deepStrictEqual(second.tokens.find((t: { text: string }) => t.text === 'replied'), { text: 'replied', pos: 'VERB', line: 3, column: 20 });
      assert.deepStrictEqual(second.chunks.find((c: { head: string }) => c.head === 'deputy'), { line: 3, column: 9, endLine: 3, endColumn: 19, text: 'her deputy', head: 'deputy', possessor: null });
    });
  });
});

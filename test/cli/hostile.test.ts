/**
 * Issue 15, the CLI's rows: line endings, UTF-16, reading stops at the size
 * limit, a closed pipe, names in combining accents, profile files that do
 * not parse or are symbolic links. `node bin/copydesk.js` as a user runs it.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ALIAS_BOMB } from '../robustness/adversarialInputs';

const ROOT = path.join(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'copydesk.js');

function copydesk(args: string[], cwd: string, nodeArgs: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DRAFT = [
  '# Budget',
  '',
  'City Manager Maria Lopez presented the budget on Monday, March 10, 2026. "The numbers are sound," Lopez said.',
  '',
  'Council member Tom Reyes voted against it.',
  '',
  '"We threw it away."',
  '',
  'A city official said the vote was close.',
  '',
].join('\n');

describe('cli: odd and hostile input (issue 15)', function () {
  this.timeout(120_000);
  let dir: string;
  const write = (name: string, content: string | Buffer): string => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
    return name;
  };
  /** `check --format json` findings as `line:col code`, per file. */
  const findings = (file: string): string[] => {
    const r = copydesk(['check', '--format', 'json', '--date', '2026-03-12', file], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return (JSON.parse(r.stdout) as { findings: { line: number; column: number; code: string }[] }[])[0].findings.map((f) => `${f.line}:${f.column} ${f.code}`);
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-hostile-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('row 1: lone CR, CRLF and LF line endings give the same findings on the same lines', () => {
    const lf = findings(write('lf.md', DRAFT));
    assert.ok(lf.length >= 3, lf.join('\n'));
    assert.deepStrictEqual(findings(write('crlf.md', DRAFT.replace(/\n/g, '\r\n'))), lf);
    assert.deepStrictEqual(findings(write('cr.md', DRAFT.replace(/\n/g, '\r'))), lf);
  });

  it('row 2: UTF-16 LE and BE with a byte order mark are decoded (and a UTF-8 one is dropped)', () => {
    const lf = findings(write('utf8.md', DRAFT));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]);
    const be = Buffer.from(DRAFT, 'utf16le').swap16();
    assert.deepStrictEqual(findings(write('le.md', le)), lf);
    assert.deepStrictEqual(findings(write('be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))), lf);
    assert.deepStrictEqual(findings(write('bom8.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)]))), lf);
  });

  it('row 3: names typed with combining accents (NFD) are matched as the precomposed ones, ranges on the text as written', () => {
    const draft = '"We threw it away," said José García.\n\n"It is done," José García said.\n\n"No more," said Zoë Ångström-Núñez.\n';
    const run = (name: string, text: string): { quotations: { speaker: string | null; status: string; line: number; column: number; endColumn: number }[] } => {
      const r = copydesk(['quotes', '--format', 'json', write(name, text)], dir);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      return (JSON.parse(r.stdout) as { quotations: { speaker: string | null; status: string; line: number; column: number; endColumn: number }[] }[])[0];
    };
    const nfc = run('nfc.md', draft.normalize('NFC'));
    const nfd = run('nfd.md', draft.normalize('NFD'));
    assert.deepStrictEqual(nfc.quotations.map((q) => q.speaker), ['José García', 'José García', 'Zoë Ångström-Núñez']);
    assert.deepStrictEqual(nfd.quotations.map((q) => q.speaker?.normalize('NFC')), nfc.quotations.map((q) => q.speaker));
    assert.deepStrictEqual(nfd.quotations.map((q) => q.status), nfc.quotations.map((q) => q.status));
    // The speaker is the text as written (decomposed), not a normalised copy.
    assert.ok(nfd.quotations.every((q) => q.speaker === q.speaker?.normalize('NFD')));
  });

  it('row 7: reading stops past the size limit: /dev/zero and a 700 MB file are reported too large and the next file is checked', () => {
    const big = path.join(dir, 'big.md');
    // Sparse: 700 MB that take no disk.
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 700 * 1024 * 1024);
    fs.closeSync(fd);
    const files = fs.existsSync('/dev/zero') ? ['/dev/zero', 'big.md', write('ok.md', DRAFT)] : ['big.md', write('ok.md', DRAFT)];
    // A 64 MB heap: reading all of either would not fit.
    const r = copydesk(['check', '--format', 'json', ...files], dir, ['--max-old-space-size=64']);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 1);
    const out = JSON.parse(r.stdout) as { file: string; findings: { code: string; message: string }[] }[];
    assert.deepStrictEqual(out.map((f) => f.file), files);
    for (const f of out.slice(0, -1)) assert.deepStrictEqual(f.findings.map((x) => x.code), ['copydesk.too-large']);
    assert.match(out[out.length - 2].findings[0].message, /700\.0 MB/);
    assert.ok(out[out.length - 1].findings.some((x) => x.code === 'quote.unattributed'));
  });

  it('row 8: a closed pipe (| head -1) ends the run quietly with exit 0', function () {
    if (process.platform === 'win32') this.skip();
    // Paragraphs of over 40 characters: shorter ones past 1,024 meet the paragraph budget, and its note on stderr.
    write('many.md', '"We threw it away, and it is not coming back."\n\n'.repeat(20_000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" quotes many.md 2>err.txt | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8'), '');
    assert.strictEqual(r.stdout.trim(), '0');
  });
});

describe('cli: profile files that do not parse or are links (issue 15 rows 9, 10)', function () {
  this.timeout(120_000);
  let dir: string;
  let outside: string;
  const DRAFT_NAMES = 'Maria Lopez presented the budget. "The numbers are sound," Lopez said. Tom Reyes voted against it.\n';

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-profiles-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-outside-'));
    const profiles = path.join(dir, '.copydesk', 'profiles');
    fs.mkdirSync(profiles, { recursive: true });
    fs.writeFileSync(path.join(profiles, 'good.yaml'), '- name: Maria Lopez\n  title: City Manager\n');
    fs.writeFileSync(path.join(profiles, 'bomb.yaml'), ALIAS_BOMB);
    // A link inside the workspace folder is followed; one that leads outside it is reported, not read.
    fs.mkdirSync(path.join(dir, 'shared'));
    fs.writeFileSync(path.join(dir, 'shared', 'reyes.yaml'), '- name: Tom Reyes\n  title: council member\n');
    fs.symlinkSync(path.join(dir, 'shared', 'reyes.yaml'), path.join(profiles, 'reyes.yaml'));
    fs.writeFileSync(path.join(outside, 'secret.yaml'), '- name: Someone Else\n');
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(profiles, 'secret.yaml'));
    fs.writeFileSync(path.join(dir, 'draft.md'), DRAFT_NAMES);
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('row 9: a YAML alias bomb is one error line; the other profile files load (exit 0)', () => {
    const r = copydesk(['actors', '--format', 'json', 'draft.md'], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const bombLines = r.stderr.split('\n').filter((l) => l.includes('bomb.yaml'));
    assert.strictEqual(bombLines.length, 1, r.stderr);
    assert.match(bombLines[0], /error/);
    assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
    const actors = (JSON.parse(r.stdout) as { actors: { name: string; profile: { file: string } | null }[] }[])[0].actors;
    assert.ok(actors.find((a) => a.name === 'Maria Lopez')?.profile, 'the valid file next to the bomb still loads');
  });

  it('row 10: a linked profile file inside the workspace folder is read; one outside it is reported in one line', function () {
    if (process.platform === 'win32') this.skip();
    const r = copydesk(['actors', '--format', 'json', 'draft.md'], dir);
    const actors = (JSON.parse(r.stdout) as { actors: { name: string; profile: { file: string } | null }[] }[])[0].actors;
    assert.ok(actors.find((a) => a.name === 'Tom Reyes')?.profile, 'followed the link inside the folder');
    const lines = r.stderr.split('\n').filter((l) => l.includes('secret.yaml'));
    assert.strictEqual(lines.length, 1, r.stderr);
    assert.match(lines[0], /outside the workspace folder/);
  });
});

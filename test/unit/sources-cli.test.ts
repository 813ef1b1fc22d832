/** The source rules through the CLI entry point (in process): `check`, `--format json`, `--rule`, ignore markers. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../server/src/cli/main';

interface JsonFinding {
  code: string;
  severity: string;
  line: number;
  column: number;
  endColumn: number;
}

async function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  let out = '';
  const code = await run(args, { out: (t) => void (out += t), err: (t) => void (out += t) });
  return { code, out };
}

describe('cli: source rules', () => {
  let dir: string;
  let md: string;
  let txt: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-sources-'));
    md = path.join(dir, 'draft.md');
    txt = path.join(dir, 'draft.txt');
    fs.writeFileSync(md, 'Insiders say the vote was decided weeks ago.\n\nCritics say it was rushed.\n\n<!-- copydesk-ignore source.unnamed -->\nOfficials said so.\n');
    fs.writeFileSync(txt, 'Insiders say the vote was decided weeks ago.\n\n[copydesk-ignore source.unnamed]\nOfficials said so.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports source.unnamed and source.vague in JSON, honouring the ignore comment', async () => {
    const r = await cli(['check', '--format', 'json', '--date', '2026-11-26', md]);
    assert.strictEqual(r.code, 1);
    const [file] = JSON.parse(r.out) as { findings: JsonFinding[] }[];
    assert.deepStrictEqual(
      file.findings.map((f) => [f.code, f.severity, f.line, f.column, f.endColumn]),
      [
        ['source.unnamed', 'warning', 1, 1, 9],
        ['source.vague', 'hint', 3, 1, 8],
      ],
    );
  });

  it('takes per-rule levels', async () => {
    const r = await cli(['check', '--rule', 'source.unnamed=error', '--rule', 'source.vague=off', md]);
    const findingLines = r.out.split('\n\n')[0].trim().split('\n');
    assert.deepStrictEqual(findingLines.map((l) => l.split(' ').slice(1, 3).join(' ')), ['error source.unnamed']);
    assert.match(r.out, /\n\n✖ 1 problem \(1 error, 0 warnings\) in 1 file\n$/);
  });

  it('honours the plain-text marker', async () => {
    const r = await cli(['check', '--format', 'json', txt]);
    const [file] = JSON.parse(r.out) as { findings: JsonFinding[] }[];
    assert.deepStrictEqual(file.findings.map((f) => [f.code, f.line]), [['source.unnamed', 1]]);
  });
});

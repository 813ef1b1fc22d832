import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { actorsCommand, type CliActor } from '../../server/src/cli/commands/actors';

/** The shared development corpus (read, never copied into the project). */
const PEACE_PLAN = path.join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'dev', 'peace-plan.txt');

async function run(args: string[], cwd?: string): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await actorsCommand.run(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}

describe('copydesk actors', () => {
  const haveCorpus = fs.existsSync(PEACE_PLAN);

  it('lists the seven people of peace-plan.txt once each with their draft roles, plus Bloomberg and the White House', async function () {
    if (!haveCorpus) this.skip();
    const { code, out } = await run(['--format', 'json', PEACE_PLAN]);
    assert.strictEqual(code, 0);
    const [{ actors }] = JSON.parse(out) as { actors: CliActor[] }[];
    const people = actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role]);
    assert.deepStrictEqual(people.sort(), [
      ['Donald Trump', 'President'],
      ['Jared Kushner', "Trump's son-in-law and informal adviser"],
      ['Kirill Dmitriev', 'close Putin adviser on Ukraine'],
      ['Steve Witkoff', 'US envoy'],
      ['Vladimir Putin', 'President'],
      ['Volodymyr Zelenskyy', 'Ukrainian President'],
      ['Yuri Ushakov', "Putin's foreign policy adviser"],
    ]);
    assert.deepStrictEqual(actors.filter((a) => a.kind === 'organization').map((a) => a.name).sort(), ['Bloomberg', 'White House']);
  });

  it('links every quotation of peace-plan.txt to the right person', async function () {
    if (!haveCorpus) this.skip();
    const [{ actors }] = JSON.parse((await run(['--format', 'json', PEACE_PLAN])).out) as { actors: CliActor[] }[];
    const by = (name: string): string[] => actors.find((a) => a.name === name)!.quotes.map((q) => q.text.slice(0, 20));
    assert.deepStrictEqual(by('Steve Witkoff'), ['man of peace.', "From that, it's goin"]);
    assert.deepStrictEqual(by('Donald Trump'), ['standard negotiating', "He's got to sell thi", 'fine-tuned', 'stop where they are']);
    assert.deepStrictEqual(by('Yuri Ushakov'), ["It's unlikely this i", 'quite often', 'the essence of these']);
    assert.deepStrictEqual(by('Kirill Dmitriev'), ["I don't think they'l"]);
    const linked = actors.reduce((n, a) => n + a.quotes.length, 0);
    assert.strictEqual(linked, 10);
  });

  it('matches profiles from --profiles globs and reports broken profile files on stderr', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-actors-cli-'));
    try {
      fs.writeFileSync(path.join(dir, 'draft.txt'), 'Ukrainian President Volodymyr Zelensky met US envoy Steve Witkoff on Monday.\n');
      fs.mkdirSync(path.join(dir, 'people'));
      fs.writeFileSync(path.join(dir, 'people', 'ukraine.yaml'), '- name: Volodymyr Zelenskyy\n  aliases: [Zelensky]\n');
      fs.writeFileSync(path.join(dir, 'people', 'broken.json'), '{"name": ');
      const { code, out, err } = await run(['--format', 'json', '--profiles', 'people/*.yaml', '--profiles', 'people/*.json', 'draft.txt'], dir);
      assert.strictEqual(code, 0);
      const [{ actors }] = JSON.parse(out) as { actors: CliActor[] }[];
      assert.deepStrictEqual(actors.find((a) => a.name === 'Volodymyr Zelensky')!.profile, { file: path.join('people', 'ukraine.yaml'), line: 1, entry: 0, name: 'Volodymyr Zelenskyy' });
      assert.strictEqual(actors.find((a) => a.name === 'Steve Witkoff')!.profile, null);
      assert.match(err, /people\/broken\.json:1: error: Invalid JSON/);
      const text = await run(['draft.txt'], dir);
      assert.match(text.out, /^draft\.txt:1:21 person Volodymyr Zelensky — Ukrainian President \(1 mention, 0 quotes\)$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

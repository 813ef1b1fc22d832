/**
 * `--jobs`: how many threads a default run starts, and the pool's main thread
 * taking drafts from the same queue as its workers (results still in input order).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../../server/src/cli/main'; // records the worker entry file, as the CLI does at load
import { autoJobs, defaultJobs, draftSpec, FileContext, processTask, type RunInit, type Task, type TaskResult } from '../../server/src/cli/draftCommand';
import { runOnWorkers } from '../../server/src/cli/pool';

describe('--jobs', () => {
  it('a default run starts one thread per 50 drafts, at most one per core', () => {
    assert.strictEqual(autoJobs(0), 1);
    assert.strictEqual(autoJobs(1), 1);
    assert.strictEqual(autoJobs(50), 1);
    assert.strictEqual(autoJobs(51), Math.min(2, defaultJobs()));
    assert.strictEqual(autoJobs(100_000), defaultJobs());
  });

  it('the main thread checks drafts too, and the results come in input order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-jobs-'));
    try {
      const tasks: Task[] = [];
      for (let i = 0; i < 24; i++) {
        const file = path.join(dir, `d${i}.md`);
        fs.writeFileSync(file, `The mayor ${i} spoke on Friday.\n\n"It will never pass."\n`);
        tasks.push({ index: i, file });
      }
      const init: RunInit = { command: 'check', overrides: { rules: {} }, today: '2026-03-12', format: 'json', cwd: dir, quiet: false, colour: false };
      const spec = draftSpec('check');
      const ctx = new FileContext(init);
      const onMain: number[] = [];
      const got: TaskResult[] = [];
      await runOnWorkers(init, tasks, 2, false, (r) => got.push(r), (t) => {
        onMain.push(t.index);
        return processTask(spec, ctx, t);
      });
      assert.deepStrictEqual(got.map((r) => r.index), tasks.map((t) => t.index));
      assert.ok(onMain.length > 0 && onMain.length < tasks.length, `the main thread took ${onMain.length} of ${tasks.length}`);
      const alone = tasks.map((t) => processTask(spec, ctx, t));
      assert.deepStrictEqual(got.map((r) => r.json), alone.map((r) => r.json), 'the same findings whichever thread checked a draft');
      assert.ok(got.every((r) => (r.json as { findings: { code: string }[] }).findings.some((f) => f.code === 'quote.unattributed')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The source-phrase memo outlives an analysis (the server's next versions, the
 * CLI's next files). A phrase sliced from a draft must not keep that draft in
 * memory for as long as its entry lives.
 */
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyzeSourcePhrase } from '../../server/src/analysis/sources/classify';

function gcFunction(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('robustness: the source-phrase memo keeps no draft alive', () => {
  it('40 one-megabyte drafts, each with a new source phrase: under 10 MB held afterwards', () => {
    const gc = gcFunction();
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    for (let i = 0; i < 40; i++) {
      const draft = `Draft ${i}.\n\n${'The ferry ran late again. '.repeat(40000)}A harbour official in charge of berth ${i} said the cranes were idle.`;
      const at = draft.indexOf('A harbour official');
      const info = analyzeSourcePhrase(draft.slice(at, draft.indexOf(' said', at)));
      assert.strictEqual(info.unnamed, true);
    }
    gc();
    const heldMb = (v8.getHeapStatistics().used_heap_size - before) / (1024 * 1024);
    assert.ok(heldMb < 10, `${heldMb.toFixed(1)} MB held by 40 phrases`);
  });
});

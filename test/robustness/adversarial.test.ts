/**
 * Adversarial inputs: the analysis and each rule must do work proportional
 * to the input. For each pathological text we take the CPU time of the
 * analysis and of every rule on n and on 4n characters; linear work grows
 * about 4×, quadratic work 16×. The bound (GROWTH_LIMIT) is generous for a noisy shared machine and
 * still far below quadratic; times under NOISE_FLOOR_MS are too small to judge.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { RULES } from '../../server/src/analysis/rules';
import { ADVERSARIAL_INPUTS as INPUTS } from './adversarialInputs';
import { OPTIONS, assertWellFormed, cpuMs } from './helpers';

/** Characters in the larger input (the 100,000 quote marks). */
const BIG = 100_000;
const SMALL = BIG / 4;
/** Allowed growth of time from n to 4n characters (linear ≈ 4, quadratic ≈ 16). */
const GROWTH_LIMIT = 10;
/** Below this CPU time at 4n, a measurement is timer noise and GC, not growth (quadratic work at 100,000 characters costs seconds). */
const NOISE_FLOOR_MS = 50;

describe('robustness: adversarial inputs take time proportional to their size', function () {
  this.timeout(180000);

  for (const [name, make] of INPUTS) {
    it(name, () => {
      const small = make(SMALL);
      const big = make(BIG);
      assert.ok(big.length >= BIG * 0.9 && big.length <= BIG * 1.1, `input of ${big.length} characters`);
      // Well-formed output first: no throw, no rule error, ranges inside.
      const bigAnalysis = analyze(big, OPTIONS);
      assertWellFormed(big, bigAnalysis, check(bigAnalysis));
      const smallAnalysis = analyze(small, OPTIONS);

      const stages: [string, () => void, () => void][] = [['analyze', () => analyze(small, OPTIONS), () => analyze(big, OPTIONS)]];
      for (const rule of RULES) {
        stages.push([`rule ${rule.id}`, () => check(smallAnalysis, undefined, [rule]), () => check(bigAnalysis, undefined, [rule])]);
      }
      const slow: string[] = [];
      for (const [stage, runSmall, runBig] of stages) {
        const tBig = cpuMs(runBig);
        if (tBig < NOISE_FLOOR_MS) continue;
        let tSmall = Math.max(cpuMs(runSmall), 0.5);
        let growth = tBig / tSmall;
        if (growth > GROWTH_LIMIT) {
          // One GC pause or a JIT tier change can land in either measurement; quadratic work exceeds the bound on every try.
          tSmall = Math.max(cpuMs(runSmall, 5), 0.5);
          growth = Math.min(growth, cpuMs(runBig, 5) / tSmall);
        }
        if (growth > GROWTH_LIMIT) slow.push(`${stage}: ${tSmall.toFixed(1)} ms at ${small.length} chars, ${tBig.toFixed(1)} ms at ${big.length} (×${growth.toFixed(1)})`);
      }
      assert.deepStrictEqual(slow, [], `superlinear on "${name}"`);
    });
  }
});

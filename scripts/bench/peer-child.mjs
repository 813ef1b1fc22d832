/*
 * One peer linter on one draft, in a process of its own. Prints one JSON line.
 *
 *   node scripts/bench/peer-child.mjs harper|textlint FILE RUNS WARMUP_FILE
 *
 * Warm-up: the linter is set up and run once on WARMUP_FILE (a small draft),
 * so WebAssembly compilation and module loading are not counted; then FILE is
 * linted RUNS times (fewer when one run is long, see RUN_BUDGET_MS).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A package's version from its manifest (some packages do not export `./package.json`). */
const versionOf = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const { countWords, median, peakRssMB, summary } = require('./stats.js');

/** Stop repeating once this much time went into runs (at least one run always happens). */
const RUN_BUDGET_MS = 20000;

async function harperLinter() {
  const harper = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.American });
  await linter.setup();
  return { name: 'harper.js', version: versionOf('harper.js'), lint: async (t) => (await linter.lint(t)).length };
}

async function textlintLinter() {
  const { TextlintKernel } = await import('@textlint/kernel');
  const interop = (m) => (m && m.default) || m;
  const kernel = new TextlintKernel();
  const options = {
    ext: '.txt',
    filePath: 'draft.txt',
    rules: [{ ruleId: 'write-good', rule: interop(require('textlint-rule-write-good')) }],
    plugins: [{ pluginId: 'text', plugin: interop(require('@textlint/textlint-plugin-text')) }],
  };
  return {
    name: 'textlint+write-good',
    version: `${versionOf('textlint')}/${versionOf('textlint-rule-write-good')}`,
    lint: async (t) => (await kernel.lintText(t, options)).messages.length,
  };
}

const [peer, file, runsArg, warmupFile] = process.argv.slice(2);
const linter = peer === 'harper' ? await harperLinter() : peer === 'textlint' ? await textlintLinter() : null;
if (!linter) throw new Error(`unknown peer ${peer}`);
const text = fs.readFileSync(file, 'utf8');
await linter.lint(fs.readFileSync(warmupFile, 'utf8'));
const times = [];
const cpu = [];
let findings = 0;
let spent = 0;
for (let i = 0; i < Number(runsArg) && (i === 0 || spent < RUN_BUDGET_MS); i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  findings = await linter.lint(text);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  spent += ms;
  times.push(ms);
}
process.stdout.write(JSON.stringify({ peer: linter.name, version: linter.version, file, words: countWords(text), peakRssMB: peakRssMB(), findings, ...summary(times), cpuMedianMs: median(cpu) }) + '\n');

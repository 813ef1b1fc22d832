/*
 * The peer linters the bench compares Copydesk with, set up as the README's
 * speed section says: harper.js (its WebAssembly linter, American dialect) and
 * textlint with the write-good rule on plain text. Each is `{ name, version,
 * lint(text) -> Promise<number of findings> }`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A package's version from its manifest (some packages do not export `./package.json`). */
const versionOf = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

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

/** The peer named `harper` or `textlint`, set up and ready to lint. */
export async function peerLinter(name) {
  if (name === 'harper') return harperLinter();
  if (name === 'textlint') return textlintLinter();
  throw new Error(`unknown peer ${name}`);
}

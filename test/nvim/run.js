#!/usr/bin/env node
'use strict';
/*
 * `npm run test:nvim`: Debian's Neovim 0.7 (headless, no user config, XDG folders in a scratch dir) drives
 * `node bin/copydesk.js lsp --stdio` through test/nvim/lsp_test.lua on a sample draft written here. Exit code: Neovim's
 * (non-zero when a check failed or the run timed out). Needs a built CLI (`npm run build`).
 */
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const DRAFT = `"The vote is tonight," Mayor Ana Ruiz said on Tuesday.

The council then met for three hours.

"We threw it away."

"It was never going to work," Ruiz said.
`;

function main() {
  const nvim = process.env.COPYDESK_NVIM || 'nvim';
  const version = cp.spawnSync(nvim, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    console.error('nvim: Neovim not found (apt-get install neovim)');
    return 1;
  }
  console.log(`nvim: ${version.stdout.split('\n')[0]}`);
  const scratch = path.join(ROOT, '.cache', 'nvim');
  fs.rmSync(scratch, { recursive: true, force: true });
  const env = { ...process.env, COPYDESK_ROOT: ROOT, COPYDESK_NODE: process.execPath };
  for (const d of ['CONFIG', 'DATA', 'STATE', 'CACHE', 'RUNTIME']) {
    env[`XDG_${d}_HOME`] = path.join(scratch, d.toLowerCase());
    fs.mkdirSync(env[`XDG_${d}_HOME`], { recursive: true });
  }
  fs.chmodSync(env.XDG_RUNTIME_HOME, 0o700);
  env.XDG_RUNTIME_DIR = env.XDG_RUNTIME_HOME;
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  env.COPYDESK_NVIM_DRAFT = path.join(workspace, 'draft.md');
  fs.writeFileSync(env.COPYDESK_NVIM_DRAFT, DRAFT);
  const started = Date.now();
  const r = cp.spawnSync(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'lsp_test.lua')}`], {
    env,
    cwd: workspace,
    encoding: 'utf8',
    timeout: 120000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.stdout.write(r.stdout ?? '');
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.error || r.signal) {
    console.error(`nvim: did not finish (${r.error ? r.error.message : r.signal})`);
    return 1;
  }
  console.log(`nvim: exit ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0 ? 0 : 1;
}

process.exit(main());

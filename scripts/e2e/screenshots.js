#!/usr/bin/env node
'use strict';
/*
 * `npm run screenshots`: regenerates the pictures in docs/images/ (shown in the README) from the real workbench.
 * It runs the e2e suite on the development folder with COPYDESK_E2E_SCREENSHOT_DIR set; the tests that show a hover
 * card, a quick fix, the sourcing report, the Problems panel and the cue colours ask the host for a picture and
 * wait for it. Extra arguments go to scripts/e2e/run.js (e.g. --no-build).
 */
const cp = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const dir = path.join(ROOT, 'docs/images');
const r = cp.spawnSync(process.execPath, [path.join(__dirname, 'run.js'), '--local', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, COPYDESK_E2E_SCREENSHOT_DIR: dir },
});
if (r.status === 0) console.log(`screenshots: written to ${path.relative(ROOT, dir)}/`);
process.exit(r.status ?? 1);

#!/usr/bin/env node
// The `copydesk` command: runs the bundled CLI (dist/cli.js) when the package
// ships one, else the compiled sources (out/, from `npm run build`).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const mtime = (p) => {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return -1;
  }
};
// In a checkout both may exist: take the newer, so a stale bundle never hides a fresh build.
const entry = [path.join(root, 'dist', 'cli.js'), path.join(root, 'out', 'server', 'src', 'cli', 'main.js')]
  .filter((p) => mtime(p) >= 0)
  .sort((a, b) => mtime(b) - mtime(a))[0];
if (!entry) {
  process.stderr.write('copydesk: not built yet; run `npm run build` in ' + root + '\n');
  process.exit(2);
}
require(entry)
  .run(process.argv.slice(2))
  .then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (e) => {
      process.stderr.write('copydesk: internal error: ' + (e && e.stack ? e.stack : String(e)) + '\n');
      process.exitCode = 2;
    },
  );

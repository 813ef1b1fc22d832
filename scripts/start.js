#!/usr/bin/env node
// `npm start`: runs the checker on the bundled sample draft and prints what it
// finds. Findings are the point of the demo, so this exits 0 when the checker
// ran (exit 0 or 1) and passes on any other failure.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const sample = path.join('samples', 'council-budget.md');
const bin = path.join(root, 'bin', 'copydesk.js');

console.log(`Copydesk: checking ${sample}\n`);
const r = spawnSync(process.execPath, [bin, 'check', sample], { cwd: root, stdio: 'inherit' });
if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 2);
console.log(`\nQuotations and their speakers (copydesk quotes ${sample}):\n`);
const q = spawnSync(process.execPath, [bin, 'quotes', sample], { cwd: root, stdio: 'inherit' });
if (q.status !== 0) process.exit(q.status ?? 2);
console.log('\nTry: node bin/copydesk.js check --format json ' + sample + '   |   node bin/copydesk.js --help');

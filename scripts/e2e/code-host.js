#!/usr/bin/env node
'use strict';
/*
 * A stand-in for a VS Code executable, so `@vscode/test-electron`'s `runTests({ vscodeExecutablePath })` can drive
 * the offline host (scripts/e2e/host.js) exactly as it drives a desktop VS Code. It accepts the arguments runTests
 * passes: `--extensionDevelopmentPath=P` (repeatable), `--extensionTestsPath=P`, `--user-data-dir D`,
 * `--extensions-dir D` (either `=` or space form), a workspace folder, and ignores desktop-only flags
 * (`--no-sandbox`, `--disable-updates`, ...). Exit code: the test run's (0 pass, 1 fail).
 * Overall timeout: COPYDESK_E2E_TIMEOUT_MS (default 10 minutes).
 */
const fs = require('fs');
const path = require('path');
const host = require('./host');

const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);

function parseArgs(argv) {
  const out = { extensionDevelopmentPath: [], positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!m) {
      out.positional.push(arg);
      continue;
    }
    const [, name, inline] = m;
    if (!VALUE_FLAGS.has(name)) continue;
    const value = inline ?? argv[++i];
    if (name === 'extensionDevelopmentPath') out.extensionDevelopmentPath.push(value);
    else out[name] = value;
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) {
    process.stderr.write('code-host: --extensionTestsPath is required\n');
    return 2;
  }
  const folder = args.positional[0] ?? host.cacheDir('e2e', 'empty-workspace');
  const dirs = {
    userDataDir: path.resolve(args['user-data-dir'] ?? host.cacheDir('e2e', 'user-data')),
    extensionsDir: path.resolve(args['extensions-dir'] ?? host.cacheDir('e2e', 'extensions')),
    serverDataDir: host.cacheDir('e2e', 'server-data'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const timeoutMs = Number(process.env.COPYDESK_E2E_TIMEOUT_MS || 10 * 60 * 1000);
  const server = await host.startServer(dirs, {});
  const onSignal = () => {
    server.stop();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await host.runWorkbench({
      port: server.port,
      folder,
      developmentPaths: args.extensionDevelopmentPath,
      testsPath: args.extensionTestsPath.replace(/\.js$/, '') + '.js',
      timeoutMs,
      logFile: path.join(path.dirname(dirs.userDataDir), 'workbench.log'),
    });
  } finally {
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`code-host: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);

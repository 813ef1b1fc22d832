#!/usr/bin/env node
'use strict';
/*
 * `npm run test:e2e`: runs the extension-host suite (out/test/e2e/index.js, Mocha over test/e2e/*.e2e.ts) in a real
 * VS Code. A desktop VS Code is used when one is found (COPYDESK_VSCODE, a `.vscode-test/` download, or a system
 * install, with a display); otherwise the offline host: code-server's Code-OSS server on Node 24 with its workbench
 * in headless Chromium (scripts/e2e/code-host.js). Both are driven by @vscode/test-electron's runTests, so the
 * tests are the same.
 *
 *   node scripts/e2e/run.js              development folder (bundles dist/ first)
 *   node scripts/e2e/run.js --installed  packages the .vsix, installs it with --install-extension, tests that copy
 *   node scripts/e2e/run.js --all        both, one build (what `npm run test:e2e` runs)
 *   options: --no-build (use existing out/ and dist/ or .vsix), --local (never the desktop build)
 *
 * The workspace is a fresh folder under .cache/e2e/<checkout folder>/runs/<mode>/ holding test/e2e/fixtures/ and a 5,000-word draft
 * generated at test time by ../shared/tools/gen-draft.js. Exit code: the test run's.
 */
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const host = require('./host');

const ROOT = host.ROOT;
const argv = process.argv.slice(2);
const modes = argv.includes('--all') ? ['dev', 'installed'] : argv.includes('--installed') ? ['installed'] : ['dev'];
const noBuild = argv.includes('--no-build');
const localOnly = argv.includes('--local') || process.env.COPYDESK_E2E_HOST === 'local';
const EXTENSION_ID = 'copydesk.copydesk';

function run(cmd, args, opts = {}) {
  const r = cp.spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

/** A desktop VS Code (Electron) executable, or null. */
function findDesktop() {
  if (localOnly) return null;
  const explicit = process.env.COPYDESK_VSCODE;
  if (explicit) return fs.existsSync(explicit) ? explicit : null;
  const candidates = [];
  const testCache = path.join(ROOT, '.vscode-test');
  if (fs.existsSync(testCache)) {
    for (const d of fs.readdirSync(testCache)) {
      if (!d.startsWith('vscode-')) continue;
      candidates.push(path.join(testCache, d, 'code'), path.join(testCache, d, 'Visual Studio Code.app/Contents/MacOS/Electron'), path.join(testCache, d, 'Code.exe'));
    }
  }
  candidates.push('/usr/share/code/code', '/Applications/Visual Studio Code.app/Contents/MacOS/Electron');
  const found = candidates.find((c) => fs.existsSync(c));
  // Linux desktop builds need a display.
  if (found && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`e2e: found ${found} but no display; using the offline host`);
    return null;
  }
  return found ?? null;
}

/** A fresh workspace with the fixtures and a generated 5,000-word draft. */
function makeWorkspace(runDir) {
  const ws = path.join(runDir, 'workspace');
  fs.rmSync(ws, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test/e2e/fixtures'), ws, { recursive: true });
  // The sample draft `npm start` checks, as a reporter would open it (the quick-fix ranking test reads its line 15).
  fs.mkdirSync(path.join(ws, 'samples'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'samples/council-budget.md'), path.join(ws, 'samples/council-budget.md'));
  const gen = path.resolve(ROOT, '../shared/tools/gen-draft.js');
  if (!fs.existsSync(gen)) throw new Error(`draft generator not found at ${gen} (../shared beside the repo)`);
  const r = cp.spawnSync(process.execPath, [gen, '5000', '--seed', '1', '--out', path.join(ws, 'long-draft.md')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('gen-draft.js failed');
  return ws;
}

/** A dev-extension folder with no code, so the extension under test is the installed one. */
function makeHarness(runDir) {
  const dir = path.join(runDir, 'harness');
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: 'copydesk-e2e-harness', publisher: 'copydesk-tests', version: '0.0.0', engines: { vscode: '^1.82.0' } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

function newestVsix() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const file = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  return fs.existsSync(file) ? file : null;
}

async function runMode(mode, desktop) {
  const started = Date.now();
  const installed = mode === 'installed';
  const testsPath = path.join(ROOT, 'out/test/e2e/index.js');
  if (!fs.existsSync(testsPath)) throw new Error(`${testsPath} missing: build first`);
  const runDir = host.cacheDir('e2e', 'runs', mode);
  const workspace = makeWorkspace(runDir);
  // Pictures for the README (`npm run screenshots`): the tests ask the host for them and wait for the files.
  const screenshotDir = process.env.COPYDESK_E2E_SCREENSHOT_DIR ? path.resolve(process.env.COPYDESK_E2E_SCREENSHOT_DIR) : null;
  if (screenshotDir) fs.mkdirSync(screenshotDir, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'e2e-run.json'), JSON.stringify({ mode, extensionId: EXTENSION_ID, screenshotDir }) + '\n');
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });

  if (installed) {
    const vsix = newestVsix();
    if (!vsix) throw new Error('no .vsix: run `npm run package` or drop --no-build');
    console.log(`e2e: installing ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(1)} KiB) offline`);
    if (desktop) {
      const { resolveCliArgsFromVSCodeExecutablePath } = require('@vscode/test-electron');
      const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(desktop);
      if (run(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--install-extension', vsix]) !== 0) return 1;
    } else {
      host.installExtension(vsix, { userDataDir, extensionsDir, serverDataDir: host.cacheDir('e2e', 'server-data') });
    }
  }

  const { runTests } = require('@vscode/test-electron');
  const executable = desktop ?? path.join(__dirname, 'code-host.js');
  console.log(`e2e: ${mode} extension, host ${desktop ? `desktop VS Code ${desktop}` : 'offline Code-OSS server + headless Chromium'}`);
  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: installed ? makeHarness(runDir) : ROOT,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry'],
      extensionTestsEnv: { COPYDESK_E2E_MODE: mode },
    });
  } catch (err) {
    console.error(`e2e: ${err && err.message ? err.message : err}`);
    code = 1;
  }
  console.log(`e2e: ${mode} run ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s (wall: host start, workbench, suite)`);
  return code;
}

async function main() {
  if (!noBuild) {
    // Type errors fail `npm test`; here we only need the emitted tests, so a tsc error is reported, not fatal.
    if (run('npx', ['tsc', '-p', '.']) !== 0) console.log('e2e: tsc reported errors (see above); running the emitted tests anyway');
    if (run(process.execPath, ['scripts/package.js', modes.includes('installed') ? '--vsix' : '--bundle']) !== 0) return 1;
  }
  const desktop = findDesktop();
  let failed = 0;
  for (const mode of modes) if ((await runMode(mode, desktop)) !== 0) failed++;
  return failed ? 1 : 0;
}

const overall = setTimeout(() => {
  console.error('e2e: overall timeout (15 min); failing');
  process.exit(1);
}, 15 * 60 * 1000);
overall.unref();

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`e2e: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);

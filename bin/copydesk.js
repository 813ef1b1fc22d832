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
const BUNDLE = path.join(root, 'dist', 'cli.js');
// In a checkout both may exist: take the newer, so a stale bundle never hides a fresh build.
const entry = [BUNDLE, path.join(root, 'out', 'server', 'src', 'cli', 'main.js')]
  .filter((p) => mtime(p) >= 0)
  .sort((a, b) => mtime(b) - mtime(a))[0];
if (!entry) {
  process.stderr.write('copydesk: not built yet; run `npm run build` in ' + root + '\n');
  process.exit(2);
}

/**
 * V8's code cache for the bundle (Node 20 has no NODE_COMPILE_CACHE): the
 * bytecode of every function the last run compiled, so the next start skips
 * parsing and compiling them (~150 ms of a language server's start-up here).
 * Kept per user in the platform's cache folder, keyed by the bundle and the
 * Node version; V8 itself rejects a cache made for other source, V8 or flags,
 * and then the bundle compiles as usual and the cache is rewritten. It holds
 * compiled program code only, never a draft's text.
 * COPYDESK_CODE_CACHE=0 turns it off; COPYDESK_CACHE_DIR moves it.
 */
function cacheDir() {
  if (process.env.COPYDESK_CACHE_DIR) return process.env.COPYDESK_CACHE_DIR;
  const os = require('os');
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'copydesk', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'copydesk');
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'copydesk');
}

/**
 * The cache file is a SHA-256 of the data, then the data: V8 checks the source,
 * version and flags a cache was made for but (in release builds) not its bytes,
 * so a damaged file must never reach it.
 */
const DIGEST = 32;
const sha256 = (data) => require('crypto').createHash('sha256').update(data).digest();
function sealed(data) {
  return Buffer.concat([sha256(data), data]);
}
function unsealed(file) {
  const data = file.subarray(DIGEST);
  return file.length > DIGEST && sha256(data).equals(file.subarray(0, DIGEST)) ? data : undefined;
}

/**
 * Loads `file` (a CommonJS bundle) like `require`, through a vm.Script with the code cache.
 * `readOnly` (a `--jobs` worker thread): use the cache, never write it.
 */
function requireWithCodeCache(file, readOnly) {
  const vm = require('vm');
  const { createRequire } = require('module');
  const source = fs.readFileSync(file, 'utf8');
  let cacheFile = null;
  let cached;
  try {
    const st = fs.statSync(file);
    const key = [file, st.size, st.mtimeMs, process.version, process.arch, process.execArgv.join(' ')].join('\n');
    cacheFile = path.join(cacheDir(), `cli-${sha256(key).toString('hex').slice(0, 16)}.v8cache`);
    cached = unsealed(fs.readFileSync(cacheFile));
  } catch {
    cached = undefined;
  }
  const wrapper = '(function (exports, require, module, __filename, __dirname) { ' + source + '\n})';
  const script = new vm.Script(wrapper, { filename: file, cachedData: cached });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  const stale = !cached || script.cachedDataRejected;
  // Written at exit, off the start-up path, once the run has compiled what it uses. A server
  // session (which runs every analysis path) also rewrites a cache that a short command made.
  if (cacheFile && !readOnly) {
    process.once('exit', () => {
      try {
        const data = stale || process.argv[2] === 'lsp' ? script.createCachedData() : null;
        if (!data || (!stale && data.length <= cached.length * 1.05)) {
          const now = new Date();
          fs.utimesSync(cacheFile, now, now); // in use: keep it from pruning
          return;
        }
        const dir = path.dirname(cacheFile);
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, sealed(data), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        pruneCaches(dir);
      } catch {
        // A read-only or full disk only costs the next start its speed.
      }
    });
  }
  return mod.exports;
}

/** Removes caches (of older bundles or Node versions) unused for 30 days. */
function pruneCaches(dir) {
  const old = Date.now() - 30 * 24 * 3600 * 1000;
  for (const name of fs.readdirSync(dir)) {
    if (!/^cli-[0-9a-f]+\.v8cache(\.\d+\.tmp)?$/.test(name)) continue;
    const file = path.join(dir, name);
    if (fs.statSync(file).mtimeMs < old) fs.rmSync(file, { force: true });
  }
}

const useCache = entry === BUNDLE && process.env.COPYDESK_CODE_CACHE !== '0';
const { isMainThread, workerData } = require('worker_threads');
if (!isMainThread && workerData && workerData.copydeskWorker) {
  // A `--jobs` worker thread (started from this file, below): loading the bundle is all; its main
  // module sees the worker data and answers tasks. Through the code cache, each worker skips
  // compiling what the main thread's runs compiled (~70 ms of CPU per thread).
  if (useCache) requireWithCodeCache(entry, true);
  else require(entry);
} else {
  const cli = useCache ? requireWithCodeCache(entry) : require(entry);
  // Workers start from this file, so they load the bundle through the cache too.
  if (useCache && typeof cli.setWorkerEntry === 'function') cli.setWorkerEntry(__filename);
  runCli(cli);
}

function runCli(cli) {
  cli.run(process.argv.slice(2)).then(
    (code) => {
      if (code !== null) process.exitCode = code;
    },
    (e) => {
      process.stderr.write('copydesk: internal error: ' + (e && e.stack ? e.stack : String(e)) + '\n');
      process.exitCode = 2;
    },
  );
}

#!/usr/bin/env node
'use strict';
/*
 * `npm run package`: bundles the extension with esbuild (the one bundler) and writes copydesk-<version>.vsix with
 * @vscode/vsce. What ships is set by the allowlist .vscodeignore.
 *   client/src/extension.ts  -> dist/extension.js  (the extension; `vscode` is external)
 *   server/src/cli/main.ts   -> dist/cli.js        (the CLI, also `copydesk lsp --stdio` for other editors)
 *   server/src/host/worker.ts -> dist/analysisWorker.js (the server's analysis thread for long drafts)
 *   wink-nlp                 -> dist/wink-nlp.js   (the part-of-speech tagger and its English model, bundled
 *   wink-eng-lite-web-model  -> dist/wink-model.js  on their own: the analysis requires them on its first tagging
 *                                                   request, so start-up never parses their 3.7 MB)
 *   (written)                   dist/server.js     (the language server the extension starts: `copydesk lsp` through
 *                                                   bin/copydesk.js, so the package holds one copy of the server and
 *                                                   the extension's server starts from the same V8 code cache)
 *
 *   node scripts/package.js            bundle + .vsix
 *   node scripts/package.js --bundle   bundle only (the development e2e run needs dist/)
 *   node scripts/package.js --vsix     same as no flag
 *   --dev                              unminified bundles with inline source maps
 *   --outdir DIR                       write the bundles to DIR/dist instead of ./dist (the start-up bench
 *                                      builds a packaged install there; implies --bundle)
 */
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const outdirAt = argv.indexOf('--outdir');
const OUT = outdirAt >= 0 ? path.resolve(argv[outdirAt + 1]) : ROOT;
const bundleOnly = argv.includes('--bundle') || outdirAt >= 0;
const dev = argv.includes('--dev');

const ENTRIES = [
  { in: 'client/src/extension.ts', out: 'dist/extension.js' },
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  // The language server's analysis worker (server/src/host/worker.ts): the server starts it from beside cli.js.
  { in: 'server/src/host/worker.ts', out: 'dist/analysisWorker.js' },
];

/**
 * Packages the analysis loads on first use only (server/src/analysis/layer/tagger.ts): each goes into a bundle of
 * its own beside cli.js, and the main bundles require that file (`./wink-nlp.js`) instead of containing it.
 */
const LAZY = [
  { pkg: 'wink-nlp', out: 'dist/wink-nlp.js' },
  { pkg: 'wink-eng-lite-web-model', out: 'dist/wink-model.js' },
];
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${LAZY.map((l) => l.pkg).join('|')})$`) }, (args) => ({
      path: './' + path.basename(LAZY.find((l) => l.pkg === args.path).out),
      external: true,
    }));
  },
};

/** dist/server.js: the extension forks it with the transport flags (`--node-ipc --clientProcessId=N`). */
const SERVER_STUB = `'use strict';
// The language server the Copydesk extension starts (written by scripts/package.js): the CLI bundle's
// \`lsp\` command, run through bin/copydesk.js and its code cache, with the transport flags it was given.
process.argv.splice(2, 0, 'lsp');
require('../bin/copydesk.js');
`;

async function bundle() {
  fs.rmSync(path.join(OUT, 'dist'), { recursive: true, force: true });
  for (const lazy of LAZY) {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [require.resolve(lazy.pkg, { paths: [ROOT] })],
      outfile: path.join(OUT, lazy.out),
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      minify: !dev,
      legalComments: 'linked',
      logLevel: 'warning',
    });
  }
  for (const entry of ENTRIES) {
    const file = path.join(ROOT, entry.in);
    if (!fs.existsSync(file)) throw new Error(`package: entry point ${entry.in} does not exist`);
    await esbuild.build({
      plugins: [lazyPackages],
      absWorkingDir: ROOT,
      entryPoints: [file],
      outfile: path.join(OUT, entry.out),
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      external: ['vscode'],
      minify: !dev,
      // Class names stay: the dates parser picks chrono's parsers by name, and without names it falls
      // back to probing every parser, which compiles all of chrono's patterns (~300 ms at start-up).
      keepNames: true,
      // ESM-only code paths in dependencies (fdir, under tinyglobby) read import.meta.url for createRequire;
      // in a CommonJS bundle it is the bundle's own file URL.
      define: { 'import.meta.url': 'importMetaUrl' },
      inject: [path.join(ROOT, 'scripts', 'import-meta-url.js')],
      sourcemap: dev ? 'inline' : false,
      legalComments: 'linked',
      logLevel: 'warning',
    });
  }
  fs.writeFileSync(path.join(OUT, 'dist', 'server.js'), SERVER_STUB);
  for (const entry of [...ENTRIES, ...LAZY, { out: 'dist/server.js' }]) {
    const size = fs.statSync(path.join(OUT, entry.out)).size;
    console.log(`package: ${entry.out} ${(size / 1024).toFixed(1)} KiB`);
  }
}

function vsix() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const out = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  fs.rmSync(out, { force: true });
  // --no-dependencies: everything that runs is bundled in dist/. The flags avoid vsce's interactive questions.
  // --no-rewrite-relative-links: the README's pictures (docs/images/) are for the repository page; with no
  // repository URL vsce would refuse relative image links, and the .vsix does not ship the pictures.
  const vsce = require.resolve('@vscode/vsce/vsce');
  const r = cp.spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '--out', out],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`vsce package failed with code ${r.status}`);
  console.log(`package: ${path.basename(out)} ${(fs.statSync(out).size / 1024).toFixed(1)} KiB`);
}

(async () => {
  await bundle();
  if (!bundleOnly) vsix();
})().catch((err) => {
  console.error(`package: ${err && err.message ? err.message : err}`);
  process.exit(1);
});

'use strict';
/*
 * The keystroke over the protocol, as an editor sees it: the real language
 * server (out/server/src/node/main.js --stdio) is spawned, the draft opened and
 * checked, then one-character edits are typed in the middle of the draft (in a
 * paragraph, at the end of a word; a space now and then, a backspace every 7th
 * keystroke, as analysis-child.js keystroke) and each is timed from sending
 * didChange to having its diagnostics:
 *   pull: didChange, then textDocument/diagnostic with the previous result id,
 *         to the response (full or `unchanged`);
 *   push: didChange to the publishDiagnostics for that version.
 * Each keystroke waits for the one before (plus GAP_MS of quiet, as between a
 * typist's keys). Warm-up: at least 10 keystrokes and 3 s, not counted.
 * Prints one JSON line.
 *
 *   node scripts/bench/protocol-keystroke.js pull|push FILE EDITS
 */
const fs = require('fs');
const path = require('path');
const { countWords, median, percentile } = require('./stats');

const ROOT = path.resolve(__dirname, '..', '..');
const GAP_MS = 30;
const WARM_MS = 3000;
const WARM_EDITS = 10;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const [mode, file, editsArg] = process.argv.slice(2);
  if (mode !== 'pull' && mode !== 'push') throw new Error(`unknown mode ${mode}`);
  const { StdioServer, VIA_NODE_MAIN } = require(path.join(ROOT, 'out', 'test', 'robustness', 'lspStdio.js'));
  const text = fs.readFileSync(file, 'utf8');
  const uri = 'file:///bench/keystroke.md';
  const s = new StdioServer([], VIA_NODE_MAIN);
  try {
    await s.initialize(mode === 'pull', 30000);
    let version = 1;
    let resultId;
    const pull = async () => {
      const r = await s.request('textDocument/diagnostic', { textDocument: { uri }, ...(resultId ? { previousResultId: resultId } : {}) }, 60000);
      if (r.error) throw new Error(`diagnostic request failed: ${r.error.message}`);
      resultId = r.result.resultId;
      return r.result;
    };
    const pushed = (v) =>
      s.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v, 60000, `diagnostics of version ${v}`);
    const opened = mode === 'push' ? pushed(1) : null;
    s.open(uri, text, 1);
    const first = mode === 'pull' ? await pull() : (await opened).params;
    const diagnostics = (first.items ?? first.diagnostics).length;

    // Middle of the draft, at the end of a word inside a paragraph; edits stay on that line.
    let at = Math.floor(text.length / 2);
    while (at < text.length && !/\s/.test(text[at])) at++;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let line = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
    const letters = 'abcdefghijklmnopqrstuvwxyz';

    const times = [];
    let unchanged = 0;
    let full = 0;
    let warmupEdits = -1;
    const t0 = Date.now();
    for (let i = 0; times.length < Number(editsArg); i++) {
      if (warmupEdits < 0 && i >= WARM_EDITS && Date.now() - t0 >= WARM_MS) warmupEdits = i;
      let change;
      if (i % 7 === 6) {
        change = { range: { start: { line, character: at - 1 - lineStart }, end: { line, character: at - lineStart } }, text: '' };
        at--;
      } else {
        const ch = i % 5 === 4 ? ' ' : letters[(i * 7) % 26];
        change = { range: { start: { line, character: at - lineStart }, end: { line, character: at - lineStart } }, text: ch };
        at++;
      }
      version++;
      const v = version;
      const wait = mode === 'push' ? pushed(v) : null;
      const start = process.hrtime.bigint();
      s.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
      let kind = 'full';
      if (mode === 'pull') kind = (await pull()).kind;
      else await wait;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (warmupEdits >= 0) {
        times.push(ms);
        if (kind === 'unchanged') unchanged++;
        else full++;
      }
      s.received.length = 0; // each push of a long draft is half a megabyte of parsed JSON
      await sleep(GAP_MS);
    }
    process.stdout.write(
      JSON.stringify({
        mode,
        file,
        words: countWords(text),
        chars: text.length,
        diagnostics,
        edits: times.length,
        warmupEdits,
        medianMs: median(times),
        p95Ms: percentile(times, 95),
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
        ...(mode === 'pull' ? { unchanged, full } : {}),
      }) + '\n',
    );
  } finally {
    await s.stop(20000);
  }
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && e.message ? e.message : e) }) + '\n');
});

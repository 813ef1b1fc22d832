/**
 * Drafts are confidential: the server and the CLI open no socket besides the
 * LSP transport (stdio). Both run here with every network module stubbed to
 * throw and report (`no-network-preload.js`); they must still work, and no
 * attempt may show up on stderr.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI, REPO_ROOT, StdioServer, VIA_CLI, VIA_NODE_MAIN } from './lspStdio';

const PRELOAD = path.join(REPO_ROOT, 'test', 'robustness', 'no-network-preload.js');
const MARK = 'COPYDESK-NETWORK-ATTEMPT';
const DRAFT = '---\ndate: 2025-10-20\n---\n\nTalks resumed on Tuesday.\n\n"We threw it away."\n\n"We will be back on Friday, Oct. 24," Maria Lopez said. A senior official said the talks would go on.\n';

describe('robustness: no network', function () {
  this.timeout(60000);

  it('the preload really blocks: an HTTP request, a socket and a DNS lookup fail and are reported', () => {
    const probes = [
      "require('http').get('http://127.0.0.1:9')",
      "new (require('net').Socket)().connect(9, '127.0.0.1')",
      "require('dns').lookup('localhost', () => {})",
      "fetch('http://127.0.0.1:9')",
      "require('dgram').createSocket('udp4')",
    ];
    for (const code of probes) {
      const r = spawnSync(process.execPath, ['-r', PRELOAD, '-e', code], { encoding: 'utf8' });
      assert.notStrictEqual(r.status, 0, `${code} should fail`);
      assert.ok(r.stderr.includes(MARK), `${code} reported: ${r.stderr}`);
    }
  });

  for (const [label, serverArgs] of [['copydesk lsp --stdio', VIA_CLI], ['the server entry point', VIA_NODE_MAIN]] as const) {
    it(`${label} works over stdio with the network stubbed out`, async () => {
      const server = new StdioServer(['-r', PRELOAD], [...serverArgs]);
      try {
        await server.initialize(true);
        const uri = 'file:///offline.md';
        server.open(uri, DRAFT);
        const items = await server.pullDiagnostics(uri);
        assert.ok(items.some((d) => d.code === 'quote.unattributed'), JSON.stringify(items));
        const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 3 } });
        assert.ok(!hover.error, JSON.stringify(hover));
      } finally {
        const exit = await server.stop();
        assert.strictEqual(exit.signal, null);
        assert.ok(!server.stderr.includes(MARK), `network attempt: ${server.stderr}`);
      }
    });
  }

  it('the CLI (check, quotes, actors) works with the network stubbed out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-offline-'));
    const file = path.join(dir, 'draft.md');
    fs.writeFileSync(file, DRAFT);
    try {
      for (const args of [['check', '--format', 'json', file], ['quotes', '--format', 'json', file], ['actors', '--format', 'json', file], ['--help'], ['--version']]) {
        const r = spawnSync(process.execPath, ['-r', PRELOAD, CLI, ...args], { encoding: 'utf8', cwd: dir });
        assert.ok(!r.stderr.includes(MARK), `copydesk ${args.join(' ')}: network attempt: ${r.stderr}`);
        assert.ok(r.status === 0 || r.status === 1, `copydesk ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
        assert.ok(r.stdout.length > 0, `copydesk ${args.join(' ')} printed something`);
      }
      const check = spawnSync(process.execPath, ['-r', PRELOAD, CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
      const out = JSON.parse(check.stdout) as { findings: { code: string }[] }[];
      assert.ok(out[0].findings.some((f) => f.code === 'quote.unattributed'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

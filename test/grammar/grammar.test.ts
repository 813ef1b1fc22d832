/**
 * Grammar snapshot tests (vscode-tmgrammar-test style): every fixture in `test/grammar/fixtures/` is tokenised with
 * the real TextMate engine (vscode-textmate + vscode-oniguruma, as VS Code does) and compared with its committed
 * `<fixture>.snap`. `UPDATE_SNAPSHOTS=1 npm test` rewrites the snapshots; review the diff before committing.
 *
 * `.draft` fixtures use the newsdraft grammar; `.md` fixtures use VS Code's Markdown grammar (vendored in
 * `test/grammar/vendor/`) with our injection grammar, as VS Code composes them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(__dirname, '../../..');
const fixturesDir = path.join(root, 'test/grammar/fixtures');
const grammarFiles: Record<string, string> = {
  'text.newsdraft': path.join(root, 'syntaxes/newsdraft.tmLanguage.json'),
  'markdown.newsdraft.injection': path.join(root, 'syntaxes/newsdraft.injection.tmLanguage.json'),
  'text.html.markdown': path.join(root, 'test/grammar/vendor/markdown.tmLanguage.json'),
};
const update = process.env.UPDATE_SNAPSHOTS === '1';

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

async function createRegistry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = grammarFiles[scopeName];
      if (!file) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
    // As package.json's `contributes.grammars[].injectTo` tells VS Code.
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? ['markdown.newsdraft.injection'] : undefined),
  });
}

/** Tokenises `text` and renders it as snapshot text: each source line prefixed `>`, then one `#` line per token. */
export function renderSnapshot(grammar: vsctm.IGrammar, text: string): { snapshot: string; scopes: Set<string> } {
  const scopes = new Set<string>();
  const out: string[] = [];
  let state = vsctm.INITIAL;
  const rootScope = grammar.tokenizeLine('', vsctm.INITIAL).tokens[0]?.scopes[0];
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    out.push(`>${line}`);
    for (const token of result.tokens) {
      const own = token.scopes.filter((s) => s !== rootScope);
      own.forEach((s) => s.split(' ').forEach((part) => scopes.add(part)));
      if (own.length === 0 || token.endIndex <= token.startIndex) continue;
      const marker = ' '.repeat(token.startIndex) + '^'.repeat(Math.min(token.endIndex, line.length) - token.startIndex);
      out.push(`#${marker} ${own.join(' ')}`);
    }
  }
  return { snapshot: out.join('\n') + '\n', scopes };
}

/** Every scope name a grammar file can produce (`name`, `contentName`, capture names). */
function declaredScopes(grammarFile: string): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string' && value.includes('.')) names.add(value);
      else visit(value);
    }
  };
  const grammar = readJson(grammarFile) as Record<string, unknown>;
  visit(grammar.patterns);
  visit(grammar.repository);
  return names;
}

describe('TextMate grammars (snapshots)', function () {
  let registry: vsctm.Registry;
  const seen = new Set<string>();
  const fixtures = fs.readdirSync(fixturesDir).filter((f) => !f.endsWith('.snap')).sort();

  before(async function () {
    registry = await createRegistry();
  });

  it('has fixtures for both the newsdraft grammar and the Markdown injection', function () {
    assert.ok(fixtures.some((f) => f.endsWith('.draft')), 'a .draft fixture');
    assert.ok(fixtures.some((f) => f.endsWith('.md')), 'a .md fixture');
  });

  for (const fixture of fixtures) {
    it(`tokenises ${fixture} as in ${fixture}.snap`, async function () {
      const scopeName = fixture.endsWith('.md') ? 'text.html.markdown' : 'text.newsdraft';
      const grammar = await registry.loadGrammar(scopeName);
      assert.ok(grammar, `grammar ${scopeName} loads`);
      const text = fs.readFileSync(path.join(fixturesDir, fixture), 'utf8');
      const { snapshot, scopes } = renderSnapshot(grammar, text);
      scopes.forEach((s) => seen.add(s));
      const snapFile = path.join(fixturesDir, `${fixture}.snap`);
      if (update || !fs.existsSync(snapFile)) {
        if (!update) assert.fail(`missing snapshot ${snapFile}: run with UPDATE_SNAPSHOTS=1 and review it`);
        fs.writeFileSync(snapFile, snapshot);
        return;
      }
      assert.strictEqual(snapshot, fs.readFileSync(snapFile, 'utf8'), `snapshot ${fixture}.snap differs (UPDATE_SNAPSHOTS=1 to accept)`);
    });
  }

  it('the fixtures exercise every scope the newsdraft grammars declare', function () {
    const missing = [...declaredScopes(grammarFiles['text.newsdraft'])]
      .flatMap((name) => name.split(' '))
      .filter((name) => !seen.has(name));
    assert.deepStrictEqual(missing, [], 'scopes with no token in any fixture');
  });
});

describe('TextMate grammar: quotation marks vs apostrophes and inch marks', function () {
  let grammar: vsctm.IGrammar;
  before(async function () {
    const registry = await createRegistry();
    const loaded = await registry.loadGrammar('text.newsdraft');
    assert.ok(loaded);
    grammar = loaded;
  });

  /** The quoted substrings the grammar marks on one line (outermost quotation strings only). */
  function quotedSpans(line: string): string[] {
    const spans: string[] = [];
    let current = '';
    for (const token of grammar.tokenizeLine(line, vsctm.INITIAL).tokens) {
      const inQuote = token.scopes.some((s) => s.startsWith('string.quoted'));
      if (inQuote) current += line.slice(token.startIndex, token.endIndex);
      else if (current) {
        spans.push(current);
        current = '';
      }
    }
    if (current) spans.push(current);
    return spans;
  }

  const cases: Array<[string, string[]]> = [
    ['"We threw it away," Smith said.', ['"We threw it away,"']],
    ['“We threw it away,” Smith said.', ['“We threw it away,”']],
    ["'We threw it away,' Smith said.", ["'We threw it away,'"]],
    ['‘We threw it away,’ Smith said.', ['‘We threw it away,’']],
    ["It's Clinton’s plan, the '90s were over and ’twas not.", []],
    ['He is 6\'2" tall and the board is 8" wide.', []],
    ['“He called it ‘a disgrace’ and left,” she said.', ['“He called it ‘a disgrace’ and left,”']],
    ['“I don’t know,” she said.', ['“I don’t know,”']],
  ];
  for (const [line, expected] of cases) {
    it(`marks ${JSON.stringify(expected)} in ${JSON.stringify(line)}`, function () {
      assert.deepStrictEqual(quotedSpans(line), expected);
    });
  }

  it('ends an unclosed quotation at the paragraph break', function () {
    const lines = ['"This runs on', 'over two lines', '', 'Plain text after.'];
    let state = vsctm.INITIAL;
    const quotedPerLine = lines.map((line) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens.some((t) => t.scopes.some((s) => s.startsWith('string.quoted')));
    });
    assert.deepStrictEqual(quotedPerLine, [true, true, false, false]);
  });
});

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
import { analyze } from '../../server/src/analysis/analyze';

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

/** The newsdraft grammar, loaded in a fresh registry. */
async function newsdraftGrammar(): Promise<vsctm.IGrammar> {
  const loaded = await (await createRegistry()).loadGrammar('text.newsdraft');
  assert.ok(loaded, 'the newsdraft grammar loads');
  return loaded;
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
    grammar = await newsdraftGrammar();
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

describe('TextMate grammar agrees with the analysis on paragraphs', function () {
  let grammar: vsctm.IGrammar;
  before(async function () {
    grammar = await newsdraftGrammar();
  });

  /** Per character of `text`: true where the grammar colours a quotation (string.quoted). */
  function grammarQuoted(text: string): boolean[] {
    const marks: boolean[] = [];
    let state = vsctm.INITIAL;
    for (const line of text.split('\n')) {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) marks.push(t.scopes.some((s) => s.startsWith('string.quoted')));
      marks.push(false); // the line break
    }
    return marks.slice(0, text.length);
  }

  /** Per character: true inside a quotation the analysis found (outermost), from its opening mark to its end. */
  function analysisQuoted(text: string): boolean[] {
    const marks = new Array<boolean>(text.length).fill(false);
    for (const q of analyze(text, { today: '2026-03-12', languageId: 'newsdraft' }).quotations) for (let i = q.start; i < q.end; i++) marks[i] = true;
    return marks;
  }

  for (const fixture of ['one-line-paragraphs.draft', 'wire-copy.draft']) {
    it(`colours quotations where the analysis finds them in ${fixture} (no inversion after an unclosed quote)`, function () {
      const text = fs.readFileSync(path.join(fixturesDir, fixture), 'utf8');
      const g = grammarQuoted(text);
      const a = analysisQuoted(text);
      const lines = text.split('\n');
      const disagree: string[] = [];
      let offset = 0;
      lines.forEach((line, n) => {
        let bad = 0;
        for (let i = 0; i < line.length; i++) if (g[offset + i] !== a[offset + i] && line[i].trim() !== '') bad++;
        if (bad > 0) disagree.push(`line ${n + 1} (${bad} characters): ${line}`);
        offset += line.length + 1;
      });
      assert.deepStrictEqual(disagree, [], 'lines where the grammar and the analysis disagree on what is quoted');
    });
  }
});

describe('TextMate grammar: cue words in the default themes', function () {
  const themesDir = path.join(root, 'test/grammar/vendor/themes');
  /** A theme's token rules, its `include` chain first (as VS Code merges them). */
  function themeRules(file: string): Array<{ scope: string[]; foreground?: string }> {
    const raw = JSON.parse(fs.readFileSync(path.join(themesDir, file), 'utf8').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1')) as { include?: string; tokenColors?: Array<{ scope?: string | string[]; settings?: { foreground?: string } }> };
    const base = raw.include ? themeRules(path.basename(raw.include)) : [];
    const own = (raw.tokenColors ?? []).map((r) => ({ scope: (typeof r.scope === 'string' ? r.scope.split(',') : (r.scope ?? [])).map((s) => s.trim()), foreground: r.settings?.foreground }));
    return [...base, ...own];
  }
  /** The foreground a theme gives `scopes` (innermost last): the most specific matching rule, later rules winning ties. */
  function foreground(rules: Array<{ scope: string[]; foreground?: string }>, scopes: string[]): string | null {
    let best: { score: number; index: number; color: string } | null = null;
    rules.forEach((r, index) => {
      if (!r.foreground) return;
      for (const selector of r.scope) {
        const parts = selector.split(/\s+/).filter(Boolean);
        const last = parts[parts.length - 1];
        const inner = scopes[scopes.length - 1];
        if (!last || !(inner === last || inner.startsWith(last + '.'))) continue;
        // Ancestors in the selector must appear in order among the outer scopes.
        let k = scopes.length - 2;
        let ok = true;
        for (let p = parts.length - 2; p >= 0; p--) {
          while (k >= 0 && !(scopes[k] === parts[p] || scopes[k].startsWith(parts[p] + '.'))) k--;
          if (k < 0) ok = false;
          k--;
        }
        if (!ok) continue;
        const score = last.split('.').length * 100 + parts.length;
        if (!best || score > best.score || (score === best.score && index > best.index)) best = { score, index, color: r.foreground };
      }
    });
    return best ? (best as { color: string }).color : null;
  }
  function hue(hex: string): { h: number; s: number } {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex)!;
    const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    const s = max === 0 ? 0 : d / max;
    let h = 0;
    if (d > 0) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return { h: (h * 60 + 360) % 360, s };
  }

  it('the cue scope is not coloured red (the colour of errors) in the light and dark default themes', async function () {
    const grammar = await newsdraftGrammar();
    const line = 'The plan failed, Okafor said, according to the minutes.';
    const cues = grammar.tokenizeLine(line, vsctm.INITIAL).tokens.filter((t) => /^(said|according to)$/.test(line.slice(t.startIndex, t.endIndex)));
    assert.strictEqual(cues.length, 2, 'the cues are tokens of their own');
    const themes = fs.readdirSync(themesDir).filter((f) => /^(2026-(light|dark)|light_modern|dark_modern)\.json$/.test(f));
    assert.strictEqual(themes.length, 4, `the default themes are vendored: ${themes}`);
    const red: string[] = [];
    for (const theme of themes) {
      const rules = themeRules(theme);
      for (const t of cues) {
        const color = foreground(rules, t.scopes);
        assert.ok(color, `${theme} colours ${t.scopes.join(' ')}`);
        const { h, s } = hue(color);
        if (s > 0.35 && (h < 20 || h > 340)) red.push(`${theme}: ${line.slice(t.startIndex, t.endIndex)} ${color}`);
      }
    }
    assert.deepStrictEqual(red, [], 'cue words coloured red');
  });
});

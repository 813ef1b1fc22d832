import * as assert from 'assert';
import { LineIndex } from '../../server/src/features/positions';

describe('features/positions: LineIndex', () => {
  it('maps offsets to zero-based line/character and back across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rg';
    const idx = new LineIndex(text);
    assert.strictEqual(idx.lineCount, 4);
    const cases: [number, number, number][] = [
      [0, 0, 0], [2, 0, 2], [3, 1, 0], [5, 1, 2], [7, 2, 0], [9, 2, 2], [10, 3, 0], [11, 3, 1],
    ];
    for (const [offset, line, character] of cases) {
      assert.deepStrictEqual(idx.positionAt(offset), { line, character }, `offset ${offset}`);
      assert.strictEqual(idx.offsetAt({ line, character }), offset, `position ${line}:${character}`);
    }
  });

  it('clamps out-of-range offsets and positions', () => {
    const idx = new LineIndex('one\ntwo');
    assert.deepStrictEqual(idx.positionAt(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(idx.positionAt(99), { line: 1, character: 3 });
    assert.strictEqual(idx.offsetAt({ line: 0, character: 50 }), 3, 'past the end of a line stops before its break');
    assert.strictEqual(idx.offsetAt({ line: 9, character: 0 }), 7);
    assert.strictEqual(idx.offsetAt({ line: -1, character: 4 }), 0);
  });

  it('counts UTF-16 code units (an emoji is two characters)', () => {
    const idx = new LineIndex('x\n😀 "hi"');
    assert.deepStrictEqual(idx.positionAt(5), { line: 1, character: 3 });
  });

  it('handles the empty text and a trailing newline', () => {
    assert.deepStrictEqual(new LineIndex('').positionAt(0), { line: 0, character: 0 });
    const idx = new LineIndex('a\n');
    assert.strictEqual(idx.lineCount, 2);
    assert.deepStrictEqual(idx.positionAt(2), { line: 1, character: 0 });
  });

  it('agrees with a naive scan on random text', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = ['a', ' ', '\n', '\r\n', '“', '😀'];
    let text = '';
    for (let i = 0; i < 400; i++) text += alphabet[Math.floor(rnd() * alphabet.length)];
    const idx = new LineIndex(text);
    let line = 0;
    let col = 0;
    for (let o = 0; o <= text.length; o++) {
      assert.deepStrictEqual(idx.positionAt(o), { line, character: col }, `offset ${o}`);
      if (text[o] === '\r' && text[o + 1] === '\n') {
        col++;
      } else if (text[o] === '\n' || text[o] === '\r') {
        line++;
        col = 0;
      } else col++;
    }
  });

  it('builds the index of a 5 MB single line quickly', () => {
    const text = 'word '.repeat(1_000_000);
    const t0 = process.hrtime.bigint();
    const idx = new LineIndex(text);
    assert.deepStrictEqual(idx.positionAt(text.length), { line: 0, character: text.length });
    assert.ok(Number(process.hrtime.bigint() - t0) / 1e6 < 2000);
  });
});

import * as assert from 'assert';
import { buildDocument } from '../../server/src/analysis/document';
import { buildProseMap } from '../../server/src/analysis/text/prose';
import { findPublicationDate } from '../../server/src/analysis/publicationDate';

function sentences(text: string, lang = 'plaintext'): string[] {
  const d = buildDocument(text, lang);
  return d.sentences.map((s) => text.slice(s.start, s.end));
}

function paragraphs(text: string, lang = 'markdown'): string[] {
  const d = buildDocument(text, lang);
  return d.paragraphs.map((p) => text.slice(p.start, p.end));
}

describe('prose map', () => {
  it('blanks front matter, fenced code, inline code, comments, link URLs and bare URLs, keeping offsets', () => {
    const text = '---\ndate: 2026-03-01\n---\nSee `said "x"` and [story](https://ex.com/2026/02/30 "t") or https://a.b/c?d=1.\n```\n"quoted in code"\n```\n<!-- "note" -->\nEnd.';
    const m = buildProseMap(text, true);
    assert.strictEqual(m.masked.length, text.length);
    assert.ok(!m.masked.includes('date:'));
    assert.ok(!m.masked.includes('said "x"'));
    assert.ok(!m.masked.includes('https'));
    assert.ok(!m.masked.includes('quoted in code'));
    assert.ok(!m.masked.includes('note'));
    assert.ok(m.masked.includes('[story]'));
    assert.ok(m.masked.includes('End.'));
    assert.strictEqual(m.masked.split('\n').length, text.split('\n').length);
    assert.strictEqual(m.frontMatter?.fields.date.value, '2026-03-01');
    assert.strictEqual(text.slice(m.frontMatter!.fields.date.span.start, m.frontMatter!.fields.date.span.end), '2026-03-01');
  });

  it('blanks HTML tags but keeps the prose between them', () => {
    const m = buildProseMap('<tweet author="x">Hello there</tweet>', false);
    assert.strictEqual(m.masked.trim(), 'Hello there');
  });

  it('masks indented code only in Markdown', () => {
    const text = 'Intro.\n\n    "code" said x\n\nAfter.';
    assert.ok(!buildProseMap(text, true).masked.includes('code'));
    assert.ok(buildProseMap(text, false).masked.includes('code'));
  });

  it('leaves an unclosed comment or fence blanked to the end, never throwing', () => {
    assert.ok(!buildProseMap('a <!-- b "c"', true).masked.includes('c'));
    assert.ok(!buildProseMap('a\n```\n"c"', true).masked.includes('c'));
  });
});

describe('paragraphs', () => {
  it('splits on blank lines', () => {
    assert.deepStrictEqual(paragraphs('One.\n\nTwo.\n\n\nThree.'), ['One.', 'Two.', 'Three.']);
  });

  it('treats each long line as a paragraph in one-line-per-paragraph copy', () => {
    const a = 'A'.repeat(130) + ' said.';
    const b = '"Short quote."';
    assert.deepStrictEqual(paragraphs(`${a}\n${b}`), [a, b]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'The council voted on Monday to approve the\nbudget, which includes new money for parks\nand libraries.';
    assert.deepStrictEqual(paragraphs(text), [text]);
  });

  it('marks headings and title lines', () => {
    const d = buildDocument('# Budget passes\n\nThe council voted.', 'markdown');
    assert.strictEqual(d.paragraphs[0].isHeading, true);
    assert.strictEqual(d.paragraphs[1].isHeading, false);
  });
});

describe('sentences', () => {
  it('does not end a sentence at titles, initials, months or U.S.', () => {
    assert.deepStrictEqual(sentences('Sen. Susan Collins met Gov. Ned Lamont on Oct. 17 in the U.S. Capitol. J. R. Smith left.'), [
      'Sen. Susan Collins met Gov. Ned Lamont on Oct. 17 in the U.S. Capitol.',
      'J. R. Smith left.',
    ]);
  });

  it('ends a sentence at an abbreviation when a sentence opener follows', () => {
    assert.deepStrictEqual(sentences('He works for Acme Inc. The firm declined to comment.'), ['He works for Acme Inc.', 'The firm declined to comment.']);
    assert.deepStrictEqual(sentences('Rep. Ro Khanna, D-Calif. A senior official said no.'), ['Rep. Ro Khanna, D-Calif.', 'A senior official said no.']);
  });

  it('splits after closing quotes', () => {
    assert.deepStrictEqual(sentences('"We lost." Mehta left.'), ['"We lost."', 'Mehta left.']);
  });

  it('keeps "?" followed by lower case inside the sentence', () => {
    assert.deepStrictEqual(sentences('"Why?" he asked.'), ['"Why?" he asked.']);
  });
});

describe('publication date', () => {
  const pub = (text: string, opts: { publicationDate?: string } = {}) =>
    findPublicationDate(buildDocument(text, 'markdown'), { today: '2026-11-26', ...opts });

  it('prefers front matter date or published', () => {
    assert.deepStrictEqual(pub('---\npublished: "2025-10-06"\n---\nText.').iso, '2025-10-06');
    assert.strictEqual(pub('---\ndate: 2025-10-06\n---\nText.').source, 'front-matter');
  });

  it('reads a Published line or a dateline near the top', () => {
    assert.strictEqual(pub('Published March 4, 2026\n\nText.').iso, '2026-03-04');
    assert.strictEqual(pub('WASHINGTON (Oct. 17, 2025) — Text.').iso, '2025-10-17');
  });

  it('falls back to the setting, then today', () => {
    assert.deepStrictEqual(pub('Text.', { publicationDate: '2024-02-29' }), { iso: '2024-02-29', source: 'setting', span: null });
    assert.deepStrictEqual(pub('Text.'), { iso: '2026-11-26', source: 'today', span: null });
  });

  it('ignores an impossible front matter date', () => {
    assert.strictEqual(pub('---\ndate: 2027-02-29\n---\nText.').source, 'today');
  });
});

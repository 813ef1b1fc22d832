import * as assert from 'assert';
import { attributionEdit, type QuoteShape } from '../../server/src/features/fixes/quoteUnattributed';

/** The quotation shape of the first quote in `text` whose opening mark is at `open` (default: first `"` or `“`). */
function shape(text: string, opening = /["“‘']/): QuoteShape {
  const start = text.search(opening);
  const openMark = text[start];
  const closeMark = { '"': '"', '“': '”', '‘': '’', "'": "'" }[openMark]!;
  const close = text.indexOf(closeMark, start + 1);
  return { start, end: close + 1, contentStart: start + 1, contentEnd: close, runsOn: false };
}

function apply(text: string, name = 'Maria Lopez', q = shape(text)): string {
  const e = attributionEdit(text, q, name);
  assert.ok(e, 'expected an edit');
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

describe('features/fixes: AP-style attribution insertion', () => {
  it('turns the closing period into a comma inside the marks and adds "Name said."', () => {
    assert.strictEqual(apply('"We threw it away."'), '"We threw it away," Maria Lopez said.');
    assert.strictEqual(apply('“We threw it away.”\n\nNext paragraph.'), '“We threw it away,” Maria Lopez said.\n\nNext paragraph.');
    assert.strictEqual(apply('Intro. "We threw it away." The council met.'), 'Intro. "We threw it away," Maria Lopez said. The council met.');
  });

  it('keeps a question or exclamation mark and uses "said"', () => {
    assert.strictEqual(apply('"Why?"'), '"Why?" Maria Lopez said.');
    assert.strictEqual(apply('“Never again!” The vote followed.'), '“Never again!” Maria Lopez said. The vote followed.');
  });

  it('works with British single quotes', () => {
    assert.strictEqual(apply("‘We threw it away.’", 'Ann Lee', shape('‘We threw it away.’')), "‘We threw it away,’ Ann Lee said.");
  });

  it('moves a period that stands outside the marks', () => {
    assert.strictEqual(apply('The plan is "a disaster".'), 'The plan is "a disaster," Maria Lopez said.');
  });

  it('adds the comma when the quote ends the paragraph without punctuation', () => {
    assert.strictEqual(apply('"We threw it away"'), '"We threw it away," Maria Lopez said.');
  });

  it('after a quote ending in a comma, continues the sentence', () => {
    assert.strictEqual(apply('"We tried," but the vote failed.'), '"We tried," Maria Lopez said, but the vote failed.');
  });

  it('puts ", Name said" before the period of a longer sentence', () => {
    assert.strictEqual(apply('The plan is "a disaster" for the town.'), 'The plan is "a disaster" for the town, Maria Lopez said.');
    assert.strictEqual(apply('It was "a disaster" for Mr. Smith.'), 'It was "a disaster" for Mr. Smith, Maria Lopez said.');
    assert.strictEqual(apply('It was "a disaster" for the town'), 'It was "a disaster" for the town, Maria Lopez said');
  });

  it('falls back to ", Name said," right after the quote before a question', () => {
    assert.strictEqual(apply('Is "a disaster" the word?'), 'Is "a disaster", Maria Lopez said, the word?');
  });

  it('looks past a nested closing quote', () => {
    assert.strictEqual(apply(`"He told us 'no.'"`), `"He told us 'no,'" Maria Lopez said.`);
  });

  it('offers nothing for a quote that runs on into the next paragraph', () => {
    const text = '"We threw it away.\n\n"And then more."';
    assert.strictEqual(attributionEdit(text, { start: 0, end: 19, contentStart: 1, contentEnd: 19, runsOn: true }, 'X'), null);
  });
});

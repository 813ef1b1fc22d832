/**
 * Dates read in their narrative context (issue 13, second pass): a paragraph about another year, full dates in
 * markup, embedded posts. Sentences are invented for these tests.
 */
import * as assert from 'assert';
import { hover, meant } from './dateHelpers';

const PUB = '2026-03-16';

/** [what it shows, text, the words, the day it means (null: the publication-time reading stays)]. */
type Case = readonly [string, string, string, string | null];

function table(cases: readonly Case[]): void {
  for (const [what, text, written, want] of cases) it(`${what}: ${written} → ${want}`, () => assert.strictEqual(meant(text, PUB, written), want));
}

describe('dates: a paragraph about another year gives its yearless dates that year', () => {
  table([
    ['opening the sentence after a season of a far year', 'In the autumn of 2011, the mayor trailed by ten points. By Feb. 3, she led the race.', 'Feb. 3', '2012-02-03'],
    ['in the same sentence as a far year', 'Back in 2009 the plant shut on May 2 after a strike.', 'May 2', '2009-05-02'],
    ['after a full date far from publication', 'The treaty was signed on June 4, 2003, and ratified on Aug. 19.', 'Aug. 19', '2003-08-19'],
    ['an offset beside the re-dated date follows it', 'In the autumn of 2011, the mayor trailed. By Feb. 3, a week after the debate, she led.', 'a week after', '2012-02-03'],
    // Must not: a date deep in a later sentence names an event of its own time; a year near publication; a
    // relative word between them; an amount; a weekday written with the date.
    ['deep in a later sentence', 'The two men met twice in 2011 and 2012. Both were questioned after the Feb. 9 raid on the depot.', 'Feb. 9', '2026-02-09'],
    ['after a year near publication', 'In 2025 the fund grew. By Feb. 3, it had doubled.', 'Feb. 3', '2026-02-03'],
    ['after a relative word', 'In 2009 the plant shut, and yesterday the owners said it reopens on May 2.', 'May 2', '2026-05-02'],
    ['after an amount', 'Some 2010 voters signed up in a day. By Feb. 3, turnout was higher.', 'Feb. 3', '2026-02-03'],
    ['with its weekday', 'In 2009 the plant shut. On Tuesday, Feb. 3, it reopens.', 'Feb. 3', '2026-02-03'],
  ]);

  it('the hover names the written year it followed', () => {
    const text = 'Back in 2009 the plant shut on May 2 after a strike.';
    assert.match(hover(text, PUB, 'May 2'), /2009, the year that puts May 2 nearest "in 2009", written earlier in the paragraph/);
  });
});

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

describe('dates: markup dates and embedded posts', () => {
  const POSTED = '<tweet author="@cityhall" tweet-date="March 4, 2016">We open the shelters tonight.</tweet>';
  const UNDATED = '<tweet author="@cityhall" timestamp="1457049600">We open the shelters tonight.</tweet>';

  it('a date attribute of a tag is a date mention that resolves as written', () => {
    assert.strictEqual(meant(POSTED, PUB, 'March 4, 2016'), '2016-03-04');
    assert.strictEqual(meant('<post id="p1" datetime="2015-12-02">Lines are long.</post>', PUB, '2015-12-02'), '2015-12-02');
  });

  it('a relative word inside an embedded post counts from the day it was posted, and the hover says so', () => {
    assert.strictEqual(meant(POSTED, PUB, 'tonight'), '2016-03-04');
    assert.match(hover(POSTED, PUB, 'tonight'), /inside an embedded post: counted from the day it was posted, March 4, 2016/);
  });

  it('with no date attribute it names no day (a numeric timestamp is not read), and the hover says why', () => {
    assert.strictEqual(meant(UNDATED, PUB, 'tonight'), null);
    assert.match(hover(UNDATED, PUB, 'tonight'), /inside an embedded post: counted from the day it was posted, which the draft does not give/);
    // Web copy that closes the post with `<tweet/>`.
    assert.strictEqual(meant('<tweet tweet-id="9">Polls close tonight.<tweet/>', PUB, 'tonight'), null);
  });

  it('after the post, and in markup that is not an embedded post, words count from publication', () => {
    assert.strictEqual(meant(`${UNDATED} The mayor spoke tonight.`, PUB, 'tonight', UNDATED.length), PUB);
    assert.strictEqual(meant('<span data-date="2016-03-04">The mayor spoke tonight.</span>', PUB, 'tonight'), PUB);
  });

  it('attributes not named for a date are not dates, and a tag in code is not markup', () => {
    assert.strictEqual(meant('<tweet id="2016-03-04">Polls open.</tweet>', PUB, '2016-03-04'), null);
    assert.strictEqual(meant('Write `<tweet tweet-date="March 4, 2016">` to embed a post.', PUB, 'March 4, 2016'), null);
  });
});

describe('dates: Election Day in a draft that dates its one vote', () => {
  const JULY = '2026-07-04';
  const story = 'Results of the June 2 primary are still coming in.\n\nCounties blamed mail ballots for the slow count after Election Day.\n\nAnd, three weeks later, the tally is not done.';
  it('is the day of the vote the draft dates, and offsets counted from it follow', () => {
    assert.strictEqual(meant(story, JULY, 'Election Day'), '2026-06-02');
    assert.strictEqual(meant(story, JULY, 'three weeks later'), '2026-06-23');
    assert.strictEqual(meant('Officials met after the election on May 12. Since Election Day, turnout has been audited.', JULY, 'Election Day'), '2026-05-12');
  });

  it('the hover says which vote it is', () => {
    assert.match(hover(story, JULY, 'Election Day'), /the day of the one vote this draft dates, June 2 \(Tuesday, June 2, 2026\)/);
  });

  it('stays the November election when the clause looks ahead, when two votes are dated, or with no dated vote', () => {
    assert.strictEqual(meant('After the June 2 primary, the nominee will campaign until Election Day.', JULY, 'Election Day'), '2026-11-03');
    assert.strictEqual(meant('The June 2 primary and the June 23 runoff were close. Since Election Day, the count has been audited.', JULY, 'Election Day'), '2025-11-04');
    assert.strictEqual(meant('The count has been audited since Election Day.', JULY, 'Election Day'), '2025-11-04');
    // A date that is not a vote's (`June 2 rally`) dates nothing.
    assert.strictEqual(meant('After the June 2 rally, the count has been audited since Election Day.', JULY, 'Election Day'), '2025-11-04');
  });
});

describe('dates: a passage quoted without quotation marks after a lead-in ending in a colon', () => {
  const UNDATED = 'A local blogger, writing for a weekly, put it this way:\n\nThe mayor quit yesterday, and nobody noticed.';
  const DATED = 'The columnist wrote on Thursday:\n\nThe mayor quit two days ago, and nobody noticed.';

  table([
    ['counted from the day the lead-in gives', DATED, 'two days ago', '2026-03-10'],
    ['no day when the lead-in gives none', UNDATED, 'yesterday', null],
    // Must not: a lead-in that names no writing, a passage in quotation marks, a lead-in that does not end in a colon.
    ['after a lead-in that names no writing', 'Here is what happened at the hall:\n\nThe mayor quit yesterday.', 'yesterday', '2026-03-15'],
    ['after a lead-in without a colon', 'A local blogger, writing for a weekly, was blunt.\n\nThe mayor quit yesterday.', 'yesterday', '2026-03-15'],
  ]);

  it('the hover says why it names no day', () => {
    assert.match(hover(UNDATED, PUB, 'yesterday'), /inside a passage quoted from another text \(set off by a lead-in ending in a colon\)/);
  });
});

describe('dates: the hover of a named day says which rule chose it', () => {
  it('a past clause whose day falls just after publication says it took the nearest one, not the last before', () => {
    const text = 'The debate was held the Saturday before Christmas.';
    const h = hover(text, '2026-12-22', 'Christmas');
    assert.match(h, /the one nearest the publication date/);
    assert.doesNotMatch(h, /on or before publication/);
  });

  it('a past clause within reach says past tense', () => {
    assert.match(hover('The shops were shut on Good Friday.', '2026-04-20', 'Good Friday'), /the last one on or before publication \(past tense\)/);
  });
});

describe('dates: verbs of intent look ahead', () => {
  const THU = '2026-03-19';
  for (const [text, written, want] of [
    ['The senator is vowing to win the primary on Tuesday.', 'Tuesday', '2026-03-24'],
    ['They stand a good chance to carry the state on Tuesday.', 'Tuesday', '2026-03-24'],
    ['The union threatens to strike on Monday.', 'Monday', '2026-03-23'],
    // Must not: the past form, and a past verb nearer the date than the intent.
    ['She vowed on Tuesday to fight on.', 'Tuesday', '2026-03-17'],
    ['The council met on Tuesday, ready to vote.', 'Tuesday', '2026-03-17'],
  ] as const) {
    it(`${written} in "${text}" → ${want}`, () => assert.strictEqual(meant(text, THU, written), want));
  }
});

describe('dates: an infinitive between a past verb and the date governs the date', () => {
  const AUG = '2026-08-12';
  const THU = '2026-03-19';
  for (const [text, pub, written, want] of [
    ['The group used the ad to urge people to vote on Election Day.', AUG, 'Election Day', '2026-11-03'],
    ['Aides said it had to be ready for the convention in July.', '2026-03-16', 'July', '2026-07-01..2026-07-31'],
    // Neither side: the nearest Tuesday, here the coming one (published on a Saturday).
    ['He urged them to vote Tuesday.', '2026-03-21', 'Tuesday', '2026-03-24'],
    // Must not: a past verb whose infinitive is its own moment, `to` before a noun phrase, a plain past clause.
    ['The union failed to reach a deal on Tuesday.', THU, 'Tuesday', '2026-03-17'],
    ['The letter, emailed to delegates on Monday, asked for calm.', THU, 'Monday', '2026-03-16'],
    ['She moved to Ohio in October.', '2026-03-16', 'October', '2025-10-01..2025-10-31'],
    ['The mayor spoke on Election Day.', AUG, 'Election Day', '2025-11-04'],
  ] as const) {
    it(`${written} in "${text}" (published ${pub}) → ${want}`, () => assert.strictEqual(meant(text, pub, written), want));
  }
});

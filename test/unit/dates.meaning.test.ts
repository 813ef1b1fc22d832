/**
 * What the writer meant (issue 13): direction from the governing verb, spans ending at publication,
 * habitual and generic mentions, quotations, the new forms, named days, months, weekends, and the hover's
 * explanation of each. Sentences are invented for these tests.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { check } from '../../server/src/analysis/check';
import { MONTHS, daysInMonth, isLeap } from '../../server/src/analysis/dates/calendar';
import { easter, nthWeekday, usElectionDay } from '../../server/src/analysis/dates/holidays';
import { setCueSource, taggedCues, wordShapeCues, type TenseCue } from '../../server/src/analysis/dates/tense';
import { toIso } from '../../server/src/analysis/dates/calendar';

import { analysis, at, hover, meant } from './dateHelpers';

/** One test per case: `written` in `text`, published `pub`, resolves to `want` (a day, `start..end`, or null). */
function itResolves(cases: readonly (readonly [string, string, string, string, string | null])[]): void {
  for (const [, text, pub, written, want] of cases) {
    it(`${written} in "${text}" (published ${pub}) → ${want}`, () => assert.strictEqual(meant(text, pub, written), want));
  }
}

/** One test per case: `written` in `text` names no particular day. */
function itNamesNoDay(cases: readonly (readonly [string, string])[], pub: string): void {
  for (const [text, written] of cases) {
    it(`no day in: ${text}`, () => {
      const m = at(text, pub, written);
      assert.ok(!m || (m.iso === null && m.range === null), `resolved to ${m?.iso ?? JSON.stringify(m?.range)}`);
    });
  }
}

const MON = '2026-03-16'; // a Monday
const THU = '2026-03-19'; // a Thursday
const SUN = '2026-03-15'; // a Sunday

/** Every must-resolve case: [kind, text, publication date, the words, the day or `start..end` it means]. */
const CASES: readonly (readonly [string, string, string, string, string | null])[] = [
  ['direction', 'Aides spent Saturday calling donors.', THU, 'Saturday', '2026-03-14'],
  ['direction', 'Shares are likely to bounce back Tuesday.', THU, 'Tuesday', '2026-03-24'],
  ['direction', 'The campaign is heading into the primary on March 1.', '2026-11-18', 'March 1', '2027-03-01'],
  ['direction', 'Come Tuesday, the polls open at seven.', THU, 'Tuesday', '2026-03-24'],
  ['direction', 'The ministry is planning to send inspectors on Tuesday.', THU, 'Tuesday', '2026-03-24'],
  ['direction', 'The crews must finish the bridge by Tuesday.', THU, 'Tuesday', '2026-03-24'],
  ['direction', 'She wouldn\'t say Tuesday how the party would vote.', THU, 'Tuesday', '2026-03-17'],
  ['direction', 'Officials anticipated that the session on Tuesday would focus on schools.', THU, 'Tuesday', '2026-03-17'],
  ['direction', 'Voters will remember the storm because of the damage on Tuesday.', THU, 'Tuesday', '2026-03-17'],
  ['direction', 'The board will meet next Tuesday.', MON, 'next Tuesday', '2026-03-24'],
  ['direction', 'The board will meet next Tuesday.', THU, 'next Tuesday', '2026-03-24'],
  ['span', 'Turnout rose over the past week.', MON, 'the past week', '2026-03-09..2026-03-16'],
  ['span', 'Turnout rose over the last week.', MON, 'the last week', '2026-03-09..2026-03-16'],
  ['span', 'Prices doubled in the past two weeks.', MON, 'the past two weeks', '2026-03-02..2026-03-16'],
  ['span', 'It rained for the past 10 days.', MON, 'the past 10 days', '2026-03-06..2026-03-16'],
  ['span', 'Tension grew in recent days.', MON, 'in recent days', '2026-03-09..2026-03-16'],
  ['span', 'The plan leaked last week.', MON, 'last week', '2026-03-09..2026-03-15'],
  ['span', 'The plan leaked last week.', SUN, 'last week', '2026-03-09..2026-03-15'],
  ['span', 'The plan leaked last week.', '2026-03-14', 'last week', '2026-03-02..2026-03-08'],
  ['generic', 'She spoke on Saturday night.', MON, 'Saturday', '2026-03-14'],
  ['generic', 'The vote is today.', MON, 'today', MON],
  ['generic', 'Today the council voted to close the pool.', MON, 'Today', MON],
  ['generic', 'Today\'s vote was close.', MON, 'Today', MON],
  ['forms', 'Ballots are due by Feb. 2, and the count ends on the 14th.', MON, 'the 14th', '2026-02-14'],
  ['forms', 'The vote was held on the 20th.', MON, 'the 20th', '2026-02-20'],
  ['forms', 'The decree is dated 17.03.2026 in the archive.', MON, '17.03.2026', '2026-03-17'],
  ['forms', 'Sales fell in January.', MON, 'January', '2026-01-01..2026-01-31'],
  ['forms', 'The summit is set for October.', MON, 'October', '2026-10-01..2026-10-31'],
  ['forms', 'The plant closed in October.', MON, 'October', '2025-10-01..2025-10-31'],
  ['forms', 'The law passed in March 2024.', MON, 'March 2024', '2024-03-01..2024-03-31'],
  ['forms', 'She resigned last June.', MON, 'June', '2025-06-01..2025-06-30'],
  ['forms', 'He takes office next January.', MON, 'January', '2027-01-01..2027-01-31'],
  ['forms', 'Both parties want to win the November election.', MON, 'November', '2026-11-01..2026-11-30'],
  ['forms', 'Support slipped in mid-February.', MON, 'February', '2026-02-01..2026-02-28'],
  ['forms', 'Talks resumed a week after the Oct. 17 summit.', '2026-11-18', 'a week after', '2026-10-24'],
  // Named days.
  ['forms', 'Voters will go to the polls on Election Day.', MON, 'Election Day', '2026-11-03'],
  ['forms', 'Four days before Election Day, the rivals will debate.', MON, 'Four days before', '2026-10-30'],
  ['forms', 'The shops close on Good Friday.', MON, 'Good Friday', '2026-04-03'],
  ['forms', 'Parliament rises before Easter.', MON, 'Easter', '2026-04-05'],
  ['forms', 'Trains are cut on Easter Monday.', MON, 'Easter Monday', '2026-04-06'],
  ['forms', 'The store will reopen after Thanksgiving.', MON, 'Thanksgiving', '2026-11-26'],
  ['forms', 'Parades will mark Memorial Day.', MON, 'Memorial Day', '2026-05-25'],
  ['forms', 'Offices shut for the early May bank holiday.', MON, 'early May bank holiday', '2026-05-04'],
  ['forms', 'The debate was held the Saturday before Christmas.', '2026-12-22', 'Christmas', '2026-12-25'],
  ['forms', 'Delegates are counted after Super Tuesday.', '2028-02-01', 'Super Tuesday', '2028-03-07'],
  ['relative', 'The fund was set up last month.', MON, 'last month', '2026-02-01..2026-02-28'],
  ['relative', 'The fund was set up last month.', '2026-01-10', 'last month', '2025-12-01..2025-12-31'],
  ['relative', 'The fund opens this month.', MON, 'this month', '2026-03-01..2026-03-31'],
  ['relative', 'The fund opens next month.', MON, 'next month', '2026-04-01..2026-04-30'],
  ['relative', 'The fund opened earlier this month.', MON, 'earlier this month', '2026-03-01..2026-03-15'],
  ['relative', 'Donations doubled over the last month.', MON, 'the last month', '2026-02-16..2026-03-16'],
  ['relative', 'The leaders met over the weekend.', MON, 'the weekend', '2026-03-14..2026-03-15'],
  ['relative', 'The leaders meet this weekend.', MON, 'this weekend', '2026-03-21..2026-03-22'],
  ['relative', 'The leaders met last weekend.', MON, 'last weekend', '2026-03-14..2026-03-15'],
  ['relative', 'The leaders meet next weekend.', MON, 'next weekend', '2026-03-28..2026-03-29'],
  ['relative', 'The polls close in three days.', MON, 'in three days', '2026-03-19'],
  ['relative', 'The polls close in two weeks.', MON, 'in two weeks', '2026-03-30'],
  ['relative', 'Votes are counted at the start of the week.', MON, 'the start of the week', '2026-03-16..2026-03-17'],
  ['relative', 'Votes are counted by the end of the week.', MON, 'the end of the week', '2026-03-20..2026-03-22'],
  ['relative', 'The council voted on March 3. The mayor resigned the same day.', MON, 'the same day', '2026-03-03'],
  ['relative', 'The council voted on March 3. The next day, the mayor resigned.', MON, 'The next day', '2026-03-04'],
  ['relative', 'The mayor resigned on Sunday. The day before, she met donors.', MON, 'The day before', '2026-03-14'],
  ['relative', 'She stepped down on March 3, the day before the vote.', MON, 'the day before', '2026-03-03'],
];

describe('dates: past or future from the verb that governs the date', () => {
  itResolves(CASES.filter((c) => c[0] === 'direction'));

  it('a past perfect clause with yesterday and its weekday: both the day before publication, nothing flagged', () => {
    const text = 'She had met the envoy yesterday, Monday, in the capital.';
    assert.strictEqual(meant(text, '2026-03-17', 'Monday'), '2026-03-16');
    assert.deepStrictEqual(check(analysis(text, '2026-03-17')).findings.filter((f) => f.ruleId.startsWith('date.')), []);
  });

  it('a trailing attribution does not make a scheduled date past', () => {
    assert.strictEqual(meant('The summit could open on June 2, the aide said.', MON, 'June 2'), '2026-06-02');
  });

  it('takes its verbs from a swappable cue source (the part-of-speech layer can provide them)', () => {
    const allFuture = { cues: (s: string): TenseCue[] => [{ start: 0, end: Math.min(3, s.length), tense: 'future', word: 'xxx' }] };
    const prev = setCueSource(allFuture);
    try {
      assert.strictEqual(meant('Crews met on Tuesday.', THU, 'Tuesday'), '2026-03-24');
    } finally {
      setCueSource(prev);
    }
    assert.strictEqual(prev, wordShapeCues);
    assert.strictEqual(meant('Crews met on Tuesday.', THU, 'Tuesday'), '2026-03-17');
  });

  it('with part-of-speech tags, an -ed word the tagger calls an adjective sets no tense', () => {
    const text = 'Crews reopened bridges on Tuesday.';
    const sat = '2026-03-21'; // Tuesday before: 4 days back; after: 3 days ahead
    const tagged = (pos: string) => taggedCues((s) => {
      const i = s.indexOf('reopened');
      return i < 0 ? [] : [{ start: i, end: i + 'reopened'.length, pos }];
    });
    assert.strictEqual(meant(text, sat, 'Tuesday'), '2026-03-17');
    const prev = setCueSource(tagged('ADJ'));
    try {
      assert.strictEqual(meant(text, sat, 'Tuesday'), '2026-03-24');
      setCueSource(tagged('VERB'));
      assert.strictEqual(meant(text, sat, 'Tuesday'), '2026-03-17');
    } finally {
      setCueSource(prev);
    }
  });
});

describe('dates: spans that end at publication, and calendar weeks', () => {
  itResolves(CASES.filter((c) => c[0] === 'span'));

  it('vague spans stay unresolved', () => {
    assert.strictEqual(meant('Support grew over the past few weeks.', MON, 'few weeks'), null);
  });

  it('the hover says the span is not the calendar week, and a Sunday\'s last week why', () => {
    assert.match(hover('Turnout rose over the past week.', MON, 'past week'), /Monday, March 9, 2026 to Monday, March 16, 2026.*\n\nHow: .*not the calendar week/s);
    assert.match(hover('The plan leaked last week.', SUN, 'last week'), /written on a Sunday/);
  });
});

describe('dates: habits, names and nowadays are no particular day', () => {
  const none: [string, string][] = [
    ['The club holds dances on Saturday nights.', 'Saturday'],
    ['The market opens every Tuesday at dawn.', 'Tuesday'],
    ['She defended the plan on "Fox News Sunday" this year.', 'Sunday'],
    ['Shops close at weekends.', 'weekends'],
    ['Today, most voters distrust the polls.', 'Today'],
    ['Deals are rare in today\'s crowded market.', 'today'],
    ['He is as popular today as he was a decade ago.', 'today'],
    ['The presenter of today is younger.', 'today'],
  ];
  itNamesNoDay(none, MON);

  itResolves(CASES.filter((c) => c[0] === 'generic'));

  it('the hover says why', () => {
    const h = hover('The club holds dances on Saturday nights.', MON, 'Saturday');
    assert.match(h.split('\n\n')[0], /^\*\*Date `Saturday`\*\* — no particular day\.$/);
    assert.match(h, /Why: a habit/);
    assert.match(hover('Today, most voters distrust the polls.', MON, 'Today'), /Why: "today" here means nowadays/);
    assert.match(hover('She defended the plan on "Fox News Sunday" this year.', MON, 'Sunday'), /Why: the last word of a quoted name/);
  });
});

describe('dates: relative words inside quotations count from the day the speaker spoke', () => {
  it('resolves against the day in the attribution or the sentence before', () => {
    assert.strictEqual(meant('"We met the families tonight," the governor said Tuesday.', THU, 'tonight'), '2026-03-17');
    assert.strictEqual(meant('The governor spoke Tuesday. "We met the families yesterday," she said.', THU, 'yesterday'), '2026-03-16');
    assert.strictEqual(meant("The governor spoke Tuesday. 'We met the families yesterday,' she said.", THU, 'yesterday'), '2026-03-16');
  });

  it('a quotation that opens its paragraph takes the day from the lead-in before it', () => {
    const text = 'The senator spoke on Tuesday in Ohio.\n\nThe remarks in full:\n\n"Tonight we thank our volunteers."';
    assert.strictEqual(meant(text, THU, 'Tonight'), '2026-03-17');
  });

  it('stays unresolved when the draft gives no speaking day, and the hover says so', () => {
    const text = '"We met the families tonight," the governor said.';
    assert.strictEqual(meant(text, THU, 'tonight'), null);
    assert.match(hover(text, THU, 'tonight'), /Why: inside a quotation: the speaker counts from the day they spoke/);
  });

  it('outside a quotation the same word counts from publication', () => {
    assert.strictEqual(meant('The governor met the families tonight.', THU, 'tonight'), THU);
  });
});

describe('dates: the 14th, dotted dates, months, a week after an event, named days', () => {
  itResolves(CASES.filter((c) => c[0] === 'forms'));

  const none: [string, string][] = [
    ['He was the 42nd president of the club.', '42nd'],
    ['Cities of the 21st century need trains.', '21st'],
    ['She won the 5th District seat.', '5th'],
    ['Install version 2.1.3 of the tool.', '2.1.3'],
    ['Theresa May spoke to the conference.', 'May'],
    ['He joined the March on Washington as a student.', 'March'],
    ['Protesters will march to the hall.', 'march'],
    ['Peak season is between June and October.', 'June'],
  ];
  itNamesNoDay(none, MON);

  it('the hover on a month explains the year', () => {
    assert.match(hover('The plant closed in October.', MON, 'October'), /October 1, 2025 to Friday, October 31, 2025.*past tense/s);
  });
});

describe('dates: named days', () => {

  const none: [string, string][] = [
    ['The office threw a Christmas party.', 'Christmas'],
    ['She gave to Easter Seals.', 'Easter'],
    ['She watched Independence Day again.', 'Independence Day'],
    ['Polls closed before Super Tuesday 2 began.', 'Super Tuesday'],
  ];
  itNamesNoDay(none, MON);

  it('the hover names the rule that dates it', () => {
    assert.match(hover('Voters will go to the polls on Election Day.', MON, 'Election Day'), /Tuesday after the first Monday of November/);
  });

  it('computes the calendar rules for every year 2000-2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (y) => {
        const e = new Date(easter(y) * 86400000);
        assert.strictEqual(e.getUTCDay(), 0); // a Sunday
        assert.ok(toIso(easter(y)) >= `${y}-03-22` && toIso(easter(y)) <= `${y}-04-25`);
        const el = new Date(usElectionDay(y) * 86400000);
        assert.strictEqual(el.getUTCDay(), 2);
        assert.ok(el.getUTCDate() >= 2 && el.getUTCDate() <= 8 && el.getUTCMonth() === 10);
        const last = new Date(nthWeekday(y, 5, 1, -1) * 86400000);
        assert.ok(last.getUTCDay() === 1 && last.getUTCDate() > 24);
      }),
    );
  });
});

describe('dates: months, weekends and counted days', () => {
  itResolves(CASES.filter((c) => c[0] === 'relative'));

  it('the same day of an undated event stays unresolved', () => {
    assert.strictEqual(meant('The board met the same day it hired the chief.', MON, 'the same day'), null);
  });

  it('the hover on an anchored day names its anchor once', () => {
    const h = hover('The council voted on March 3. The next day, the mayor resigned.', MON, 'next day');
    assert.match(h, /Wednesday, March 4, 2026/);
    assert.strictEqual((h.match(/counted from/gi) ?? []).length, 1);
  });
});

describe('dates: impossible dates say the right number of days for every year', () => {
  it('February 29-31 and the 31st of 30-day months, 2000-2100, written with the year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 }), (y, mo, d) => {
        const text = `The file is dated ${MONTHS[mo - 1]} ${d}, ${y}.`;
        const m = analysis(text, '2026-01-14').dates[0];
        const dim = daysInMonth(y, mo);
        if (d <= dim) assert.strictEqual(m.impossible, null);
        else if (mo === 2 && d === 29) assert.strictEqual(m.impossible, `${y} is not a leap year: February ${y} has 28 days`);
        else assert.strictEqual(m.impossible, `${MONTHS[mo - 1]} ${y} has only ${dim} days`);
      }),
      { numRuns: 400 },
    );
  });

  it('February 30 without a year names the year it is read in, with that year\'s days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, mo) => {
        const pub = `${y}-${String(mo).padStart(2, '0')}-15`;
        const m = analysis('The deadline was February 30.', pub).dates[0];
        const said = /^February (\d{4}) has only (\d\d) days$/.exec(m.impossible ?? '');
        assert.ok(said, m.impossible ?? 'no message');
        const year = +said[1];
        assert.ok(Math.abs(year - y) <= 1);
        assert.strictEqual(+said[2], isLeap(year) ? 29 : 28);
      }),
      { numRuns: 300 },
    );
  });
});

import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import type { DateMention } from '../../server/src/analysis/dates/types';

/** Analyses `text` as published on `pub` (ISO). */
function analysis(text: string, pub: string) {
  return analyze(text, { today: '2026-11-26', publicationDate: pub, languageId: 'markdown' });
}

function mentions(text: string, pub: string): DateMention[] {
  return analysis(text, pub).dates;
}

/** The mention whose text is `written`. */
function mention(text: string, pub: string, written: string): DateMention {
  const m = mentions(text, pub).find((d) => d.text === written);
  assert.ok(m, `no mention "${written}" in: ${mentions(text, pub).map((d) => d.text).join(' | ')}`);
  return m;
}

/** `[ruleId, flagged text]` of every date finding. */
function dateFindings(text: string, pub: string): [string, string][] {
  const a = analysis(text, pub);
  return check(a)
    .findings.filter((f) => f.ruleId.startsWith('date.'))
    .map((f) => [f.ruleId, text.slice(f.start, f.end)]);
}

describe('dates: absolute forms resolve against the publication date', () => {
  const pub = '2026-01-14';
  const cases: [string, string, string][] = [
    ['The hearing is set for October 17.', 'October 17', '2026-10-17'],
    ['The vote was held Oct. 17.', 'Oct. 17', '2025-10-17'],
    ['It opened Friday, Oct. 17, 2025.', 'Friday, Oct. 17, 2025', '2025-10-17'],
    ['The talks resume on 17 March 2026.', '17 March 2026', '2026-03-17'],
    ['The talks resume on Tuesday 17 March.', 'Tuesday 17 March', '2026-03-17'],
    ['The filing is dated 2026-03-12.', '2026-03-12', '2026-03-12'],
    ['The board will meet March 5th.', 'March 5th', '2026-03-05'],
    ['The rule took effect on the 5th of January.', '5th of January', '2026-01-05'],
  ];
  for (const [text, written, iso] of cases) {
    it(`${written} -> ${iso}`, () => {
      const m = mention(text, pub, written);
      assert.strictEqual(m.iso, iso);
      assert.strictEqual(m.kind, 'absolute');
    });
  }

  it('reads a range', () => {
    const m = mention('The poll was conducted March 5-7, 2026.', pub, 'March 5-7, 2026');
    assert.strictEqual(m.kind, 'range');
    assert.deepStrictEqual(m.range, { start: '2026-03-05', end: '2026-03-07' });
  });
});

describe('dates: year choice', () => {
  it('a January story that says Dec. 30 means the previous year', () => {
    assert.strictEqual(mention('The company announced the cuts on Dec. 30.', '2026-01-05', 'Dec. 30').iso, '2025-12-30');
  });

  it('a December story that says Jan. 3 means the next year', () => {
    assert.strictEqual(mention('The new law takes effect Jan. 3.', '2025-12-20', 'Jan. 3').iso, '2026-01-03');
  });

  it('past tense puts a date half a year away before publication', () => {
    const m = mention('The law took effect on July 20.', '2026-01-14', 'July 20');
    assert.strictEqual(m.iso, '2025-07-20');
    assert.match(m.yearChoice ?? '', /past tense/);
  });

  it('will / is scheduled put it after publication', () => {
    assert.strictEqual(mention('The law will take effect on July 20.', '2026-01-14', 'July 20').iso, '2026-07-20');
    assert.strictEqual(mention('The hearing is scheduled for July 20.', '2026-01-14', 'July 20').iso, '2026-07-20');
  });

  it('without tense cues takes the nearest year', () => {
    const m = mention('The deadline: Nov. 20.', '2026-01-14', 'Nov. 20');
    assert.strictEqual(m.iso, '2025-11-20');
    assert.match(m.yearChoice ?? '', /nearest/);
  });

  it('a written weekday picks the year in which it fits', () => {
    // April 14 is a Monday in 2025 and a Tuesday in 2026.
    assert.strictEqual(mention('The meeting was on Monday, April 14.', '2026-01-05', 'Monday, April 14').iso, '2025-04-14');
  });

  it('a written year is kept', () => {
    const m = mention('It happened on Nov. 11, 2014.', '2026-01-14', 'Nov. 11, 2014');
    assert.strictEqual(m.iso, '2014-11-11');
    assert.strictEqual(m.yearChoice, null);
  });
});

describe('dates: weekdays alone', () => {
  const pub = '2026-01-14'; // a Wednesday
  it('past tense: the weekday before publication', () => {
    assert.strictEqual(mention('The company said on Tuesday it would delay the plant.', pub, 'Tuesday').iso, '2026-01-13');
  });
  it('future: the weekday after publication', () => {
    assert.strictEqual(mention('The council will vote Tuesday morning.', pub, 'Tuesday').iso, '2026-01-20');
  });
  it('late Saturday, past', () => {
    assert.strictEqual(mention('Fire crews arrived late Saturday.', pub, 'Saturday').iso, '2026-01-10');
  });
  it('the publication weekday is publication day', () => {
    assert.strictEqual(mention('Officials said Wednesday the road is closed.', pub, 'Wednesday').iso, pub);
  });
});

describe('dates: relative expressions', () => {
  const pub = '2026-01-15'; // a Thursday
  const cases: [string, string, string][] = [
    ['The mayor resigned yesterday.', 'yesterday', '2026-01-14'],
    ['The mayor speaks today.', 'today', '2026-01-15'],
    ['The mayor speaks tomorrow.', 'tomorrow', '2026-01-16'],
    ['Police were called last night.', 'last night', '2026-01-14'],
    ['The board met last Thursday.', 'last Thursday', '2026-01-08'],
    ['The game is this Saturday.', 'this Saturday', '2026-01-17'],
    ['The bill was signed three days ago.', 'three days ago', '2026-01-12'],
  ];
  for (const [text, written, iso] of cases) {
    it(`${written} -> ${iso}`, () => {
      const m = mention(text, pub, written);
      assert.strictEqual(m.iso, iso);
      assert.strictEqual(m.kind, 'relative');
    });
  }

  it('next week is the Monday-Sunday range after publication', () => {
    const m = mention('The report is due next week.', pub, 'next week');
    assert.strictEqual(m.kind, 'range');
    assert.deepStrictEqual(m.range, { start: '2026-01-19', end: '2026-01-25' });
  });

  it('two days later counts from the dated mention before it', () => {
    const text = 'The strike began on Jan. 5. Two days later, the union walked out.';
    const m = mention(text, pub, 'Two days later');
    assert.strictEqual(m.iso, '2026-01-07');
    assert.strictEqual(m.anchor?.kind, 'mention');
  });

  it('a week earlier counts from a date in an earlier paragraph', () => {
    const text = 'The vote was on Jan. 12.\n\nA week earlier, the board had met.';
    assert.strictEqual(mention(text, pub, 'A week earlier').iso, '2026-01-05');
  });

  it('one day before <dated event> counts back from the date that follows', () => {
    const text = 'They spoke by phone one day before the president hosted the envoy on October 17.';
    const m = mention(text, '2025-11-20', 'one day before');
    assert.strictEqual(m.iso, '2025-10-16');
  });
});

describe('date.weekday-mismatch', () => {
  const cases: [string, string, string, string][] = [
    // [draft, publication, written (wrong), same text with the right weekday]
    ['The plan was announced Wednesday, November 4, 2025.', '2025-11-10', 'Wednesday, November 4, 2025', 'The plan was announced Tuesday, November 4, 2025.'],
    ['The fair opens Saturday, Feb. 8.', '2026-02-01', 'Saturday, Feb. 8', 'The fair opens Sunday, Feb. 8.'],
    ['The talks resume Wednesday 17 March.', '2026-03-01', 'Wednesday 17 March', 'The talks resume Tuesday 17 March.'],
    ['The trial opens Oct. 17 (Thursday).', '2025-10-10', 'Oct. 17 (Thursday)', 'The trial opens Oct. 17 (Friday).'],
    ['The vote is set for Tues., Feb. 9.', '2026-02-01', 'Tues., Feb. 9', 'The vote is set for Mon., Feb. 9.'],
    ['It was announced on Wednesday (Nov. 4).', '2025-11-10', 'Wednesday (Nov. 4)', 'It was announced on Tuesday (Nov. 4).'],
    ['It was announced on Nov. 4, a Wednesday, in Geneva.', '2025-11-10', 'Nov. 4, a Wednesday', 'It was announced on Nov. 4, a Tuesday, in Geneva.'],
    ['It was announced Wednesday, 11/04/2025.', '2025-11-10', 'Wednesday, 11/04/2025', 'It was announced Tuesday, 11/04/2025.'],
  ];
  for (const [text, pub, written, consistent] of cases) {
    it(`flags ${written}`, () => {
      assert.deepStrictEqual(dateFindings(text, pub), [['date.weekday-mismatch', written]]);
    });
    it(`does not flag the consistent version of ${written}`, () => {
      assert.deepStrictEqual(dateFindings(consistent, pub), []);
    });
  }

  it('fixes carry the right weekday and the date of the written weekday in that week, in the draft style', () => {
    const text = 'The fair opens Sat., Feb. 8.';
    const f = check(analysis(text, '2026-02-01')).findings.find((x) => x.ruleId === 'date.weekday-mismatch');
    assert.ok(f);
    const data = f.data as { weekdayFix: { start: number; end: number; text: string }; dateFix: { start: number; end: number; text: string; iso: string } };
    assert.strictEqual(data.weekdayFix.text, 'Sun.');
    assert.strictEqual(text.slice(data.weekdayFix.start, data.weekdayFix.end), 'Sat.');
    assert.strictEqual(data.dateFix.text, 'Feb. 7');
    assert.strictEqual(data.dateFix.iso, '2026-02-07');
    assert.strictEqual(text.slice(data.dateFix.start, data.dateFix.end), 'Feb. 8');
  });

  it('British order keeps its order in the date fix', () => {
    const text = 'The talks resume Wednesday 17 March.';
    const f = check(analysis(text, '2026-03-01')).findings.find((x) => x.ruleId === 'date.weekday-mismatch');
    const data = f?.data as { dateFix: { text: string } };
    assert.strictEqual(data.dateFix.text, '18 March');
  });
});

describe('date.impossible', () => {
  const bad: [string, string][] = [
    ['The deadline is February 30.', 'February 30'],
    ['The audit ends April 31.', 'April 31'],
    ['Production starts by February 29, 2027.', 'February 29, 2027'],
    ['The file is dated 2026-13-01.', '2026-13-01'],
    ['The form was signed 13/32/2026.', '13/32/2026'],
    ['The form was signed 13/13/26.', '13/13/26'],
    ['The form was signed 02/30/26.', '02/30/26'],
    ['Payment was due Sept. 31, 2025.', 'Sept. 31, 2025'],
  ];
  for (const [text, written] of bad) {
    it(`flags ${written}`, () => {
      assert.deepStrictEqual(dateFindings(text, '2026-01-14'), [['date.impossible', written]]);
    });
  }
  const good = [
    'The deadline is February 28.',
    'The audit ends April 30.',
    'Production starts by February 29, 2028.',
    'The file is dated 2026-12-01.',
    'The form was signed 13/05/2026.',
    'The form was signed 12/30/25.',
    'Open 24/7/365, with a 50/50 split.',
    'Payment was due Sept. 30, 2025.',
  ];
  for (const text of good) {
    it(`does not flag: ${text}`, () => {
      assert.deepStrictEqual(dateFindings(text, '2026-01-14'), []);
    });
  }

  it('leap years: Feb. 29 without a year is fine in a leap-year story', () => {
    assert.deepStrictEqual(dateFindings('The count ended Feb. 29.', '2028-03-10'), []);
    assert.strictEqual(mention('The count ended Feb. 29.', '2028-03-10', 'Feb. 29').iso, '2028-02-29');
  });

  it('leap years: 2000 was one, 2100 is not', () => {
    assert.deepStrictEqual(dateFindings('It was Feb. 29, 2000.', '2026-01-14'), []);
    assert.deepStrictEqual(dateFindings('It will be Feb. 29, 2100.', '2026-01-14'), [['date.impossible', 'Feb. 29, 2100']]);
  });
});

describe('dates: British day-first numeric dates', () => {
  it('reads 03/04/2026 day-first in a draft that writes 17 March', () => {
    const text = 'The inquiry opened on 17 March 2026. Its report is dated 03/04/2026.';
    assert.strictEqual(mention(text, '2026-04-10', '03/04/2026').iso, '2026-04-03');
  });
  it('reads 03/04/2026 month-first in a draft that writes March 17', () => {
    const text = 'The inquiry opened on March 17, 2026. Its report is dated 03/04/2026.';
    assert.strictEqual(mention(text, '2026-04-10', '03/04/2026').iso, '2026-03-04');
  });
  it('13/05/2026 can only be day-first and is valid', () => {
    assert.strictEqual(mention('Signed 13/05/2026.', '2026-06-01', '13/05/2026').iso, '2026-05-13');
  });
});

describe('date.relative-conflict', () => {
  const cases: [string, string, string, string][] = [
    // [draft, publication, flagged text, consistent version]
    ['The board met yesterday, Tuesday, to vote.', '2026-01-15', 'Tuesday', 'The board met yesterday, Wednesday, to vote.'],
    ['The board met last Thursday, Nov. 6, to vote.', '2025-11-17', 'Nov. 6', 'The board met last Thursday, Nov. 13, to vote.'],
    ['The match is tomorrow, Saturday, at noon.', '2026-01-15', 'Saturday', 'The match is tomorrow, Friday, at noon.'],
    ["Last night's game, on Saturday, ended 2-1.", '2025-10-06', 'Saturday', "Last night's game, on Sunday, ended 2-1."],
    ['The vote is today (Friday).', '2026-01-15', 'Friday', 'The vote is today (Thursday).'],
    ['The strike began Monday, Jan. 5. Two days later, on Thursday, talks failed.', '2026-01-15', 'Thursday', 'The strike began Monday, Jan. 5. Two days later, on Wednesday, talks failed.'],
    ['On Wednesday, one day before the Oct. 17 summit, aides met.', '2025-10-20', 'Wednesday', 'On Thursday, one day before the Oct. 17 summit, aides met.'],
    ['Yesterday — Tuesday — the board met.', '2026-01-15', 'Tuesday', 'Yesterday — Wednesday — the board met.'],
  ];
  for (const [text, pub, flagged, consistent] of cases) {
    it(`flags ${flagged} in: ${text}`, () => {
      assert.deepStrictEqual(dateFindings(text, pub), [['date.relative-conflict', flagged]]);
    });
    it(`does not flag: ${consistent}`, () => {
      assert.deepStrictEqual(dateFindings(consistent, pub), []);
    });
  }

  it('the finding names the relative expression and the dates it allows', () => {
    const a = analysis('The board met yesterday, Tuesday, to vote.', '2026-01-15');
    const f = check(a).findings.find((x) => x.ruleId === 'date.relative-conflict');
    const data = f?.data as { otherText: string; expected: string[]; weekdayFix: { text: string } };
    assert.strictEqual(data.otherText, 'yesterday');
    assert.deepStrictEqual(data.expected, ['2026-01-14']);
    assert.strictEqual(data.weekdayFix.text, 'Wednesday');
  });

  it('flags a bare weekday that a dated mention of the same weekday in the paragraph contradicts', () => {
    const text = 'The board met on Tuesday, March 3, to set the budget. On Tuesday, members also elected a chair.';
    const f = dateFindings(text, '2026-03-20');
    assert.deepStrictEqual(f, [['date.relative-conflict', 'Tuesday']]);
    const a = analysis(text, '2026-03-20');
    const hit = check(a).findings.find((x) => x.ruleId === 'date.relative-conflict');
    assert.strictEqual(hit?.start, text.lastIndexOf('Tuesday'));
  });

  it('does not flag the bare weekday when it is the dated day, or in another paragraph', () => {
    const text = 'The board met on Tuesday, March 3, to set the budget. On Tuesday, members also elected a chair.';
    assert.deepStrictEqual(dateFindings(text, '2026-03-05'), []);
    assert.deepStrictEqual(dateFindings('The board met on Tuesday, March 3.\n\nOn Tuesday, members elected a chair.', '2026-03-20'), []);
  });

  it('a relative word and a weekday in separate clauses are not linked', () => {
    assert.deepStrictEqual(dateFindings('He said yesterday that on Friday the union would strike.', '2026-01-15'), []);
    assert.deepStrictEqual(dateFindings('The board met yesterday and will meet again on Monday.', '2026-01-15'), []);
    assert.deepStrictEqual(dateFindings("The mayor said yesterday, Monday's vote would be repeated.", '2026-01-15'), []);
  });

  it('a relative word inside a quotation is the speaker\'s, not checked against publication', () => {
    assert.deepStrictEqual(dateFindings('"Yesterday, Tuesday, was hard," she said on Wednesday.', '2026-01-15'), []);
    assert.deepStrictEqual(dateFindings('“Yesterday, Tuesday, was hard,” she said on Wednesday.', '2026-01-15'), []);
    assert.deepStrictEqual(dateFindings("'Yesterday, Tuesday, was hard,' she said on Wednesday.", '2026-01-15'), []);
    assert.deepStrictEqual(dateFindings('She said it was hard yesterday, Tuesday.', '2026-01-15'), [['date.relative-conflict', 'Tuesday']]);
  });
});

describe('dates: code, URLs and front matter are not prose', () => {
  it('ignores dates in fenced code, inline code and URLs', () => {
    const text = [
      'The council met on Monday.',
      '',
      '```',
      'Wednesday, November 4, 2025 and February 30 and 2026-13-01',
      '```',
      '',
      'See `Wednesday, November 4, 2025` and https://example.com/2026-13-01/february-30 or [the log](https://example.com/13/32/2026).',
    ].join('\n');
    assert.deepStrictEqual(dateFindings(text, '2025-11-10'), []);
    assert.deepStrictEqual(mentions(text, '2025-11-10').map((m) => m.text), ['Monday']);
  });

  it('takes the publication date from front matter and ignores the front matter itself', () => {
    const text = '---\ndate: 2026-01-15\n---\nThe board met yesterday, Wednesday.';
    const a = analyze(text, { today: '2026-11-26', languageId: 'markdown' });
    assert.strictEqual(a.publicationDate.iso, '2026-01-15');
    assert.deepStrictEqual(a.dates.map((m) => m.text), ['yesterday', 'Wednesday']);
    assert.deepStrictEqual(check(a).findings.filter((f) => f.ruleId.startsWith('date.')), []);
  });
});

describe('dates: misreadings are filtered', () => {
  const pub = '2026-01-14';
  const none = [
    'It may rain, officials said.',
    'Protesters will march to city hall.',
    'May I ask a question?',
    'Will Smith attended the premiere.',
    'The Sun reported the story first.',
    'She scored in the second half.',
    'Northfield won 3-2 and drew 1-1.',
    'The club has not won since 2016.',
    'She reads USA Today and watches Russia Today.',
    'Theresa May spoke to the conference.',
    'Black Friday shaped the year, as did Bloody Sunday.',
  ];
  for (const text of none) {
    it(`no date in: ${text}`, () => {
      assert.deepStrictEqual(mentions(text, pub).map((m) => m.text), []);
    });
  }

  it('Sunday now is the weekday, not today with a Sunday label', () => {
    const ms = mentions('Sunday now looks like the day of the vote.', pub);
    assert.deepStrictEqual(ms.map((m) => [m.text, m.kind]), [['Sunday', 'weekday']]);
    assert.deepStrictEqual(dateFindings('Sunday now looks like the day of the vote.', pub), []);
  });

  it('March the verb next to a number is not a date', () => {
    assert.deepStrictEqual(mentions('The 5 protesters will march 3 miles.', pub).map((m) => m.text), []);
  });
});

describe('dates: per-paragraph work is cached and incremental equals full', () => {
  it('the same draft gives the same mentions twice, and an edit elsewhere leaves a paragraph unchanged', () => {
    const p1 = 'The board met yesterday, Tuesday.';
    const p2 = 'The vote is on Friday, Jan. 16.';
    const first = mentions(`${p1}\n\n${p2}`, '2026-01-15');
    const again = mentions(`${p1}\n\n${p2}`, '2026-01-15');
    assert.deepStrictEqual(again, first);
    const edited = mentions(`${p1} More text.\n\n${p2}`, '2026-01-15');
    assert.deepStrictEqual(
      edited.filter((m) => m.paragraph === 1).map((m) => [m.text, m.iso, m.start - ' More text.'.length]),
      first.filter((m) => m.paragraph === 1).map((m) => [m.text, m.iso, m.start]),
    );
  });
});

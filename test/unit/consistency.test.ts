import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { actorFactsOf } from '../../server/src/analysis/consistency';
import { agesFromBirth } from '../../server/src/analysis/consistency/ages';
import { editDistance, isMisspelling } from '../../server/src/analysis/consistency/edits';
import { scanFigures, typoLike } from '../../server/src/analysis/consistency/figures';
import { compatible, officeOf } from '../../server/src/analysis/consistency/titles';
import { ProfileIndex } from '../../server/src/analysis/profiles';
import type { Finding } from '../../server/src/analysis/types';
import { buildReport, reportMarkdown } from '../../server/src/features/report';
import { LineIndex } from '../../server/src/features/positions';

const OPTS = { today: '2026-04-15', languageId: 'markdown' };

function run(text: string, opts: object = {}): Finding[] {
  return check(analyze(text, { ...OPTS, ...opts })).findings.filter((f) => f.ruleId.startsWith('consistency.'));
}

/** `rule: flagged text` for each consistency finding. */
function flagged(text: string, opts: object = {}): string[] {
  return run(text, opts).map((f) => `${f.ruleId.slice('consistency.'.length)}: ${text.slice(f.start, f.end)}`);
}

function profiles(yaml: string): ProfileIndex {
  const index = new ProfileIndex();
  index.setFile('file:///ws/.copydesk/profiles/people.yaml', yaml);
  return index;
}

describe('consistency.age', () => {
  it('flags a later age that disagrees, in each written form, on the later mention with the first as related information', () => {
    const forms = [
      'Mayor Lila Okonkwo, 52, opened the bridge.\n\nOkonkwo, 53, said it was on time.',
      'Mayor Lila Okonkwo (52) opened the bridge.\n\nOkonkwo (53) said it was on time.',
      'Mayor Lila Okonkwo, who is 52, opened the bridge.\n\nOkonkwo, who is 53, said it was on time.',
      'Mayor Lila Okonkwo, aged 52, opened the bridge.\n\nOkonkwo, aged 53, said it was on time.',
      'Mayor Lila Okonkwo, a 52-year-old engineer, opened the bridge.\n\nThe 53-year-old Okonkwo said it was on time.',
    ];
    for (const text of forms) {
      const fs = run(text);
      assert.deepStrictEqual(fs.map((f) => [f.ruleId, text.slice(f.start, f.end)]), [['consistency.age', '53']], text);
      assert.strictEqual(fs[0].related?.length, 1);
      assert.strictEqual(text.slice(fs[0].related![0].start, fs[0].related![0].end), '52');
      assert.match(fs[0].message, /53 here \(line 3\) but 52 on line 1/);
    }
  });

  it('does not flag the same age twice, an age in a clause about the past, or two people of different ages', () => {
    assert.deepStrictEqual(flagged('Mayor Lila Okonkwo, 52, opened the bridge.\n\nThe 52-year-old Okonkwo said it was on time.'), []);
    assert.deepStrictEqual(flagged('Mayor Lila Okonkwo, 52, opened the bridge.\n\nOkonkwo, who was 17 when she first ran, said it was on time.'), []);
    assert.deepStrictEqual(flagged('Lila Okonkwo, 52, and Dev Rao, 60, opened the bridge.\n\nRao said it was late.'), []);
  });

  it('never reads a share, a year or a count after a name as an age', () => {
    assert.deepStrictEqual(flagged('Lila Okonkwo, 52, won.\n\nOkonkwo, 1968, was the year she arrived. Okonkwo, 40 percent of the vote.'), []);
  });

  it('checks ages against a profile birth date and the publication date', () => {
    const index = profiles('- name: Lila Okonkwo\n  born: 1974-06-30\n');
    // On 2026-04-15 she is 51 (her birthday is in June).
    assert.deepStrictEqual(flagged('Mayor Lila Okonkwo, 52, opened the bridge.', { profiles: index }), ['age: 52']);
    assert.deepStrictEqual(flagged('Mayor Lila Okonkwo, 51, opened the bridge.', { profiles: index }), []);
    const f = run('Mayor Lila Okonkwo, 52, opened the bridge.', { profiles: index })[0];
    assert.match(f.message, /profile's birth date \(1974-06-30\)/);
  });

  it('allows either age when the profile gives a birth year only', () => {
    assert.deepStrictEqual(agesFromBirth('1974', '2026-04-15'), [51, 52]);
    assert.deepStrictEqual(agesFromBirth('1974-04-15', '2026-04-15'), [52]);
    assert.deepStrictEqual(agesFromBirth('1974-04-16', '2026-04-15'), [51]);
    assert.deepStrictEqual(agesFromBirth('sometime', '2026-04-15'), []);
  });
});

describe('consistency.title', () => {
  it('flags two offices for one person: Sen./Rep., finance/budget director, deputy/director, Gov./Lt. Gov.', () => {
    assert.deepStrictEqual(flagged('Sen. Mira Castell spoke first.\n\nRep. Castell said the bill was ready.'), ['title: Rep.']);
    assert.deepStrictEqual(flagged('Finance Director Abel Nkemelu presented the plan.\n\nNkemelu, the city\'s budget director, answered questions.'), ["title: city's budget director"]);
    assert.deepStrictEqual(flagged('Director Abel Nkemelu presented the plan.\n\nDeputy Director Nkemelu answered questions.'), ['title: Deputy Director']);
    assert.deepStrictEqual(flagged('Gov. Hal Brennan signed the bill.\n\nLt. Gov. Brennan thanked the sponsors.'), ['title: Lt. Gov.']);
  });

  it('does not flag second references, honorifics, former titles, a seat held alongside an office, or a description', () => {
    assert.deepStrictEqual(flagged('Indiana Gov. Hal Brennan signed the bill.\n\nGov. Brennan thanked the sponsors.'), []);
    assert.deepStrictEqual(flagged('Secretary of State Ana Quist arrived.\n\nSecretary Quist spoke.'), []);
    assert.deepStrictEqual(flagged('Former Gov. Ellen Vance spoke.\n\nSen. Vance said she would run again.'), []);
    assert.deepStrictEqual(flagged('Sen. Tom Ake, chairman of the Senate Budget Committee, spoke.\n\nSen. Ake said the bill was ready.'), []);
    assert.deepStrictEqual(flagged('Dr. Rosa Imbert, a longtime critic of the plan, spoke.\n\nImbert, the hospital\'s chief executive, said no.'), []);
  });

  it('compares a title with the profile\'s current title', () => {
    const index = profiles('- name: Mira Castell\n  title: U.S. Representative\n');
    assert.deepStrictEqual(flagged('Sen. Mira Castell spoke.', { profiles: index }), ['title: Sen.']);
    assert.deepStrictEqual(flagged('Rep. Mira Castell spoke.', { profiles: index }), []);
  });

  it('normalises offices', () => {
    assert.ok(compatible(officeOf('Sen.')!, officeOf('U.S. Senator')!));
    assert.ok(compatible(officeOf('Indiana Gov.')!, officeOf('Gov.')!));
    assert.ok(!compatible(officeOf('Secretary of State')!, officeOf('Secretary of Defense')!));
    assert.ok(!compatible(officeOf('deputy director')!, officeOf('director')!));
    assert.strictEqual(officeOf('the Republican presidential nominee'), null);
    assert.strictEqual(officeOf('former mayor'), null);
    assert.strictEqual(officeOf('chairman of the Armed Services Committee'), null);
    assert.strictEqual(officeOf('a close adviser'), null);
    assert.deepStrictEqual(officeOf('the judge hearing the case')!.of, []);
  });
});

describe('consistency.name', () => {
  it('flags a surname spelled two ways and offers the majority spelling', () => {
    const text = 'Councilman Tomas Adeyemi voted no.\n\nAdeyemi said the plan was rushed. Adeyemy said he would try again.';
    const fs = run(text);
    assert.deepStrictEqual(fs.map((f) => text.slice(f.start, f.end)), ['Adeyemy']);
    assert.deepStrictEqual((fs[0].data as { fix: { replacement: string } }).fix.replacement, 'Adeyemi');
  });

  it('flags full names one small edit apart (given name or surname), and Mc/Mac', () => {
    assert.deepStrictEqual(flagged('Katharine Bell won.\n\nBell thanked voters. Katherine Bell left at ten.'), ['name: Katherine']);
    assert.deepStrictEqual(flagged('Union leader Paul McDonald spoke.\n\nMcDonald said no. MacDonald said he would leave early.'), ['name: MacDonald']);
  });

  it('does not flag different people who share a surname, short distinct names, a family plural or a quoted misspelling', () => {
    assert.deepStrictEqual(flagged('Ruth Hale runs the show. Her brother Marcus Hale runs the pies.'), []);
    assert.deepStrictEqual(flagged('Jon Meyer showed goats. His cousin John Meyer showed rabbits.'), []);
    assert.deepStrictEqual(flagged('Mayor Ines Clement spoke. Later the Clements hosted a dinner.'), []);
    assert.deepStrictEqual(flagged('Ines Clement spoke.\n\n“Ines Clemant is wrong,” a critic wrote.'), []);
  });

  it('flags a spelling that differs from the profile, with the profile\'s spelling as the fix', () => {
    const index = profiles('- name: Tomas Adeyemi\n  title: Finance Director\n');
    const text = 'Finance Director Tomas Adeyemy presented the budget.';
    const fs = run(text, { profiles: index });
    assert.deepStrictEqual(fs.map((f) => [f.ruleId, text.slice(f.start, f.end)]), [['consistency.name', 'Adeyemy']]);
    assert.strictEqual((fs[0].data as { fix: { replacement: string } }).fix.replacement, 'Adeyemi');
    assert.deepStrictEqual(index.similar('Tomas Adeyemi'), []);
  });

  it('puts a headline misspelling on the body\'s mention, with a fix for the headline', () => {
    const text = '# Adeyemy quits council\n\nCouncilman Tomas Adeyemi resigned on Monday.\n\nAdeyemi said he would move away.';
    const fs = run(text);
    assert.deepStrictEqual(fs.map((f) => text.slice(f.start, f.end)), ['Adeyemi']);
    assert.ok(fs[0].start > text.indexOf('Councilman'));
    const fix = (fs[0].data as { fix: { start: number; end: number; replacement: string } }).fix;
    assert.strictEqual(text.slice(fix.start, fix.end), 'Adeyemy');
    assert.strictEqual(fix.replacement, 'Adeyemi');
  });

  it('measures names by small edits only', () => {
    assert.strictEqual(editDistance('adeyemi', 'adeyemy'), 1);
    assert.strictEqual(editDistance('kiedis', 'keidis'), 1, 'a swap of neighbours is one edit');
    assert.ok(isMisspelling('Katharine', 'Katherine'));
    assert.ok(isMisspelling('McDonald', 'MacDonald'));
    assert.ok(!isMisspelling('Mark', 'Mary'));
    assert.ok(!isMisspelling('Hillary', 'Chelsea'));
  });
});

describe('consistency.number', () => {
  it('flags a vote tally and amounts given two values, on the definite back-reference', () => {
    assert.deepStrictEqual(flagged('The board voted 4-1 to approve the plan.\n\nSupporters said the 5-1 vote was a mandate.'), ['number: 5-1']);
    assert.deepStrictEqual(flagged('Voters approved a $41 million levy.\n\nThe county will collect the $14 million levy over ten years.'), ['number: $14 million']);
    assert.deepStrictEqual(flagged('The union won a 12 percent increase.\n\nManagers said the 21 percent increase was too much.'), ['number: 21 percent']);
    assert.deepStrictEqual(flagged('The plant will add 350 jobs.\n\nThe mayor praised the 530 jobs.'), ['number: 530']);
  });

  it('does not flag new figures, different quantities sharing a unit, years, scores, or figures in quotations', () => {
    assert.deepStrictEqual(flagged('The board voted 6-1 in March, and a second measure passed 4-3.'), []);
    assert.deepStrictEqual(flagged('Teachers get a 3 percent raise.\n\nNurses get a 5 percent raise.'), []);
    assert.deepStrictEqual(flagged('The 2024 election was close.\n\nThe 2020 election was not.'), []);
    assert.deepStrictEqual(flagged('The home side won 3-2.\n\nThe visitors won the rematch 4-2.'), []);
    assert.deepStrictEqual(flagged('The plant will add 350 jobs.\n\n"The 530 jobs are a dream," a critic said.'), []);
    assert.deepStrictEqual(flagged('The plant will add 7,500 jobs.\n\nThe region lost 5,500 jobs last year. The 5,500 jobs were in mining.'), []);
  });

  it('flags a body figure that contradicts the headline or deck, and not one that agrees', () => {
    const withFront = '---\ntitle: Council approves $41 million levy\n---\n\nThe council approved a $14 million levy on Tuesday.';
    assert.deepStrictEqual(flagged(withFront), ['number: $14 million']);
    const f = run(withFront)[0];
    assert.strictEqual(withFront.slice(f.related![0].start, f.related![0].end), '$41 million');
    assert.deepStrictEqual(flagged('# Council approves $41 million levy\n\nThe council approved a $41 million levy on Tuesday.'), []);
    assert.deepStrictEqual(flagged('# Board votes 4-1 for budget\n\nThe board voted 3-2 to pass the budget.'), ['number: 3-2']);
  });

  it('scans figures', () => {
    const fs = scanFigures('The board voted 4-1 on a $2.5 million grant and a 12 percent raise; 2,400 employees were told.');
    assert.deepStrictEqual(fs.map((f) => [f.unit, f.value, f.head]), [['tally', '4-1', 'vote'], ['currency', '$2500000', 'grant'], ['percent', '12', 'raise'], ['count', '2400', 'employee']]);
    assert.ok(typoLike('41', '14'));
    assert.ok(typoLike('7,500', '7,600'));
    assert.ok(typoLike('7,500', '5,700'), 'two neighbours swapped');
    assert.ok(!typoLike('7,500', '5,800'));
    assert.ok(!typoLike('300', '3000'));
  });
});

describe('consistency: actor card and report', () => {
  it('collects every age, title and spelling of a person with lines', () => {
    const text = 'Finance Director Tomas Adeyemi, 44, spoke.\n\nAdeyemy, 45, left.';
    const a = analyze(text, OPTS);
    const i = a.actors.actors.findIndex((x) => x.name === 'Tomas Adeyemi');
    const facts = actorFactsOf(a, i)!;
    assert.deepStrictEqual(facts.ages, [{ age: 44, line: 1 }, { age: 45, line: 3 }]);
    assert.deepStrictEqual(facts.titles, [{ title: 'Finance Director', line: 1 }]);
    assert.deepStrictEqual(facts.spellings.map((s) => [s.spelling, s.count]), [['Adeyemi', 1], ['Adeyemy', 1]]);
  });

  it('lists the disagreements in the sourcing report, with lines', () => {
    const text = 'Sen. Mira Castell spoke first.\n\nRep. Castell said the bill was ready.';
    const a = analyze(text, OPTS);
    const { findings } = check(a);
    const lines = new LineIndex(text);
    const report = buildReport(a, findings, (o) => lines.positionAt(o).line);
    assert.deepStrictEqual(report.consistency.map((c) => [c.ruleId, c.line]), [['consistency.title', 3]]);
    assert.match(reportMarkdown(report, 'draft.md'), /## Consistency\n\n- line 3, `consistency.title`: /);
  });
});

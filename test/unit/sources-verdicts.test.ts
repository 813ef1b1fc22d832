/**
 * Three verdicts for every attribution source (issue 12): an anonymous person
 * or group (`source.unnamed`), a generic or hedged authority (`source.vague`),
 * or nothing (named, official organisation, document, not a source). All
 * sentences are invented for these tests.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';

function spans(text: string, ruleId: string): string[] {
  const a = analyze(text, { today: '2026-11-26', languageId: 'markdown' });
  return check(a).findings.filter((f) => f.ruleId === ruleId).map((f) => text.slice(f.start, f.end));
}
const unnamed = (t: string): string[] => spans(t, 'source.unnamed');
const vague = (t: string): string[] => spans(t, 'source.vague');

describe('source verdicts: generic and hedged authority is source.vague', () => {
  const cases: [string, string][] = [
    ['Economists generally consider the new levy too small to matter.', 'Economists'],
    ['Most historians agree that the treaty was a mistake.', 'Most historians'],
    ['Some strategists fear that the campaign has peaked too early.', 'Some strategists'],
    ['The bridge is safe, according to structural experts.', 'structural experts'],
    ['Many farmers say the subsidy arrived too late.', 'Many farmers'],
    ['Her critics call the ferry plan a gift to developers.', 'Her critics'],
    ['Grain traders expect prices to rise before the harvest.', 'Grain traders'],
    ['His views on the port were echoed by a number of shipping experts.', 'a number of shipping experts'],
    ['Analysts on the island and abroad said the vote could shift the coalition.', 'Analysts on the island and abroad'],
    ['The council met twice, with outside experts offering their assessments of the budget.', 'outside experts'],
    ['It is the minimum $3 million experts say a citywide campaign costs.', 'experts'],
  ];
  for (const [text, phrase] of cases) {
    it(text, () => {
      assert.deepStrictEqual(vague(text), [phrase]);
      assert.deepStrictEqual(unnamed(text), []);
    });
  }
  it('reads a bare quantifier with a view verb only when the view is stated (`see … as`)', () => {
    assert.deepStrictEqual(vague('Some see the ferry cuts as a warning to the island.'), ['Some see']);
    assert.deepStrictEqual(vague('Some saw the ferry leave at noon.'), []);
  });
});

describe('source verdicts: informants stay source.unnamed, however quantified', () => {
  const cases: [string, string][] = [
    ['Several Liberals cautioned against reading too much into the result.', 'Several Liberals'],
    ['Many of her aides feel the tour has gone on too long.', 'Many of her aides'],
    ['Some officials said the harbour would reopen on Friday.', 'Some officials'],
    ['Ruiz allies believe the vote can be won.', 'Ruiz allies'],
    ['The ferry will not sail, the mayor’s friends say.', 'the mayor’s friends'],
    ['Liberals privately acknowledge that the seat is lost.', 'Liberals'],
    ['Even a veteran party strategist said the count was close.', 'a veteran party strategist'],
    ['Customs officials have, in fact, praised the new scanners.', 'Customs officials'],
    ['The tender, the harbour board figures, will attract two bids. It will, figure people close to the mayor, pass easily.', 'people close to the mayor'],
    ['The report was welcomed by a group that harbour officials say is tied to the union.', 'harbour officials'],
    ['Harbour officials defend the timetable despite the delays.', 'Harbour officials'],
    ['The change was echoed and amplified by aides who praised the mayor.', 'aides'],
    ['According to a slew of party leaders, the motion will fail.', 'a slew of party leaders'],
    ['And a slew of council leaders agree with that reading.', 'a slew of council leaders'],
    ['Alongside the calls for a recount, even a veteran party strategist said the result would stand.', 'a veteran party strategist'],
    ['Former harbour staffers, who worked on the last two budgets, have been openly critical of the plan.', 'Former harbour staffers'],
    ['The fare rise was a claim that port officials have disputed.', 'port officials'],
    ['Long before port officials began to portray the delay as routine, the ferry had stopped.', 'port officials'],
    ['The count gave her more seats than her advisers expected.', 'her advisers'],
    ['Ruiz’s aides cast the result as a mandate for the ferry plan.', 'Ruiz’s aides'],
  ];
  for (const [text, phrase] of cases) {
    it(text, () => {
      assert.deepStrictEqual(unnamed(text), [phrase]);
      assert.deepStrictEqual(vague(text), []);
    });
  }
});

describe('source verdicts: no finding', () => {
  const clean = [
    // Named in the same sentence, by apposition before or after.
    'Rosa Delgado, another strategist, said the count was close.',
    'The plan will fail, said the councillors, Councillors Ana Ruiz and Tomas Berg.',
    'He dismissed criticism from Ana Ruiz, a banker and former harbour official who has said the fees are too high.',
    // A named person heads the source.
    'Ruiz and her aides believe they can win the ward.',
    'She and other members of the board refused to say more.',
    // Public agencies acting, parties as collectives, counts from a survey.
    'Regulators announced new limits on ferry fares.',
    'Liberals believe they have found an opening.',
    'In a survey of the union, 1,230 teachers said they backed the strike.',
    // Not a source: the verb is a noun, an idiom without its object, a wish with no complement.
    'The terms came after a senior staff call on Tuesday.',
    'People put their savings in index funds.',
    'He is open to the change if that is what residents want.',
    'The ads will run in those states after Monday, campaign aides to the governor planned.',
  ];
  for (const text of clean) {
    it(text, () => {
      assert.deepStrictEqual(unnamed(text), []);
      assert.deepStrictEqual(vague(text), []);
    });
  }
  it('a hedge inside a named speaker’s reported words is the speaker’s', () => {
    assert.deepStrictEqual(vague('Ruiz added that some members have called her to complain.'), []);
    assert.deepStrictEqual(vague('Ruiz says many doubted her in the north.'), []);
    assert.deepStrictEqual(vague('Some members have called the mayor to complain.'), []);
    assert.deepStrictEqual(vague('Many doubted her in the north.'), ['Many doubted']);
  });
  it('a cast with no `as` and a count after `than` with no expectation are not sources', () => {
    assert.deepStrictEqual(unnamed('Ruiz’s aides cast their ballots early.'), []);
    assert.deepStrictEqual(unnamed('The ferry carried more cars than her aides owned.'), []);
  });
  it('an impersonal passive that names its outlet is not vague', () => {
    assert.deepStrictEqual(vague('It was reported on Channel Nine that the ferry had sunk.'), []);
    assert.deepStrictEqual(vague('It was reported on Monday that the ferry had sunk.'), ['It was reported']);
  });
});

describe('source verdicts: one finding per source phrase', () => {
  it('a claim attributed by `according to` is that source’s, not a second source', () => {
    const text = 'Some members have privately voiced doubts, according to people familiar with the talks.';
    assert.deepStrictEqual(unnamed(text), ['people familiar with the talks']);
    assert.deepStrictEqual(vague(text), []);
  });
  it('a phrase reported by two cues is reported once', () => {
    assert.deepStrictEqual(unnamed('Two harbour officials said the ferry was late, adding that it was full.'), ['Two harbour officials']);
  });
});

import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check, type RuleLevels } from '../../server/src/analysis/check';
import { analyzeSourcePhrase, classifySourcePhrase } from '../../server/src/analysis/sources/classify';
import { findJustification } from '../../server/src/analysis/sources/justification';
import { sourceTally } from '../../server/src/analysis/sources/unnamed';
import type { Finding } from '../../server/src/analysis/types';

const OPTS = { today: '2026-11-26', languageId: 'markdown' };

function findings(text: string, ruleId: string, levels?: RuleLevels, languageId = 'markdown'): (Finding & { text: string })[] {
  const a = analyze(text, { ...OPTS, languageId });
  return check(a, levels)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

function unnamed(text: string, languageId = 'markdown'): string[] {
  return findings(text, 'source.unnamed', undefined, languageId).map((f) => f.text);
}

function severities(text: string): [string, string][] {
  return findings(text, 'source.unnamed').map((f) => [f.text, f.severity]);
}

describe('source phrase classifier', () => {
  const cases: [string, string, boolean][] = [
    ['a senior official', 'descriptor', true],
    ['officials', 'descriptor', true],
    ['two people briefed on the talks', 'descriptor', true],
    ['people familiar with the matter', 'descriptor', true],
    ['sources', 'descriptor', true],
    ['insiders', 'descriptor', true],
    ['a No 10 source', 'descriptor', true],
    ['an employee at the utility', 'descriptor', true],
    ['one Democratic senator involved in the talks', 'descriptor', true],
    ['a person close to the family', 'descriptor', true],
    ['aides', 'descriptor', true],
    ['Trump aides', 'descriptor', true],
    ["one of Mr. Obama's climate advisers", 'descriptor', true],
    ['A number of other members of Congress', 'descriptor', true],
    ['his advisers', 'descriptor', true],
    ['the source', 'descriptor', true],
    ['Witkoff', 'name', false],
    ['Chief Financial Officer Wen Zhao', 'name', false],
    ['Jeffrey N. Trimble, a senior official with the board', 'name', false],
    ['a senior official, John Smith,', 'name', false],
    ['Rep. Adam Schiff, the top Democrat on the House Intelligence Committee,', 'name', false],
    ['the State Department', 'organization', false],
    ["the city's budget office", 'organization', false],
    ['A company spokeswoman', 'organization', false],
    ['police', 'organization', false],
    ['court filings', 'document', false],
    ['a copy reviewed by the news agency', 'document', false],
    ['he', 'pronoun', false],
    ['they', 'pronoun', false],
    ['the top power source in the region', 'other', false],
    ['Republicans', 'name', false],
  ];
  for (const [phrase, kind, isUnnamed] of cases) {
    it(`${phrase} → ${kind}${isUnnamed ? ', unnamed' : ''}`, () => {
      assert.strictEqual(classifySourcePhrase(phrase), kind);
      assert.strictEqual(analyzeSourcePhrase(phrase).unnamed, isUnnamed);
    });
  }

  it('treats definite descriptors as back-references, not anonymous by themselves', () => {
    const info = analyzeSourcePhrase('the senator');
    assert.strictEqual(info.kind, 'descriptor');
    assert.strictEqual(info.definite, true);
    assert.strictEqual(info.unnamed, false);
  });

  it('does not take a bare singular title for an anonymous source', () => {
    assert.strictEqual(analyzeSourcePhrase('U.S. senator').unnamed, false);
    assert.strictEqual(analyzeSourcePhrase('the attorney').unnamed, false);
    assert.strictEqual(analyzeSourcePhrase('a lawyer for the family').unnamed, true);
  });

  it('keeps the qualifier and stops the descriptor at a relative clause or a time phrase', () => {
    const p = 'A district employee familiar with the plan, who asked not to be named,';
    const info = analyzeSourcePhrase(p);
    assert.strictEqual(p.slice(info.descriptor.start, info.descriptor.end), 'A district employee familiar with the plan');
    assert.strictEqual(p.slice(info.qualifier!.start, info.qualifier!.end), 'familiar with the plan');
    const t = 'an employee at the utility on Tuesday';
    const ti = analyzeSourcePhrase(t);
    assert.strictEqual(t.slice(ti.descriptor.start, ti.descriptor.end), 'an employee at the utility');
  });

  it('never throws on odd input', () => {
    for (const p of ['', '   ', ',', '—', "'", '123', 'of of of', '\u{1F600}']) assert.doesNotThrow(() => analyzeSourcePhrase(p));
  });
});

describe('source.unnamed: must flag', () => {
  const flag: [string, string][] = [
    ['The deal is close, a senior official said.', 'a senior official'],
    ['Officials said the bridge would reopen in May.', 'Officials'],
    ['The agreement could be signed this week, according to two people briefed on the talks.', 'two people briefed on the talks'],
    ['People familiar with the matter said the bid was withdrawn.', 'People familiar with the matter'],
    ['Sources say the coach will resign.', 'Sources'],
    ['Insiders say the vote was decided weeks ago.', 'Insiders'],
    ['The prime minister will not resign, a No 10 source said.', 'a No 10 source'],
    ['An employee at the utility said the outage began at noon.', 'An employee at the utility'],
    ['One Democratic senator involved in the talks said the bill was dead.', 'One Democratic senator involved in the talks'],
    ['A person close to the family said the funeral would be private.', 'A person close to the family'],
    ['Aides said the president was furious.', 'Aides'],
    ['Trump aides insisted the rally would go ahead.', 'Trump aides'],
    ['The plan was dropped, said a person familiar with the matter.', 'a person familiar with the matter'],
    ['Campaign aides told reporters the event was cancelled.', 'Campaign aides'],
    ['Administration officials believe the sanctions are working.', 'Administration officials'],
  ];
  for (const [text, phrase] of flag) {
    it(text, () => assert.deepStrictEqual(unnamed(text), [phrase]));
  }

  it('flags a definite back-reference to an earlier unnamed source', () => {
    const text = 'A senior official said the talks had stalled.\n\nThe official added that a deal was still possible.';
    assert.deepStrictEqual(unnamed(text), ['A senior official', 'The official']);
  });

  it('flags in British single-quoted copy', () => {
    const text = "'We are nowhere near a deal,' a Whitehall source said. ‘It is over,’ one minister said.";
    assert.deepStrictEqual(unnamed(text), ['a Whitehall source', 'one minister']);
  });

  it('flags in plain text drafts too', () => {
    assert.deepStrictEqual(unnamed('Insiders say the vote was decided weeks ago.', 'plaintext'), ['Insiders']);
  });

  it('flags a source inside an attribution around a curly-quoted statement', () => {
    assert.deepStrictEqual(unnamed('“We will not sign,” a senior diplomat said.'), ['a senior diplomat']);
  });
});

describe('source.unnamed: must not flag', () => {
  const clean = [
    'Witkoff said the call went well.',
    'Chief Financial Officer Wen Zhao told analysts the delay was prudent.',
    'The State Department said the embassy would stay open.',
    "The city's budget office said the shortfall was $3 million.",
    'The delay was disclosed in court filings.',
    'The contract, according to court filings, runs to 2030.',
    'According to a copy reviewed by the news agency, the plan has 28 points.',
    'A company spokeswoman declined to comment.',
    'Police said the road was closed.',
    'Aldergate Semiconductor said it would delay the factory.',
    'Coal was the top power source in the United States, the report said.',
    'Lawmakers have not said when they will vote.',
    'An attorney for the family did not immediately respond to a request for comment.',
    'Republicans said the bill was dead.',
    "It's the officials' own plan, and nobody disputes it.",
    'The board asked officials to report back in May.',
  ];
  for (const text of clean) {
    it(text, () => assert.deepStrictEqual(unnamed(text), []));
  }

  it('does not flag a pronoun that resolves to a named person', () => {
    const text = 'Mayor Ana Ruiz spoke on Monday. She said the budget was balanced.';
    assert.deepStrictEqual(unnamed(text), []);
  });

  it('does not flag a named person given in apposition', () => {
    assert.deepStrictEqual(unnamed('A senior adviser, Minyon Moore, said the campaign was confident.'), []);
  });

  it('does not flag a definite title that refers back to a named person', () => {
    assert.deepStrictEqual(unnamed('Sen. Jane Doe voted no. The senator said the bill was rushed.'), []);
  });

  it('does not flag inside a quotation', () => {
    assert.deepStrictEqual(unnamed('"Sources say a lot of things," Mayor Ana Ruiz said.'), []);
  });

  it('does not flag headlines', () => {
    assert.deepStrictEqual(unnamed('# Officials say bridge will reopen\n\nThe bridge reopens in May, Mayor Ana Ruiz said.'), []);
  });

  it('is silent when the rule is off', () => {
    assert.deepStrictEqual(findings('Insiders say it is over.', 'source.unnamed', { 'source.unnamed': 'off' }), []);
  });
});

describe('source.unnamed: grading by the reason for anonymity', () => {
  it('warns when no reason is given', () => {
    assert.deepStrictEqual(severities('Insiders say the vote was decided weeks ago.'), [['Insiders', 'warning']]);
  });

  const justified: [string, string][] = [
    ['A senior official, who spoke on condition of anonymity, said the talks had stalled.', 'A senior official'],
    ['An aide, who was not authorized to speak publicly, said the speech was rewritten.', 'An aide'],
    ['A district employee familiar with the plan, who asked not to be named because the details had not been made public, said 14 teachers would move.', 'A district employee familiar with the plan'],
    ['Officials, speaking on condition of anonymity to discuss internal deliberations, said the plan was shelved.', 'Officials'],
    ['Officials speaking on condition of anonymity said the plan was shelved.', 'Officials'],
    ['One person who attended the meeting, and who requested anonymity, said the mood was grim.', 'One person who attended the meeting'],
  ];
  for (const [text, phrase] of justified) {
    it(`informs when the reason is in the sentence: ${phrase}`, () => assert.deepStrictEqual(severities(text), [[phrase, 'information']]));
  }

  it('counts a justification in the sentence after the attribution', () => {
    const text = 'One Democratic senator involved in the talks said the bill was dead.\n\nThe senator spoke on condition of anonymity to describe private negotiations.';
    assert.deepStrictEqual(severities(text), [['One Democratic senator involved in the talks', 'information']]);
  });

  it('counts a justification in the sentence before the attribution', () => {
    const text = 'Two officials spoke on condition of anonymity because the review is confidential.\n\nOfficials said the review found no fraud.';
    const s = severities(text);
    assert.deepStrictEqual(s[s.length - 1], ['Officials', 'information']);
  });

  it('does not count a justification two paragraphs away', () => {
    const text = 'A source, who spoke on condition of anonymity, said the deal was off.\n\nThe market fell.\n\nThe shares recovered.\n\nInsiders say the deal is back on.';
    assert.deepStrictEqual(severities(text), [['A source', 'information'], ['Insiders', 'warning']]);
  });

  it('a back-reference inherits the justification of its antecedent', () => {
    const text = 'A senior official, who was not authorized to speak publicly, said the talks had stalled.\n\nPrices rose.\n\nMarkets fell.\n\nThe official added that a deal was still possible.';
    assert.deepStrictEqual(severities(text), [['A senior official', 'information'], ['The official', 'information']]);
  });

  it('reads British single-quoted copy with apostrophes and a justification after', () => {
    const text = "'It's over,' a No 10 source said. 'We're done.'\n\nThe source spoke on condition they weren't named because they weren't authorised to brief.";
    assert.deepStrictEqual(severities(text), [['a No 10 source', 'information']]);
  });

  it('says which case it is and what policy asks', () => {
    const [warn] = findings('Insiders say it is over.', 'source.unnamed');
    assert.match(warn.message, /no reason for anonymity/);
    assert.match(warn.message, /AP and NYT/);
    const [info] = findings('A source, who spoke on condition of anonymity because she feared losing her post, said it is over.', 'source.unnamed');
    assert.match(info.message, /gives a reason for anonymity/);
    assert.match(info.message, /condition of anonymity/);
    const [stock] = findings('A source, who spoke on condition of anonymity, said it is over.', 'source.unnamed');
    assert.strictEqual(stock.severity, 'information');
    assert.match(stock.message, /grants anonymity .* no specific reason/);
    assert.match(stock.message, /AP and New York Times standards ask/);
  });

  it('raises both cases with the configured level', () => {
    const f = findings('Insiders say it is over.\n\nPrices fell.\n\nMarkets closed.\n\nA source, who asked not to be named, agreed.', 'source.unnamed', { 'source.unnamed': 'error' });
    assert.deepStrictEqual(f.map((x) => x.severity), ['error', 'warning']);
  });

  it('finds the justification phrase and its sentence', () => {
    const text = 'Officials said it was over. They spoke on condition of anonymity because the talks were private.';
    const a = analyze(text, OPTS);
    const j = findJustification(a.doc, { start: 0, end: 9 });
    assert.ok(j);
    assert.strictEqual(j.text, 'on condition of anonymity');
    assert.match(j.sentence, /^They spoke/);
  });
});

describe('source.unnamed: finding payload', () => {
  it('carries the insertion point, the comma after it and candidate names', () => {
    const text = 'Mayor Ana Ruiz opened the meeting. A senior official, who was there, said the vote was rigged.';
    const [f] = findings(text, 'source.unnamed');
    const data = f.data as { insertAt: number; followedByComma: boolean; candidates: string[]; justification: unknown };
    assert.strictEqual(data.insertAt, text.indexOf(', who'));
    assert.strictEqual(data.followedByComma, true);
    assert.ok(data.candidates.includes('Ana Ruiz'), JSON.stringify(data.candidates));
    assert.strictEqual(data.justification, null);
  });

  it('counts named and unnamed sources', () => {
    const a = analyze('Witkoff said yes. Officials said no. The State Department said maybe. Insiders say never.', OPTS);
    const t = sourceTally(a);
    assert.deepStrictEqual(t.unnamed.map((u) => u.phrase), ['Officials', 'Insiders']);
    assert.ok(t.named.length >= 2, JSON.stringify(t.named.map((n) => n.sourceText)));
  });
});

describe('source.vague', () => {
  function vague(text: string): string[] {
    return findings(text, 'source.vague').map((f) => f.text);
  }
  const flag: [string, string][] = [
    ['The minister is reportedly considering a snap election.', 'reportedly'],
    ['It is understood that the talks collapsed on Monday.', 'It is understood'],
    ['The BBC understands the plan will be dropped.', 'The BBC understands'],
    ['It is said that the house is haunted.', 'It is said'],
    ['Critics say the plan is unaffordable.', 'Critics'],
    ['Some say the mayor has lost the council.', 'Some say'],
    ['Many believe the vote was rigged.', 'Many believe'],
  ];
  for (const [text, phrase] of flag) {
    it(`flags ${phrase}`, () => assert.deepStrictEqual(vague(text), [phrase]));
  }

  it('is a hint by default', () => {
    assert.strictEqual(findings('It is understood the deal is off.', 'source.vague')[0].severity, 'hint');
  });

  it('never double-reports what source.unnamed reports', () => {
    const text = 'Officials said the plan was dead. Two people said it was not.';
    assert.deepStrictEqual(vague(text), []);
    assert.deepStrictEqual(unnamed(text), ['Officials', 'Two people']);
  });

  it('does not flag named understanding or hedges inside quotations', () => {
    assert.deepStrictEqual(vague('Trump understands the stakes, his lawyer said.'), []);
    assert.deepStrictEqual(vague('"Reportedly, we lost," Mayor Ana Ruiz said.'), []);
  });

  it('does not flag report or reportedly-free copy', () => {
    assert.deepStrictEqual(vague('The report said the bridge was safe. Officials said so too.'), []);
  });
});

describe('source.vague: reports', () => {
  function vague(text: string): string[] {
    return findings(text, 'source.vague').map((f) => f.text);
  }
  it('flags unspecified reports', () => {
    assert.deepStrictEqual(vague('The plant will close, according to media reports.'), ['according to media reports']);
    assert.deepStrictEqual(vague('Press reports said the plant will close.'), ['Press reports said']);
  });
  it('does not flag a named outlet that reports', () => {
    assert.deepStrictEqual(vague('Managers could get $10,000, The Wall Street Journal reports.'), []);
  });
});

describe('source.unnamed: descriptor sources beyond said/told (fallback pass)', () => {
  const flag: [string, string][] = [
    ['In the lead-up to the debate, Clinton aides were coy about whether they would change course.', 'Clinton aides'],
    ['Hawaii, as one of the governor’s climate advisers pointed out, rarely gets two storms.', 'one of the governor’s climate advisers'],
    ['But administration officials have effectively ruled that out.', 'administration officials'],
    ['Before city officials had weighed in, the mayor spoke.', 'city officials'],
    ['The meeting deteriorated from there, said one GOP source in the room.', 'one GOP source in the room'],
    ['“It was rambling,” said one Democratic source on the panel.', 'one Democratic source'],
    ['The deal is off, said sources close to the company.', 'sources close to the company'],
    ['The plan is dead, said Russian officials on October 7.', 'Russian officials'],
    ['Federal investigators have also discovered that the program was infiltrated.', 'Federal investigators'],
    ['Then someone asked how the mayor could win.', 'someone'],
  ];
  for (const [text, phrase] of flag) {
    it(text, () => assert.deepStrictEqual(unnamed(text), [phrase]));
  }

  const clean = [
    'About 300 employees were fired for their involvement.',
    'India and Pakistan spar over whether a leader of a group called Lashkar-e-Taiba belongs on the list.',
    'Officials found a bomb near the station, police said.',
    'The board thanked the employees at the utility for their work.',
    'Security experts in the United States have linked the breach to a group.',
    'The former first lady and U.S. senator said it was a mistake.',
    'The officials were fired on Friday.',
    'Officials have not said when the bridge will reopen.',
    'Hannah Nakamura, a researcher at the institute, warned Russian officials on Dec. 3 that the deal was off.',
    'Rep. Thomas Kovalenko, D-N.Y., warned lawmakers on Sunday, March 17, 2024 that the deal could fail.',
    'Mayor Ana Ruiz said negotiators faced mounting opposition from lawmakers.',
    'Ingrid Brennan told Ukrainian negotiators on Oct. 21 that the agreement had stalled.',
  ];
  for (const text of clean) {
    it(`not: ${text}`, () => assert.deepStrictEqual(unnamed(text), []));
  }
});

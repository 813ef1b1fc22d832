import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { actorAt, nearestPeopleBefore, type Actor } from '../../server/src/analysis/actors';
import { scanParagraph } from '../../server/src/analysis/actors/candidates';
import { looseKey, normalizeName } from '../../server/src/analysis/actors/names';
import { ProfileIndex } from '../../server/src/analysis/profiles';

const OPTS = { today: '2026-11-26', languageId: 'plaintext' };

function actors(text: string, opts: object = {}): Actor[] {
  return analyze(text, { ...OPTS, ...opts }).actors.actors;
}

function summary(text: string): string[] {
  return actors(text).map((a) => `${a.kind === 'person' ? 'P' : 'O'} ${a.name}${a.role ? ' | ' + a.role : ''}`);
}

function actor(text: string, name: string): Actor {
  const a = actors(text).find((x) => x.name === name);
  assert.ok(a, `no actor ${name} in ${summary(text).join('; ')}`);
  return a;
}

function findings(text: string, ruleId: string, levels: Record<string, string> = {}, opts: object = {}): string[] {
  const a = analyze(text, { ...OPTS, ...opts });
  return check(a, { [ruleId]: 'information', ...levels } as never)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));
}

describe('actors: roles from titles and appositives', () => {
  it('reads a role written before the name', () => {
    assert.strictEqual(actor('In a surprise move, US envoy Steve Witkoff advised officials.', 'Steve Witkoff').role, 'US envoy');
  });

  it('reads a possessive role with modifiers', () => {
    const text = 'A transcript of the call between Witkoff and Putin\'s foreign policy adviser Yuri Ushakov was leaked.';
    assert.strictEqual(actor(text, 'Yuri Ushakov').role, "Putin's foreign policy adviser");
  });

  it('reads an appositive after the name, without its article', () => {
    const text = 'Bloomberg heard Ushakov speaking with Kirill Dmitriev, a close Putin adviser on Ukraine, on October 29.';
    assert.strictEqual(actor(text, 'Kirill Dmitriev').role, 'close Putin adviser on Ukraine');
  });

  it('reads a possessive kinship appositive', () => {
    const text = 'He met Steve Witkoff and Jared Kushner, Trump\'s son-in-law and informal adviser, in Florida.';
    assert.strictEqual(actor(text, 'Jared Kushner').role, "Trump's son-in-law and informal adviser");
  });

  it('reads a title and a party-state appositive', () => {
    const a = actor('The bill was backed by Sen. Susan Collins, R-Maine, on Tuesday.', 'Susan Collins');
    assert.deepStrictEqual(a.roles.map((r) => r.text), ['Sen.', 'R-Maine']);
  });

  it('strips capitalised titles, keeping them as the role', () => {
    assert.strictEqual(actor('President Vladimir Putin spoke first.', 'Vladimir Putin').role, 'President');
    assert.strictEqual(actor('Talks with Ukrainian President Volodymyr Zelenskyy resumed.', 'Volodymyr Zelenskyy').role, 'Ukrainian President');
    assert.strictEqual(actor('"No," Chief Financial Officer Wen Zhao told analysts.', 'Wen Zhao').role, 'Chief Financial Officer');
    assert.strictEqual(actor('Talks with Secretary of State John Kerry ended.', 'John Kerry').role, 'Secretary of State');
  });

  it('keeps an organisation before a title in the role, and a corporate suffix with the organisation', () => {
    assert.deepStrictEqual(summary('Apple Inc. Chief Executive Tim Cook said sales rose.'), ['O Apple Inc.', 'P Tim Cook | Apple Inc. Chief Executive']);
    assert.strictEqual(actor('Mayor Eric Adams and NYPD Commissioner Jessica Tisch spoke.', 'Jessica Tisch').role, 'NYPD Commissioner');
  });

  it('shows a descriptive appositive before a courtesy title', () => {
    const text = "Dr. Anthony Fauci, the nation's top infectious disease expert, warned on Sunday.";
    assert.strictEqual(actor(text, 'Anthony Fauci').role, "nation's top infectious disease expert");
  });

  it('takes a two-word name whose surname speaks alone later for a person, but not phrases like "Cold War"', () => {
    assert.deepStrictEqual(summary("Elon Musk's rockets flew, and Musk said more would follow."), ['P Elon Musk']);
    assert.deepStrictEqual(summary('After the Cold War ended, the War was over, and Radical Islamic groups and radical Islamic terror grew.'), []);
  });

  it('does not take a verb or the previous sentence for a role', () => {
    assert.strictEqual(actor('Trump told envoy Steve Witkoff to go.', 'Steve Witkoff').role, 'envoy');
    const text = 'Witkoff gave points to the Russian president. Steve Witkoff left.';
    assert.strictEqual(actor(text, 'Steve Witkoff').role, null);
  });

  it('does not take a clause, an age or a list for an appositive', () => {
    assert.strictEqual(actor('Board member Janet Osei, who voted no, left.', 'Janet Osei').role, 'Board member');
    assert.strictEqual(actor('Marta Silva, 19, has scored nine goals.', 'Marta Silva').role, null);
    assert.strictEqual(actor('She thanked Marta Silva, Jade Morton and Kelly Ng.', 'Marta Silva').role, null);
  });

  it('does not end an appositive at an initial', () => {
    const text = 'The caucus, former governor L. Douglas Wilder and others met.';
    assert.ok(!summary(text).some((s) => s.includes('former governor L')));
  });
});

describe('actors: merging mentions', () => {
  const DRAFT = [
    'US envoy Steve Witkoff advised how President Vladimir Putin should approach President Donald Trump, according to Bloomberg news agency.',
    '',
    'Witkoff told Putin\'s adviser that the Trump-Putin call should come first. The news agency obtained the transcript.',
    '',
    'President Trump defended Witkoff\'s actions. Trump said the White House was consulted.',
  ].join('\n');

  it('lists each person once with surname, titled and possessive mentions', () => {
    assert.deepStrictEqual(summary(DRAFT), [
      'P Steve Witkoff | US envoy',
      'P Vladimir Putin | President',
      'P Donald Trump | President',
      'O Bloomberg | news agency',
      'O White House',
    ]);
    const w = actor(DRAFT, 'Steve Witkoff');
    assert.deepStrictEqual(w.mentions.map((m) => [m.text, m.how, m.possessive]), [
      ['Steve Witkoff', 'full', false],
      ['Witkoff', 'surname', false],
      ['Witkoff', 'surname', true],
    ]);
  });

  it('splits hyphenated pairs of known names', () => {
    const putin = actor(DRAFT, 'Vladimir Putin');
    assert.ok(putin.mentions.some((m) => m.text === 'Putin' && DRAFT.slice(m.start - 6, m.end) === 'Trump-Putin'));
  });

  it('links an unambiguous descriptor to the organisation it names', () => {
    assert.ok(actor(DRAFT, 'Bloomberg').mentions.some((m) => m.how === 'descriptor' && m.text === 'The news agency'));
  });

  it('links "the Ukrainian leader" only when one actor fits, and never "the US president" to a president of unknown nationality', () => {
    const text =
      'Ukrainian President Volodymyr Zelenskyy met President Donald Trump and President Vladimir Putin. Later the Ukrainian leader left, and the US president stayed.';
    assert.ok(actor(text, 'Volodymyr Zelenskyy').mentions.some((m) => m.text === 'the Ukrainian leader'));
    assert.ok(!actor(text, 'Donald Trump').mentions.some((m) => m.how === 'descriptor'));
  });

  it('links a later spelling variant; consistency.name flags it (not actor.first-reference), not the canonical spelling', () => {
    const text = 'Ukrainian President Volodymyr Zelenskyy arrived.\n\nZelensky said talks went well. Zelenskyy left.';
    const z = actor(text, 'Volodymyr Zelenskyy');
    assert.deepStrictEqual(z.mentions.map((m) => m.how), ['full', 'variant', 'surname']);
    assert.deepStrictEqual(findings(text, 'actor.first-reference'), []);
    assert.deepStrictEqual(findings(text, 'consistency.name'), ['Zelensky']);
  });

  it('links the two-part end of a longer name (Peña Nieto)', () => {
    const text = 'Mexican President Enrique Peña Nieto met the envoy. Peña Nieto said little.';
    assert.deepStrictEqual(actor(text, 'Enrique Peña Nieto').mentions.map((m) => m.text), ['Enrique Peña Nieto', 'Peña Nieto']);
  });

  it('keeps two people with one surname apart and resolves the surname to the nearest', () => {
    const text = 'Hillary Clinton spoke. Later Chelsea Clinton spoke. Clinton said more.';
    const chelsea = actor(text, 'Chelsea Clinton');
    assert.strictEqual(chelsea.mentions.length, 2);
    assert.strictEqual(actor(text, 'Hillary Clinton').mentions.length, 1);
  });

  it('finds organisations by cue: known names, suffixes, acronyms in parentheses', () => {
    const text = 'The New York Police Department (NYPD) said on Monday that the NYPD and Aldergate Semiconductor Inc. agreed, the New York Post reported.';
    assert.deepStrictEqual(
      actors(text).filter((a) => a.kind === 'organization').map((a) => [a.name, a.mentions.length]),
      [
        ['New York Police Department', 3],
        ['Aldergate Semiconductor Inc.', 1],
        ['New York Post', 1],
      ],
    );
  });

  it('does not make actors of places, months, demonyms, headlines or shouted datelines', () => {
    const text = 'Russian Reaction and Broader Peace Plan Developments\n\nRIVERTON — Officials in Moscow and Florida met on Monday, October 17, aboard Air Force One near Gaza.';
    assert.deepStrictEqual(summary(text), []);
  });

  it('does not take a pronoun contraction or a sentence opener for a name', () => {
    const text = '"She\'s the best young player I\'ve coached," Northfield coach Ravi Mehta said. Following the match, Mehta left.';
    assert.deepStrictEqual(summary(text), ['P Ravi Mehta | Northfield coach']);
  });

  it('works with curly and straight apostrophes in possessives', () => {
    const text = 'President Vladimir Putin spoke. Putin’s aide and Putin\'s envoy listened.';
    assert.strictEqual(actor(text, 'Vladimir Putin').mentions.filter((m) => m.possessive).length, 2);
  });
});

describe('actors: quotations', () => {
  it('links quotations to their speaker, including pronoun speakers', () => {
    const text = [
      'Russian official Yuri Ushakov spoke to reporters.',
      '',
      '"It\'s unlikely this is being done to improve relations," he commented. Ushakov said he spoke with Steve Witkoff "quite often."',
    ].join('\n');
    const a = analyze(text, OPTS);
    const u = a.actors.actors.find((x) => x.name === 'Yuri Ushakov')!;
    const quoted = u.quotes.map((i) => text.slice(a.quotations[i].contentStart, a.quotations[i].contentEnd));
    assert.deepStrictEqual(quoted, ["It's unlikely this is being done to improve relations,", 'quite often.']);
    assert.ok(u.mentions.some((m) => m.how === 'pronoun' && m.text === 'he'));
  });

  it('links British single-quoted speech too', () => {
    const text = "'We will not back down,' Prime Minister Keir Starmer said.";
    const a = analyze(text, OPTS);
    assert.deepStrictEqual(a.actors.actors.map((x) => [x.name, x.quotes.length]), [['Keir Starmer', 1]]);
  });
});

describe('actors: helpers', () => {
  const text = 'US envoy Steve Witkoff met Yuri Ushakov. Later Witkoff called Jared Kushner. "We will see," a source said.';

  it('actorAt finds the actor under a surname-only mention and nothing elsewhere', () => {
    const a = analyze(text, OPTS);
    const at = text.indexOf('Witkoff called') + 3;
    assert.strictEqual(actorAt(a, at)?.actor.name, 'Steve Witkoff');
    assert.strictEqual(actorAt(a, text.indexOf('met') + 1), null);
  });

  it('nearestPeopleBefore lists up to max distinct people, nearest first', () => {
    const a = analyze(text, OPTS);
    const q = text.indexOf('"We');
    assert.deepStrictEqual(nearestPeopleBefore(a, q, 3).map((x) => x.name), ['Jared Kushner', 'Steve Witkoff', 'Yuri Ushakov']);
    assert.deepStrictEqual(nearestPeopleBefore(a, q, 1).map((x) => x.name), ['Jared Kushner']);
    assert.deepStrictEqual(nearestPeopleBefore(a, 0, 3), []);
  });

  it('normalises names for matching and spelling variants', () => {
    assert.strictEqual(normalizeName('  Zelenskýy’s  '), "zelenskyy's");
    assert.strictEqual(looseKey('Zelenskyy'), looseKey('Zelensky'));
    assert.strictEqual(looseKey('Zelenskiy'), looseKey('Zelensky'));
    assert.notStrictEqual(looseKey('Johnson'), looseKey('Johnston'));
  });

  it('per-paragraph candidates depend on the paragraph text only (cacheable)', () => {
    const p = 'US envoy Steve Witkoff met him.';
    assert.deepStrictEqual(scanParagraph(p, [0]), scanParagraph(p, [0]));
    const a1 = analyze(`${p}\n\nOther text here.`, OPTS).actors.actors[0];
    const a2 = analyze(`Some lead.\n\n${p}`, OPTS).actors.actors[0];
    assert.strictEqual(a1.role, a2.role);
    assert.strictEqual(a2.firstMention.start - a1.firstMention.start, 'Some lead.\n\n'.length);
  });
});

describe('rule actor.first-reference', () => {
  it('flags a surname-only first mention when the full name comes later', () => {
    const text = 'The talks stalled when Witkoff left early, officials said in a long statement on the matter.\n\nUS envoy Steve Witkoff later returned.';
    assert.deepStrictEqual(findings(text, 'actor.first-reference'), ['Witkoff']);
  });

  it('does not flag famous one-name usage without a full name, headlines, or names inside quotes', () => {
    assert.deepStrictEqual(findings('Putin said the talks would go on for as long as they needed to go on, officials said.', 'actor.first-reference'), []);
    const headline = 'Trump defends envoy\n\nPresident Donald Trump defended his envoy on Tuesday, saying the talks had been going well for weeks and would go on.';
    assert.deepStrictEqual(findings(headline, 'actor.first-reference'), []);
    const quoted = '"Witkoff is the best," a diplomat said on Tuesday after the long meeting had ended in the capital.\n\nUS envoy Steve Witkoff smiled.';
    assert.deepStrictEqual(findings(quoted, 'actor.first-reference'), []);
  });

  it('does not flag a titled surname that belongs to someone else with the same surname', () => {
    const text = 'Many voters said they liked the first lady, and President Obama said he was proud of the campaign she ran.\n\nMichelle Obama spoke later.';
    assert.deepStrictEqual(findings(text, 'actor.first-reference'), []);
  });

  it('does not flag a full first reference or a correct surname later', () => {
    const text = 'US envoy Steve Witkoff arrived on Monday for talks that officials said could last for several days or more.\n\nWitkoff left.';
    assert.deepStrictEqual(findings(text, 'actor.first-reference'), []);
  });
});

describe('rule actor.no-profile', () => {
  const text = 'US envoy Steve Witkoff met Yuri Ushakov, the White House said.';

  it('is off by default', () => {
    assert.deepStrictEqual(check(analyze(text, OPTS)).findings.filter((f) => f.ruleId === 'actor.no-profile'), []);
  });

  it('flags each person without a profile once, at the first mention, with the fix payload', () => {
    const profiles = new ProfileIndex();
    profiles.setFile('p.yaml', '- name: Yuri Ushakov\n  title: Kremlin aide\n');
    const a = analyze(text, { ...OPTS, profiles });
    const f = check(a, { 'actor.no-profile': 'hint' }).findings.filter((x) => x.ruleId === 'actor.no-profile');
    assert.deepStrictEqual(f.map((x) => [text.slice(x.start, x.end), x.severity, x.data]), [
      ['Steve Witkoff', 'hint', { name: 'Steve Witkoff', kind: 'person', role: 'US envoy', slug: 'steve-witkoff' }],
    ]);
  });
});

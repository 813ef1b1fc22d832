/**
 * Speaker accuracy, construction by construction: each `it` is one way copy
 * names (or seems to name) a speaker, with what must and must not be read.
 * The sentences are made up for these tests.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { SPEECH_LEMMAS, SPEECH_PARTICIPLES, SPEECH_VERBS, inflect } from '../../server/src/analysis/lexicon/speech';

const OPTS = { today: '2026-11-26', languageId: 'markdown' };

function speakers(text: string): (string | null)[] {
  return analyze(text, OPTS).quotations.filter((q) => q.depth === 0 && !q.isTitle).map((q) => q.speaker);
}

function flagged(text: string): number {
  return check(analyze(text, OPTS)).findings.filter((f) => f.ruleId === 'quote.unattributed').length;
}

describe('speech-verb lexicon', () => {
  it('generates the inflections of each lemma', () => {
    assert.deepStrictEqual(inflect('implore'), { base: 'implore', third: 'implores', past: ['implored'], ing: 'imploring' });
    assert.deepStrictEqual(inflect('reply'), { base: 'reply', third: 'replies', past: ['replied'], ing: 'replying' });
    assert.deepStrictEqual(inflect('quip'), { base: 'quip', third: 'quips', past: ['quipped'], ing: 'quipping' });
    assert.deepStrictEqual(inflect('write').past, ['wrote', 'written']);
    assert.strictEqual(inflect('gush').third, 'gushes');
  });

  it('holds every lemma once and the verbs the audit found missing', () => {
    assert.strictEqual(new Set(SPEECH_LEMMAS).size, SPEECH_LEMMAS.length);
    for (const v of ['implored', 'gushed', 'barked', 'beamed', 'gloated', 'cracked', 'fumed', 'surmised', 'reacted', 'questioned', 'assured', 'recommended', 'sighs', 'written']) {
      assert.ok(SPEECH_VERBS.has(v), v);
    }
  });

  it('keeps noun-like forms out (`the fires`, `his posts`) and non-speech participles out (`reading`)', () => {
    for (const v of ['fires', 'posts', 'snaps', 'cracks']) assert.ok(!SPEECH_VERBS.has(v), v);
    for (const v of ['reading', 'putting', 'continuing', 'agreeing']) assert.ok(!SPEECH_PARTICIPLES.has(v), v);
  });

  it('attributes a quotation with a newly listed verb', () => {
    assert.deepStrictEqual(speakers('"Get out of my office," barked editor Ivo Brandt.'), ['Ivo Brandt']);
    assert.deepStrictEqual(speakers('"This is the best day of my life," gushed Tamsin Reyes.'), ['Tamsin Reyes']);
    assert.deepStrictEqual(speakers('"Is that legal?" Councillor Dora Mbeki questioned.'), ['Dora Mbeki']);
  });
});

describe('two-word cues', () => {
  it('reads a verb and particle that end the clause (`went on`, `pointed out`, `chimed in`)', () => {
    assert.deepStrictEqual(speakers('"We will rebuild," Mayor Kofi Asante went on.'), ['Kofi Asante']);
    assert.deepStrictEqual(speakers('Professor Lidia Varga pointed out: "Nobody has measured it."'), ['Lidia Varga']);
    assert.deepStrictEqual(speakers('"Not me," Bram Otieno chimed in.'), ['Bram Otieno']);
  });

  it('does not read `went on to <verb>` or `pointed out the window` as a cue', () => {
    assert.deepStrictEqual(speakers('Jonas Pell went on to win the "Golden Oar" trophy.'), []);
    assert.strictEqual(flagged('Edda Sorel went on to lead the club.\n\n"It was a mess."\n'), 1);
  });
});

describe('speaker after the verb and a descriptor', () => {
  it('reads `said <descriptor> <Name>`', () => {
    assert.deepStrictEqual(speakers('"I do not know," said voter Hal Brisco.'), ['Hal Brisco']);
    assert.deepStrictEqual(speakers('"Where is the bus?" asked campaign manager Nell Ostrova.'), ['Nell Ostrova']);
    assert.strictEqual(flagged('"I do not know," said voter Hal Brisco.'), 0);
  });

  it('does not read a lower-case phrase with no name as the speaker', () => {
    // `said on Tuesday`, `said in a statement`: no source after the verb; the quotation stays unattributed.
    assert.deepStrictEqual(speakers('"We are done," said in a statement.'), [null]);
  });
});

describe('asides between the speaker and the verb', () => {
  it('skips a party-state tag', () => {
    assert.deepStrictEqual(speakers('"We will hold the vote," Sen. Carla Voss, D-Ore., said.'), ['Carla Voss']);
  });

  it('skips a long lower-case aside after the name', () => {
    assert.deepStrictEqual(speakers('"I was there," Mr. Tobin, now 81 and living by the lake, said.'), ['Tobin']);
    assert.deepStrictEqual(speakers('"No," Ferris, after a long silence, said.'), ['Ferris']);
  });

  it('still reads a name in an appositive after a role', () => {
    assert.deepStrictEqual(speakers('"Not today," the club\'s treasurer, Wanda Pike, said.'), ['Wanda Pike']);
  });
});

describe('quoted as saying, in the words of', () => {
  it('gives the quotation to the person quoted, not the outlet quoting', () => {
    assert.deepStrictEqual(speakers('The newsletter quoted Ms. Ferrante as saying "the fund is empty."'), ['Ferrante']);
  });

  it('reads `in the words of`', () => {
    assert.deepStrictEqual(speakers('In the words of economist Pia Lund, "the tide has turned."'), ['Pia Lund']);
  });
});

describe('speakers are noun phrases', () => {
  it('never gives a weekday, a month or a sentence adverb as the speaker', () => {
    for (const text of [
      'Wednesday said "it would be fine."',
      'Even said "it would be fine."',
      'Finally said "it would be fine."',
    ]) {
      const got = speakers(text)[0];
      assert.ok(got === null || !/^(?:Wednesday|Even|Finally)$/.test(got), `${text} -> ${got}`);
    }
  });

  it('does not take a clause cut off at a conjunction as the speaker', () => {
    const text = 'Councillor Ivan Dorsey told the meeting that the depot was too small and said the plan was "a fantasy."';
    assert.deepStrictEqual(speakers(text), ['Ivan Dorsey']);
  });

  it('reads `went on to say` as the subject speaking', () => {
    const text = 'Lorna Tate laughed at the question but went on to say, "We have no money."';
    assert.notStrictEqual(speakers(text)[0], 'went on to');
  });

  it('keeps names that end like participles or adverbs', () => {
    assert.deepStrictEqual(speakers('"Enough," Kelly said.'), ['Kelly']);
  });
});

describe('partial quotes', () => {
  it('gives a fragment inside the sentence to the sentence subject', () => {
    assert.deepStrictEqual(speakers('Mayor Aldo Brandt dismissed the report as "fiction."'), ['Aldo Brandt']);
  });

  it('does not give a fragment before the subject to that subject', () => {
    assert.deepStrictEqual(speakers('The "fiction" label stuck.'), [null]);
  });
});

describe('pronouns agree with the person', () => {
  it('resolves `she` to the spokeswoman named in an apposition, not the minister named earlier', () => {
    const text = [
      'Interior Minister Pavel Horak defended the new border rules on Monday.',
      '',
      'A spokeswoman for the ministry, Anna Kowalski, declined to confirm the details.',
      '',
      '"We don\'t negotiate in public," she said.',
      '',
    ].join('\n');
    const q = analyze(text, OPTS).quotations.find((x) => x.depth === 0)!;
    assert.strictEqual(q.speaker, 'Anna Kowalski');
    const kowalski = analyze(text, OPTS).actors.actors.find((a) => a.name === 'Anna Kowalski');
    assert.ok(kowalski && kowalski.quotes.length === 1, JSON.stringify(kowalski?.quotes));
  });

  it('never resolves `she` to a person the draft calls `he`', () => {
    const text = [
      'Jordan Blake, the club president, said he would resign.',
      '',
      'Treasurer Wren Ortiz said the accounts were in order.',
      '',
      '"He told us in March," she said.',
      '',
    ].join('\n');
    // Wren Ortiz: no evidence either way, and nearest.
    assert.deepStrictEqual(speakers(text), ['Wren Ortiz']);
    // Once the draft calls Ortiz `he` too, nobody named can be `she`: the pronoun stays unresolved.
    const text2 = text.replace('Treasurer Wren Ortiz said the accounts were in order.', 'Treasurer Wren Ortiz said he had seen the accounts.');
    assert.deepStrictEqual(speakers(text2), ['she']);
  });

  it('uses a role word (`chairman`) and, as a last resort, the given name', () => {
    const text = ['Chairman Lee Park opened the session.', '', 'Maria Gonzales, a board member, arrived late.', '', '"Let us start," he said.', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Lee Park']);
  });

  it('uses the pronouns a profile gives', () => {
    const text = ['Robin Ames spoke first.', '', 'Taylor Quinn spoke next.', '', '"Thank you all," she said.', ''].join('\n');
    const profiles = {
      size: 1,
      lookup: (name: string) => (name === 'Robin Ames' ? { name: 'Robin Ames', aliases: [], sources: [], file: 'p.yaml', line: 0, entry: 0, pronouns: 'she/her' } : name === 'Taylor Quinn' ? { name: 'Taylor Quinn', aliases: [], sources: [], file: 'p.yaml', line: 1, entry: 1, pronouns: 'he/him' } : null),
    };
    const q = analyze(text, { ...OPTS, profiles }).quotations.find((x) => x.depth === 0)!;
    assert.strictEqual(q.speaker, 'Robin Ames');
  });
});

describe('roles from descriptor appositions', () => {
  function roleOf(text: string, name: string): string | null {
    const a = analyze(text, OPTS).actors.actors.find((x) => x.name === name);
    assert.ok(a, `no actor ${name}`);
    return a.role;
  }

  it('reads the descriptor before the name', () => {
    assert.strictEqual(roleOf('A spokeswoman for the ministry, Anna Kowalski, declined to comment.', 'Anna Kowalski'), 'spokeswoman for the ministry');
  });

  it('reads the descriptor after the name', () => {
    assert.strictEqual(roleOf('Maria Lind, a senior fellow at the Baltic Institute, disagreed.', 'Maria Lind'), 'senior fellow at the Baltic Institute');
  });

  it('does not read a clause before the name as a role', () => {
    const role = roleOf('The plan that the council approved, Harriet Moss said, was late.', 'Harriet Moss');
    assert.ok(role === null || !/council approved/.test(role), String(role));
  });
});

describe('layouts', () => {
  it('gives a tweet to the handle after the dash', () => {
    assert.deepStrictEqual(speakers('“The ferry is late again.” –@harbourwatch'), ['@harbourwatch']);
  });

  it('reads a one-word answer followed by a speech verb as speech, not a title', () => {
    const qs = analyze('The host asked which team would win. “Denver,” he answered.', OPTS).quotations;
    assert.strictEqual(qs[0].isTitle, false);
    assert.strictEqual(qs[0].speaker, 'he');
  });

  it('keeps a quoted title inside a sentence a title', () => {
    const qs = analyze('She wrote a memoir called “Salt and Iron” last year.', OPTS).quotations;
    assert.strictEqual(qs[0].isTitle, true);
  });
});

describe('the subject of the speech verb wins', () => {
  it('over a person named inside what they said', () => {
    assert.deepStrictEqual(speakers('Mayor Ruth Ebbe said Inspector Kahn told her "the bridge is safe."'), ['Ruth Ebbe']);
  });

  it('over a possessor', () => {
    const got = speakers('"We are proud of him," Bergstrom\'s daughter told reporters.')[0];
    assert.notStrictEqual(got, 'Bergstrom');
  });

  it('but not across a new clause', () => {
    assert.deepStrictEqual(speakers('Ebbe said the plan would work, and Kahn told reporters "the bridge is safe."'), ['Kahn']);
  });
});

describe('more constructions', () => {
  it('skips a dash apposition between the speaker and the verb', () => {
    assert.deepStrictEqual(speakers('"We are not finished," Sen. Odile Marr — the panel\'s chair — said.'), ['Odile Marr']);
  });

  it('reads a colon after a clause that is not a speech verb as the subject speaking', () => {
    assert.deepStrictEqual(speakers('Governor Anton Reyes changed the subject: "Let us talk about roads."'), ['Anton Reyes']);
  });

  it('reads an introduction that ends the previous paragraph with a colon', () => {
    const text = ['Councillor Beth Arno issued the following statement:', '', '"The vote was lawful and it stands."', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Beth Arno']);
    assert.strictEqual(flagged(text), 0);
  });

  it('gives a bare quotation to the speaker a sentence of the same paragraph names', () => {
    const text = 'Mira Holt looks at the empty dock and sighs. "Nobody comes here any more."';
    assert.deepStrictEqual(speakers(text), ['Mira Holt']);
  });

  it('keeps the state out of a name (`of Ohio`) and the name in', () => {
    assert.deepStrictEqual(speakers('"It is a bad bill," said Rep. Lena Ashby of Ohio.'), ['Lena Ashby']);
  });

  it('does not take a capitalised modifier for the speaker (`Florida officials`)', () => {
    const got = speakers('"The roads are closed," Florida officials said.')[0];
    assert.notStrictEqual(got, 'Florida');
  });
});

describe('an age and a home town between the speaker and the verb', () => {
  it('skips `, 22, of Dayton, Ohio,` and keeps the name', () => {
    assert.deepStrictEqual(speakers('Cory Vance, 22, of Dayton, Ohio, said he had "no regrets at all."'), ['Cory Vance']);
    assert.deepStrictEqual(speakers('"Nothing works," Pia Holm, 61, said.'), ['Pia Holm']);
    assert.deepStrictEqual(speakers('"We stay," Ole Brun, of Tromsø, said.'), ['Ole Brun']);
  });

  it('does not take the state or the town for the speaker', () => {
    const got = speakers('"It was cold," Ida Marsh, 40, of Flint, Mich., said.')[0];
    assert.strictEqual(got, 'Ida Marsh');
    // Two names between commas are not a name and a town.
    assert.notStrictEqual(speakers('"Not again," Ward, Lutz said.')[0], 'Ward');
  });
});

describe('a participle after a speech verb hangs off its speaker', () => {
  it('gives `X said, adding …` to X, not to the sentence opener or a name in between', () => {
    assert.deepStrictEqual(speakers('Lena Marsh said, adding, "We will be back."'), ['Lena Marsh']);
    assert.deepStrictEqual(speakers('The two leaders will meet in May, Ada Fenn said, adding: "They need to talk."'), ['Ada Fenn']);
    assert.deepStrictEqual(speakers('"It was late," she wrote to Ivo Tamm, recalling "a very long night."'), ['she', 'she']);
  });

  it('and not off the object of the speech verb', () => {
    assert.deepStrictEqual(speakers('Mira Holt told Ivo Tamm the plan was late, citing "the weather."'), ['Mira Holt']);
  });
});

describe('a noun phrase after the verb is its subject only when the verb is inverted', () => {
  it('reads `"…," said X` and `But, said X, "…"`', () => {
    assert.deepStrictEqual(speakers('"It is over," said Ivo Penn.'), ['Ivo Penn']);
    assert.deepStrictEqual(speakers('But, said Penn, "we tried everything."'), ['Penn']);
  });

  it('does not read the object of the verb as its speaker', () => {
    assert.deepStrictEqual(speakers('Ava Quint has increasingly decried the idea of "free money for all."'), ['Ava Quint']);
    assert.deepStrictEqual(speakers('Councillor Ivo Penn agreed to call, but only to tell Mayor Lund "nothing new."'), ['Ivo Penn']);
    assert.notStrictEqual(speakers('Ed Marr stressed the depot\'s importance for "the whole valley."')[0], "the depot's importance");
  });
});

describe('`he` and `she` resolve to people, not to places, bodies or sentence openers', () => {
  it('skips a place and a capitalised opener that stand as subjects', () => {
    const text = ['Tomas Ferro runs the depot.', '', 'Nevertheless, the yard stayed open. Montana was dry all summer.', '', '"We had no rain," he said.', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Tomas Ferro']);
  });

  it('skips a body named between the person and the pronoun', () => {
    const text = ['Ana Petrova left the meeting early.', '', 'The Harbor Commission said the vote would wait.', '', '"I am not done," she said.', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ana Petrova']);
  });

  it('takes a bare surname the draft wrote in full before, even in an object position', () => {
    const text = ['The board thanked Dr. Ines Carvalho and Rui Lobo.', '', 'Later, Carvalho spoke to the staff.', '', '"Thank you all," she said.', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Carvalho']);
  });

  it('prefers the speaker to a modifier of the same sentence (`Kahl campaign director Ada Voss said`)', () => {
    const text = ['Kahl campaign director Ada Voss said the vote was close. "We counted twice," she said.', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ada Voss']);
  });
});

describe('a time phrase or a tagged aside between the speaker and the verb', () => {
  it('skips `on Monday`, `last week`, `less than two weeks ago`', () => {
    assert.deepStrictEqual(speakers('The harbor authority on Monday said the pier was "perfectly safe."'), ['The harbor authority']);
    assert.deepStrictEqual(speakers('Mayor Ilse Brandt last week said the budget was "a disgrace."'), ['Ilse Brandt']);
    assert.deepStrictEqual(speakers('Coach Ravi Mehta less than two weeks ago said the team was "not ready."'), ['Ravi Mehta']);
  });

  it('does not take the time phrase for the speaker', () => {
    const got = speakers('"We lost," two days ago said nothing.')[0];
    assert.notStrictEqual(got, 'two days ago');
  });

  it('skips a party tag in parentheses before a comma aside', () => {
    assert.deepStrictEqual(speakers('Sen. Odile Marr (D-Ore.), also a candidate, called the plan "a fraud."'), ['Odile Marr']);
  });
});

describe('sentence subjects with a role between the modifier and the name', () => {
  it('reads `Dayton developer Ned Aust` as Ned Aust for a later `he`', () => {
    const text = ['Dayton developer Ned Aust bought the mill in March.', '', '"I knew it would sell," he said.', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Ned Aust']);
  });

  it('does not run a subject through a verb into its object', () => {
    const text = ['Lund praised Karin Holm at the dinner.', '', '"She earned it," he said.', ''].join('\n');
    assert.notStrictEqual(speakers(text)[0], 'Karin Holm');
  });
});

describe('an -ing word opening a sentence is not a speaker', () => {
  it('skips `Flying home, she …` to the pronoun', () => {
    const text = ['Edda Sorel runs the firm.', '', 'Flying home that night, she called it "a huge shock."', ''].join('\n');
    assert.deepStrictEqual(speakers(text), ['Edda Sorel']);
  });
});

describe('a participle after a weekday', () => {
  it('hangs off the subject, not off a phrase ending in the weekday', () => {
    assert.deepStrictEqual(speakers('Ana Roe posted three messages early Friday saying the vote was "rigged."'), ['Ana Roe']);
  });
});

describe('the subject speaks for `… and said` after a clause', () => {
  it('gives the quotation to the subject, not to a subject inside what was said', () => {
    const text = 'At the hearing, the Ohio senator criticized the plan and said neighbours wanted to know if it was "still alive."';
    assert.deepStrictEqual(speakers(text), ['the Ohio senator']);
  });
});

describe('an aside inside an aside', () => {
  it('skips two comma asides to the name', () => {
    assert.deepStrictEqual(speakers('Geoff Marr, a pollster who works with Lane Inc., a polling firm, said the race was "over."'), ['Geoff Marr']);
  });

  it('does not skip a second segment that is a name', () => {
    const got = speakers('Ivo Penn, Ada Roe, a clerk, said the vote was "void."')[0];
    assert.notStrictEqual(got, 'Ivo Penn');
  });
});

describe('a capitalised modifier of a plural role', () => {
  it('keeps the group (`Lund supporters`), not the modifier, as the speaker', () => {
    assert.deepStrictEqual(speakers('Lund supporters are crying "fraud" over the count.'), ['Lund supporters']);
  });
});

describe('a relative clause after a name in a prepositional phrase', () => {
  it('gives the quotation to the name, not to the preposition', () => {
    assert.deepStrictEqual(speakers('The bill won support from Rita Oyelaran, who declared on the floor, "It is time."'), ['Rita Oyelaran']);
  });
});

describe('a preposition before a capitalised modifier', () => {
  it('is not cut off outside a relative clause (`of Republican claims` is no speaker)', () => {
    assert.notStrictEqual(speakers('The site rated 32% of Republican claims as "false" last year.')[0], 'Republican');
  });
});

import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import type { Quotation } from '../../server/src/analysis/types';

const OPTS = { today: '2026-11-26', languageId: 'markdown' };

function quotes(text: string): (Quotation & { text: string })[] {
  return analyze(text, OPTS).quotations.map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
}

function flagged(text: string): string[] {
  const a = analyze(text, OPTS);
  return check(a).findings.filter((f) => f.ruleId === 'quote.unattributed').map((f) => text.slice(f.start, f.end));
}

function speakerOf(text: string, quoted: string): string | null {
  const q = quotes(text).find((x) => x.text.includes(quoted));
  assert.ok(q, `no quotation containing ${quoted}`);
  return q.speaker;
}

describe('quotation marks', () => {
  it('finds straight and curly double quotes', () => {
    assert.deepStrictEqual(quotes('"One," she said. “Two,” he said.').map((q) => q.text), ['"One,"', '“Two,”']);
  });

  it('finds British single quotes as outer quotes', () => {
    const qs = quotes("'We will not back down,' the minister said. ‘Never,’ she added.");
    assert.deepStrictEqual(qs.map((q) => [q.text, q.depth]), [["'We will not back down,'", 0], ['‘Never,’', 0]]);
  });

  it('finds nested single quotes inside double quotes', () => {
    const qs = quotes('"He told me \'no way\' and left," Smith said.');
    assert.deepStrictEqual(qs.map((q) => [q.text, q.depth]), [['"He told me \'no way\' and left,"', 0], ["'no way'", 1]]);
  });

  it('handles a curly quote nested inside a curly quote', () => {
    const qs = quotes('“I’d rather live in what he calls “hell” than that,” Rodarte said.');
    assert.strictEqual(qs[0].text, '“I’d rather live in what he calls “hell” than that,”');
  });

  it('does not take apostrophes for quote marks', () => {
    assert.deepStrictEqual(quotes("It's Clinton’s plan from the '90s, rock 'n' roll and the players' union."), []);
  });

  it('does not take inch and foot marks for quote marks', () => {
    assert.deepStrictEqual(quotes('The 6\'2" forward and a 12" pipe were there.'), []);
  });

  it('reads doubled apostrophes as double quotes', () => {
    assert.deepStrictEqual(quotes("The ''Grand Bargain'' failed, ''it was doomed,'' he said.").map((q) => q.text), ["''Grand Bargain''", "''it was doomed,''"]);
  });

  it('links a multi-paragraph quote', () => {
    const text = '"We had been the better team," Mehta said. "We just had to keep believing.\n\n"And they did."';
    const qs = quotes(text);
    assert.strictEqual(qs[1].runsOn, true);
    assert.strictEqual(qs[2].isContinuation, true);
    assert.strictEqual(qs[2].status, 'continued');
    assert.strictEqual(qs[2].speaker, 'Mehta');
  });

  it('ignores quote marks in code, URLs and front matter', () => {
    assert.deepStrictEqual(quotes('---\ntitle: "A"\n---\nRun `echo "hi"` at <https://x.y/"q">.\n\n```\n"code"\n```'), []);
  });

  it('marks titles and nicknames as not speech', () => {
    const qs = quotes('A group calling itself "Citizens for Parks" and the so-called "peace dividend" and Del. Marcia "Cia" Price.');
    assert.ok(qs.every((q) => q.isTitle), JSON.stringify(qs.map((q) => [q.text, q.isTitle])));
  });
});

describe('attribution (who said it)', () => {
  it('said X and X said, before and after', () => {
    assert.strictEqual(speakerOf('"We will win," said Ravi Mehta.', 'win'), 'Ravi Mehta');
    assert.strictEqual(speakerOf('"We will win," Northfield coach Ravi Mehta said.', 'win'), 'Ravi Mehta');
    assert.strictEqual(speakerOf('Mehta said, "We will win."', 'win'), 'Mehta');
  });

  it('X told reporters, X wrote in a statement, X added', () => {
    assert.strictEqual(speakerOf('"It is over," Gov. Ned Lamont told reporters.', 'over'), 'Ned Lamont');
    assert.strictEqual(speakerOf('"It is over," Lamont wrote in a statement.', 'over'), 'Lamont');
    assert.strictEqual(speakerOf('"And it will stay over," Lamont added.', 'stay'), 'Lamont');
  });

  it('according to X', () => {
    assert.strictEqual(speakerOf('The plan is "dead on arrival," according to Sen. Susan Collins.', 'dead'), 'Susan Collins');
  });

  it('X called it "…" and partial quotes with the subject as speaker', () => {
    assert.strictEqual(speakerOf('Board member Janet Osei called the process "rushed and disrespectful."', 'rushed'), 'Janet Osei');
    assert.strictEqual(speakerOf('President Trump defended the deal as "standard negotiating procedure."', 'standard'), 'Trump');
  });

  it('colon introductions, also across a paragraph break', () => {
    assert.strictEqual(speakerOf('Trump explained the strategy: "He has to sell this."', 'sell'), 'Trump');
    assert.strictEqual(speakerOf('Mayor Ana Ruiz told reporters:\n\n"We are not done."', 'done'), 'Ana Ruiz');
  });

  it('resolves a pronoun speaker to the nearest earlier person', () => {
    const text = 'Russian official Yuri Ushakov suggested the leak was deliberate. "It is unlikely to help," he commented.';
    const q = quotes(text)[0];
    assert.strictEqual(q.speaker, 'Yuri Ushakov');
    assert.strictEqual(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'he');
  });

  it('participles hang off the subject', () => {
    assert.strictEqual(speakerOf('Witkoff expressed confidence, stating "it will be a good call."', 'good call'), 'Witkoff');
    assert.strictEqual(speakerOf('Dmitriev pressed on, telling Ushakov: "They will not take our version."', 'version'), 'Dmitriev');
  });

  it('handles parentheticals and relative clauses between speaker and verb', () => {
    assert.strictEqual(speakerOf('"We cannot allow this," Rep. John Mica (R-Fla.) said.', 'allow'), 'John Mica');
    assert.strictEqual(speakerOf('"We cannot allow this," Mica, who chairs the panel, said.', 'allow'), 'Mica');
  });

  it('a question mark before the speaker does not lose the attribution', () => {
    assert.strictEqual(speakerOf('"Why is this bank not too big to manage?" Vitter demanded.', 'manage'), 'Vitter');
  });

  it('transcripts and epigraphs', () => {
    assert.strictEqual(speakerOf('"WALLACE: Will she be there?"', 'there'), 'WALLACE');
    assert.strictEqual(speakerOf('“He represents our greatest shame.” ― Sonya Herridge', 'shame'), 'Sonya Herridge');
  });

  it('a second quote in the paragraph shares the speaker', () => {
    const text = '"Nobody ran for this board to close a school," Chair Elena Vasquez said. "But the numbers don\'t lie."';
    assert.strictEqual(speakerOf(text, 'numbers'), 'Elena Vasquez');
  });

  it('British single-quoted copy', () => {
    assert.strictEqual(speakerOf("'We will not back down,' the minister said.", 'back down'), 'the minister');
  });
});

describe('quote.unattributed', () => {
  it('flags a standalone quotation with no speaker around it', () => {
    const text = 'Shares rose 3% in late trading.\n\n“Investors will read this as discipline.”';
    assert.deepStrictEqual(flagged(text), ['“Investors will read this as discipline.”']);
  });

  it('flags in straight, curly and single quotes alike', () => {
    for (const q of ['"We threw it away."', '“We threw it away.”', "'We threw it away.'", '‘We threw it away.’']) {
      assert.deepStrictEqual(flagged(`Northfield lost on Friday.\n\n${q}`), [q], q);
    }
  });

  it('flags a multi-paragraph quote that nobody closes with an attribution', () => {
    const text = 'The team lost.\n\n"We had been the better team.\n\n"And they did."';
    assert.strictEqual(flagged(text).length, 2);
  });

  it('does not flag attributed, continued or partial quotes, titles or headlines', () => {
    const text = [
      '# Mayor calls budget "a disgrace"',
      '"We will win," Mehta said. "We always do."',
      '"We had been the better team," Mehta said. "We just had to keep believing.',
      '"And they did."',
      'The council approved what it called a "bridge budget" on Monday.',
      'She read "The Art of the Deal" twice.',
    ].join('\n\n');
    assert.deepStrictEqual(flagged(text), []);
  });

  it('does not flag a quote-only paragraph right after the same speaker\'s quote', () => {
    const text = '"It is a setback," Zhao said.\n\n"Not a retreat."';
    assert.deepStrictEqual(flagged(text), []);
  });

  it('does not flag nested quotes separately', () => {
    assert.deepStrictEqual(flagged('"He told me \'no way,\' and left," Smith said.'), []);
  });

  it('offers the people named before the quote, nearest first, as fix candidates', () => {
    const text = 'Coach Ravi Mehta praised Marta Silva. "She is ready," Mehta said.\n\nEastport lost.\n\n"We threw it away."';
    const a = analyze(text, OPTS);
    const f = check(a).findings.find((x) => x.ruleId === 'quote.unattributed');
    assert.ok(f);
    const data = f.data as { candidates: string[] };
    assert.strictEqual(data.candidates[0], 'Ravi Mehta');
  });
});

describe('attribution relations (quoted or not)', () => {
  const sources = (text: string): string[] => analyze(text, OPTS).attributions.map((a) => a.sourceText);

  it('finds the source before a relative clause without commas', () => {
    assert.deepStrictEqual(sources('A city official who was not authorized to discuss the talks said the union would agree.'), ['A city official']);
  });

  it('finds sources of indirect speech and according to', () => {
    assert.deepStrictEqual(sources('Superintendent Carl Benning said the closures would save money.'), ['Superintendent Carl Benning']);
    assert.deepStrictEqual(sources('Enrollment fell by a third, according to district data.'), ['district data']);
    assert.deepStrictEqual(sources('People familiar with the matter said the deal was close.'), ['People familiar with the matter']);
  });

  it('resolves pronoun sources to the last named person', () => {
    const a = analyze('Mayor Ana Ruiz met the union. She said the deal was close.', OPTS).attributions;
    assert.strictEqual(a[0].sourceKind, 'pronoun');
    assert.strictEqual(a[0].resolved, 'Ana Ruiz');
  });
});

describe('attribution cues are verbs, not names or relative pronouns', () => {
  const relations = (text: string) => analyze(text, OPTS).attributions.map((a) => [a.verb, a.sourceText]);

  it('does not read "States" in "the United States" as a cue', () => {
    assert.deepStrictEqual(relations('Security experts in the United States have linked the attack to Russia.'), []);
  });

  it('gives a relative clause no attribution of its own', () => {
    assert.deepStrictEqual(relations('A district employee, who asked not to be named, said teachers would move.'), [['say', 'A district employee']]);
  });
});

describe('titles that open a sentence', () => {
  it('a Title Case quote followed by lower-case prose is a title, not speech', () => {
    const q = quotes('“American Skin (41 Shots)” was written by Springsteen after the shooting.')[0];
    assert.strictEqual(q.isTitle, true);
    assert.deepStrictEqual(flagged('The song aired.\n\n“American Skin (41 Shots)” was written by Springsteen.'), []);
  });

  it('a full-sentence quote in Title Case words is still speech', () => {
    assert.deepStrictEqual(flagged('The crowd left.\n\n“We Will Win.”'), ['“We Will Win.”']);
  });
});

/**
 * Issue 18 item 3: a diagnostic's message is the finding's message without its
 * closing advice (the hover gives it). Every advice a rule gives is checked on
 * real findings, so a rule that stops giving its advice apart shows up here
 * instead of silently sending whole messages again.
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/features/checkText';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { diagnosticMessage } from '../../server/src/features/messages';
import { hover } from '../../server/src/features/hover';
import { defaultSettings } from '../../server/src/features/settings';
import type { Finding } from '../../server/src/analysis/types';

/** Short drafts in our own words, each giving one or more of the rules with advice. */
const DRAFTS = [
  'Port director Ines Calloway said the ferry would run again in May.\n\n"We waited eleven years for this."\n\n"The old pier is held up by habit,\n\n"and the insurers know it," Calloway said.\n',
  'The board met on Monday, March 3, 2026.\n\nOfficials said the plan was late.\n\n"Nobody told the islanders."\n',
  'A councillor, who spoke on condition of anonymity, said the vote would slip.\n\nA harbour official, who asked not to be named because she was not authorised to discuss the talks, said the price had doubled.\n\nA board member, who spoke on condition of anonymity because [REASON], said the deal was off.\n\nA pier worker, who spoke on condition of anonymity because he feared losing his job, said the cranes were idle.\n',
  'Critics say the ferry plan is too costly.\n\nSome say the price has doubled.\n',
  'Calloway opened the meeting.\n\nPort director Ines Calloway said the ferry would run again in May.\n',
];

/** Rules that give advice apart from their message, and how many different advices the drafts raise for each. */
const ADVICE_KINDS: Record<string, number> = {
  'quote.unattributed': 1,
  'quote.inferred': 1,
  'source.unnamed': 4,
  'source.vague': 2,
  'date.weekday-mismatch': 1,
  'actor.first-reference': 1,
};

function findingsOf(text: string): Finding[] {
  const settings = defaultSettings();
  for (const id of Object.keys(ADVICE_KINDS)) settings.rules[id] = 'warning';
  return checkText(text, { languageId: 'markdown', settings, today: '2026-03-12' }).findings;
}

describe('diagnostic messages without the advice (issue 18)', () => {
  const all = DRAFTS.flatMap(findingsOf);

  for (const [ruleId, kinds] of Object.entries(ADVICE_KINDS)) {
    it(`${ruleId}: every advice it gives is cut from a real message, and the rest says what is wrong`, () => {
      const mine = all.filter((f) => f.ruleId === ruleId);
      assert.ok(mine.length > 0, `no ${ruleId} finding in the drafts`);
      // Without the digits of a quoted phrase or a name, the advices the drafts raise.
      const advices = new Set(mine.map((f) => f.advice?.replace(/'.*'/u, "'…'")));
      assert.strictEqual(advices.size, kinds, [...advices].join(' | '));
      for (const hit of mine) {
        assert.ok(hit.advice, `${ruleId} gives no advice apart: ${hit.message}`);
        const short = diagnosticMessage(hit);
        assert.ok(short.length >= 20 && short.length < hit.message.length, short);
        assert.ok(hit.message.startsWith(short), 'a prefix of the whole message');
        assert.match(short, /[.)”"]$/u, short);
      }
    });
  }

  it('diagnostics carry the short message; the hover on the finding still says what to do', () => {
    const text = DRAFTS[1];
    const settings = defaultSettings();
    const c = checkText(text, { languageId: 'markdown', settings, today: '2026-03-12' });
    const ds = toDiagnostics(c.findings, c.lines);
    const unnamed = ds.find((d) => d.code === 'source.unnamed')!;
    assert.strictEqual(unnamed.message, 'Unnamed source “Officials”: no reason for anonymity is given in this paragraph or the sentences next to it.');
    const md = hover(c.analysis!, text.indexOf('Officials') + 2, { findings: c.findings })!;
    assert.match(md, /\*\*Fix:\*\* .*anonymity/);
    const weekday = ds.find((d) => d.code === 'date.weekday-mismatch')!;
    assert.doesNotMatch(weekday.message, /Correct/);
    assert.match(hover(c.analysis!, text.indexOf('March') + 2, { findings: c.findings })!, /\*\*Fix:\*\* Correct the weekday/);
  });

  it('leaves messages of rules without advice patterns whole', () => {
    const f: Finding = { ruleId: 'date.impossible', start: 0, end: 1, severity: 'error', message: 'This date does not exist: June 31.' };
    assert.strictEqual(diagnosticMessage(f), f.message);
    assert.strictEqual(diagnosticMessage({ ...f, ruleId: 'source.unnamed', message: 'Unnamed source “x”: something new. Say why.' }), 'Unnamed source “x”: something new. Say why.');
  });
});

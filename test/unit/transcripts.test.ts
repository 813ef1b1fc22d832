/**
 * Transcripts (issue 17): the record's formats, matching a quotation against
 * it (allowed edits must not count, real changes must), split quotations,
 * speakers matched by surname, alias and profile, and interviewer turns.
 */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import { ProfileIndex } from '../../server/src/analysis/profiles';
import { parseTranscript, quoteRecords, sameSpeaker, TranscriptIndex, tokenize } from '../../server/src/analysis/transcripts';
import type { Finding } from '../../server/src/analysis/types';
import { hover } from '../../server/src/features/hover';
import { buildReport } from '../../server/src/features/report';

/** The text of each turn of a parsed transcript, with its speaker and whether it is a question. */
function turns(text: string, file: string): { speaker: string | null; question: boolean; text: string; time: string | null }[] {
  return parseTranscript(text, file).turns.map((t) => ({
    speaker: t.speaker,
    question: t.question,
    time: t.time,
    text: t.segments.map((s) => text.slice(s.start, s.end).trim()).join(' '),
  }));
}

describe('transcripts: formats', () => {
  it('reads NAME: turns in plain text, with following lines in the same turn', () => {
    const t = turns('Q: Where were you that night?\nMARTA OLSEN: At the depot.\nI stayed until two.\nQ: Alone?\n', 'notes.txt');
    assert.deepStrictEqual(
      t.map((x) => [x.speaker, x.question, x.text]),
      [
        ['Q', true, 'Where were you that night?'],
        ['MARTA OLSEN', false, 'At the depot. I stayed until two.'],
        ['Q', true, 'Alone?'],
      ],
    );
  });

  it('reads [hh:mm:ss] NAME: and NAME (hh:mm:ss): labels with their times', () => {
    const a = turns('[00:04:10] Ines Varga: The pumps failed at dawn.\n[00:04:30] Interviewer: Why?\n', 'a.txt');
    assert.deepStrictEqual(a.map((x) => [x.speaker, x.time, x.question]), [['Ines Varga', '00:04:10', false], ['Interviewer', '00:04:30', true]]);
    const b = turns('Ines Varga (01:02:03): Nobody checked the valves.\n', 'b.txt');
    assert.deepStrictEqual(b.map((x) => [x.speaker, x.time, x.text]), [['Ines Varga', '01:02:03', 'Nobody checked the valves.']]);
  });

  it('reads **NAME:** turns in Markdown and skips headings', () => {
    const t = turns('# Call with the warden\n\n**Reporter:** How many beds?\n\n**Ola Brandt:** About sixty, on a good night.\n', 'call.md');
    assert.deepStrictEqual(t.map((x) => [x.speaker, x.question, x.text]), [['Reporter', true, 'How many beds?'], ['Ola Brandt', false, 'About sixty, on a good night.']]);
  });

  it('reads WebVTT voice tags, merging cues of the same speaker', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Sam Ito>The bridge opens in June.</v>\n\n00:00:03.500 --> 00:00:05.000\n<v Sam Ito>Maybe July.\n\n00:00:06.000 --> 00:00:08.000\n<v Reporter>Which year?\n';
    const t = turns(vtt, 'talk.vtt');
    assert.deepStrictEqual(t.map((x) => [x.speaker, x.time, x.question, x.text]), [['Sam Ito', '00:00:01', false, 'The bridge opens in June. Maybe July.'], ['Reporter', '00:00:06', true, 'Which year?']]);
  });

  it('reads SRT cues: NAME: opens a turn, a cue without a label continues it', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nRUTH ABARA: We ran out of salt.\n\n2\n00:00:02,500 --> 00:00:04,000\nThe trucks sat idle.\n\n3\n00:00:05,000 --> 00:00:06,000\nQ: For how long?\n';
    const t = turns(srt, 'storm.srt');
    assert.deepStrictEqual(t.map((x) => [x.speaker, x.time, x.text]), [['RUTH ABARA', '00:00:01', 'We ran out of salt. The trucks sat idle.'], ['Q', '00:00:05', 'For how long?']]);
  });

  it('reads transcription-service exports (NAME  hh:mm on a line, then the text)', () => {
    const t = turns('Kofi Mensah  00:12\nThe school needs a new roof.\nIt leaks every spring.\n\nInterviewer  01:05\nSince when?\n', 'export.txt');
    assert.deepStrictEqual(t.map((x) => [x.speaker, x.time, x.question, x.text]), [['Kofi Mensah', '00:12', false, 'The school needs a new roof. It leaks every spring.'], ['Interviewer', '01:05', true, 'Since when?']]);
  });

  it('takes the speaker of a single-speaker file from its front matter, and interviewers from interviewer:', () => {
    const t = turns('---\nspeaker: Lea Novak\ninterviewer: [Tom Hale]\n---\nThe clinic will stay open.\nTom Hale: Until when?\nA: Until the money runs out.\n', 'novak.md');
    assert.deepStrictEqual(t.map((x) => [x.speaker, x.question]), [['Lea Novak', false], ['Tom Hale', true], ['Lea Novak', false]]);
  });
});

describe('transcripts: words', () => {
  it('normalises numbers, percent, case, accents and hyphens, and drops fillers', () => {
    const norms = (s: string, role: 'quote' | 'record' = 'record') => tokenize(s, 0, s.length, role).tokens.filter((t) => !t.optional).map((t) => t.norm);
    assert.deepStrictEqual(norms('Um, twenty-five per cent of the São Paulo well-known'), ['25', 'percent', 'of', 'the', 'sao', 'paulo', 'well', 'known']);
    assert.deepStrictEqual(norms('25% of 1,200'), ['25', 'percent', 'of', '1200']);
    assert.deepStrictEqual(norms('It was, you know, like, hard'), ['it', 'was', 'hard']);
    assert.deepStrictEqual(norms('We [the council] met … twice', 'quote'), ['we', 'met', 'twice']);
  });
});

const RECORD = `WEBVTT

00:12:31.000 --> 00:12:40.000
<v Raymond Vu>Um, we are not going to raise taxes this year. We will cut twelve percent from the parks budget instead.

00:12:41.000 --> 00:12:50.000
<v Interviewer>Is that the council's final word on the budget?

00:12:51.000 --> 00:13:05.000
<v Dana Okafor>It is a mistake, and the voters will remember it in November. I have never seen a budget this bad, you know, in twenty years on the council.
`;

function indexOf(files: Record<string, string> = { 'transcripts/vu.vtt': RECORD }): TranscriptIndex {
  const idx = new TranscriptIndex();
  for (const [k, v] of Object.entries(files)) idx.setFile(k, v);
  return idx;
}

function findings(draft: string, idx = indexOf(), profiles?: ProfileIndex): Finding[] {
  const a = analyze(draft, { today: '2026-01-10', languageId: 'markdown', transcripts: idx, profiles });
  return check(a, { 'quote.unverified': 'warning' }).findings.filter((f) => f.ruleId.startsWith('quote.') && f.ruleId !== 'quote.unattributed');
}

function statusOf(quote: string, speaker = 'Raymond Vu'): string {
  const draft = `${speaker} spoke at the meeting.\n\n"${quote}," ${speaker} said.\n`;
  const a = analyze(draft, { today: '2026-01-10', languageId: 'markdown', transcripts: indexOf() });
  const r = quoteRecords(a).find((x) => x);
  return r ? r.status : 'unchecked';
}

function messageOf(quote: string, speaker = 'Raymond Vu'): string {
  const f = findings(`${speaker} spoke at the meeting.\n\n"${quote}," ${speaker} said.\n`);
  return f.map((x) => `${x.ruleId}: ${x.message}`).join('\n');
}

describe('transcripts: allowed edits are not changes', () => {
  const cases: [string, string][] = [
    ['verbatim', 'We are not going to raise taxes this year'],
    ['case, punctuation and quote style', 'WE ARE NOT going to raise taxes — this year'],
    ['a filler left out', 'We are not going to raise taxes this year'],
    ['an ellipsis for omitted words', 'We are not going to raise taxes ... we will cut twelve percent from the parks budget'],
    ['a bracketed insertion replacing words', 'We [the city] are not going to raise taxes this year'],
    ['a numeral for number words', 'We will cut 12 percent from the parks budget instead'],
    ['% for percent', 'We will cut 12% from the parks budget instead'],
    ['a hyphenated compound written as one', 'We are not going to raise taxes this year'],
    ['"you know" left out', 'I have never seen a budget this bad in twenty years on the council'],
  ];
  for (const [what, quote] of cases) {
    it(what, () => {
      const speaker = /budget this bad/.test(quote) ? 'Dana Okafor' : 'Raymond Vu';
      assert.ok(['verbatim', 'edited'].includes(statusOf(quote, speaker)), `${what}: ${statusOf(quote, speaker)}`);
      assert.strictEqual(messageOf(quote, speaker), '');
    });
  }

  it('calls an untouched quotation verbatim and one with allowed edits edited', () => {
    assert.strictEqual(statusOf('We are not going to raise taxes this year'), 'verbatim');
    assert.strictEqual(statusOf('We will cut 12% from the parks budget instead'), 'edited');
  });

  it('joins a hyphenated word of the draft to one word of the record', () => {
    const idx = indexOf({ 'n.txt': 'Ada Lind: The new email system broke on the first morning.\n' });
    const a = analyze('Ada Lind spoke.\n\n"The new e-mail system broke on the first morning," Lind said.\n', { today: '2026-01-10', transcripts: idx });
    assert.strictEqual(quoteRecords(a).find((x) => x)?.status, 'edited');
  });
});

describe('transcripts: changes are flagged', () => {
  it('a dropped negation, named first', () => {
    assert.match(messageOf('We are going to raise taxes this year, and we will cut spending'), /quote\.misquoted: .*: drops 'not'/);
  });
  it('an added negation', () => {
    assert.match(messageOf('We will not cut twelve percent from the parks budget instead'), /adds 'not'/);
  });
  it('a changed number, before other changes', () => {
    assert.match(messageOf('We will surely cut 15 percent from the parks budget instead'), /: changes 'twelve' to '15'; adds 'surely'/);
  });
  it('a changed word', () => {
    assert.match(messageOf('We will cut twelve percent from the library budget instead'), /changes 'parks' to 'library'/);
  });
  it('an added word', () => {
    assert.match(messageOf('We are absolutely not going to raise taxes this year'), /adds 'absolutely'/);
  });
  it('a dropped word', () => {
    assert.match(messageOf('We will cut twelve percent from the budget instead'), /drops 'parks'/);
  });
  it('words moved', () => {
    assert.match(messageOf('This year we are not going to raise taxes'), /moves 'this year'/i);
  });
  it('two remarks joined without an ellipsis', () => {
    assert.match(messageOf('We are not going to raise taxes, we will cut twelve percent from the parks budget'), /joins two remarks without an ellipsis/);
  });
  it('is not fooled below four words or 60 per cent', () => {
    assert.strictEqual(messageOf('We are ready'), '');
    assert.strictEqual(statusOf('We are going to build a stadium near the river this spring'), 'not-found');
  });
});

describe('transcripts: split quotations, speakers and interviewer turns', () => {
  it('matches each part of a split quotation on its own', () => {
    const draft = 'Mayor Raymond Vu spoke.\n\n"We are not going to raise taxes this year," Vu said. "We will cut 15 percent from the parks budget instead."\n';
    const f = findings(draft);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].ruleId, 'quote.misquoted');
    assert.ok(draft.slice(f[0].start, f[0].end).startsWith('"We will cut 15'));
  });

  it('checks a short part of a split quotation next to the passage of the other part', () => {
    const flagged = 'Raymond Vu spoke.\n\n"We are going," Vu said, "to raise taxes this year."\n';
    const f = findings(flagged);
    assert.deepStrictEqual(f.map((x) => [x.ruleId, flagged.slice(x.start, x.end)]), [['quote.misquoted', '"We are going,"']]);
    assert.match(f[0].message, /drops 'not'/);
    const fine = 'Raymond Vu spoke.\n\n"We are not going," Vu said, "to raise taxes this year."\n';
    assert.deepStrictEqual(findings(fine), []);
    const a = analyze(fine, { today: '2026-01-10', transcripts: indexOf() });
    assert.deepStrictEqual(quoteRecords(a).map((r) => r?.status), ['verbatim', 'verbatim']);
  });

  it('names a number changed at the edge of a quotation part, and the fix writes the record\'s number', () => {
    const draft = 'Raymond Vu spoke.\n\n"We will cut," Vu said, "15 percent from the parks budget instead."\n';
    const f = findings(draft);
    assert.deepStrictEqual(f.map((x) => x.ruleId), ['quote.misquoted']);
    assert.match(f[0].message, /changes 'twelve' to '15'/);
    assert.strictEqual((f[0].data as { fixed: string }).fixed, '12 percent from the parks budget instead.');
  });

  it('matches the speaker by surname, given name, alias and profile, ignoring case and accents', () => {
    assert.ok(sameSpeaker('RAYMOND VU', ['Vu']));
    assert.ok(sameSpeaker('Raymond', ['Raymond Vu']));
    assert.ok(sameSpeaker('José Núñez', ['Jose Nunez']));
    assert.ok(sameSpeaker('Dr. Okafor', ['Dana Okafor']));
    assert.ok(!sameSpeaker('Dana Okafor', ['Raymond Vu']));
    const profiles = new ProfileIndex();
    profiles.setFile('p.yaml', '- name: Raymond Vu\n  aliases: [Ray, The Mayor]\n');
    assert.ok(sameSpeaker('The Mayor', ['Raymond Vu'], profiles));
    assert.ok(sameSpeaker('Ray', ['Raymond Vu'], profiles));
    assert.ok(!sameSpeaker('The Mayor', ['Dana Okafor'], profiles));
  });

  it('flags a quotation given to the wrong speaker, by surname', () => {
    const f = findings('Dana Okafor and Raymond Vu spoke.\n\n"I have never seen a budget this bad," Vu said.\n');
    assert.deepStrictEqual(f.map((x) => x.ruleId), ['quote.wrong-speaker']);
    assert.match(f[0].message, /Dana Okafor says this, not Raymond Vu/);
  });

  it('does not flag a quotation attributed by an alias in a profile', () => {
    const profiles = new ProfileIndex();
    profiles.setFile('p.yaml', '- name: Dana Okafor\n  aliases: [Councilwoman Dee]\n');
    const idx = indexOf({ 'd.txt': 'Councilwoman Dee: The pool has to stay open all summer.\n' });
    const f = findings('Dana Okafor spoke.\n\n"The pool has to stay open all summer," Okafor said.\n', idx, profiles);
    assert.deepStrictEqual(f, []);
  });

  it('never takes a quotation from an interviewer turn', () => {
    const f = findings('Raymond Vu spoke.\n\n"Is that the council\'s final word on the budget?" Vu said.\n');
    assert.deepStrictEqual(f.map((x) => x.ruleId), ['quote.unverified']);
  });

  it('reports quote.unverified only when the record has the speaker', () => {
    assert.deepStrictEqual(findings('Lu Chen spoke.\n\n"The harbor will be dredged in the spring," Chen said.\n'), []);
  });

  it('an unreadable file holds nothing and carries its error; removing a file forgets it', () => {
    const idx = indexOf();
    idx.setError('bad.txt', 'Cannot read transcript file: it looks binary (NUL bytes).');
    assert.strictEqual(idx.fileResults().get('bad.txt')?.error, 'Cannot read transcript file: it looks binary (NUL bytes).');
    const v = idx.version;
    idx.removeFile('transcripts/vu.vtt');
    assert.ok(idx.version > v);
    assert.strictEqual(statusOf('We are not going to raise taxes this year'), 'verbatim');
    assert.deepStrictEqual(idx.match('We are not going to raise taxes this year'), []);
  });
});

describe('transcripts: fixes, hover and report data', () => {
  it('gives the recorded wording with the draft\'s own allowed edits kept', () => {
    const draft = 'Raymond Vu spoke.\n\n"We are going to raise taxes … we will cut 15% from the parks budget," Vu said.\n';
    const f = findings(draft).find((x) => x.ruleId === 'quote.misquoted');
    assert.deepStrictEqual((f?.data as { fixed: string }).fixed, 'We are not going to raise taxes … we will cut 12% from the parks budget,');
  });

  it('hovers with the record, the time, the speaker and the differences', () => {
    const draft = 'Raymond Vu spoke.\n\n"We are going to raise taxes this year," Vu said.\n';
    const a = analyze(draft, { today: '2026-01-10', transcripts: indexOf({ 'file:///ws/transcripts/vu.vtt': RECORD }) });
    const f = check(a).findings;
    const md = hover(a, draft.indexOf('raise'), { findings: f, uri: 'file:///ws/d.md' }) ?? '';
    assert.match(md, /In the record: \[`file:\/\/\/ws\/transcripts\/vu\.vtt` 00:12:31\]\(file:\/\/\/ws\/transcripts\/vu\.vtt#L4\), Raymond Vu/);
    assert.match(md, /\*\*not\*\*/);
  });

  it('adds the record column to the sourcing report', () => {
    const draft = 'Raymond Vu spoke.\n\n"We are not going to raise taxes this year," Vu said. "I have never seen a budget this bad," Vu said.\n\n"Trains run late," he said.\n';
    const a = analyze(draft, { today: '2026-01-10', transcripts: indexOf() });
    const r = buildReport(a, check(a).findings, () => 0);
    assert.deepStrictEqual(r.quotations.map((q) => q.record), ['verbatim', 'wrong speaker', null]);
    const none = analyze(draft, { today: '2026-01-10' });
    assert.deepStrictEqual(buildReport(none, [], () => 0).quotations.map((q) => q.record), [null, null, null]);
  });
});

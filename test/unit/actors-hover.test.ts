import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { ProfileIndex } from '../../server/src/analysis/profiles';
import { actorHover, rolesDiffer } from '../../server/src/features/hovers/actorHover';
import { actorSymbols } from '../../server/src/features/navigation';
import { LineIndex } from '../../server/src/features/positions';

const DRAFT = [
  'Kirill Dmitriev, a close Putin adviser on Ukraine, met US envoy Steve Witkoff.',
  '',
  '"I don\'t think they\'ll take exactly our version," Dmitriev said.',
  '',
  'Dmitriev\'s trip to Florida followed.',
].join('\n');

function profiles(): ProfileIndex {
  const index = new ProfileIndex();
  index.setFile(
    'file:///ws/.copydesk/profiles/people.yaml',
    '- name: Kirill Dmitriev\n  title: head of the Russian Direct Investment Fund\n  organization: RDIF\n  description: Sovereign fund chief.\n  contact: "desk: Moscow"\n  updated: 2025-10-01\n',
  );
  return index;
}

describe('actor hover card', () => {
  it('shows name, both roles with the difference, organisation, first mention, quotes and profile, with links', () => {
    const a = analyze(DRAFT, { today: '2026-01-01', profiles: profiles() });
    const md = actorHover(a, DRAFT.indexOf('Dmitriev said') + 1, { findings: [], uri: 'file:///ws/story.md' });
    assert.ok(md);
    const lines = md.split('\n\n');
    assert.strictEqual(lines[0], '**Kirill Dmitriev** · person');
    assert.strictEqual(lines[1], 'Role: close Putin adviser on Ukraine *(draft)* · head of the Russian Direct Investment Fund *(profile)*');
    assert.strictEqual(lines[2], '⚠ Draft says *close Putin adviser on Ukraine*, profile says *head of the Russian Direct Investment Fund*.');
    assert.strictEqual(lines[3], 'Organisation: RDIF');
    assert.strictEqual(lines[4], 'First mention: [line 1](file:///ws/story.md#L1) · 3 mentions');
    assert.strictEqual(lines[5], "Quotes (1):\n- “I don't think they'll take exactly our version,” [line 3](file:///ws/story.md#L3)");
    assert.strictEqual(lines[6], 'Sovereign fund chief.');
    assert.strictEqual(lines[7], 'Contact: desk: Moscow · Updated 2025-10-01 · [profile](file:///ws/.copydesk/profiles/people.yaml#L1)');
  });

  it('says when there is no profile and no quote, and works on a possessive mention', () => {
    const a = analyze(DRAFT, { today: '2026-01-01' });
    const md = actorHover(a, DRAFT.indexOf('Witkoff') + 2, { findings: [] })!;
    assert.match(md, /^\*\*Steve Witkoff\*\* · person\n\nRole: US envoy \*\(draft\)\*\n\nFirst mention: line 1 · 1 mention/);
    assert.match(md, /No quotations attributed\./);
    assert.match(md, /No profile in the newsroom’s profile files/);
    assert.match(actorHover(a, DRAFT.indexOf("Dmitriev's") + 1, { findings: [] })!, /\*\*Kirill Dmitriev\*\*/);
  });

  it('gives nothing away from a mention', () => {
    const a = analyze(DRAFT, { today: '2026-01-01' });
    assert.strictEqual(actorHover(a, DRAFT.indexOf('trip'), { findings: [] }), null);
  });

  it('escapes markdown in names and profile text', () => {
    const index = new ProfileIndex();
    index.setFile('p.yaml', '- name: Steve Witkoff\n  description: "Uses *stars* and [links](x)"\n');
    const a = analyze(DRAFT, { today: '2026-01-01', profiles: index });
    assert.match(actorHover(a, DRAFT.indexOf('Witkoff') + 1, { findings: [] })!, /Uses \\\*stars\\\* and \\\[links\\\]\(x\)/);
  });

  it('flags a role difference only when the words that matter differ', () => {
    assert.strictEqual(rolesDiffer('adviser', 'former adviser'), true);
    assert.strictEqual(rolesDiffer('President', 'President of Russia'), false);
    assert.strictEqual(rolesDiffer('US envoy', 'envoy'), false);
    assert.strictEqual(rolesDiffer("Putin's foreign policy adviser", 'foreign policy adviser'), false);
    assert.strictEqual(rolesDiffer('close Putin adviser on Ukraine', 'special envoy'), true);
  });

  it('outlines actors with their quotes as children', () => {
    const a = analyze(DRAFT, { today: '2026-01-01' });
    const symbols = actorSymbols(a, new LineIndex(DRAFT));
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.detail, s.children!.map((c) => c.detail)]),
      [
        ['Kirill Dmitriev', 'close Putin adviser on Ukraine · 3 mentions', ['line 3']],
        ['Steve Witkoff', 'US envoy · 1 mention', []],
      ],
    );
  });
});

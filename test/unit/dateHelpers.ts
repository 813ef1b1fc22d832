/** Helpers of the date tests: the mention over some words of an invented sentence, what it means, its hover. */
import * as assert from 'assert';
import { analyze } from '../../server/src/analysis/analyze';
import { check } from '../../server/src/analysis/check';
import type { DateMention } from '../../server/src/analysis/dates/types';
import { dateHover } from '../../server/src/features/hovers/dateHover';

export function analysis(text: string, pub: string) {
  return analyze(text, { today: '2030-01-01', publicationDate: pub, languageId: 'markdown' });
}

/** The mention covering the first occurrence of `written` in `text` (at or after `from`), or undefined. */
export function at(text: string, pub: string, written: string, from = 0): DateMention | undefined {
  const i = text.indexOf(written, from);
  assert.ok(i >= 0, `"${written}" is not in the test text`);
  return analysis(text, pub).dates.find((d) => d.start < i + written.length && i < d.end);
}

/** What it resolves to: an ISO day, `start..end`, or null. */
export function meant(text: string, pub: string, written: string, from = 0): string | null {
  const m = at(text, pub, written, from);
  if (!m) return null;
  return m.range ? `${m.range.start}..${m.range.end}` : m.iso;
}

export function hover(text: string, pub: string, written: string): string {
  const a = analysis(text, pub);
  const out = dateHover(a, text.indexOf(written) + 1, { findings: check(a).findings });
  assert.ok(out, `no hover on "${written}"`);
  return out;
}

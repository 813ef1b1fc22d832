/** An empty date mention over `[start, end)` of `text`, for the scanners to fill in. */
import type { DateMention } from './types';

export function blankMention(start: number, end: number, text: string): DateMention {
  return {
    start, end, text: text.slice(start, end), paragraph: -1, kind: 'absolute', iso: null, range: null, weekday: null, date: null, relative: null,
    tense: 'neutral', yearChoice: null, anchor: null, impossible: null, conflict: null, unresolved: null,
  };
}

/**
 * How long push mode waits after a change before checking (clients that
 * cannot pull: Neovim, Helix). A draft whose last analysis took under
 * IMMEDIATE_MS is checked at once: a keystroke's diagnostics arrive as soon as
 * they are computed. Otherwise the wait is the last analysis time (capped), so
 * a burst of keystrokes on a long draft is checked once, after it, and a
 * check never waits longer than it would take.
 */

/** Drafts that check faster than this are not debounced at all. */
export const IMMEDIATE_MS = 10;
/** The longest wait, however slow the last analysis was. */
export const MAX_DELAY_MS = 250;
/** Characters per millisecond a first analysis is guessed to take, before one has been timed (about 240 ms for 100k words). */
const GUESS_CHARS_PER_MS = 2500;

/** The push delay after a change to a draft of `chars` characters whose last analysis took `lastAnalysisMs` (undefined: not timed yet). */
export function pushDelay(lastAnalysisMs: number | undefined, chars: number): number {
  const ms = lastAnalysisMs ?? chars / GUESS_CHARS_PER_MS;
  return ms < IMMEDIATE_MS ? 0 : Math.min(MAX_DELAY_MS, Math.ceil(ms));
}

/**
 * Interned word ids: every distinct lower-case word form the layer has seen
 * gets a small integer, the same for the life of the process. Lexicon
 * look-ups that run per word can then test a `Set<number>` (see `idSet`)
 * instead of hashing the word's string again in every pass.
 *
 * Ids are only compared, never shown or written out, so their values (which
 * depend on the order words were first seen) never reach a result. The table
 * grows with the vocabulary of the drafts analysed, not with their length
 * (about 60,000 forms for a million words of news copy).
 */

const ids = new Map<string, number>();
const forms: string[] = [];
/** The id of the lower-case form `lower` (interned on first sight). */
export function wordId(lower: string): number {
  let id = ids.get(lower);
  if (id === undefined) {
    id = forms.length;
    // A detached copy: `lower` may be a slice of a whole draft, which must not stay alive through this table.
    const own = (lower + ' ').slice(0, -1);
    forms.push(own);
    ids.set(own, id);
  }
  return id;
}

/** The word form of an id. */
export function wordOfId(id: number): string {
  return forms[id];
}

/** The ids of a lexicon's words (lower case), for per-word look-ups by id. */
export function idSet(words: Iterable<string>): ReadonlySet<number> {
  const out = new Set<number>();
  for (const w of words) out.add(wordId(w));
  return out;
}

/**
 * Name keys shared by actor merging and the profile index: accent-, case-
 * and punctuation-insensitive, so `Zelenskyy`, `ZELENSKYY` and `Zelenskyý`
 * meet, and `Sen.`/`Sen` or `U.S.`/`US` too.
 */

/** NFD, marks stripped, lower case, periods dropped, curly apostrophes straightened, blanks collapsed. */
export function normalizeName(name: string): string {
  // Plain ASCII needs no decomposition (most names; the profile index normalises thousands).
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/`/g, "'").replace(/\./g, '').replace(/ {2,}/g, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * A looser key for spelling variants of one surname: doubled letters
 * collapsed and a final `-y`/`-iy`/`-i` unified (`Zelenskyy`, `Zelensky`,
 * `Zelenskiy` → `zelenski`). Used only to link and flag a variant, never to
 * merge two different full names.
 */
export function looseKey(name: string): string {
  return normalizeName(name)
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:iy|yi|y|i)$/u, 'i');
}

/**
 * `searchText(s)`: a text as search compares it. Case, accents, ligatures (œ, æ, ß) and
 * punctuation do not count: "Cœur d’Île-de-France" and "coeur d ile de france" match.
 */

// Letters NFD does not split into a base letter and a mark.
const LIGATURES: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

/** Lower case, no diacritics, ligatures spelled out, punctuation as single spaces, trimmed. */
export function searchText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Does `haystack` hold every word of `query` (each folded by `searchText`)? Empty query: yes. */
export function matchesSearch(
  query: string | undefined,
  haystack: readonly (string | undefined)[],
): boolean {
  const words = searchText(query ?? '')
    .split(' ')
    .filter(Boolean);
  if (!words.length) return true;
  const hay = ` ${searchText(haystack.filter(Boolean).join(' '))}`;
  // Words match from their start: "lil" finds "Lille", "ille" does not.
  return words.every((w) => hay.includes(` ${w}`));
}

/**
 * Text for search boxes: what a visitor types and what an item says, folded to one form so
 * that `ecole` finds "École", `oeuvre` finds "Œuvre", `l'ademe` finds "L’ADEME" and
 * `saint etienne` finds "Saint-Étienne". Fold each item once (when the data arrives), then
 * compare with `matchesSearch` at each keystroke.
 */

// Letters that NFD does not split into a base and a mark: ligatures and a few others.
const LETTERS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * Lower case, without accents, ligatures spelled out (œ → oe, æ → ae), every run of
 * punctuation, symbols or spaces turned into one space, trimmed: `« L’Œuvre — Saint-Étienne »`
 * → `l oeuvre saint etienne`.
 */
export function searchText(s: string): string {
  return (
    s
      // NFKD also unfolds compatibility forms: the "ﬁ" ligature, superscripts, full-width letters.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(SPECIAL, (c) => LETTERS[c] ?? c)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** The words of a query, folded: `"L'ADEME, Lille"` → `['l', 'ademe', 'lille']`. */
export const searchWords = (query: string): string[] =>
  searchText(query).split(' ').filter(Boolean);

/**
 * Does the folded text `haystack` (from `searchText`) have a word starting with each of
 * `words` (from `searchWords`)? Starts of words only: `velo` finds "vélo", not
 * "développement"; `transition` finds "transitions". No words: everything matches.
 */
export const matchesSearch = (haystack: string, words: readonly string[]): boolean =>
  words.every((word) => haystack.startsWith(word) || haystack.includes(` ${word}`));

/**
 * The map's text side, loaded on first use (a card opened, the list shown) or when a visitor
 * reaches for the map (a pointer over it, focus in it): a coalition's card, the list, their rules, and the move back
 * to the map that shows the open card's coalition alone.
 */
import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import { cardAndListStyles } from './card-and-list.styles.js';

export { renderCard } from './card.js';
export { renderList } from './list.js';
export { reveal } from './reveal.js';

/**
 * Adds the card's and the list's rules after the widget's own (once per widget: its piece
 * loads once). As `shared/add-styles.ts` does, which this chunk does not import: shared by the
 * agenda's month grid and this piece, both loaded on first use, it would be a chunk of its own.
 */
export function styleCardAndList(root: ShadowRoot): void {
  const sheet = cardAndListStyles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [cardAndListStyles]); // appends a <style>
}

/**
 * The map's text side, loaded on first use (a card opened, the list shown) or when a visitor
 * reaches for the map (a pointer over it, focus in it): a coalition's card, the list, their rules, the move back
 * to the map that shows the open card's coalition alone, and the fan of a cluster no zoom splits.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import type { Coalition } from '@coalition-kit/sdk';
import { cardAndListStyles } from './card-and-list.styles.js';
import { renderCard as card, type CardContext } from './card.js';
import { renderList as list, type ListContext } from './list.js';
import type { MapMessages } from './messages.js';
import { withPieceStrings } from './piece-messages.js';

export { reveal } from './reveal.js';
export { spreadClusters } from './spread.js';

/** The map's strings, to which the card and the list add theirs. */
type WithMapStrings<T> = Omit<T, 'm'> & { m: MapMessages };

export const renderCard = (c: Coalition, x: WithMapStrings<CardContext>): TemplateResult =>
  card(c, { ...x, m: withPieceStrings(x.m) });

export const renderList = (x: WithMapStrings<ListContext>): TemplateResult =>
  list({ ...x, m: withPieceStrings(x.m) });

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

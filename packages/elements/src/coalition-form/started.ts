/**
 * The declaration form's code for a started visitor, loaded at the first focus in the form
 * with the form's other code (`first-use.ts`): where an arrow moves the map's cursor, the
 * region under a point (`region-at.ts`), the declaration read from the answers and the field
 * each error goes to (`fields.ts`).
 */
import { VIEW_BOX } from '../coalition-map/geo/france-regions.js';
import type { Point } from './place-picker.js';

export { fieldOf, readDeclaration, wordedForForm } from './fields.js';
export { regionAt } from './region-at.js';

/** Cursor steps in viewBox units: arrows, and Shift + arrows. */
const STEP = 10;
const BIG_STEP = 40;

/** Where an arrow key moves the cursor, within the map. */
export function moved(cursor: Point, key: string, shift: boolean): Point {
  const step = shift ? BIG_STEP : STEP;
  const [dx, dy] =
    key === 'ArrowLeft'
      ? [-step, 0]
      : key === 'ArrowRight'
        ? [step, 0]
        : key === 'ArrowUp'
          ? [0, -step]
          : [0, step];
  const { w, h } = VIEW_BOX;
  return {
    x: Math.min(w, Math.max(0, cursor.x + dx)),
    y: Math.min(h, Math.max(0, cursor.y + dy)),
  };
}

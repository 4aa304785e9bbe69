/**
 * The place picker's geometry, loaded once the visitor has started (at the first focus in
 * the form, with the form's other code: `loadPlacing`): where an arrow moves the cursor, and
 * the region under a point (`region-at.ts`).
 */
import { VIEW_BOX } from '../coalition-map/geo/france-regions.js';
import type { Point } from './place-picker.js';
import { regionAt } from './region-at.js';

export { regionAt };

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

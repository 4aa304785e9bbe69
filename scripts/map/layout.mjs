// Where each frame sits in the viewBox: metropolitan France (with Corsica) on the right, the
// five overseas regions in a column of equal boxes on the left, top to bottom in INSEE order.
export const VIEW_BOX = { x: 0, y: 0, w: 1000, h: 800 };

const INSET_SIZE = 150;
const INSET_GAP = 12.5;

/** Metropolitan frame: everything right of the inset column. */
export const METRO_BOX = { x: 160, y: 0, w: 840, h: 800 };

/** Inset boxes, in the order of the overseas regions' codes (01 Guadeloupe … 06 Mayotte). */
export function insetBox(index) {
  return { x: 0, y: index * (INSET_SIZE + INSET_GAP), w: INSET_SIZE, h: INSET_SIZE };
}

/** Room left between a frame's box and its land, in viewBox units. */
export const PADDING = { metro: 24, inset: 14 };

/** A frame's geographic bounds reach this share of the land's extent past it on each side. */
export const BOUNDS_MARGIN = 0.04;

/** Metropolitan France: Lambert conformal conic on the 44° and 49° parallels, 3° E (as Lambert-93). */
export const METRO_PROJECTION = { parallels: [44, 49], rotate: -3 };

/**
 * Simplification, in projected viewBox units (never in degrees: a small island drawn large in
 * its inset keeps its detail). Visvalingam keeps a point whose triangle is at least MIN_AREA.
 */
export const SIMPLIFY_MIN_AREA = 6;
/** Islands smaller than this area (square units) are dropped. */
export const MIN_RING_AREA = 6;

/** Shapes of the generated base map (france-regions.ts) and of the run-time projection. */

/** A Lambert conformal conic as d3-geo builds it: `geoConicConformal().parallels(p).rotate([r, 0]).scale(k).translate(t)`. */
export interface ConicParams {
  /** Standard parallels, degrees. */
  readonly parallels: readonly [number, number];
  /** Rotation about the polar axis, degrees (minus the central meridian). */
  readonly rotate: number;
  readonly scale: number;
  readonly translate: readonly [number, number];
}

/** A rectangle in viewBox units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Where a frame applies on the globe: [west, south, east, north], degrees. */
export type GeoBounds = readonly [number, number, number, number];

/** One drawing frame: metropolitan France (with Corsica) or one overseas inset. */
export interface Frame {
  readonly id: string;
  /** French name, for the inset's label. */
  readonly name: string;
  readonly nameEn: string;
  /** The part of the viewBox this frame draws in; a click there inverts through this frame. */
  readonly box: Box;
  /** Points inside these bounds are projected through this frame. */
  readonly bounds: GeoBounds;
  readonly projection: ConicParams;
}

export interface Region {
  /** INSEE region code, e.g. "32" (Hauts-de-France), "04" (La Réunion). */
  readonly code: string;
  /** French name, as a feed's `region` field spells it. */
  readonly name: string;
  /** English display name (equal to `name` where English uses the French one). */
  readonly nameEn: string;
  /** SVG path data in viewBox units. */
  readonly d: string;
  /** Id of the inset (INSETS) it is drawn in; absent for metropolitan regions. */
  readonly inset?: string;
}

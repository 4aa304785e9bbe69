/**
 * Run-time projection of the base map: the Lambert conformal conic of d3-geo's
 * `geoConicConformal` (same formulas, so a test holds it to d3 within 1e-6 viewBox units),
 * with the parameters the generator fitted to each frame. Only points are projected here.
 */
import { INSETS, METRO } from './france-regions.js';
import type { Box, ConicParams, Frame, GeoBounds } from './types.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export interface Conic {
  /** Degrees to viewBox units. */
  project(lat: number, lon: number): Point;
  /** ViewBox units to degrees. */
  invert(x: number, y: number): LatLon;
}

/** Metropolitan France first, then the insets. */
export const FRAMES: readonly Frame[] = [METRO, ...INSETS];

const RADIANS = Math.PI / 180;
const HALF_PI = Math.PI / 2;
const TAU = 2 * Math.PI;
const EPSILON = 1e-6;

const tany = (phi: number) => Math.tan((HALF_PI + phi) / 2);

/** Back into [-π, π], as d3 does after rotating. */
function wrap(lambda: number): number {
  return Math.abs(lambda) > Math.PI ? lambda - Math.round(lambda / TAU) * TAU : lambda;
}

export function conicConformal({ parallels, rotate, scale: k, translate }: ConicParams): Conic {
  const [tx, ty] = translate;
  const y0 = parallels[0] * RADIANS;
  const y1 = parallels[1] * RADIANS;
  const cy0 = Math.cos(y0);
  const n = y0 === y1 ? Math.sin(y0) : Math.log(cy0 / Math.cos(y1)) / Math.log(tany(y1) / tany(y0));
  // Parallels symmetric about the equator make d3 fall back to Mercator; no frame of ours has them.
  if (!n) throw new RangeError(`Parallels ${parallels.join(', ')} give no cone`);
  const f = (cy0 * Math.pow(tany(y0), n)) / n;
  const rotation = (rotate * RADIANS) % TAU;

  return {
    project(lat, lon) {
      const lambda = wrap(lon * RADIANS + rotation);
      let phi = lat * RADIANS;
      // The cone's apex pole projects to a point, the other to infinity: stop short of it.
      if (f > 0) phi = Math.max(phi, -HALF_PI + EPSILON);
      else phi = Math.min(phi, HALF_PI - EPSILON);
      const r = f / Math.pow(tany(phi), n);
      return { x: tx + k * r * Math.sin(n * lambda), y: ty - k * (f - r * Math.cos(n * lambda)) };
    },
    invert(x, y) {
      const px = (x - tx) / k;
      const fy = f - (ty - y) / k;
      const r = Math.sign(n) * Math.sqrt(px * px + fy * fy);
      let l = Math.atan2(px, Math.abs(fy)) * Math.sign(fy);
      if (fy * n < 0) l -= Math.PI * Math.sign(px) * Math.sign(fy);
      const phi = 2 * Math.atan(Math.pow(f / r, 1 / n)) - HALF_PI;
      return { lat: phi / RADIANS, lon: wrap(l / n - rotation) / RADIANS };
    },
  };
}

const conics = new Map(FRAMES.map((frame) => [frame, conicConformal(frame.projection)]));

// Edges are inclusive, with a hair of slack so that a point on an edge survives a round trip.
const SLACK = 1e-9;

const inBox = ({ x, y, w, h }: Box, px: number, py: number) =>
  px >= x - SLACK && px <= x + w + SLACK && py >= y - SLACK && py <= y + h + SLACK;

const inBounds = ([west, south, east, north]: GeoBounds, lat: number, lon: number) =>
  lon >= west - SLACK && lon <= east + SLACK && lat >= south - SLACK && lat <= north + SLACK;

/** A projected place and the frame (`metropole` or an inset id) that draws it. */
export interface Placed extends Point {
  readonly frame: string;
}

/**
 * Where a place is drawn, in viewBox units: through the frame whose bounds hold it (metropolitan
 * France or an overseas inset), if its projection falls in that frame's box; else undefined.
 */
export function locate(lat: number, lon: number): Placed | undefined {
  for (const [frame, conic] of conics) {
    if (!inBounds(frame.bounds, lat, lon)) continue;
    const point = conic.project(lat, lon);
    if (inBox(frame.box, point.x, point.y)) return { x: point.x, y: point.y, frame: frame.id };
  }
  return undefined;
}

/** `locate` without the frame. */
export function project(lat: number, lon: number): Point | undefined {
  const placed = locate(lat, lon);
  return placed && { x: placed.x, y: placed.y };
}

/**
 * The place under a point of the map (viewBox units): through the frame whose box holds it, if
 * the place lies within that frame's bounds; else undefined. Inverse of `project`.
 */
export function invert(x: number, y: number): LatLon | undefined {
  for (const [frame, conic] of conics) {
    if (!inBox(frame.box, x, y)) continue;
    const place = conic.invert(x, y);
    return inBounds(frame.bounds, place.lat, place.lon) ? place : undefined;
  }
  return undefined;
}

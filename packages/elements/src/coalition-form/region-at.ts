/**
 * The region under a point of the base map (viewBox units), by the even-odd rule on the
 * regions' outlines. The generated paths use only `M`, `l` (relative) and `z`, integers.
 */
import { REGIONS } from '../coalition-map/geo/france-regions.js';
import type { Region } from '../coalition-map/geo/types.js';

type Ring = [number, number][];

function rings(d: string): Ring[] {
  const out: Ring[] = [];
  let ring: Ring = [];
  let command = 'M';
  let x = 0;
  let y = 0;
  const tokens = d.match(/[MLlz]|-?\d+(?:\.\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/[MLlz]/.test(token)) {
      command = token;
      if (token === 'z' && ring.length) {
        out.push(ring);
        ring = [];
      }
      continue;
    }
    const a = Number(token);
    const b = Number(tokens[++i]);
    if (command === 'l') [x, y] = [x + a, y + b];
    else [x, y] = [a, b];
    // After `M`, further pairs are line-tos (absolute): keep `command` as it is.
    ring.push([x, y]);
  }
  if (ring.length) out.push(ring);
  return out;
}

const outlines = new Map<Region, Ring[]>();

function inRing(ring: Ring, px: number, py: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function regionAt(x: number, y: number): Region | undefined {
  for (const region of REGIONS) {
    let found = outlines.get(region);
    if (!found) outlines.set(region, (found = rings(region.d)));
    if (found.filter((ring) => inRing(ring, x, y)).length % 2 === 1) return region;
  }
  return undefined;
}

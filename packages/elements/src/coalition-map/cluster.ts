/**
 * Clustering in projected viewBox space, per zoom level. Greedy on a grid: each pin joins the
 * first cluster seeded within one cell of it (looking in its cell and the 8 around), else
 * seeds one. O(n) per level, cached per level. Pins of different frames (metropolitan France,
 * each inset) never share a cluster, whatever their distance in the viewBox.
 */
import { INSETS, METRO } from './geo/france-regions.js';
import type { Box } from './geo/types.js';

export interface Pin<T> {
  readonly x: number;
  readonly y: number;
  /** `metropole` or an inset id (`geo/projection.ts` `locate`). */
  readonly frame: string;
  readonly item: T;
}

export interface Cluster<T> {
  /** Stable within a level: the first pin's key. */
  readonly key: string;
  /** Centroid of its pins. */
  readonly x: number;
  readonly y: number;
  readonly frame: string;
  readonly items: readonly T[];
  /** The box of its pins (zooming to it splits the cluster). */
  readonly bounds: Box;
}

/** Cell size on screen, CSS px: a 24 px marker and its gap. */
export const CELL_PX = 44;
/**
 * Levels are half octaves of the scale (CSS px per viewBox unit): the clusters change when
 * the scale grows by √2, and are the same for every scale within a level.
 */
export const levelOf = (pxPerUnit: number) => Math.floor(Math.log2(pxPerUnit) * 2 + 1e-9);
/** The cell size of a level, in viewBox units. */
export const cellOf = (level: number) => CELL_PX / 2 ** (level / 2);

const FRAME_ORDER = new Map([METRO, ...INSETS].map((f, i) => [f.id, i]));

interface Growing<T> {
  key: string;
  seedX: number;
  seedY: number;
  sumX: number;
  sumY: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  frame: string;
  items: T[];
}

/** The clusters of `pins` for a cell size, in reading order (frame, then rows, then x). */
export function clusterPins<T>(
  pins: readonly Pin<T>[],
  cell: number,
  keyOf: (item: T) => string,
): Cluster<T>[] {
  const grid = new Map<string, Growing<T>[]>();
  const all: Growing<T>[] = [];
  const r2 = cell * cell;
  for (const p of pins) {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    let home: Growing<T> | undefined;
    search: for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        for (const c of grid.get(`${p.frame}:${cx + dx}:${cy + dy}`) ?? []) {
          const ex = c.seedX - p.x;
          const ey = c.seedY - p.y;
          if (ex * ex + ey * ey <= r2) {
            home = c;
            break search;
          }
        }
      }
    if (!home) {
      home = {
        key: keyOf(p.item),
        seedX: p.x,
        seedY: p.y,
        sumX: 0,
        sumY: 0,
        x0: p.x,
        y0: p.y,
        x1: p.x,
        y1: p.y,
        frame: p.frame,
        items: [],
      };
      const k = `${p.frame}:${cx}:${cy}`;
      const cellList = grid.get(k);
      if (cellList) cellList.push(home);
      else grid.set(k, [home]);
      all.push(home);
    }
    home.items.push(p.item);
    home.sumX += p.x;
    home.sumY += p.y;
    home.x0 = Math.min(home.x0, p.x);
    home.y0 = Math.min(home.y0, p.y);
    home.x1 = Math.max(home.x1, p.x);
    home.y1 = Math.max(home.y1, p.y);
  }
  const clusters = all.map((c): Cluster<T> => ({
    key: c.key,
    x: c.sumX / c.items.length,
    y: c.sumY / c.items.length,
    frame: c.frame,
    items: c.items,
    bounds: { x: c.x0, y: c.y0, w: c.x1 - c.x0, h: c.y1 - c.y0 },
  }));
  // Reading order: Tab goes through the map the way eyes do.
  return clusters.sort(
    (a, b) =>
      (FRAME_ORDER.get(a.frame) ?? 99) - (FRAME_ORDER.get(b.frame) ?? 99) ||
      Math.floor(a.y / cell) - Math.floor(b.y / cell) ||
      a.x - b.x,
  );
}

/** The clusters of one set of pins at each level, computed on first use. */
export class ClusterIndex<T> {
  readonly #pins: readonly Pin<T>[];
  readonly #keyOf: (item: T) => string;
  readonly #levels = new Map<number, Cluster<T>[]>();

  constructor(pins: readonly Pin<T>[], keyOf: (item: T) => string) {
    this.#pins = pins;
    this.#keyOf = keyOf;
  }

  get size(): number {
    return this.#pins.length;
  }

  get pins(): readonly Pin<T>[] {
    return this.#pins;
  }

  /** The clusters at a scale (shared by every scale of the same level). */
  at(pxPerUnit: number): Cluster<T>[] {
    const level = levelOf(pxPerUnit);
    let found = this.#levels.get(level);
    if (!found) {
      found = clusterPins(this.#pins, cellOf(level), this.#keyOf);
      this.#levels.set(level, found);
    }
    return found;
  }
}

/** The clusters inside `view` grown by `margin` of its size (the rest is not drawn). */
export function inView<T>(clusters: readonly Cluster<T>[], view: Box, margin = 0.1): Cluster<T>[] {
  const mx = view.w * margin;
  const my = view.h * margin;
  return clusters.filter(
    (c) =>
      c.x >= view.x - mx &&
      c.x <= view.x + view.w + mx &&
      c.y >= view.y - my &&
      c.y <= view.y + view.h + my,
  );
}

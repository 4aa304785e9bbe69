/**
 * Clustering in projected viewBox space, per zoom level. Greedy on a grid: each pin joins the
 * first cluster seeded within one cell of it (looking in its cell and the 8 around), else
 * starts one. O(n) per level, cached per level. Pins of different frames (metropolitan France,
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
  // Numeric cell keys (frame, column, row): string keys made this 10 times slower.
  const grid = new Map<number, Growing<T>[]>();
  const cellKey = (frame: number, cx: number, cy: number) =>
    (frame * 4096 + cx + 64) * 4096 + cy + 64;
  const all: Growing<T>[] = [];
  const r2 = cell * cell;
  for (const p of pins) {
    const f = FRAME_ORDER.get(p.frame) ?? 99;
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    let home: Growing<T> | undefined;
    search: for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const list = grid.get(cellKey(f, cx + dx, cy + dy));
        if (!list) continue;
        for (const c of list) {
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
      const k = cellKey(f, cx, cy);
      const cellList = grid.get(k);
      if (cellList) cellList.push(home);
      else grid.set(k, [home]);
      all.push(home);
    }
    home.items.push(p.item);
    home.sumX += p.x;
    home.sumY += p.y;
    if (p.x < home.x0) home.x0 = p.x;
    if (p.y < home.y0) home.y0 = p.y;
    if (p.x > home.x1) home.x1 = p.x;
    if (p.y > home.y1) home.y1 = p.y;
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

/** A level takes 5–15 ms for 10,000 pins: wait for an idle period that long, not a frame's tail. */
const IDLE_MS = 12;
const idle = (fn: () => void) => {
  if (typeof requestIdleCallback !== 'function') return void setTimeout(fn, 0);
  const wait = () =>
    requestIdleCallback((d) => (d.timeRemaining() >= IDLE_MS || d.didTimeout ? fn() : wait()), {
      timeout: 1000,
    });
  wait();
};

/**
 * The clusters of one set of pins at each level, computed on first use. During a gesture
 * (wheel, drag, pinch) `during` answers with the nearest level already known and computes the
 * wanted one when the browser is idle: no frame waits for clustering.
 */
export class ClusterIndex<T> {
  readonly #pins: readonly Pin<T>[];
  readonly #keyOf: (item: T) => string;
  readonly #levels = new Map<number, Cluster<T>[]>();
  readonly #queued = new Set<number>();
  readonly #prepare: ((clusters: readonly Cluster<T>[]) => void) | undefined;

  /** `prepare` runs on each level once computed (idle when warmed): e.g. the marks' names. */
  constructor(
    pins: readonly Pin<T>[],
    keyOf: (item: T) => string,
    prepare?: (clusters: readonly Cluster<T>[]) => void,
  ) {
    this.#pins = pins;
    this.#keyOf = keyOf;
    this.#prepare = prepare;
  }

  get size(): number {
    return this.#pins.length;
  }

  get pins(): readonly Pin<T>[] {
    return this.#pins;
  }

  /** The clusters at a scale (shared by every scale of the same level). */
  at(pxPerUnit: number): Cluster<T>[] {
    return this.#level(levelOf(pxPerUnit));
  }

  /**
   * The clusters of the nearest level already computed (exact when known); the wanted level
   * is computed when idle, then `ready()` is called.
   */
  during(pxPerUnit: number, ready: () => void): { clusters: Cluster<T>[]; exact: boolean } {
    const level = levelOf(pxPerUnit);
    const known = this.#levels.get(level);
    if (known) return { clusters: known, exact: true };
    let nearest: number | undefined;
    for (const l of this.#levels.keys())
      if (nearest === undefined || Math.abs(l - level) < Math.abs(nearest - level)) nearest = l;
    if (nearest === undefined) return { clusters: this.#level(level), exact: true };
    this.warm([level], ready);
    return { clusters: this.#levels.get(nearest)!, exact: false };
  }

  /** Computes `levels` one per idle period, then calls `ready`. */
  warm(levels: readonly number[], ready?: () => void): void {
    for (const level of levels) {
      if (this.#levels.has(level) || this.#queued.has(level)) continue;
      this.#queued.add(level);
      idle(() => {
        this.#queued.delete(level);
        if (this.#levels.has(level)) return;
        this.#level(level);
        ready?.();
      });
    }
  }

  #level(level: number): Cluster<T>[] {
    let found = this.#levels.get(level);
    if (!found) {
      found = clusterPins(this.#pins, cellOf(level), this.#keyOf);
      this.#levels.set(level, found);
      this.#prepare?.(found);
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

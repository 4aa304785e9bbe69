/**
 * At the deepest zoom a cluster can no longer split (coalitions placed on one town's centre,
 * as the demo's five in Brest): its coalitions are fanned out around it on a sunflower
 * spiral, each a marker of its own, so that every one can be reached and opened on the map.
 * Comes with the card and the list (`card-and-list.ts`): reaching that zoom asked for them.
 */
import type { Cluster } from './cluster.js';
import type { MapViewController } from './view.js';

/** Spiral step, CSS px: neighbours end up 1.55 steps apart, a 24 px marker and a gap. */
const STEP_PX = 18;
/** Rows of the fan's reading order, CSS px (the clusters' cell). */
const ROW_PX = 44;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface Group<T> {
  x: number;
  y: number;
  readonly frame: string;
  items: T[];
  /** The cluster it was, while it is one. */
  cluster: Cluster<T> | undefined;
}

const fans = new WeakMap<readonly Cluster<unknown>[], { ppu: number; marks: Cluster<unknown>[] }>();

/**
 * At the deepest zoom (`view` can zoom in no more), `clusters` with each cluster replaced,
 * where it stands in the reading order, by its coalitions fanned out around it, in reading
 * order too; else `clusters` as they are. Computed once per level and scale.
 */
export function spreadClusters<T extends { id: string }>(
  clusters: readonly Cluster<T>[],
  view: Pick<MapViewController, 'canZoomIn' | 'pxPerUnit'>,
): readonly Cluster<T>[] {
  if (view.canZoomIn) return clusters;
  const pxPerUnit = view.pxPerUnit;
  const known = fans.get(clusters);
  if (known?.ppu === pxPerUnit) return known.marks as Cluster<T>[];
  const step = STEP_PX / pxPerUnit;
  const row = ROW_PX / pxPerUnit;
  const marks = gather(clusters, step).flatMap((g) =>
    g.cluster && g.items.length < 2
      ? [g.cluster]
      : g.items
          .map((item, i): Cluster<T> => {
            const r = step * Math.sqrt(i + 0.5);
            const x = g.x + r * Math.cos(i * GOLDEN_ANGLE);
            const y = g.y + r * Math.sin(i * GOLDEN_ANGLE);
            const bounds = { x, y, w: 0, h: 0 };
            return { key: item.id, x, y, frame: g.frame, items: [item], bounds };
          })
          .sort((a, b) => Math.floor(a.y / row) - Math.floor(b.y / row) || a.x - b.x),
  );
  fans.set(clusters, { ppu: pxPerUnit, marks });
  return marks;
}

/**
 * The clusters as fans to draw: two fans that would overlap, or a fan and a marker it would
 * cover, become one fan around their centre, until none overlaps. Each fan looks for the
 * others on a grid, as far as a fan no bigger than itself could reach (a bigger one looks for it).
 */
function gather<T>(clusters: readonly Cluster<T>[], step: number): Group<T>[] {
  let groups = clusters.map((k): Group<T> => ({
    x: k.x,
    y: k.y,
    frame: k.frame,
    items: k.items as T[],
    cluster: k,
  }));
  const radius = (g: Group<T>) => (g.items.length < 2 ? 0 : step * Math.sqrt(g.items.length));
  const cell = 4 * step;
  // Small integer cell keys, as in cluster.ts (strings, or numbers past 2³¹, were far slower).
  const keyOf = (cx: number, cy: number) => (cx + 64) * 8192 + cy + 64;
  for (let again = true; again;) {
    again = false;
    const grid = new Map<number, Group<T>[]>();
    for (const g of groups) {
      const key = keyOf(Math.floor(g.x / cell), Math.floor(g.y / cell));
      const list = grid.get(key);
      if (list) list.push(g);
      else grid.set(key, [g]);
    }
    const gone = new Set<Group<T>>();
    for (const a of groups) {
      if (a.items.length < 2 || gone.has(a)) continue;
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      const n = Math.ceil((2 * radius(a) + step) / cell);
      for (let dx = -n; dx <= n; dx++)
        for (let dy = -n; dy <= n; dy++)
          for (const b of grid.get(keyOf(cx + dx, cy + dy)) ?? []) {
            if (b === a || gone.has(b) || b.frame !== a.frame) continue;
            if (Math.hypot(a.x - b.x, a.y - b.y) >= radius(a) + radius(b) + step) continue;
            const total = a.items.length + b.items.length;
            a.x = (a.x * a.items.length + b.x * b.items.length) / total;
            a.y = (a.y * a.items.length + b.y * b.items.length) / total;
            // The cluster's own list is not touched: a merged group gets a list of its own.
            a.items = a.cluster ? [...a.items, ...b.items] : (a.items.push(...b.items), a.items);
            a.cluster = undefined;
            gone.add(b);
            again = true;
          }
    }
    if (again) groups = groups.filter((g) => !gone.has(g));
  }
  return groups;
}

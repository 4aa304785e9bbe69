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
  const marks = clusters.flatMap((k) =>
    k.items.length < 2
      ? [k]
      : k.items
          .map((item, i): Cluster<T> => {
            const r = step * Math.sqrt(i + 0.5);
            const x = k.x + r * Math.cos(i * GOLDEN_ANGLE);
            const y = k.y + r * Math.sin(i * GOLDEN_ANGLE);
            const bounds = { x, y, w: 0, h: 0 };
            return { key: item.id, x, y, frame: k.frame, items: [item], bounds };
          })
          .sort((a, b) => Math.floor(a.y / row) - Math.floor(b.y / row) || a.x - b.x),
  );
  fans.set(clusters, { ppu: pxPerUnit, marks });
  return marks;
}

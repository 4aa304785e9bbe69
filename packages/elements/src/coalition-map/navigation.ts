/** Where the map moves to split a cluster or to show one coalition alone, and where a key acts. */
import type { Coalition } from '@coalition-kit/sdk';
import type { Cluster, ClusterIndex } from './cluster.js';
import type { Point } from './geo/projection.js';
import { MAX_ZOOM, ZOOM_STEP, type MapViewController } from './view.js';

/** Shows `cluster`'s box with room around it, zoomed in by at least one step. */
export function zoomInto(cluster: Cluster<Coalition>, view: MapViewController): void {
  const v = view.view;
  const b = cluster.bounds;
  const span = Math.max(b.w / v.w, b.h / v.h) * 2.5;
  const factor = Math.min(Math.max(1 / Math.max(span, 1e-6), ZOOM_STEP), MAX_ZOOM / view.zoom);
  const w = v.w / factor;
  const h = v.h / factor;
  view.show({ x: b.x + b.w / 2 - w / 2, y: b.y + b.h / 2 - h / 2, w, h }, false);
}

/** Centres `id`, zoomed in until it is a marker of its own (or as far as allowed). */
export function reveal(
  index: ClusterIndex<Coalition> | undefined,
  id: string,
  view: MapViewController,
): void {
  const pin = index?.pins.find((p) => p.item.id === id);
  if (!index || !pin) return;
  const ppuAtZoom1 = view.pxPerUnit / view.zoom;
  let zoom = view.zoom;
  const alone = (z: number) =>
    index.at(ppuAtZoom1 * z).some((k) => k.items.length === 1 && k.key === id);
  while (zoom < MAX_ZOOM && !alone(zoom)) zoom = Math.min(MAX_ZOOM, zoom * Math.SQRT2);
  const w = 1000 / zoom;
  const h = 800 / zoom;
  view.show({ x: pin.x - w / 2, y: pin.y - h / 2, w, h }, false);
}

/** The mark a key was pressed on, if any: zooming from it keeps it in place (and in view). */
export function markPoint(target: EventTarget | null): Point | undefined {
  const mark = (target as Element | null)?.closest?.('.mark');
  const at = mark && /translate\(([\d.-]+) ([\d.-]+)\)/.exec(mark.getAttribute('transform') ?? '');
  return at ? { x: Number(at[1]), y: Number(at[2]) } : undefined;
}

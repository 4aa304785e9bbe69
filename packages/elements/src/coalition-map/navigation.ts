/** Where the map moves to split a cluster, and where a key acts (showing one coalition alone: `reveal.ts`). */
import type { Coalition } from '@coalition-kit/sdk';
import type { Cluster } from './cluster.js';
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

/** The mark a key was pressed on, if any: zooming from it keeps it in place (and in view). */
export function markPoint(target: EventTarget | null): Point | undefined {
  const mark = (target as Element | null)?.closest?.('.mark');
  const at = mark && /translate\(([\d.-]+) ([\d.-]+)\)/.exec(mark.getAttribute('transform') ?? '');
  return at ? { x: Number(at[1]), y: Number(at[2]) } : undefined;
}

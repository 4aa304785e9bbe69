/** The coalitions the filters keep, and their clusters on the map. */
import type { Coalition } from '@coalition-kit/sdk';
import { ClusterIndex, type Cluster, type Pin } from './cluster.js';
import type { MapData } from './map-data.js';
import { idsOf } from './markers.js';

export interface MapSelection {
  shown: Coalition[];
  index: ClusterIndex<Coalition>;
}

/** Clusters `shown` (those with a place); `clusterName` names each cluster as its level is made. */
export function clusterSelection(
  shown: Coalition[],
  placed: MapData['placed'],
  clusterName: (k: Cluster<Coalition>) => string,
): MapSelection {
  const pins: Pin<Coalition>[] = [];
  for (const c of shown) {
    const at = placed.get(c.id);
    if (at) pins.push({ x: at.x, y: at.y, frame: at.frame, item: c });
  }
  // A level's names and ids are made with it (idle when warmed), not in a gesture's frame.
  const prepare = (clusters: readonly Cluster<Coalition>[]) => {
    for (const k of clusters) {
      if (k.items.length < 2) continue;
      idsOf(k);
      clusterName(k);
    }
  };
  return { shown, index: new ClusterIndex(pins, (c) => c.id, prepare) };
}

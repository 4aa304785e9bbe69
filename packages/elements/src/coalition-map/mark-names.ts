/** The accessible names of the map's marks: a coalition's, and a cluster's (by its nearest place). */
import type { Coalition } from '@coalition-kit/sdk';
import type { Cluster } from './cluster.js';
import { INSETS, METRO } from './geo/france-regions.js';
import type { Placed } from './geo/projection.js';
import { mapMessages } from './messages.js';

const FRAME_NAMES = new Map([METRO, ...INSETS].map((f) => [f.id, f]));

/** A coalition's name, with its place unless the name already says it. */
export const markerName = (c: Coalition) => {
  const where = c.locality ?? c.region;
  return where && !c.name.toLowerCase().includes(where.toLowerCase())
    ? `${c.name}, ${where}`
    : c.name;
};

/**
 * Names a cluster after the place of its coalition nearest its centre. Names are computed
 * once per cluster and language: a cluster may hold thousands.
 */
export function clusterNamer(
  lang: () => 'fr' | 'en',
  placed: () => Map<string, Placed> | undefined,
): (k: Cluster<Coalition>) => string {
  const names = new WeakMap<Cluster<Coalition>, { lang: string; name: string }>();
  return (k) => {
    const l = lang();
    const known = names.get(k);
    if (known?.lang === l) return known.name;
    let best: Coalition | undefined;
    let bestD = Infinity;
    const at = placed();
    for (const c of k.items) {
      const p = at?.get(c.id);
      const d = p ? (p.x - k.x) ** 2 + (p.y - k.y) ** 2 : Infinity;
      if ((c.locality || c.region) && d < bestD) [best, bestD] = [c, d];
    }
    const frame = FRAME_NAMES.get(k.frame);
    const place =
      best?.locality ?? best?.region ?? (l === 'en' ? frame?.nameEn : frame?.name) ?? '';
    const name = mapMessages[l].cluster(k.items.length, place);
    names.set(k, { lang: l, name });
    return name;
  };
}

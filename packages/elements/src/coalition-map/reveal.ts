/**
 * Back on the map with a card open (chosen in the list): the map shows its coalition alone.
 * Loaded with the card and the list (`card-and-list.ts`), the only way to get there.
 */
import type { Coalition } from '@coalition-kit/sdk';
import type { ClusterIndex } from './cluster.js';
import type { MapViewController } from './view.js';

/** Centres `id`, zoomed in until it is a marker of its own (or as far as `maxZoom`). */
export function reveal(
  index: ClusterIndex<Coalition> | undefined,
  id: string,
  view: MapViewController,
  maxZoom: number,
): void {
  const pin = index?.pins.find((p) => p.item.id === id);
  if (!index || !pin) return;
  const ppuAtZoom1 = view.pxPerUnit / view.zoom;
  let zoom = view.zoom;
  const alone = (z: number) =>
    index.at(ppuAtZoom1 * z).some((k) => k.items.length === 1 && k.key === id);
  while (zoom < maxZoom && !alone(zoom)) zoom = Math.min(maxZoom, zoom * Math.SQRT2);
  const w = 1000 / zoom;
  const h = 800 / zoom;
  view.show({ x: pin.x - w / 2, y: pin.y - h / 2, w, h }, false);
}

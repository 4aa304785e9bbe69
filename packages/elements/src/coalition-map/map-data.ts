/** What `<ck-coalition-map>` loads: the coalitions, the members' names, where each is drawn. */
import type { Client, Coalition, FeedIssue } from '@coalition-kit/sdk';
import { optionalList, type LoadContext } from '../shared/data.js';
import { locate, type Placed } from './geo/projection.js';

export interface MapData {
  coalitions: Coalition[];
  /** Member names by id (the members document is optional). */
  memberNames: Map<string, string>;
  /** Where each coalition with a usable `geo` is drawn. */
  placed: Map<string, Placed>;
  issues: FeedIssue[];
}

export async function loadMapData(
  client: Client,
  _args: readonly unknown[],
  { call }: LoadContext,
): Promise<MapData> {
  const [coalitions, members] = await Promise.all([
    client.coalitions({}, call),
    // Without members.json, cards name the members listed by name only.
    optionalList(client.members({}, call)),
  ]);
  const placed = new Map<string, Placed>();
  for (const c of coalitions.items) {
    const at = c.geo && locate(c.geo.lat, c.geo.lon);
    if (at) placed.set(c.id, at);
  }
  return {
    coalitions: coalitions.items,
    memberNames: new Map(members.items.map((mb) => [mb.id, mb.name])),
    placed,
    issues: [...coalitions.issues, ...members.issues],
  };
}

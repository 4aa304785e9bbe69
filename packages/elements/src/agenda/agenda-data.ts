/** What `<ck-agenda>` loads: the events, their organisers, and whether the feed offers `.ics`. */
import type { Client, Event, FeedIssue, Member } from '@coalition-kit/sdk';
import { offersIcs } from '../shared/clients.js';
import { optionalList, type LoadContext } from '../shared/data.js';

export interface AgendaData {
  events: Event[];
  /** Organisers by id (the members document is optional). */
  members: Map<string, Member>;
  icsOffered: boolean;
  issues: FeedIssue[];
}

export async function loadAgendaData(
  client: Client,
  _args: readonly unknown[],
  { call }: LoadContext,
): Promise<AgendaData> {
  const [events, members, ics] = await Promise.all([
    client.events({}, call),
    // The members document is optional: without it, organisers are simply not named.
    optionalList(client.members({}, call)),
    offersIcs(client),
  ]);
  return {
    events: events.items,
    members: new Map(members.items.map((mb) => [mb.id, mb])),
    icsOffered: ics,
    issues: [...events.issues, ...members.issues],
  };
}

/**
 * The demo feed of Coalition Kit: a regional climate collective, its engaged organisations,
 * its common agenda and its coalitions, with dates relative to `now` so the agenda always
 * has upcoming events. Fictional contact channels only (example.org pages, no people).
 */
import type {
  CoalitionsDocument,
  Collective,
  EventsDocument,
  MembersDocument,
} from '@coalition-kit/sdk';
import { createClock } from './clock.js';
import { coalitions } from './coalitions.js';
import { collective } from './collective.js';
import { events } from './events.js';
import { members } from './members.js';

export interface DemoContent {
  collective: Collective;
  events: EventsDocument;
  members: MembersDocument;
  coalitions: CoalitionsDocument;
}

export function demoContent(now: Date = new Date()): DemoContent {
  const c = createClock(now);
  const coalitionItems = coalitions(c);
  const memberItems = members(c).map((m) => {
    // A member lists the coalitions that list it, so the two documents always agree.
    const ids = coalitionItems.filter((k) => k.members?.includes(m.id)).map((k) => k.id);
    return ids.length ? { ...m, coalitions: ids } : m;
  });
  const list = <T>(items: T[]) => ({ version: 1 as const, generatedAt: c.now, items });
  return {
    collective: collective(c),
    events: list(events(c)),
    members: list(memberItems),
    coalitions: list(coalitionItems),
  };
}

export { createClock, type Clock } from './clock.js';
export { CAMPAIGN_ID } from './collective.js';

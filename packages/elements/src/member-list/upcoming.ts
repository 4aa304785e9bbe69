/** The upcoming events of each organiser, for the members' details. */
import type { Event } from '@coalition-kit/sdk';
import { overAt } from '../shared/event-over.js';

/**
 * Events not yet over at `now`, by organiser, in the feed's order (an all-day event lasts
 * until its day ends in the collective's `zone`, as in the agenda).
 */
export function upcomingByOrganizer(
  items: readonly Event[],
  now: Date,
  zone: string,
): Map<string, Event[]> {
  const isOver = overAt(now, zone);
  const byOrganizer = new Map<string, Event[]>();
  for (const e of items) {
    if (!e.organizer || isOver(e)) continue;
    byOrganizer.set(e.organizer, [...(byOrganizer.get(e.organizer) ?? []), e]);
  }
  return byOrganizer;
}

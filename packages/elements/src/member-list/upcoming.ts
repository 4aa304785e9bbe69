/** The upcoming events of each organiser, for the members' details. */
import { compareFeedDates, type Event } from '@coalition-kit/sdk';

/** Events not yet over at `now` (ISO), by organiser, in the feed's order. */
export function upcomingByOrganizer(items: readonly Event[], now: string): Map<string, Event[]> {
  const byOrganizer = new Map<string, Event[]>();
  for (const e of items) {
    if (!e.organizer || compareFeedDates(e.endDate ?? e.startDate, now) < 0) continue;
    byOrganizer.set(e.organizer, [...(byOrganizer.get(e.organizer) ?? []), e]);
  }
  return byOrganizer;
}

/** The upcoming events of each organiser, for the members' details. */
import { isPlainDate, type Event } from '@coalition-kit/sdk';
import { dayKey } from '../shared/format.js';

/**
 * Events not yet over at `now`, by organiser, in the feed's order. An all-day event is over
 * once its day ended in the collective's `zone`, as in the agenda (`overAt`, not imported:
 * the agenda's chunk is not this widget's).
 */
export function upcomingByOrganizer(
  items: readonly Event[],
  now: Date,
  zone: string,
): Map<string, Event[]> {
  const today = dayKey(now.toISOString(), zone);
  const byOrganizer = new Map<string, Event[]>();
  for (const e of items) {
    const end = e.endDate ?? e.startDate;
    if (!e.organizer || (isPlainDate(end) ? end < today : Date.parse(end) < +now)) continue;
    byOrganizer.set(e.organizer, [...(byOrganizer.get(e.organizer) ?? []), e]);
  }
  return byOrganizer;
}

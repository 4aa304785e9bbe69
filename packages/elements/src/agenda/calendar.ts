/**
 * The agenda's iCalendar side: the subscription link (the feed's `events.ics`, with the
 * filters the feed understands) and one event's `.ics`, whose generator loads on first use:
 * most visitors never click the button.
 */
import type { Client, Event, EventQuery } from '@coalition-kit/sdk';
import { placeText } from './event-item.js';
import { visitorQuery, type VisitorFilters } from './filters.js';
import type { AgendaMessages } from './messages.js';

/** `{feed}/events.ics` with the presets and the visitor's themes, formats and region. */
export function subscriptionUrl(
  client: Client | undefined,
  presets: EventQuery,
  filters: VisitorFilters,
): string | undefined {
  if (!client) return undefined;
  const visitor = visitorQuery(filters);
  return client.eventsIcsUrl({
    ...presets,
    ...(visitor.themes && { themes: visitor.themes }),
    ...(visitor.formats && { formats: visitor.formats }),
    ...(visitor.region && { region: visitor.region }),
  });
}

/**
 * Offers `event` as an `.ics` file, its UIDs on `feed`'s host; the collective's zone and the
 * strings (`settings`) are read once the generator is there.
 */
export async function downloadEvent(
  event: Event,
  feed: string,
  settings: () => { timeZone: string; m: AgendaMessages },
): Promise<void> {
  const { downloadIcs } = await import('./ics.js');
  const { timeZone, m } = settings();
  downloadIcs(event, {
    timeZone,
    uidDomain: new URL(feed, document.baseURI).hostname || 'coalition-kit',
    location: placeText(event, m),
  });
}

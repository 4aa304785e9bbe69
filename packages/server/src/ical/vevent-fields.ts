/** What a feed event takes from a VEVENT: its id from the UID, and its fields. */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { EVENT_FORMATS, slug, type Event, type EventFormat } from '@coalition-kit/sdk';
import { htmlToText } from './html-text.js';

/**
 * The id of an event from its UID. Outlook's UIDs are 112 hex digits whose unique part comes
 * last: a long UID keeps its start and gets a hash of the whole, so two never collide.
 */
export function eventId(uid: string): string {
  const full = slug(uid, Infinity);
  if (full.length <= 80) return full;
  return `${full.slice(0, 63)}-${createHash('sha256').update(uid).digest('hex').slice(0, 16)}`;
}

const STATUS: Record<string, Event['status']> = {
  CANCELLED: 'cancelled',
  TENTATIVE: 'scheduled',
  CONFIRMED: 'scheduled',
};

/** The fields an event takes from its VEVENT (for an occurrence: from its override, if any). */
export function details(vevent: ICAL.Component) {
  const event = new ICAL.Event(vevent);
  const categories = vevent
    .getAllProperties('categories')
    .flatMap((p) => p.getValues() as string[]);
  const themes = [...new Set(categories.map((c) => slug(String(c))).filter(Boolean))];
  const format = themes.find((t) => (EVENT_FORMATS as readonly string[]).includes(t)) as
    EventFormat | undefined;
  const geo = vevent.getFirstPropertyValue('geo') as number[] | null;
  const url = vevent.getFirstPropertyValue('url') as string | null;
  const status =
    STATUS[String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase()] ?? 'scheduled';
  const others = themes.filter((t) => t !== format);
  return {
    ...(event.summary && { name: event.summary }),
    ...(event.description && { description: htmlToText(event.description) }),
    status,
    ...(format && { format }),
    ...((event.location || geo) && {
      location: {
        ...(event.location && { name: event.location }),
        ...(geo && { geo: { lat: Number(geo[0]), lon: Number(geo[1]) } }),
      },
    }),
    ...(others.length > 0 && { themes: others }),
    ...(url && { url }),
  };
}

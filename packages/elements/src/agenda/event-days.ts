/**
 * An event's days as the agenda shows them: in the collective's time zone. A feed may write
 * an instant with another offset (`2026-12-15T23:30:00Z` is 16 December in Paris); the day
 * written in the string is then not the day of its heading, so the filters' days, the month
 * and the order read these days, never the written ones.
 */
import { isPlainDate, matchEvent, type Event, type EventQuery } from '@coalition-kit/sdk';
import { dayKey } from '../shared/format.js';

interface Shown {
  zone: string;
  /** The event with its first and last day in `zone` as plain dates. */
  days: Event;
  /** The instant it starts, or -Infinity for an all-day event (first of its day). */
  at: number;
}

/** `dayKey` is Intl: each event's days are read once per zone, not at every filter. */
const known = new WeakMap<Event, Shown>();

function shown(e: Event, zone: string): Shown {
  let s = known.get(e);
  if (s?.zone !== zone) {
    const startDate = dayKey(e.startDate, zone);
    const endDate = e.endDate ? dayKey(e.endDate, zone) : startDate;
    const at = isPlainDate(e.startDate) ? -Infinity : Date.parse(e.startDate);
    known.set(e, (s = { zone, days: { ...e, startDate, endDate }, at }));
  }
  return s;
}

/** `2026-12-16`: the day the event starts on in `zone`. */
export const firstDay = (e: Event, zone: string) => shown(e, zone).days.startDate;

const isInstant = (d: string | undefined) => !!d && !isPlainDate(d);

/**
 * `matchEvent`, with `from` and `to` days (the date fields, `from="2026-03-01"`) compared
 * with the event's days in `zone`; a query with an instant compares instants.
 */
export const matchShown = (e: Event, q: EventQuery, zone: string) =>
  matchEvent(isInstant(q.from) || isInstant(q.to) ? e : shown(e, zone).days, q);

/** Soonest first: by the day shown, all-day events first in their day, then by instant. */
export const byShownStart = (zone: string) => (a: Event, b: Event) => {
  const x = shown(a, zone);
  const y = shown(b, zone);
  const [p, q] = [x.days.startDate, y.days.startDate];
  return p < q ? -1 : p > q ? 1 : x.at - y.at || 0;
};

/** Filters of the list calls, applied to validated items (the feed is static JSON). */
import type { Coalition, CoalitionScope, CoalitionStatus } from './schemas/coalition.js';
import type { Event, EventFormat, EventStatus } from './schemas/event.js';
import type { Member, MemberKind } from './schemas/member.js';
import { compareFeedDates, isPlainDate } from './schemas/primitives.js';

export interface EventQuery {
  /** Events that end on or after this date (ISO 8601). */
  from?: string;
  /** Events that start on or before this date (ISO 8601). */
  to?: string;
  /** Any of these theme ids. */
  themes?: readonly string[];
  /** Any of these formats. */
  formats?: readonly EventFormat[];
  status?: readonly EventStatus[];
  region?: string;
  /** A member id. */
  organizer?: string;
  /** `true`: online only; `false`: in person only. */
  online?: boolean;
  /** Words to find in name, description and place; accents and case are ignored. */
  q?: string;
}

export interface MemberQuery {
  kinds?: readonly MemberKind[];
  themes?: readonly string[];
  region?: string;
  q?: string;
}

export interface CoalitionQuery {
  scopes?: readonly CoalitionScope[];
  status?: readonly CoalitionStatus[];
  themes?: readonly string[];
  region?: string;
  q?: string;
}

/** Lower case without diacritics: "Événement" and "evenement" match. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[] | T | undefined) => {
  if (!wanted?.length) return true;
  const list = Array.isArray(have) ? have : have === undefined ? [] : [have as T];
  return list.some((x) => wanted.includes(x));
};

const sameRegion = (wanted: string | undefined, have: string | undefined) =>
  !wanted || (have !== undefined && fold(have) === fold(wanted));

const matchesText = (q: string | undefined, parts: (string | undefined)[]) => {
  if (!q?.trim()) return true;
  const hay = fold(parts.filter(Boolean).join(' '));
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
};

/** Does event `e` match every filter of `q`? (An empty query matches everything.) */
export function matchEvent(e: Event, q: EventQuery = {}): boolean {
  const end = e.endDate ?? e.startDate;
  return (
    (!q.from || compareFeedDates(end, q.from) >= 0) &&
    (!q.to || compareFeedDates(e.startDate, q.to) <= 0) &&
    anyOf(q.themes, e.themes) &&
    anyOf(q.formats, e.format) &&
    anyOf(q.status, e.status) &&
    sameRegion(q.region, e.location?.region) &&
    (!q.organizer || e.organizer === q.organizer) &&
    (q.online === undefined || Boolean(e.online) === q.online) &&
    matchesText(q.q, [
      e.name,
      e.description,
      e.location?.name,
      e.location?.locality,
      e.location?.address,
    ])
  );
}

/** Does member `m` match every filter of `q`? */
export const matchMember = (m: Member, q: MemberQuery = {}) =>
  anyOf(q.kinds, m.kind) &&
  anyOf(q.themes, m.themes) &&
  sameRegion(q.region, m.region) &&
  matchesText(q.q, [m.name, m.description, m.locality]);

/** Does coalition `c` match every filter of `q`? */
export const matchCoalition = (c: Coalition, q: CoalitionQuery = {}) =>
  anyOf(q.scopes, c.scope) &&
  anyOf(q.status, c.status) &&
  anyOf(q.themes, c.themes) &&
  sameRegion(q.region, c.region) &&
  matchesText(q.q, [c.name, c.objective, c.locality, ...(c.otherMembers ?? [])]);

interface StartKey {
  /** The calendar day as written in the feed (`2026-10-25`). */
  day: string;
  /** The instant, or -Infinity for an all-day event (first of its day). */
  at: number;
}

const startKey = (startDate: string): StartKey => ({
  day: startDate.slice(0, 10),
  at: isPlainDate(startDate) ? Number.NEGATIVE_INFINITY : Date.parse(startDate),
});

const compareKeys = (a: StartKey, b: StartKey) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0;

/**
 * Orders events by start: by the calendar day as written, all-day events first, then by
 * instant. A total order, unlike comparing plain dates with instants: in a feed of one
 * time zone it is the order of the instants.
 */
export const byStart = (a: Event, b: Event) =>
  compareKeys(startKey(a.startDate), startKey(b.startDate));

/**
 * A sorted copy of `events`, in the order of {@link byStart}. Each date is read once: a sort
 * compares n·log n times, and `Date.parse` is not free.
 */
export function sortByStart(events: readonly Event[]): Event[] {
  const keyed = events.map((event) => ({ event, key: startKey(event.startDate) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.event);
}

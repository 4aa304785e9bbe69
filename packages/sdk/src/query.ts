/** Filters of the list calls, applied to validated items (the feed is static JSON). */
import type { Coalition, CoalitionScope, CoalitionStatus } from './schemas/coalition.js';
import type { Event, EventFormat, EventStatus } from './schemas/event.js';
import type { Member, MemberKind } from './schemas/member.js';
import { compareFeedDates } from './schemas/primitives.js';

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

export const matchMember = (m: Member, q: MemberQuery = {}) =>
  anyOf(q.kinds, m.kind) &&
  anyOf(q.themes, m.themes) &&
  sameRegion(q.region, m.region) &&
  matchesText(q.q, [m.name, m.description, m.locality]);

export const matchCoalition = (c: Coalition, q: CoalitionQuery = {}) =>
  anyOf(q.scopes, c.scope) &&
  anyOf(q.status, c.status) &&
  anyOf(q.themes, c.themes) &&
  sameRegion(q.region, c.region) &&
  matchesText(q.q, [c.name, c.objective, c.locality, ...(c.otherMembers ?? [])]);

/** Sorts events by start, earliest first. */
export const byStart = (a: Event, b: Event) => compareFeedDates(a.startDate, b.startDate);

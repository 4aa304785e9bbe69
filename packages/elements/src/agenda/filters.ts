/**
 * The agenda's filters: presets from attributes (what a partner fixes) and the visitor's
 * choices (what the form changes). An event is shown when it passes both.
 */
import type { Event, EventFormat, EventQuery } from '@coalition-kit/sdk';
import { overAt } from '../shared/event-over.js';
import { byShownStart, firstDay, matchShown } from './event-days.js';

export const ATTENDANCES = ['online', 'in-person'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const PERIODS = ['upcoming', 'past', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** The visitor's choices in the filter form; empty string = any. */
export interface VisitorFilters {
  q: string;
  theme: string;
  format: string;
  region: string;
  /** A member id. */
  organizer: string;
  /** `2026-03-01`, from a date input. */
  from: string;
  to: string;
  attendance: '' | Attendance;
}

export const NO_FILTERS: VisitorFilters = {
  q: '',
  theme: '',
  format: '',
  region: '',
  organizer: '',
  from: '',
  to: '',
  attendance: '',
};

export { parseList } from '../shared/list/parse-list.js';

export const attendanceQuery = (a: '' | Attendance | undefined): boolean | undefined =>
  a === 'online' ? true : a === 'in-person' ? false : undefined;

export interface Presets {
  themes?: string[];
  formats?: string[];
  region?: string | undefined;
  organizer?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  attendance?: Attendance | undefined;
  q?: string | undefined;
}

/** The SDK query of a partner's presets. */
export function presetQuery(p: Presets): EventQuery {
  const query: EventQuery = {};
  if (p.themes?.length) query.themes = p.themes;
  if (p.formats?.length) query.formats = p.formats as EventFormat[];
  if (p.region) query.region = p.region;
  if (p.organizer) query.organizer = p.organizer;
  if (p.from) query.from = p.from;
  if (p.to) query.to = p.to;
  const online = attendanceQuery(p.attendance);
  if (online !== undefined) query.online = online;
  if (p.q) query.q = p.q;
  return query;
}

/** The SDK query of the visitor's choices. */
export function visitorQuery(f: VisitorFilters): EventQuery {
  const query: EventQuery = {};
  if (f.q.trim()) query.q = f.q;
  if (f.theme) query.themes = [f.theme];
  if (f.format) query.formats = [f.format as EventFormat];
  if (f.region) query.region = f.region;
  if (f.organizer) query.organizer = f.organizer;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  const online = attendanceQuery(f.attendance);
  if (online !== undefined) query.online = online;
  return query;
}

export const hasVisitorFilters = (f: VisitorFilters) =>
  Boolean(
    f.q.trim() || f.theme || f.format || f.region || f.organizer || f.from || f.to || f.attendance,
  );

/**
 * The events to show for a period, sorted: upcoming and month soonest first, past latest
 * first. `month` (`2026-03`) keeps the events that start in that month. Days are read in
 * `timeZone`, the collective's, as the list shows them.
 */
export function selectEvents(
  all: readonly Event[],
  opts: {
    presets: EventQuery;
    visitor: EventQuery;
    period: Period;
    now: Date;
    month?: string;
    timeZone: string;
  },
): Event[] {
  const zone = opts.timeZone;
  const isOver = overAt(opts.now, zone);
  const selected = all.filter((e) => {
    if (opts.period === 'upcoming' && isOver(e)) return false;
    if (opts.period === 'past' && !isOver(e)) return false;
    if (opts.period === 'month' && firstDay(e, zone).slice(0, 7) !== opts.month) return false;
    return matchShown(e, opts.presets, zone) && matchShown(e, opts.visitor, zone);
  });
  const sorted = selected.sort(byShownStart(zone));
  return opts.period === 'past' ? sorted.reverse() : sorted;
}

/**
 * The agenda as iCalendar (RFC 5545) with ical.js: timed events in the collective's time zone
 * with a VTIMEZONE built from the platform's time-zone data, all-day events as dates.
 */
import ICAL from 'ical.js';
import type { Collective, Event } from '@coalition-kit/sdk';
import { isPlainDate, offsetMinutes, offsetTransitions } from '@coalition-kit/sdk';
import { wallTime } from './time-zone.js';

const YEAR = 365 * 86_400_000;

/** `Europe/Paris` → `CET`/`CEST` where the platform knows a short name. */
function shortName(instant: number, timeZone: string): string {
  return (
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

const localTime = (instant: number, timeZone: string) =>
  ICAL.Time.fromData({ ...wallTime(instant, timeZone), isDate: false });

/** A VTIMEZONE covering the years from `start` to `end`, with every offset change. */
function vtimezone(timeZone: string, start: number, end: number): ICAL.Component {
  const tz = new ICAL.Component('vtimezone');
  tz.addPropertyWithValue('tzid', timeZone);
  const observance = (kind: 'standard' | 'daylight', at: number, from: number, to: number) => {
    const c = new ICAL.Component(kind);
    // DTSTART is the local time of the change, read in the old offset (RFC 5545 §3.6.5).
    const onset = new Date(at + from * 60_000);
    c.addPropertyWithValue(
      'dtstart',
      ICAL.Time.fromData({
        year: onset.getUTCFullYear(),
        month: onset.getUTCMonth() + 1,
        day: onset.getUTCDate(),
        hour: onset.getUTCHours(),
        minute: onset.getUTCMinutes(),
        second: 0,
        isDate: false,
      }),
    );
    c.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from * 60));
    c.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to * 60));
    c.addPropertyWithValue('tzname', shortName(at, timeZone));
    tz.addSubcomponent(c);
  };
  // The offset in force before the covered years, as an observance that starts in 1970.
  const first = offsetMinutes(start, timeZone);
  observance('standard', Date.UTC(1970, 0, 1) - first * 60_000, first, first);
  for (const t of offsetTransitions(timeZone, start, end)) {
    observance(t.to > t.from ? 'daylight' : 'standard', t.at, t.from, t.to);
  }
  return tz;
}

const STATUS: Record<Event['status'], string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

const dateValue = (date: string, plusDays = 0) => {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    isDate: true,
  });
};

/** Adds DTSTART or DTEND: a date, or a local time with the collective's TZID. */
function addWhen(
  ev: ICAL.Component,
  name: 'dtstart' | 'dtend',
  value: string,
  timeZone: string,
  plusDays = 0,
) {
  if (isPlainDate(value)) {
    ev.addPropertyWithValue(name, dateValue(value, plusDays));
    return;
  }
  const prop = new ICAL.Property(name);
  prop.setValue(localTime(Date.parse(value), timeZone));
  prop.setParameter('tzid', timeZone);
  ev.addProperty(prop);
}

const iCalUtc = (instant: number) => ICAL.Time.fromJSDate(new Date(instant), true);

/**
 * Writes `events` as an iCalendar document.
 * `stamp` (the agenda's last change) is the DTSTAMP, so the same agenda gives the same bytes.
 */
export function writeCalendar(
  collective: Pick<Collective, 'id' | 'name' | 'timeZone'>,
  events: readonly Event[],
  stamp: Date,
): string {
  const timeZone = collective.timeZone;
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', '-//Coalition Kit//ck-server//FR');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('x-wr-calname', collective.name);
  cal.addPropertyWithValue('x-wr-timezone', timeZone);
  const instants = events.map((e) =>
    Date.parse(isPlainDate(e.startDate) ? `${e.startDate}T00:00:00Z` : e.startDate),
  );
  const start = Math.min(...instants, stamp.getTime()) - YEAR;
  const end = Math.max(...instants, stamp.getTime()) + YEAR;
  cal.addSubcomponent(vtimezone(timeZone, start, end));
  for (const e of events) {
    const ev = new ICAL.Component('vevent');
    ev.addPropertyWithValue('uid', `${e.id}@${collective.id}`);
    ev.addPropertyWithValue('dtstamp', iCalUtc(stamp.getTime()));
    addWhen(ev, 'dtstart', e.startDate, timeZone);
    if (e.endDate) addWhen(ev, 'dtend', e.endDate, timeZone, isPlainDate(e.endDate) ? 1 : 0);
    else if (isPlainDate(e.startDate)) addWhen(ev, 'dtend', e.startDate, timeZone, 1);
    ev.addPropertyWithValue('summary', e.name);
    const description = [e.description, e.online && `En ligne / Online: ${e.online.url}`]
      .filter(Boolean)
      .join('\n\n');
    if (description) ev.addPropertyWithValue('description', description);
    const l = e.location;
    if (l) {
      const where = [l.name, l.address, [l.postalCode, l.locality].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ');
      if (where) ev.addPropertyWithValue('location', where);
      if (l.geo) ev.addPropertyWithValue('geo', [l.geo.lat, l.geo.lon]);
    }
    const url = e.url ?? e.online?.url;
    if (url) ev.addPropertyWithValue('url', url);
    ev.addPropertyWithValue('status', STATUS[e.status]);
    if (e.themes?.length) {
      const prop = new ICAL.Property('categories');
      prop.setValues(e.themes);
      ev.addProperty(prop);
    }
    cal.addSubcomponent(ev);
  }
  return cal.toString() + '\r\n';
}

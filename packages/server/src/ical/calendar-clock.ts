/** How the times of one calendar are read: the zone of each TZID, floating times, slots. */
import ICAL from 'ical.js';
import { feedDateTime, instantOf } from './time-zone.js';
import { ianaZone } from './windows-zones.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2027-01-20`: the wall-clock day of a time, as written. */
export const dayOf = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;

/** How the times of one calendar are read. */
export class Clock {
  private readonly unknown = new Set<string>();

  constructor(
    /** The collective's zone, the one the feed is written in. */
    readonly timeZone: string,
    /** The zone of floating times: the calendar's X-WR-TIMEZONE, else the collective's. */
    readonly floating: string,
    /** Told once for each TZID that is none of the names `ianaZone` knows. */
    private readonly onUnknownZone: (tzid: string, line: number) => void,
  ) {}

  /** The instant of a date-time; `tzid` is the TZID its property was written with. */
  instant(t: ICAL.Time, tzid: string | undefined, line: number): number {
    const zone = t.zone;
    const registered =
      zone &&
      zone !== ICAL.Timezone.localTimezone &&
      (zone === ICAL.Timezone.utcTimezone || ICAL.TimezoneService.has(zone.tzid));
    // UTC, or a TZID with its VTIMEZONE: ical.js knows the offsets.
    if (registered) return t.toJSDate().getTime();
    let name = this.floating;
    if (tzid) {
      const known = ianaZone(tzid);
      if (known) name = known;
      else if (!this.unknown.has(tzid)) {
        this.unknown.add(tzid);
        this.onUnknownZone(tzid, line);
      }
    }
    return instantOf(t, name);
  }

  /** A feed date: a plain date, or a date-time in the collective's zone. */
  feedDate(t: ICAL.Time, tzid: string | undefined, line: number, minusDays = 0): string {
    if (t.isDate) {
      return new Date(Date.UTC(t.year, t.month - 1, t.day - minusDays)).toISOString().slice(0, 10);
    }
    return feedDateTime(this.instant(t, tzid, line), this.timeZone);
  }

  /** One key for the same slot however it is written (TZID, UTC or floating). */
  slot(t: ICAL.Time, tzid: string | undefined, line: number): string {
    return t.isDate ? dayOf(t) : String(this.instant(t, tzid, line));
  }
}

/**
 * Outlook and Exchange may write an all-day event as midnight to midnight, flagged with
 * `X-MICROSOFT-CDO-ALLDAYEVENT:TRUE`: such times are read as the dates they mean.
 */
export function outlookAllDay(vevent: ICAL.Component, t: ICAL.Time): ICAL.Time {
  const flag = String(vevent.getFirstPropertyValue('x-microsoft-cdo-alldayevent') ?? '');
  if (flag.toUpperCase() !== 'TRUE' || t.isDate || t.hour || t.minute || t.second) return t;
  return ICAL.Time.fromData({ year: t.year, month: t.month, day: t.day, isDate: true });
}

export const tzidOf = (c: ICAL.Component, name: string) => {
  const v = c.getFirstProperty(name)?.getParameter('tzid');
  return typeof v === 'string' ? v : undefined;
};

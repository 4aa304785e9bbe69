/**
 * Dates of the demo content, relative to "now" and written in the collective's time zone:
 * plain dates (`2026-03-28`) for all-day items, local times with the offset that applies on
 * that date (`+01:00` in winter, `+02:00` in summer in Europe/Paris), computed with Intl.
 */
import { formatOffset, offsetMinutes } from '@coalition-kit/sdk';

export interface Clock {
  /** The time zone the dates are written in. */
  readonly timeZone: string;
  /** `now`, as an ISO date-time with its offset. */
  readonly now: string;
  /** The plain date `days` after today (negative: before). */
  day(days: number): string;
  /** The local time `hhmm` (`'18:30'`) on the day `days` after today, with its offset. */
  at(days: number, hhmm: string): string;
  /** `days`, moved forward to the next Monday–Friday that is not a public holiday. */
  workday(days: number): number;
  /** `days`, moved forward to the next `weekDay` (0 Sunday … 6 Saturday), or kept. */
  next(days: number, weekDay: number): number;
  /** `days`, moved forward to the next Saturday (or kept when it is one). */
  saturday(days: number): number;
  /** Days from today to the next day whose offset differs from the day before (a DST change). */
  nextOffsetChange(): number | undefined;
}

/** Fixed public holidays in France, and the days around Christmas when few events happen. */
const HOLIDAYS = new Set([
  '01-01',
  '05-01',
  '05-08',
  '07-14',
  '08-15',
  '11-01',
  '11-11',
  '12-24',
  '12-25',
  '12-26',
  '12-31',
]);

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** The calendar date and time of `instant` in `timeZone`. */
function localParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    y: get('year'),
    m: get('month'),
    d: get('day'),
    hh: get('hour'),
    mm: get('minute'),
    ss: get('second'),
  };
}

/** The instant of a local wall-clock time (two passes settle the offset around a change). */
function localToInstant(date: string, hh: number, mm: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return instant;
}

export function createClock(now: Date, timeZone = 'Europe/Paris'): Clock {
  const t = localParts(now.getTime(), timeZone);
  const dayUtc = (days: number) => new Date(Date.UTC(t.y, t.m - 1, t.d + days));
  const day = (days: number) => dayUtc(days).toISOString().slice(0, 10);
  const weekDay = (days: number) => dayUtc(days).getUTCDay();
  const next = (days: number, wanted: number) => {
    while (weekDay(days) !== wanted) days += 1;
    return days;
  };
  const noonOffset = (days: number) =>
    offsetMinutes(localToInstant(day(days), 12, 0, timeZone), timeZone);
  return {
    timeZone,
    now: `${t.y}-${pad(t.m)}-${pad(t.d)}T${pad(t.hh)}:${pad(t.mm)}:${pad(t.ss)}${formatOffset(
      offsetMinutes(now.getTime(), timeZone),
    )}`,
    day,
    at(days, hhmm) {
      const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
      const date = day(days);
      const offset = offsetMinutes(localToInstant(date, hh, mm, timeZone), timeZone);
      return `${date}T${pad(hh)}:${pad(mm)}:00${formatOffset(offset)}`;
    },
    workday(days) {
      while (weekDay(days) === 0 || weekDay(days) === 6 || HOLIDAYS.has(day(days).slice(5)))
        days += 1;
      return days;
    },
    next,
    saturday: (days) => next(days, 6),
    nextOffsetChange() {
      for (let days = 1; days <= 366; days += 1) {
        if (noonOffset(days) !== noonOffset(days - 1)) return days;
      }
      return undefined;
    },
  };
}

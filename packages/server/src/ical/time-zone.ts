/** Offsets and local times of an IANA time zone, from the platform's Intl data. */

import { formatOffset, offsetMinutes } from '@coalition-kit/sdk';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time of `instant` in `timeZone`. */
export function wallTime(instant: number, timeZone: string): WallTime {
  const shifted = new Date(instant + offsetMinutes(instant, timeZone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant of a wall-clock time in `timeZone` (two passes settle the offset near a change). */
export function instantOf(w: WallTime, timeZone: string): number {
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return instant;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** An instant as a feed date-time in `timeZone`: `2026-12-05T09:00:00+01:00`. */
export function feedDateTime(instant: number, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offsetMinutes(instant, timeZone))}`;
}

export interface Transition {
  /** The first instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** The offset changes of `timeZone` from `start` to `end` (ms), to the minute. */
export function transitions(timeZone: string, start: number, end: number): Transition[] {
  const DAY = 86_400_000;
  const found: Transition[] = [];
  let prev = start;
  let prevOffset = offsetMinutes(prev, timeZone);
  for (let t = start + DAY; t <= end + DAY; t += DAY) {
    const offset = offsetMinutes(t, timeZone);
    if (offset !== prevOffset) {
      // Narrow down to the minute: the offset is prevOffset at lo and offset at hi.
      let lo = prev;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(mid, timeZone) === prevOffset) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: prevOffset, to: offset });
    }
    prev = t;
    prevOffset = offset;
  }
  return found;
}

/** Does the platform know `name` as an IANA time zone? */
export function isKnownZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

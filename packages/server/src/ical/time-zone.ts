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

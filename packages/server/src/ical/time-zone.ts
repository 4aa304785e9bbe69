/** Offsets and local times of an IANA time zone, from the platform's Intl data. */

/** The offset of `timeZone` at `instant` (ms), in minutes east of UTC. */
export function offsetAt(instant: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{2}):?(\d{2}))?$/.exec(name);
  if (!m?.[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

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
  const shifted = new Date(instant + offsetAt(instant, timeZone) * 60_000);
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
  let instant = wall - offsetAt(wall, timeZone) * 60_000;
  instant = wall - offsetAt(instant, timeZone) * 60_000;
  return instant;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `+01:00` for 60 minutes. */
export const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;

/** An instant as a feed date-time in `timeZone`: `2026-12-05T09:00:00+01:00`. */
export function feedDateTime(instant: number, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offsetAt(instant, timeZone))}`;
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
  let prevOffset = offsetAt(prev, timeZone);
  for (let t = start + DAY; t <= end + DAY; t += DAY) {
    const offset = offsetAt(t, timeZone);
    if (offset !== prevOffset) {
      // Narrow down to the minute: the offset is prevOffset at lo and offset at hi.
      let lo = prev;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetAt(mid, timeZone) === prevOffset) lo = mid;
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

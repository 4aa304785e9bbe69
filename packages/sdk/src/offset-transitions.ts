/**
 * Daylight-saving changes of a zone, for VTIMEZONE components (the agenda's download, the
 * server's events.ics). A module of its own: the widgets load it with the ics chunk only.
 */
import { offsetMinutes } from './time-zone.js';

/** A change of a zone's UTC offset (daylight saving time starting or ending). */
export interface OffsetTransition {
  /** The first instant (ms) of the new offset. */
  at: number;
  /** Offset before, in minutes east of UTC. */
  from: number;
  /** Offset after. */
  to: number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * The offset changes of `timeZone` after `start` and up to `end` (ms), to the minute: what a
 * VTIMEZONE lists. Searched day by day, then halved down to the minute (zones change at most
 * once a day).
 */
export function offsetTransitions(
  timeZone: string,
  start: number,
  end: number,
): OffsetTransition[] {
  const found: OffsetTransition[] = [];
  // On whole minutes, where zones change, so `at` is exact.
  let t = Math.floor(start / MINUTE) * MINUTE;
  let before = offsetMinutes(t, timeZone);
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const after = offsetMinutes(next, timeZone);
    if (after !== before) {
      // The offset is `before` at lo and `after` at hi.
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.max(1, Math.floor((hi - lo) / (2 * MINUTE))) * MINUTE;
        if (offsetMinutes(mid, timeZone) === before) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: before, to: after });
      before = after;
    }
    t = next;
  }
  return found;
}

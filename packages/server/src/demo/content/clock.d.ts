/**
 * Dates of the demo content, relative to "now" and written in the collective's time zone:
 * plain dates (`2026-03-28`) for all-day items, local times with the offset that applies on
 * that date (`+01:00` in winter, `+02:00` in summer in Europe/Paris), computed with Intl.
 */
export interface Clock {
  /** The time zone the dates are written in. */
  readonly timeZone: string;
  /** `now`, as an ISO date-time with its offset. */
  readonly now: string;
  /** The plain date `days` after today (negative: before). */
  day(days: number): string;
  /** The local time `hhmm` (`'18:30'`) on the day `days` after today, with its offset. */
  at(days: number, hhmm: string): string;
  /** `days`, moved forward to the next Monday–Friday when it falls on a weekend. */
  workday(days: number): number;
  /** `days`, moved forward to the next Saturday (or kept when it is one). */
  saturday(days: number): number;
  /** Days from today to the next day whose offset differs from the day before (a DST change). */
  nextOffsetChange(): number | undefined;
}
/** The offset of `timeZone` at `instant`, in minutes east of UTC. */
export declare function offsetMinutes(instant: number, timeZone: string): number;
/** `+01:00` for 60 minutes. */
export declare const formatOffset: (minutes: number) => string;
export declare function createClock(now: Date, timeZone?: string): Clock;
//# sourceMappingURL=clock.d.ts.map

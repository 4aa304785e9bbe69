/**
 * UTC offsets of IANA time zones, from the platform's Intl data: feed dates carry an offset,
 * and writing one (or an iCalendar VTIMEZONE) needs the zone's offset at that instant.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` at `instant`, in minutes east of UTC (Paris in summer: 120). */
export function offsetMinutes(instant: number | string | Date, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    // Creating an Intl formatter is costly; DST searches ask for the same zone many times.
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, format);
  }
  const name = format
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /^GMT([+-])(\d{2}):?(\d{2})?$/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone is UTC
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `+01:00` for 60 minutes, `-03:30` for −210: the offset part of an ISO 8601 date-time. */
export const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;

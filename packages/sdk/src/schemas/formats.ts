/**
 * Plain predicates of the feed's formats (URLs, dates, time zones), kept cheap: a feed of
 * 10,000 items runs them tens of thousands of times.
 */

/** Control characters other than tab and newlines: never useful in feed text. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * The common shape of a URL, accepted without running the URL parser: http(s), a host name
 * of letters, digits and hyphens whose last label starts with a letter (so it is not an IPv4
 * address), no port, then a path, query or fragment without spaces or control characters.
 * Anything else (ports, IP addresses, IDNs, `xn--` labels…) goes through the full parser.
 */
const COMMON_URL =
  // eslint-disable-next-line no-control-regex
  /^https?:\/\/(?!.*xn--)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?(?:[/?#][^\s\u0000-\u001F\u007F]*)?$/i;

/**
 * An absolute `http:` or `https:` URL. Rejects `javascript:` in any case or with leading
 * control characters, `data:`, `vbscript:` and protocol-relative `//host` forms.
 */
export function isHttpUrl(value: string): boolean {
  if (COMMON_URL.test(value)) return true;
  // The WHATWG parser strips leading C0 controls and spaces: "\tjavascript:" would parse as
  // javascript:, so refuse anything that is not already clean.
  if (value !== value.trim() || CONTROL.test(value) || /[\t\n\r]/.test(value)) return false;
  if (!/^https?:\/\/[^/]/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** ISO 8601: a plain date, or a date-time with an offset (`Z`, `+01:00`, `+0100`). */
export const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2})))?$/;

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** An absent part (no seconds, `Z` offset) or one from 0 to `max`. */
const within = (part: string | undefined, max: number) => part === undefined || Number(part) <= max;

/**
 * Is `value` an ISO 8601 date-time with an offset, or a plain date, that exists in the
 * calendar? Rejects 2026-02-30 and 25:00, which `Date.parse` would roll over or refuse.
 */
export function isFeedDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(m[1]), month)) return false;
  if (m[4] === undefined) return true;
  return (
    within(m[4], 23) && within(m[5], 59) && within(m[6], 59) && within(m[7], 23) && within(m[8], 59)
  );
}

/** Is `s` a plain date without time? */
export const isPlainDate = (s: string) => s.length === 10;

/**
 * Compares two feed dates. Instants compare as instants; when either is a plain date, the
 * calendar days compare (an all-day event may end on the day a timed one starts).
 */
export function compareFeedDates(a: string, b: string): number {
  if (isPlainDate(a) || isPlainDate(b)) {
    const [x, y] = [a.slice(0, 10), b.slice(0, 10)];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Date.parse(a) - Date.parse(b);
}

/** An IANA time zone name the running platform knows (`Europe/Paris`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

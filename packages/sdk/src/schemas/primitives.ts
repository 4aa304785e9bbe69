/** Building blocks shared by every document of the feed (PRODUCT.md, "The feed"). */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';

/**
 * Our own checks give the message `ck:<code>`; `messages.ts` turns it into French or English
 * when issues are reported, so one schema serves both languages.
 */
export type CheckCode =
  | 'url'
  | 'date'
  | 'dateOrder'
  | 'timeZone'
  | 'colour'
  | 'duplicateId'
  | 'organisationRequired'
  | 'consent'
  | 'uniqueValues'
  | 'blank';

const ck = (code: CheckCode) => ({ error: `ck:${code}` });

/** Maximum lengths, generous enough for real content, small enough to bound memory. */
export const MAX = {
  id: 200,
  name: 200,
  label: 200,
  shortText: 500,
  text: 5000,
  url: 2048,
  email: 254,
  list: 100,
  bigList: 1000,
} as const;

/** Control characters other than tab and newlines: never useful in feed text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A text of bounded length with at least one visible character. */
export const text = (max: number) =>
  // A regex rather than a refinement: it is also written into the JSON Schema.
  z.string().check(z.maxLength(max), z.regex(/\S/, ck('blank')));

/** An identifier, unique within its document. */
export const id = () =>
  z.string().check(
    z.minLength(1),
    z.maxLength(MAX.id),
    z.refine((s) => s.trim() === s && !CONTROL.test(s), ck('blank')),
  );

/**
 * An absolute `http:` or `https:` URL. Rejects `javascript:` in any case or with leading
 * control characters, `data:`, `vbscript:` and protocol-relative `//host` forms.
 */
export function isHttpUrl(value: string): boolean {
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

export const httpUrl = () =>
  z.string().check(
    z.maxLength(MAX.url),
    // The pattern also documents the rule in the JSON Schema; `abort` keeps one issue per field.
    z.regex(/^https?:\/\/[^/\s]/i, { ...ck('url'), abort: true }),
    z.refine(isHttpUrl, ck('url')),
  );

/** An email address (contact fields and pledges). */
export const email = () => z.email().check(z.maxLength(MAX.email));

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** Is `value` an ISO 8601 date-time with an offset, or a plain date, that exists in the calendar? */
export function isFeedDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  // Rejects 2026-02-30 and 25:00, which Date.parse would roll over or refuse silently.
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return false;
  if (value.length > 10) {
    const hh = Number(value.slice(11, 13));
    const mm = Number(value.slice(14, 16));
    if (hh > 23 || mm > 59 || Number.isNaN(Date.parse(value))) return false;
  }
  return true;
}

/** ISO 8601 date-time with an offset (`2015-12-01T09:00:00+01:00`) or a plain date (`2015-12-01`). */
export const isoDate = () =>
  z
    .string()
    .check(z.regex(ISO_DATE, { ...ck('date'), abort: true }), z.refine(isFeedDate, ck('date')));

/** Is `s` a plain date without time? */
export const isPlainDate = (s: string) => s.length === 10;

/**
 * Compares two feed dates. Instants compare as instants; when either is a plain date, the
 * calendar days compare (an all-day event may end on the day a timed one starts).
 */
export function compareFeedDates(a: string, b: string): number {
  if (isPlainDate(a) || isPlainDate(b)) return a.slice(0, 10).localeCompare(b.slice(0, 10));
  return Date.parse(a) - Date.parse(b);
}

/** `endDate` must not come before `startDate`. */
export const endNotBeforeStart = <
  T extends { startDate: string; endDate?: string | undefined },
>() =>
  z.check<T>((ctx) => {
    const { startDate, endDate } = ctx.value;
    if (endDate !== undefined && compareFeedDates(endDate, startDate) < 0) {
      ctx.issues.push({
        code: 'custom',
        input: endDate,
        path: ['endDate'],
        message: 'ck:dateOrder',
      });
    }
  });

/** Geographic position (WGS 84). */
export const Geo = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type Geo = z.infer<typeof Geo>;

/** An IANA time zone name the running platform knows (`Europe/Paris`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = () =>
  z.string().check(z.maxLength(64), z.refine(isTimeZone, ck('timeZone')));

/** A CSS hex colour: the only colour syntax that cannot smuggle other CSS into a widget. */
export const colour = () =>
  z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, ck('colour')));

/** A list of ids (themes, members…), bounded and without duplicates. */
export const idList = (max: number = MAX.list) =>
  z.array(id()).check(
    z.maxLength(max),
    z.refine((ids) => new Set(ids).size === ids.length, ck('uniqueValues')),
  );

/** The feed's major version. `1`, `"1"` and `"1.x"` are version 1. */
export const version = () =>
  z.union([z.literal(1), z.string().check(z.regex(/^1(?:\.\d+){0,2}$/))]);

export { ck };

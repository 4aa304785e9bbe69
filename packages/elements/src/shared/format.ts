/**
 * Dates, times and numbers through Intl. Every function takes the time zone explicitly (the
 * collective's `timeZone`), so tests can play a visitor elsewhere and cross DST changes.
 * Only `formatWhen` reads strings (the shared catalogue's), in a language already loaded.
 */
import { intlLocale, messages, type Lang } from './i18n.js';
import { isPlainDate, offsetMinutes } from '@coalition-kit/sdk';

export { offsetMinutes };

/** The time zone of the visitor's browser. */
export const visitorTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build: 5,000 events reuse a handful. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** Plain dates are calendar days: format them at noon UTC so no zone shifts the day. */
const plainDateAsInstant = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00Z`);

/** `2026-03-14` for an instant, in `timeZone`; the date itself for a plain date. */
export function dayKey(iso: string, timeZone: string): string {
  if (isPlainDate(iso)) return iso;
  const parts = formatter('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "samedi 14 mars 2026" / "Saturday 14 March 2026" for a day key. */
export function formatDay(day: string, lang: Lang): string {
  return formatter(intlLocale(lang), { dateStyle: 'full', timeZone: 'UTC' }).format(
    plainDateAsInstant(day),
  );
}

/** "mars 2026" / "March 2026" for a month key (`2026-03`). */
export function formatMonth(month: string, lang: Lang): string {
  return formatter(intlLocale(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(plainDateAsInstant(`${month}-01`));
}

/** "18:30" in `timeZone`. */
export function formatTime(iso: string, lang: Lang, timeZone: string): string {
  return formatter(intlLocale(lang), { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

/** "Paris" from "Europe/Paris", "New York" from "America/New_York". */
export const zoneCity = (timeZone: string) =>
  (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

export interface WhenOptions {
  /** A language the widget speaks (`localize.lang`): its shared strings are loaded. */
  lang: Lang;
  /** The collective's zone: times are shown there. */
  timeZone: string;
  /** The visitor's zone; when it differs, the collective's zone is named. */
  visitorZone?: string;
}

/**
 * The time part of an event, in the collective's zone:
 * "18:30 – 20:00 (heure de Paris)", "toute la journée", "14 mars 18:00 – 16 mars 12:00".
 * The day itself is the day heading; a multi-day event names both ends.
 */
export function formatWhen(
  startDate: string,
  endDate: string | undefined,
  opts: WhenOptions,
): string {
  const m = messages(opts.lang);
  const { timeZone } = opts;
  if (isPlainDate(startDate)) {
    if (!endDate || endDate.slice(0, 10) === startDate) return m.common.allDay;
    return `${formatShortDate(startDate, opts.lang, 'UTC')} – ${formatShortDate(endDate, opts.lang, 'UTC')}`;
  }
  const sameDay = !endDate || dayKey(startDate, timeZone) === dayKey(endDate, timeZone);
  let text: string;
  if (!endDate) text = formatTime(startDate, opts.lang, timeZone);
  else if (isPlainDate(endDate))
    text = `${formatTime(startDate, opts.lang, timeZone)} – ${formatShortDate(endDate, opts.lang, 'UTC')}`;
  else if (sameDay)
    text = `${formatTime(startDate, opts.lang, timeZone)} – ${formatTime(endDate, opts.lang, timeZone)}`;
  else
    text = `${formatShortDate(startDate, opts.lang, timeZone)} ${formatTime(startDate, opts.lang, timeZone)} – ${formatShortDate(endDate, opts.lang, timeZone)} ${formatTime(endDate, opts.lang, timeZone)}`;
  const visitor = opts.visitorZone ?? visitorTimeZone();
  if (
    visitor !== timeZone &&
    offsetMinutes(startDate, visitor) !== offsetMinutes(startDate, timeZone)
  ) {
    text += ` (${m.common.zoneNote(zoneCity(timeZone))})`;
  }
  return text;
}

/** "14 mars" / "14 March". */
function formatShortDate(iso: string, lang: Lang, timeZone: string): string {
  const date = isPlainDate(iso) ? plainDateAsInstant(iso) : new Date(iso);
  return formatter(intlLocale(lang), { day: 'numeric', month: 'long', timeZone }).format(date);
}

/** "1 234" / "1,234". */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(n);
}

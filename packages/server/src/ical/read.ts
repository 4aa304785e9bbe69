/**
 * Agenda import from iCalendar (the export of a calendar tool), with ical.js. Times are
 * converted to the collective's time zone; recurring events are expanded (up to a year
 * ahead). Each VEVENT that cannot become a valid event is reported with its line.
 */
import ICAL from 'ical.js';
import { EVENT_FORMATS, Event, validate, type EventFormat, type Lang } from '@coalition-kit/sdk';
import { slug } from '../io/members-csv.js';
import type { RowIssue } from '../io/import-issue.js';
import { feedDateTime, instantOf, isKnownZone } from './time-zone.js';

const MAX_OCCURRENCES = 52;
const HORIZON = 366 * 86_400_000;

const M = {
  fr: {
    parse: (reason: string) => `le fichier n’est pas un iCalendar lisible (${reason})`,
    noStart: 'pas de DTSTART',
    noSummary: 'pas de SUMMARY (titre)',
  },
  en: {
    parse: (reason: string) => `the file is not readable iCalendar (${reason})`,
    noStart: 'no DTSTART',
    noSummary: 'no SUMMARY (title)',
  },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ical.js time as a feed date: a plain date, or a date-time with the collective's offset. */
function feedDate(t: ICAL.Time, timeZone: string, minusDays = 0): string {
  if (t.isDate) {
    const d = new Date(Date.UTC(t.year, t.month - 1, t.day - minusDays));
    return d.toISOString().slice(0, 10);
  }
  const tzid = t.zone?.tzid;
  const wall = {
    year: t.year,
    month: t.month,
    day: t.day,
    hour: t.hour,
    minute: t.minute,
    second: t.second,
  };
  let instant: number;
  if (
    tzid === 'UTC' ||
    (t.zone && t.zone !== ICAL.Timezone.localTimezone && tzid && ICAL.TimezoneService.has(tzid))
  ) {
    instant = t.toJSDate().getTime();
  } else if (tzid && isKnownZone(tzid)) {
    // A TZID without its VTIMEZONE: the platform knows the zone by name.
    instant = instantOf(wall, tzid);
  } else {
    // Floating time: the collective's wall clock.
    instant = instantOf(wall, timeZone);
  }
  return feedDateTime(instant, timeZone);
}

/** Line numbers of each `BEGIN:VEVENT`, in order. */
function veventLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(l)) lines.push(i + 1);
  });
  return lines;
}

const STATUS: Record<string, Event['status']> = {
  CANCELLED: 'cancelled',
  TENTATIVE: 'scheduled',
  CONFIRMED: 'scheduled',
};

export interface CalendarImport {
  items: Event[];
  issues: RowIssue[];
}

/** Reads the events of an iCalendar text. `now` bounds the expansion of recurring events. */
export function eventsFromCalendar(
  text: string,
  timeZone: string,
  lang: Lang = 'fr',
  now = new Date(),
): CalendarImport {
  const m = M[lang];
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return {
      items: [],
      issues: [{ line: 1, message: m.parse((error as Error).message), effect: 'row' }],
    };
  }
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(tz);
    if (zone.tzid && !ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone);
  }
  const lines = veventLines(text);
  const items: Event[] = [];
  const issues: RowIssue[] = [];
  const seen = new Set<string>();
  root.getAllSubcomponents('vevent').forEach((vevent, n) => {
    const line = lines[n] ?? 1;
    const fail = (message: string) => issues.push({ line, message, effect: 'row' });
    // Overrides of one occurrence (RECURRENCE-ID) are folded into the expansion below.
    if (vevent.hasProperty('recurrence-id')) return;
    const event = new ICAL.Event(vevent);
    if (!vevent.hasProperty('dtstart')) return fail(m.noStart);
    if (!event.summary) return fail(m.noSummary);
    const uid = slug(event.uid || event.summary) || `evenement-${line}`;
    const categories = vevent
      .getAllProperties('categories')
      .flatMap((p) => p.getValues() as string[]);
    const themes = [...new Set(categories.map((c) => slug(String(c))).filter(Boolean))];
    const format = themes.find((t) => (EVENT_FORMATS as readonly string[]).includes(t)) as
      EventFormat | undefined;
    const geo = vevent.getFirstPropertyValue('geo') as number[] | null;
    const url = vevent.getFirstPropertyValue('url') as string | null;
    const status =
      STATUS[String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase()] ?? 'scheduled';
    const base = {
      name: event.summary,
      ...(event.description && { description: event.description }),
      status,
      ...(format && { format }),
      ...((event.location || geo) && {
        location: {
          ...(event.location && { name: event.location }),
          ...(geo && { geo: { lat: Number(geo[0]), lon: Number(geo[1]) } }),
        },
      }),
      ...(themes.filter((t) => t !== format).length > 0 && {
        themes: themes.filter((t) => t !== format),
      }),
      ...(url && { url }),
    };
    const occurrences: { id: string; start: ICAL.Time; end: ICAL.Time | undefined }[] = [];
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let next = it.next(); next && occurrences.length < MAX_OCCURRENCES; next = it.next()) {
        if (next.toJSDate().getTime() > now.getTime() + HORIZON) break;
        const details = event.getOccurrenceDetails(next);
        const day = `${details.startDate.year}${pad(details.startDate.month)}${pad(details.startDate.day)}`;
        occurrences.push({ id: `${uid}-${day}`, start: details.startDate, end: details.endDate });
      }
    } else {
      occurrences.push({
        id: uid,
        start: event.startDate,
        end:
          vevent.hasProperty('dtend') || vevent.hasProperty('duration') ? event.endDate : undefined,
      });
    }
    for (const o of occurrences) {
      const startDate = feedDate(o.start, timeZone);
      // An all-day DTEND is exclusive: the last day is the one before.
      const endDate = o.end ? feedDate(o.end, timeZone, o.end.isDate ? 1 : 0) : undefined;
      const candidate = {
        id: o.id,
        ...base,
        startDate,
        ...(endDate && endDate !== startDate && { endDate }),
      };
      const checked = validate(Event, candidate, lang);
      if (!checked.ok) {
        for (const e of checked.errors) fail(`${e.path.join('.')}: ${e.message}`);
        continue;
      }
      if (seen.has(checked.value.id)) continue;
      seen.add(checked.value.id);
      items.push(checked.value);
    }
  });
  return { items, issues };
}

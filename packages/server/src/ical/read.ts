/**
 * Agenda import from iCalendar (the export of a calendar tool), with ical.js. Times are
 * converted to the collective's time zone; recurring events are expanded (from a month back
 * to a year ahead), each moved or cancelled occurrence (RECURRENCE-ID) with its own title,
 * place and status. Each VEVENT that cannot become a valid event is reported with its line.
 */
import ICAL from 'ical.js';
import { Event, validate, type Lang } from '@coalition-kit/sdk';
import type { RowIssue } from '../io/import-issue.js';
import { Clock, dayOf, outlookAllDay, tzidOf } from './calendar-clock.js';
import { ianaZone } from './windows-zones.js';
import { details, eventId } from './vevent-fields.js';

/** A weekly series over the whole window (a month back, a year ahead) fits. */
const MAX_OCCURRENCES = 60;
const DAY = 86_400_000;
const HORIZON = 366 * DAY;
const LOOK_BACK = 31 * DAY;
/** Occurrences walked through per series at most (a FREQ=MINUTELY series from 2000 is not expanded to the end). */
const MAX_STEPS = 20_000;

const M = {
  fr: {
    parse: (reason: string) => `le fichier n’est pas un iCalendar lisible (${reason})`,
    noStart: 'pas de DTSTART',
    noSummary: 'pas de SUMMARY (titre)',
    duplicate: (line: number) => `même UID que l’événement de la ligne ${line} : doublon écarté`,
    capped: (n: number) =>
      `série plus longue que ${n} occurrences sur l’année à venir : seules les ${n} premières sont importées`,
    unknownZone: (tzid: string, used: string) =>
      `fuseau horaire « ${tzid} » inconnu : heures lues dans le fuseau ${used}, vérifiez-les`,
  },
  en: {
    parse: (reason: string) => `the file is not readable iCalendar (${reason})`,
    noStart: 'no DTSTART',
    noSummary: 'no SUMMARY (title)',
    duplicate: (line: number) => `same UID as the event on line ${line}: duplicate left out`,
    capped: (n: number) =>
      `series longer than ${n} occurrences over the coming year: only the first ${n} are imported`,
    unknownZone: (tzid: string, used: string) =>
      `unknown time zone "${tzid}": times read in ${used}, check them`,
  },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Line numbers of each `BEGIN:VEVENT`, in order, and of the calendar's `X-WR-TIMEZONE`. */
function lineNumbers(text: string): { vevents: number[]; wrTimezone: number } {
  const vevents: number[] = [];
  let wrTimezone = 1;
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(l)) vevents.push(i + 1);
    else if (/^X-WR-TIMEZONE[:;]/i.test(l)) wrTimezone = i + 1;
  });
  return { vevents, wrTimezone };
}
export interface CalendarImport {
  items: Event[];
  issues: RowIssue[];
}
/** An override of one occurrence, keyed by the slot it replaces. */
interface Override {
  component: ICAL.Component;
  line: number;
  slot: string;
  /** The day of the slot it replaces, for a stable id. */
  day: string;
  used: boolean;
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
    // ical.js fails on a byte-order mark, which some Windows tools write.
    root = new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/, '')));
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
  const lines = lineNumbers(text);
  const items: Event[] = [];
  const issues: RowIssue[] = [];
  const note = (line: number, message: string, column = 'TZID') =>
    issues.push({ line, message, column, effect: 'note' });
  const wr = String(root.getFirstPropertyValue('x-wr-timezone') ?? '').trim();
  const wrZone = wr ? ianaZone(wr) : undefined;
  if (wr && !wrZone) note(lines.wrTimezone, m.unknownZone(wr, timeZone));
  const floating = wrZone ?? timeZone;
  const clock = new Clock(timeZone, floating, (tzid, line) =>
    note(line, m.unknownZone(tzid, floating)),
  );
  const seen = new Map<string, number>();
  const from = now.getTime() - LOOK_BACK;
  const until = now.getTime() + HORIZON;

  const vevents = root.getAllSubcomponents('vevent').map((component, n) => ({
    component,
    line: lines.vevents[n] ?? 1,
  }));
  const overrides = new Map<string, Override[]>();
  const masters = new Set<string>();
  for (const { component, line } of vevents) {
    const uid = String(component.getFirstPropertyValue('uid') ?? '');
    const rid = component.getFirstPropertyValue('recurrence-id') as ICAL.Time | null;
    if (!rid) {
      masters.add(uid);
      continue;
    }
    if (!component.hasProperty('dtstart')) {
      issues.push({ line, message: m.noStart, effect: 'row' });
      continue;
    }
    const slot = clock.slot(rid, tzidOf(component, 'recurrence-id'), line);
    const list = overrides.get(uid) ?? [];
    list.push({ component, line, slot, day: dayOf(rid), used: false });
    overrides.set(uid, list);
  }

  /**
   * Validates and keeps one event or occurrence. `series`: an occurrence of a series, whose
   * end ical.js computed in its start's zone, and whose id gets the time when a day has two.
   */
  const keep = (
    id: string,
    vevent: ICAL.Component,
    fields: ReturnType<typeof details>,
    start: ICAL.Time,
    end: ICAL.Time | undefined,
    line: number,
    series = false,
  ) => {
    start = outlookAllDay(vevent, start);
    end = end && outlookAllDay(vevent, end);
    const startDate = clock.feedDate(start, tzidOf(vevent, 'dtstart'), line);
    const endTzid = tzidOf(vevent, !series && vevent.hasProperty('dtend') ? 'dtend' : 'dtstart');
    // An all-day DTEND is exclusive: the last day is the one before.
    const endDate = end ? clock.feedDate(end, endTzid, line, end.isDate ? 1 : 0) : undefined;
    const candidate = {
      id,
      ...fields,
      startDate,
      ...(endDate && endDate !== startDate && { endDate }),
    };
    const first = seen.get(id);
    if (first !== undefined) {
      if (series && !start.isDate) candidate.id = `${id}-${pad(start.hour)}${pad(start.minute)}`;
      else {
        issues.push({ line, column: 'UID', message: m.duplicate(first), effect: 'row' });
        return;
      }
    }
    const checked = validate(Event, candidate, lang);
    if (!checked.ok) {
      for (const e of checked.errors)
        issues.push({
          line,
          message: `${e.path.join('.')}: ${e.message}`,
          effect: 'row',
        });
      return;
    }
    if (seen.has(checked.value.id)) {
      issues.push({
        line,
        column: 'UID',
        message: m.duplicate(seen.get(checked.value.id)!),
        effect: 'row',
      });
      return;
    }
    seen.set(checked.value.id, line);
    items.push(checked.value);
  };
  const endOf = (vevent: ICAL.Component, event: ICAL.Event) =>
    vevent.hasProperty('dtend') || vevent.hasProperty('duration') ? event.endDate : undefined;
  /** The time of `t` in ms (a date: its midnight UTC), to compare with the expansion window. */
  const at = (t: ICAL.Time, tzid: string | undefined, line: number) =>
    t.isDate ? Date.UTC(t.year, t.month - 1, t.day) : clock.instant(t, tzid, line);
  const inWindow = (t: ICAL.Time, tzid: string | undefined, line: number) => {
    const ms = at(t, tzid, line);
    return ms >= from && ms <= until;
  };

  for (const { component: vevent, line } of vevents) {
    if (vevent.hasProperty('recurrence-id')) continue;
    const fail = (message: string) => issues.push({ line, message, effect: 'row' });
    const event = new ICAL.Event(vevent);
    if (!vevent.hasProperty('dtstart')) {
      fail(m.noStart);
      continue;
    }
    if (!event.summary) {
      fail(m.noSummary);
      continue;
    }
    const uidText = String(vevent.getFirstPropertyValue('uid') ?? '');
    const uid = eventId(event.uid || event.summary) || `evenement-${line}`;
    const fields = details(vevent);
    if (!event.isRecurring()) {
      keep(uid, vevent, fields, event.startDate, endOf(vevent, event), line);
      continue;
    }
    const startTzid = tzidOf(vevent, 'dtstart');
    const excluded = new Set(
      vevent.getAllProperties('exdate').flatMap((p) => {
        const tzid = p.getParameter('tzid');
        return (p.getValues() as ICAL.Time[]).map((t) =>
          clock.slot(t, typeof tzid === 'string' ? tzid : undefined, line),
        );
      }),
    );
    const own = overrides.get(uidText) ?? [];
    const it = event.iterator();
    let count = 0;
    let steps = 0;
    for (let next = it.next(); next && count < MAX_OCCURRENCES; next = it.next()) {
      if (++steps > MAX_STEPS) break;
      const slot = clock.slot(next, startTzid, line);
      // ical.js applies the EXDATEs it can match (a date for a timed series too); these are
      // the ones written in another form than DTSTART (UTC for a TZID series…).
      if (excluded.has(slot)) continue;
      const override = own.find((o) => o.slot === slot);
      const id = `${uid}-${dayOf(next).replace(/-/g, '')}`;
      if (override) {
        override.used = true;
        const moved = new ICAL.Event(override.component);
        if (!inWindow(moved.startDate, tzidOf(override.component, 'dtstart'), override.line))
          continue;
        count += 1;
        const movedFields = { name: event.summary, ...details(override.component) };
        keep(
          id,
          override.component,
          movedFields,
          moved.startDate,
          endOf(override.component, moved),
          override.line,
        );
        continue;
      }
      const ms = at(next, startTzid, line);
      if (ms > until) break;
      if (ms < from) continue;
      count += 1;
      const o = event.getOccurrenceDetails(next);
      keep(id, vevent, fields, o.startDate, endOf(vevent, event) && o.endDate, line, true);
    }
    const rest = it.next();
    if (rest && at(rest, startTzid, line) <= until) note(line, m.capped(MAX_OCCURRENCES), 'RRULE');
  }

  // Overrides whose slot the expansion did not meet: moved into the window from outside it,
  // or exported without their series. Each is an event of its own.
  for (const [uidText, list] of overrides) {
    for (const o of list) {
      if (o.used) continue;
      const moved = new ICAL.Event(o.component);
      if (!o.component.hasProperty('dtstart') || !moved.summary) {
        if (!masters.has(uidText))
          issues.push({
            line: o.line,
            message: moved.summary ? m.noStart : m.noSummary,
            effect: 'row',
          });
        continue;
      }
      if (
        masters.has(uidText) &&
        !inWindow(moved.startDate, tzidOf(o.component, 'dtstart'), o.line)
      )
        continue;
      const uid = eventId(moved.uid || moved.summary) || `evenement-${o.line}`;
      keep(
        `${uid}-${o.day.replace(/-/g, '')}`,
        o.component,
        details(o.component),
        moved.startDate,
        endOf(o.component, moved),
        o.line,
      );
    }
  }
  return { items, issues };
}

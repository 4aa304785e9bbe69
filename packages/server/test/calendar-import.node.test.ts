/** Agendas as Outlook and Google Calendar export them: zones, overrides, exclusions, all-day events. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Event } from '@coalition-kit/sdk';
import { eventsFromCalendar } from '../src/ical/read.js';
import { ianaZone } from '../src/ical/windows-zones.js';

const text = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
/** The import date of these tests: the fixtures' series run from here on. */
const NOW = new Date('2026-12-01T09:00:00Z');
const read = (name: string, lang: 'fr' | 'en' = 'fr') =>
  eventsFromCalendar(text(name), 'Europe/Paris', lang, NOW);
const byId = (items: Event[]) => new Map(items.map((e) => [e.id, e]));

test('Outlook: a moved occurrence keeps its own title, place and time; EXDATE removes one', () => {
  const { items } = read('agenda-outlook.ics');
  const comite = items
    .filter((e) => e.name.startsWith('Comité'))
    .map((e) => [e.id.slice(-8), e.startDate]);
  assert.deepEqual(comite, [
    ['20270107', '2027-01-07T18:30:00+01:00'],
    ['20270204', '2027-02-04T18:30:00+01:00'],
    // 20270304 is excluded (EXDATE); 20270401 was moved a week later, in summer time.
    ['20270401', '2027-04-08T19:00:00+02:00'],
    ['20270506', '2027-05-06T18:30:00+02:00'],
    ['20270603', '2027-06-03T18:30:00+02:00'],
  ]);
  const moved = items.find((e) => e.id.endsWith('-20270401'))!;
  assert.equal(moved.name, 'Comité de pilotage (exceptionnellement à Roubaix)');
  assert.equal(moved.location?.name, 'La Condition Publique, Roubaix');
  assert.equal(moved.endDate, '2027-04-08T21:00:00+02:00');
  assert.equal(moved.description, undefined, 'the override has no description of its own');
  const usual = items.find((e) => e.id.endsWith('-20270506'))!;
  assert.equal(usual.name, 'Comité de pilotage');
  assert.equal(usual.location?.name, 'Maison des Associations, salle 2, Lille');
  assert.match(usual.description!, /^Réunion mensuelle .* L’ordre du jour est envoyé la veille/);
});

test('Outlook: Windows zone names with or without VTIMEZONE, all-day events, an unknown zone said', () => {
  const { items, issues } = read('agenda-outlook.ics');
  const events = byId(items);
  // W. Europe Standard Time without its VTIMEZONE: Berlin's clock, the same as Paris's.
  assert.equal(
    events.get('rencontre-transfrontaliere-2027')?.startDate,
    '2027-06-15T10:00:00+02:00',
  );
  const forum = items.find((e) => e.name === 'Forum des associations')!;
  assert.deepEqual([forum.startDate, forum.endDate], ['2027-03-20', '2027-03-21']);
  // A zone nobody knows: imported in the calendar's zone, and the coordinator is told.
  assert.equal(events.get('webinaire-energie-2027')?.startDate, '2027-02-10T14:00:00+01:00');
  assert.deepEqual(issues, [
    {
      line: 70,
      column: 'TZID',
      effect: 'note',
      message:
        'fuseau horaire « Customized Time Zone » inconnu : heures lues dans le fuseau Europe/Paris, vérifiez-les',
    },
  ]);
  assert.match(
    read('agenda-outlook.ics', 'en').issues[0]!.message,
    /^unknown time zone "Customized Time Zone"/,
  );
});

test('Google: an old weekly series is expanded from now, cancelled and moved occurrences are their own', () => {
  const { items, issues } = read('agenda-google.ics');
  assert.deepEqual(issues, []);
  const weekly = items.filter((e) => e.id.startsWith('4kq2m7t9v3b8n1p6r5s0c2d4f8-google-com-'));
  const days = weekly.map((e) => e.id.slice(-8));
  // Started in January 2024: the first occurrences imported are those of the last month, not of 2024.
  assert.equal(days[0], '20261104');
  // Every Wednesday up to a year ahead (2027-12-01), less the two EXDATEs.
  assert.equal(days.at(-1), '20271201');
  assert.equal(weekly.length, 57 - 2);
  assert.ok(!days.includes('20261223') && !days.includes('20261230'), 'EXDATE');
  const events = byId(weekly.map((e) => ({ ...e, id: e.id.slice(-8) })));
  assert.equal(events.get('20270106')?.status, 'scheduled');
  assert.equal(events.get('20270113')?.status, 'cancelled');
  assert.equal(events.get('20270113')?.startDate, '2027-01-13T18:00:00+01:00');
  // RECURRENCE-ID written in UTC (17:00Z) still finds the 18:00 Paris slot it replaces.
  const ag = events.get('20270120')!;
  assert.equal(ag.name, 'Assemblée générale du collectif');
  assert.equal(ag.startDate, '2027-01-21T18:30:00+01:00');
  assert.equal(ag.location?.name, 'Maison de Quartier Wazemmes, Lille, France');
  // Google's rich-text description (HTML) becomes plain text, line breaks and link kept.
  assert.equal(
    ag.description,
    'Assemblée générale annuelle :\nbilan, budget et élection du bureau.\nOrdre du jour (https://example.org/ag) & pouvoirs',
  );
  assert.equal(weekly.filter((e) => e.name === 'Assemblée générale du collectif').length, 1);
  assert.equal(events.get('20270127')?.name, 'Permanence du collectif');
});

test('Google: all-day and UTC events, CATEGORIES as format', () => {
  const events = byId(read('agenda-google.ics').items);
  const berges = events.get('0a9s8d7f6g5h4j3k2l1-google-com')!;
  assert.equal(berges.startDate, '2027-02-06');
  assert.equal(berges.endDate, undefined, 'a one-day event has no end date');
  const webinaire = events.get('7h6g5f4d3s2a1q0w9e8r-google-com')!;
  assert.equal(webinaire.startDate, '2027-03-10T18:30:00+01:00');
  assert.equal(webinaire.endDate, '2027-03-10T20:00:00+01:00');
  assert.equal(webinaire.format, 'webinaire');
});

test('floating times are read in the calendar’s X-WR-TIMEZONE; an unknown one is said', () => {
  const cal = (wr: string) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `X-WR-TIMEZONE:${wr}`,
      'BEGIN:VEVENT',
      'UID:soiree',
      'DTSTART:20270115T190000',
      'SUMMARY:Soirée débat',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  const antilles = eventsFromCalendar(cal('America/Martinique'), 'Europe/Paris', 'fr', NOW);
  assert.equal(antilles.items[0]?.startDate, '2027-01-16T00:00:00+01:00');
  const windows = eventsFromCalendar(cal('SA Western Standard Time'), 'Europe/Paris', 'fr', NOW);
  assert.equal(windows.items[0]?.startDate, '2027-01-16T00:00:00+01:00');
  const unknown = eventsFromCalendar(cal('Heure de Nulle Part'), 'Europe/Paris', 'fr', NOW);
  assert.equal(unknown.items[0]?.startDate, '2027-01-15T19:00:00+01:00');
  assert.deepEqual(
    unknown.issues.map((i) => [i.line, i.effect]),
    [[3, 'note']],
  );
});

test('a moved occurrence exported without its series is still imported', () => {
  const cal = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:serie-absente',
    'RECURRENCE-ID;TZID=Europe/Paris:20270302T180000',
    'DTSTART;TZID=Europe/Paris:20270303T180000',
    'SUMMARY:Atelier déplacé',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const { items, issues } = eventsFromCalendar(cal, 'Europe/Paris', 'fr', NOW);
  assert.deepEqual(issues, []);
  assert.deepEqual(
    items.map((e) => [e.id, e.name, e.startDate]),
    [['serie-absente-20270302', 'Atelier déplacé', '2027-03-03T18:00:00+01:00']],
  );
});

test('Outlook UIDs (112 hex digits, the unique part last) give distinct, stable ids', () => {
  const head = '040000008200E00074C5B7101A82E008' + '0'.repeat(40) + '10000000';
  const vevent = (guid: string, summary: string) => [
    'BEGIN:VEVENT',
    `UID:${head}${guid}`,
    'DTSTART;VALUE=DATE:20270501',
    `SUMMARY:${summary}`,
    'END:VEVENT',
  ];
  const cal = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...vevent('F27C3E4B8A5D1E4F9B6C2A7D3E8F1A04', 'Fête du vélo'),
    ...vevent('AB12CD34EF56AB78CD90EF12AB34CD56', 'Marché paysan'),
    'END:VCALENDAR',
  ].join('\r\n');
  const first = eventsFromCalendar(cal, 'Europe/Paris', 'fr', NOW);
  assert.deepEqual(first.issues, []);
  assert.deepEqual(
    first.items.map((e) => e.name),
    ['Fête du vélo', 'Marché paysan'],
  );
  assert.notEqual(first.items[0]!.id, first.items[1]!.id);
  assert.ok(first.items.every((e) => e.id.length <= 80));
  const again = eventsFromCalendar(cal, 'Europe/Paris', 'fr', NOW);
  assert.deepEqual(
    again.items.map((e) => e.id),
    first.items.map((e) => e.id),
  );
});

test('the same UID twice is reported, and two occurrences on one day both kept', () => {
  const cal = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:atelier',
    'DTSTART;TZID=Europe/Paris:20270105T090000',
    'RRULE:FREQ=DAILY;COUNT=2;BYHOUR=9,14',
    'SUMMARY:Atelier réparation',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:atelier-20270105',
    'DTSTART;VALUE=DATE:20270105',
    'SUMMARY:Doublon',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const { items, issues } = eventsFromCalendar(cal, 'Europe/Paris', 'fr', NOW);
  assert.deepEqual(
    items.map((e) => [e.id, e.startDate]),
    [
      ['atelier-20270105', '2027-01-05T09:00:00+01:00'],
      ['atelier-20270105-1400', '2027-01-05T14:00:00+01:00'],
    ],
  );
  assert.deepEqual(
    issues.map((i) => [i.line, i.column, i.effect, i.message]),
    [[9, 'UID', 'row', 'même UID que l’événement de la ligne 3 : doublon écarté']],
  );
});

test('Exchange all-day events written midnight to midnight stay dates', () => {
  const cal = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:salon',
    'DTSTART;TZID=Romance Standard Time:20270320T000000',
    'DTEND;TZID=Romance Standard Time:20270322T000000',
    'SUMMARY:Salon des solutions locales',
    'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:veillee',
    'DTSTART;TZID=Romance Standard Time:20270320T000000',
    'DTEND;TZID=Romance Standard Time:20270320T020000',
    'SUMMARY:Veillée',
    'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const { items } = eventsFromCalendar(cal, 'Europe/Paris', 'fr', NOW);
  assert.deepEqual(
    items.map((e) => [e.id, e.startDate, e.endDate]),
    [
      ['salon', '2027-03-20', '2027-03-21'],
      ['veillee', '2027-03-20T00:00:00+01:00', '2027-03-20T02:00:00+01:00'],
    ],
  );
});

test('an EXDATE removes its occurrence however it is written', () => {
  const cases = [
    // A date for a timed series (ical.js matches it).
    ['Europe/Paris', 'EXDATE;VALUE=DATE:20270111'],
    // UTC for a series in a Windows zone without VTIMEZONE (matched here by instant).
    ['Romance Standard Time', 'EXDATE:20270111T170000Z'],
  ];
  for (const [tzid, exdate] of cases) {
    const cal = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:permanence',
      `DTSTART;TZID=${tzid}:20270104T180000`,
      'RRULE:FREQ=WEEKLY;COUNT=3',
      exdate,
      'SUMMARY:Permanence',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { items } = eventsFromCalendar(cal, 'Europe/Paris', 'fr', NOW);
    assert.deepEqual(
      items.map((e) => e.id),
      ['permanence-20270104', 'permanence-20270118'],
      exdate,
    );
  }
});

test('a daily series longer than the import takes is cut, and the coordinator told', () => {
  const cal = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:jardin',
    'DTSTART;VALUE=DATE:20270101',
    'RRULE:FREQ=DAILY',
    'SUMMARY:Jardin partagé ouvert',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const { items, issues } = eventsFromCalendar(cal, 'Europe/Paris', 'fr', NOW);
  assert.equal(items.length, 60);
  assert.deepEqual(
    issues.map((i) => [i.line, i.column, i.effect]),
    [[3, 'RRULE', 'note']],
  );
  assert.match(issues[0]!.message, /seules les 60 premières sont importées/);
});

test('TZIDs: IANA, Windows names, Outlook display names, Lightning paths; unknown stays unknown', () => {
  const cases: [string, string | undefined][] = [
    ['Europe/Paris', 'Europe/Paris'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['"Romance Standard Time"', 'Europe/Paris'],
    ['(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', 'Europe/Paris'],
    ['(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne', 'Europe/Berlin'],
    ['/mozilla.org/20050126_1/Europe/Paris', 'Europe/Paris'],
    ['Mauritius Standard Time', 'Indian/Reunion'],
    ['SA Eastern Standard Time', 'America/Cayenne'],
    ['Customized Time Zone', undefined],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', undefined],
  ];
  for (const [tzid, zone] of cases) assert.equal(ianaZone(tzid), zone, tzid);
});

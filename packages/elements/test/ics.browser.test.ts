import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { Event } from '@coalition-kit/sdk';
import { eventToIcs, foldLine, icsFileName } from '../src/agenda/ics.js';

const base: Event = {
  id: 'climatour-lille',
  name: 'Climatour de Lille, quartier Fives; à pied',
  description: 'Ligne 1\nLigne 2',
  startDate: '2026-03-14T18:30:00+01:00',
  endDate: '2026-03-14T20:00:00+01:00',
  status: 'scheduled',
  url: 'https://climat.example.org/agenda/climatour',
};

/** Parses with ical.js, the reference parser, and returns the first VEVENT. */
function parse(ics: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of vcalendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const vevent = vcalendar.getFirstSubcomponent('vevent')!;
  return { vcalendar, vevent, event: new ICAL.Event(vevent) };
}

describe('.ics of one event', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('keeps the instant through its own VTIMEZONE, in winter and in summer', () => {
    for (const [start, end] of [
      ['2026-03-14T18:30:00+01:00', '2026-03-14T20:00:00+01:00'],
      ['2026-07-14T18:30:00+02:00', '2026-07-14T20:00:00+02:00'],
    ] as const) {
      const ics = eventToIcs(
        { ...base, startDate: start, endDate: end },
        { timeZone: 'Europe/Paris', uidDomain: 'feed.example.org' },
      );
      const { event } = parse(ics);
      expect(ics).to.contain('DTSTART;TZID=Europe/Paris:');
      expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse(start));
      expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse(end));
      ICAL.TimezoneService.reset();
    }
  });

  it('keeps the instant on the night of the autumn DST change', () => {
    const start = '2026-10-25T02:30:00+01:00'; // the second 02:30
    const ics = eventToIcs(
      { ...base, startDate: start, endDate: undefined },
      { timeZone: 'Europe/Paris', uidDomain: 'x' },
    );
    expect(ics).to.contain('DTSTART;TZID=Europe/Paris:20261025T023000');
    expect(ics).to.contain('BEGIN:STANDARD');
    expect(ics).to.contain('BEGIN:DAYLIGHT');
  });

  it('carries name, description, place, URL, UID and status, escaped', () => {
    const ics = eventToIcs(
      { ...base, status: 'cancelled' },
      { timeZone: 'Europe/Paris', uidDomain: 'feed.example.org', location: 'Parvis, Lille' },
    );
    const { vevent } = parse(ics);
    expect(vevent.getFirstPropertyValue('summary')).to.equal(base.name);
    expect(vevent.getFirstPropertyValue('description')).to.equal('Ligne 1\nLigne 2');
    expect(vevent.getFirstPropertyValue('location')).to.equal('Parvis, Lille');
    expect(vevent.getFirstPropertyValue('url')).to.equal(
      'https://climat.example.org/agenda/climatour',
    );
    expect(vevent.getFirstPropertyValue('uid')).to.equal('climatour-lille@feed.example.org');
    expect(vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(
      true,
    );
  });

  it('writes all-day events as dates, with an exclusive end', () => {
    const ics = eventToIcs(
      { ...base, startDate: '2026-04-10', endDate: '2026-04-20' },
      { timeZone: 'Europe/Paris', uidDomain: 'x' },
    );
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260410');
    expect(ics).to.contain('DTEND;VALUE=DATE:20260421');
    expect(ics).not.to.contain('VTIMEZONE');
    expect(parse(ics).event.startDate.isDate).to.equal(true);
  });

  it('works for a zone without DST', () => {
    const ics = eventToIcs(
      { ...base, startDate: '2026-03-14T18:30:00+09:00', endDate: undefined },
      { timeZone: 'Asia/Tokyo', uidDomain: 'x' },
    );
    expect(parse(ics).event.startDate.toJSDate().getTime()).to.equal(
      Date.parse('2026-03-14T18:30:00+09:00'),
    );
  });

  it('never writes a javascript: URL', () => {
    const ics = eventToIcs(
      { ...base, url: 'javascript:alert(1)' },
      { timeZone: 'Europe/Paris', uidDomain: 'x' },
    );
    expect(ics).not.to.contain('javascript');
  });

  it('folds long lines without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(80)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).to.equal(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).to.be.at.most(75);
  });

  it('names the file after the event', () => {
    expect(icsFileName(base)).to.equal('climatour-de-lille-quartier-fives-a-pied.ics');
  });
});

import { expect } from '@open-wc/testing';
import { dayKey, formatDay, formatTime, formatWhen, offsetMinutes } from '../src/shared/format.js';
import { sharedMessages } from '../src/shared/i18n.js';

const paris = { timeZone: 'Europe/Paris' };

describe('dates and times in the collective’s zone', () => {
  // What a widget speaking English has done before it formats (English loads on first use).
  before(() => sharedMessages.load('en'));

  it('shows a Paris event at Paris time to a visitor in Paris, without naming the zone', () => {
    const when = formatWhen('2026-03-14T18:30:00+01:00', '2026-03-14T20:00:00+01:00', {
      lang: 'fr',
      ...paris,
      visitorZone: 'Europe/Paris',
    });
    expect(when).to.equal('18:30 – 20:00');
  });

  it('names the zone for a visitor in Montréal, and keeps Paris time', () => {
    const fr = formatWhen('2026-03-14T18:30:00+01:00', undefined, {
      lang: 'fr',
      ...paris,
      visitorZone: 'America/Montreal',
    });
    expect(fr).to.equal('18:30 (heure de Paris)');
    const en = formatWhen('2026-03-14T18:30:00+01:00', undefined, {
      lang: 'en',
      ...paris,
      visitorZone: 'America/New_York',
    });
    expect(en).to.equal('18:30 (Paris time)');
  });

  it('does not name the zone for a visitor whose clock reads the same (Brussels)', () => {
    expect(
      formatWhen('2026-07-01T09:00:00+02:00', undefined, {
        lang: 'fr',
        ...paris,
        visitorZone: 'Europe/Brussels',
      }),
    ).to.equal('09:00');
  });

  it('reads feeds written with another offset (UTC) in Paris time', () => {
    expect(formatTime('2026-03-14T17:30:00Z', 'fr', 'Europe/Paris')).to.equal('18:30');
    expect(dayKey('2026-03-14T23:30:00Z', 'Europe/Paris')).to.equal('2026-03-15');
  });

  it('crosses the spring DST change (last Sunday of March)', () => {
    // 29 March 2026: 02:00 becomes 03:00 in Paris.
    expect(formatTime('2026-03-29T00:30:00Z', 'fr', 'Europe/Paris')).to.equal('01:30');
    expect(formatTime('2026-03-29T01:30:00Z', 'fr', 'Europe/Paris')).to.equal('03:30');
    expect(offsetMinutes('2026-03-29T00:59:00Z', 'Europe/Paris')).to.equal(60);
    expect(offsetMinutes('2026-03-29T01:00:00Z', 'Europe/Paris')).to.equal(120);
  });

  it('crosses the autumn DST change (last Sunday of October)', () => {
    // 25 October 2026: 03:00 becomes 02:00 again; both 02:30 exist.
    expect(formatTime('2026-10-25T00:30:00Z', 'fr', 'Europe/Paris')).to.equal('02:30');
    expect(formatTime('2026-10-25T01:30:00Z', 'fr', 'Europe/Paris')).to.equal('02:30');
    const when = formatWhen('2026-10-25T01:30:00+02:00', '2026-10-25T03:30:00+01:00', {
      lang: 'fr',
      ...paris,
      visitorZone: 'Europe/Paris',
    });
    expect(when).to.equal('01:30 – 03:30');
  });

  it('keeps all-day events on their calendar day in any zone', () => {
    expect(dayKey('2026-03-14', 'Pacific/Auckland')).to.equal('2026-03-14');
    expect(
      formatWhen('2026-03-14', undefined, {
        lang: 'fr',
        timeZone: 'Pacific/Honolulu',
        visitorZone: 'Asia/Tokyo',
      }),
    ).to.equal('toute la journée');
    expect(formatWhen('2026-04-10', '2026-04-20', { lang: 'en', ...paris })).to.equal(
      '10 April – 20 April',
    );
  });

  it('writes day headings in full, in French and English', () => {
    expect(formatDay('2026-03-14', 'fr')).to.equal('samedi 14 mars 2026');
    expect(formatDay('2026-03-14', 'en')).to.equal('Saturday, 14 March 2026');
  });

  it('names both ends of an event over several days', () => {
    const when = formatWhen('2026-03-14T18:00:00+01:00', '2026-03-16T12:00:00+01:00', {
      lang: 'fr',
      ...paris,
      visitorZone: 'Europe/Paris',
    });
    expect(when).to.equal('14 mars 18:00 – 16 mars 12:00');
  });
});

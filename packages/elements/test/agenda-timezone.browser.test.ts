import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/agenda/define.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa, shownNames, txt } from './helpers/query.js';

/** Plays a visitor whose computer is set to `timeZone` (null: the machine's own). */
const visitorIn = (timeZone: string | null) =>
  executeServerCommand('emulate-timezone', { timeZone });

const when = (el: Element, id: string) => txt(q(el, `#ck-event-${id} time`));

describe('ck-agenda for visitors in other time zones', () => {
  afterEach(async () => {
    unmountAll();
    await visitorIn(null);
  });

  it('a visitor in Montréal reads Paris times, with the zone named', async () => {
    await visitorIn('America/Toronto'); // Montréal's zone
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Toronto');
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    expect(when(el, 'climatour-lille')).to.equal('18:30 – 20:00 (heure de Paris)');
    const en = await mount('ck-agenda', { feed: freshFeed('demo'), lang: 'en' });
    expect(when(en, 'climatour-lille')).to.equal('18:30 – 20:00 (Paris time)');
  });

  it('a visitor in Paris reads the same times, without the note', async () => {
    await visitorIn('Europe/Paris');
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    expect(when(el, 'climatour-lille')).to.equal('18:30 – 20:00');
    // Summer time (UTC+2) on the day of the event, too.
    expect(when(el, 'formation-elus')).to.equal('09:00 – 17:00');
  });

  it('a visitor in Tokyo keeps the events on their Paris day', async () => {
    await visitorIn('Asia/Tokyo');
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    // 18:30 in Paris is already the next day in Tokyo: the heading stays on 14 March.
    expect(txt(q(el, '[part~="day-heading"]'))).to.equal('jeudi 14 mars 2030');
  });
});

describe('ck-agenda with dates written in other offsets than the collective’s', () => {
  afterEach(unmountAll);

  /** Types a day in a date field, as a visitor's browser reports it. */
  async function pickDay(
    el: Element & { updateComplete: Promise<unknown> },
    name: string,
    day: string,
  ) {
    const input = q(el, `[name="${name}"]`) as HTMLInputElement;
    input.value = day;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  }

  it('“from” keeps an event written in UTC that the list shows on that Paris day', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('offsets') });
    await pickDay(el, 'from', '2030-03-16');
    expect(shownNames(el)).to.deep.equal([
      'Journée des transitions',
      'Atelier tardif écrit en UTC',
      'Fresque du Climat',
    ]);
    // One heading for the day: the all-day event first, then by time.
    expect(qa(el, '[part~="day-heading"]').map(txt)).to.deep.equal(['samedi 16 mars 2030']);
  });

  it('“until” leaves out an event written on the 10th in Montréal, shown on the 11th', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('offsets') });
    await pickDay(el, 'to', '2030-03-10');
    expect(shownNames(el)).to.deep.equal([]);
    await pickDay(el, 'to', '2030-03-11');
    expect(shownNames(el)).to.deep.equal(['Webinaire depuis Montréal']);
  });

  it('the `from` preset reads the day in the collective’s zone too', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('offsets'), from: '2030-03-16' });
    expect(shownNames(el)).to.include('Atelier tardif écrit en UTC');
  });

  it('an all-day event overseas is upcoming until its day ends there, not in UTC', async () => {
    // 21:00 in Martinique on 16 March: already 17 March in UTC.
    const now = new Date('2030-03-17T01:00:00Z');
    const el = await mount('ck-agenda', { feed: freshFeed('overseas') }, { props: { now } });
    expect(shownNames(el)).to.deep.equal(['Fête de la nature à Fort-de-France']);
    const past = await mount(
      'ck-agenda',
      { feed: freshFeed('overseas'), view: 'past' },
      {
        props: { now: new Date('2030-03-17T04:30:00Z') },
      },
    );
    expect(shownNames(past)).to.deep.equal(['Fête de la nature à Fort-de-France']);
  });
});

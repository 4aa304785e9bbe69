import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/agenda/define.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, txt } from './helpers/query.js';

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

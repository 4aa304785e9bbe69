import { expect, waitUntil } from '@open-wc/testing';
import { createClient, type Client, type Event } from '@coalition-kit/sdk';
import '../src/agenda/define.js';
import type { CkSelectEvent } from '../src/shared/events.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa, shownNames, status, txt } from './helpers/query.js';

afterEach(unmountAll);

const item = (el: Element, id: string) => q(el, `#ck-event-${id}`)!;

describe('ck-agenda events', () => {
  it('shows name, time with <time datetime>, place, format, themes and organiser', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    const li = item(el, 'climatour-lille');
    expect(txt(li.querySelector('[part~="item-title"]'))).to.equal(
      'Climatour de Lille : quartier Fives',
    );
    expect(li.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2030-03-14T18:30:00+01:00',
    );
    expect(txt(li.querySelector('time'))).to.match(/^18:30 – 20:00/);
    expect(txt(li.querySelector('.place'))).to.equal('Parvis de la gare, Lille');
    expect([...li.querySelectorAll('.tag')].map(txt)).to.deep.equal([
      'Visite',
      'Mobilité',
      'Énergie',
    ]);
    expect(txt(li.querySelector('.organizer'))).to.equal('Organisé par Cerdd');
    expect(txt(item(el, 'webinaire-sols').querySelector('.place'))).to.equal('En ligne');
  });

  it('says cancelled, postponed and rescheduled in words, in the heading', async () => {
    const fr = await mount('ck-agenda', { feed: freshFeed('demo') });
    expect(txt(item(fr, 'estaminet-climat').querySelector('[part~="item-title"]'))).to.equal(
      'Annulé : Estaminet du Climat',
    );
    expect(txt(item(fr, 'expo-2-degres').querySelector('[part~="status"]'))).to.equal('Reporté');
    expect(txt(item(fr, 'formation-elus').querySelector('[part~="status"]'))).to.equal(
      'Nouvelle date',
    );
    const en = await mount('ck-agenda', { feed: freshFeed('demo'), lang: 'en' });
    expect(txt(item(en, 'estaminet-climat').querySelector('[part~="item-title"]'))).to.equal(
      'Cancelled: Estaminet du Climat',
    );
  });

  it('leaves organisers unnamed when the feed has no members document', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('no-members') });
    expect(shownNames(el)).to.have.length(5);
    expect(q(el, '.organizer')).to.equal(null);
  });

  it('opens details in place, fires ck-select with the event id, and closes again', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    const li = item(el, 'climatour-lille');
    const button = li.querySelector<HTMLButtonElement>('[part~="details-button"]')!;
    expect(txt(button)).to.equal('Détails : Climatour de Lille : quartier Fives');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const selected = new Promise<CkSelectEvent>((r) =>
      el.addEventListener('ck-select', r, { once: true }),
    );
    button.click();
    const event = await selected;
    expect(event.detail.id).to.equal('climatour-lille');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    const details = li.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(txt(details)).to.contain('Une visite à pied des réalisations du quartier.');
    expect(txt(details)).to.contain('Adresse : 1 place de la Gare, 59000 Lille');
    const link = details.querySelector('a')!;
    expect(link.href).to.equal('https://climat.example.org/agenda/climatour-lille');
    expect(txt(link)).to.equal('Inscription et informations : Climatour de Lille : quartier Fives');
    await expectAccessible(el);
    button.click();
    await el.updateComplete;
    expect((details as HTMLElement).hidden).to.equal(true);
  });

  it('"Add to my calendar" offers an .ics file made in the browser', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    item(el, 'climatour-lille')
      .querySelector<HTMLButtonElement>('[part~="details-button"]')!
      .click();
    await el.updateComplete;
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    const clicks: HTMLAnchorElement[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:fake');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this);
    };
    try {
      item(el, 'climatour-lille')
        .querySelector<HTMLButtonElement>('[part~="calendar-button"]')!
        .click();
      await waitUntil(() => clicks.length > 0, 'no file offered');
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(created).to.have.length(1);
    expect(created[0]!.type).to.equal('text/calendar;charset=utf-8');
    const text = await created[0]!.text();
    expect(text).to.contain('DTSTART;TZID=Europe/Paris:20300314T183000');
    expect(text).to.contain('URL:https://climat.example.org/agenda/climatour-lille');
    expect(clicks[0]!.download).to.equal('climatour-de-lille-quartier-fives.ics');
  });

  it('links to the iCalendar subscription with the current filters when the feed offers it', async () => {
    const feed = freshFeed('demo');
    const el = await mount('ck-agenda', { feed, themes: 'energie' });
    const link = q(el, '[part~="subscribe"]') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL(`${feed}/events.ics?themes=energie`, location.href).href);
    const none = await mount('ck-agenda', { feed: freshFeed('no-members') });
    expect(q(none, '[part~="subscribe"]')).to.equal(null);
  });

  it('puts schema.org JSON-LD of the shown events in the light DOM', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo'), limit: '2' });
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as { '@graph': Record<string, unknown>[] };
    expect(data['@graph'].map((e) => e.name)).to.deep.equal([
      'Climatour de Lille : quartier Fives',
      'Webinaire : stockage carbone dans les sols',
    ]);
    expect(data['@graph'][0]).to.include({
      '@type': 'Event',
      startDate: '2030-03-14T18:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
    });
    expect(data['@graph'][1]).to.include({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    });
  });

  it('uses the partner’s heading level: days at it, events one below', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo'), 'heading-level': '3' });
    expect(q(el, '[part~="day-heading"]')!.localName).to.equal('h3');
    expect(q(el, '[part~="item-title"]')!.localName).to.equal('h4');
  });
});

describe('ck-agenda views', () => {
  it('past events, latest first', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo'), view: 'past' });
    expect(shownNames(el)).to.deep.equal(['Village Alternatiba', 'Marche pour le climat']);
    await expectAccessible(el);
  });

  it('switches view with the buttons, saying which is pressed', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    const past = qa(el, '.view')[2]!;
    past.click();
    await el.updateComplete;
    expect(past.getAttribute('aria-pressed')).to.equal('true');
    expect(shownNames(el)).to.deep.equal(['Village Alternatiba', 'Marche pour le climat']);
  });

  it('month view: one month at a time, with previous and next', async () => {
    const el = await mount('ck-agenda', {
      feed: freshFeed('demo'),
      view: 'month',
      month: '2030-03',
    });
    expect(txt(q(el, '[part~="month-heading"]'))).to.equal('mars 2030');
    expect(
      [
        q(el, '[part~="month-heading"]'),
        q(el, '[part~="day-heading"]'),
        q(el, '[part~="item-title"]'),
      ].map((h) => h!.localName),
    ).to.deep.equal(['h2', 'h3', 'h4']);
    expect(shownNames(el)).to.deep.equal([
      'Climatour de Lille : quartier Fives',
      'Webinaire : stockage carbone dans les sols',
    ]);
    qa(el, '.month-nav button')[1]!.click();
    await el.updateComplete;
    expect(txt(q(el, '[part~="month-heading"]'))).to.equal('avril 2030');
    expect(shownNames(el)).to.deep.equal([
      'Estaminet du Climat',
      'Exposition « +2 °C, le changement climatique près de chez vous »',
    ]);
    qa(el, '.month-nav button')[1]!.click();
    qa(el, '.month-nav button')[1]!.click();
    await el.updateComplete;
    expect(txt(q(el, '[part~="empty"]'))).to.equal('Aucun événement ce mois-ci.');
    await expectAccessible(el);
  });

  it('month grid: weeks from Monday, days with events jump to the list', async () => {
    const el = await mount('ck-agenda', {
      feed: freshFeed('demo'),
      view: 'month',
      month: '2030-03',
    });
    const grid = q(el, '[part~="month-grid"]')!;
    expect(qa(el, '.month-grid th').map((th) => th.getAttribute('abbr'))).to.deep.equal([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    // 1 March 2030 is a Friday: the first row starts with four empty days.
    const firstRow = [...grid.querySelectorAll('tbody tr:first-child td')].map(txt);
    expect(firstRow).to.deep.equal(['', '', '', '', '1', '2', '3']);
    const buttons = qa(el, '.day-button');
    expect(buttons.map(txt)).to.deep.equal([
      '14 1 jeudi 14 mars 2030 : 1 événement',
      '20 1 mercredi 20 mars 2030 : 1 événement',
    ]);
    buttons[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.closest('[data-day]')?.getAttribute('data-day')).to.equal(
      '2030-03-20',
    );
  });

  it('month grid: styled as soon as it shows, from the list view too, rules added once', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo'), month: '2030-03' });
    const sheets = () => el.shadowRoot!.adoptedStyleSheets.length;
    const monthButton = qa(el, '.view').find((b) => txt(b) === 'Mois')!;
    monthButton.click();
    await el.updateComplete;
    const day = q(el, '.day-button')!;
    // The grid's own rules (loaded with it): a full-width button filled with the primary colour.
    expect(getComputedStyle(day).display).to.equal('inline-grid');
    expect(getComputedStyle(day).cursor).to.equal('pointer');
    expect(getComputedStyle(q(el, '.month-grid')!).tableLayout).to.equal('fixed');
    const shown = sheets();
    // Back to the list and to the month again: the rules are not added twice.
    qa(el, '.view')[0]!.click();
    await el.updateComplete;
    monthButton.click();
    await el.updateComplete;
    expect(sheets()).to.equal(shown);
  });

  it('5,000 events: renders one page, then more on request, focus on the first new event', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('big') });
    expect(qa(el, '[part~="item"]')).to.have.length(20);
    const more = q(el, '[part~="show-more"]')!;
    // Thousands are grouped as French writes them (a narrow no-break space, which `txt` reads as a space), as in the status.
    expect(txt(more)).to.equal('Afficher 20 événements de plus (4 980 restants)');
    expect(status(el)).to.equal('5 000 événements trouvés.');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(qa(el, '[part~="item"]')).to.have.length(40);
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Événement n° 21');
  });

  it('in English, thousands take a comma', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('big'), lang: 'en' });
    expect(txt(q(el, '[part~="show-more"]'))).to.equal('Show 20 more events (4,980 left)');
    expect(status(el)).to.equal('5,000 events found.');
  });
});

describe('ck-agenda and hostile feeds', () => {
  it('renders markup in feed text as text, and leaves out a javascript: URL', async () => {
    (window as unknown as { __ckPwned?: number }).__ckPwned = 0;
    const loaded = new Promise<CustomEvent>((r) =>
      document.addEventListener('ck-load', r as EventListener, { once: true }),
    );
    const el = await mount('ck-agenda', { feed: freshFeed('hostile') });
    const { detail } = (await loaded) as unknown as { detail: { issues: { id?: string }[] } };
    expect(detail.issues.map((i) => i.id)).to.include('x3');
    expect(qa(el, 'img, script, svg')).to.have.length(0);
    expect(txt(item(el, 'x1').querySelector('.name, [part~="item-title"]'))).to.contain(
      '<img src=x onerror=',
    );
    expect((window as unknown as { __ckPwned?: number }).__ckPwned).to.equal(0);
  });

  it('keeps feed text inside the JSON-LD when the page is saved or prerendered as HTML', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('hostile') });
    expect(el.querySelector('script[type="application/ld+json"]')).to.not.equal(null);
    // A prerendering service or "save page" serializes the DOM: a `</script>` written raw in
    // the JSON would end the script there, and the markup after it would become elements.
    const saved = new DOMParser().parseFromString(el.outerHTML, 'text/html');
    expect(saved.querySelectorAll('img, script:not([type="application/ld+json"])')).to.have.length(
      0,
    );
    const script = saved.querySelector('script[type="application/ld+json"]')!;
    const names = (JSON.parse(script.textContent!) as { '@graph': { name: string }[] })['@graph'];
    expect(names.map((e) => e.name)).to.include(
      '<img src=x onerror="window.__ckPwned=1"><script>window.__ckPwned=1</script>',
    );
  });

  it('never puts a javascript: URL in an href, even from a client that skips validation', async () => {
    const evil: Event = {
      id: 'evil',
      name: 'Piège',
      startDate: '2030-06-01T10:00:00+02:00',
      status: 'scheduled',
      url: 'javascript:alert(1)',
      online: { url: ' JaVaScRiPt:alert(1)' },
    };
    const real = createClient({ feed: freshFeed('demo') });
    const client: Client = {
      ...real,
      events: async () => ({ items: [evil], issues: [] }),
      members: async () => ({ items: [], issues: [] }),
    };
    const el = await mount('ck-agenda', {}, { props: { client } });
    item(el, 'evil').querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    await el.updateComplete;
    const hrefs = qa(el, '[href]').map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((h) => /script/i.test(h))).to.deep.equal([]);
    expect(qa(el, '[part~="link"]')).to.have.length(0);
  });
});

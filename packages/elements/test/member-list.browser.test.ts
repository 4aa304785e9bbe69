/** `<ck-member-list>`: its states in both languages, each member's card, logos, hostile text. */
import { expect } from '@open-wc/testing';
import '../src/member-list/define.js';
import type { CkLoadEvent } from '../src/shared/events.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed, requestCount, requestsArrived, settled } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { until } from './helpers/pledge-form.js';
import { q, qa, status, txt } from './helpers/query.js';

const names = (el: Element) => qa(el, '[part~="item-title"]').map(txt);
const card = (el: Element, name: string) =>
  qa(el, '[part~="item"]').find((li) => txt(li.querySelector('[part~="item-title"]')) === name)!;

/**
 * Every logo loaded, and every broken one replaced by its initials (a broken image is
 * `complete` before its error event has made the widget draw the initials).
 */
const imagesSettled = (el: Element) =>
  until(() =>
    qa(el, 'img').every(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    ),
  );

afterEach(unmountAll);

describe('ck-member-list states', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`loading (${lang}): skeleton, fallback, busy, an empty live region`, async () => {
      const el = await mount(
        'ck-member-list',
        { feed: freshFeed('slow-directory'), lang },
        { wait: false },
      );
      expect(q(el, '[part~="skeleton"]')).to.not.equal(null);
      expect(q(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(status(el)).to.equal('');
      expect(el.matches(':state(loading)')).to.equal(true);
      await expectAccessible(el);
    });

    it(`populated (${lang}): every member, by name in French order, the count said politely`, async () => {
      const el = await mount('ck-member-list', { feed: freshFeed('directory'), lang });
      expect(names(el)).to.deep.equal([
        'Cerdd',
        'Collectif citoyen de Fives',
        'Département de la Somme',
        'Droit au vélo',
        'École des transitions',
        'Énergies citoyennes en Somme',
        'L’ADEME Hauts-de-France',
        'Maison régionale de l’environnement et des solidarités',
        'Nausicaà, Centre national de la mer',
        'Œuvres laïques d’éducation populaire',
        'Rectorat de l’académie de Lille',
        'Ville de Lille',
      ]);
      const found = lang === 'fr' ? '12 acteurs trouvés.' : '12 organisations found.';
      expect(status(el)).to.equal(found);
      expect(q(el, '[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
      expect(txt(q(el, '[part~="count"]'))).to.equal(found);
      expect(el.matches(':state(populated)')).to.equal(true);
      await imagesSettled(el);
      await expectAccessible(el);
    });

    it(`empty (${lang}): says there is nobody yet, without filters`, async () => {
      const el = await mount('ck-member-list', { feed: freshFeed('directory-empty'), lang });
      expect(txt(q(el, '[part~="empty"]'))).to.equal(
        lang === 'fr' ? 'Aucun acteur engagé pour le moment.' : 'No engaged organisation yet.',
      );
      expect(q(el, '[part~="filters"]')).to.equal(null);
      expect(el.matches(':state(empty)')).to.equal(true);
      await expectAccessible(el);
    });

    it(`error (${lang}): a sentence, a retry button, the fallback`, async () => {
      const el = document.createElement('ck-member-list');
      el.append(
        Object.assign(document.createElement('a'), {
          href: '/open-data',
          textContent: 'Les données',
        }),
      );
      const loaded = settled(el);
      Object.assign(el, { feed: freshFeed('directory-broken'), lang });
      document.body.append(el);
      expect((await loaded).type).to.equal('ck-error');
      await el.updateComplete;
      expect(txt(q(el, '[role="alert"]'))).to.contain(
        lang === 'fr'
          ? 'La liste des acteurs engagés n’a pas pu être chargée.'
          : 'The list of engaged organisations could not be loaded.',
      );
      expect(q(el, '[part~="retry-button"]')).to.not.equal(null);
      expect(el.matches(':state(error)')).to.equal(true);
      await expectAccessible(el);
      el.remove();
    });

    it(`no result (${lang}): says so and offers to clear the filters`, async () => {
      const el = await mount('ck-member-list', { feed: freshFeed('directory'), lang });
      const search = q(el, 'input[type="search"]') as HTMLInputElement;
      search.value = 'zzzz';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(txt(q(el, '[part~="empty"] p'))).to.equal(
        lang === 'fr'
          ? 'Aucun acteur ne correspond à ces critères.'
          : 'No organisation matches these criteria.',
      );
      expect(status(el)).to.equal(
        lang === 'fr' ? 'Aucun acteur trouvé.' : 'No organisation found.',
      );
      expect(txt(q(el, '[part~="clear-filters"]'))).to.equal(
        lang === 'fr' ? 'Effacer les filtres' : 'Clear filters',
      );
      await expectAccessible(el);
    });
  }

  it('dark theme: contrast holds (axe)', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory'), theme: 'dark' });
    el.closest('div')!.style.background = '#0d100e';
    await imagesSettled(el);
    await expectAccessible(el);
  });

  it('another feed: its own members and events, nothing kept from the first', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory') });
    q(el, '#ck-member-cerdd [part~="details-button"]')!.click();
    await until(() => q(el, '[part~="events"]') !== null);
    const reloaded = settled(el);
    el.feed = freshFeed('directory-hostile');
    await reloaded;
    await el.updateComplete;
    q(el, '[part~="details-button"]')!.click();
    await until(() => q(el, '[part~="events"]') !== null);
    expect(txt(q(el, '[part~="events"]'))).to.contain('<script>');
  });

  it('the grid and list layouts', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory'), layout: 'list' });
    const columns = () => getComputedStyle(q(el, '[part~="list"]')!).gridTemplateColumns.split(' ');
    expect(columns()).to.have.length(1);
    el.closest('div')!.style.width = '900px';
    el.layout = 'grid';
    await el.updateComplete;
    expect(columns().length).to.be.greaterThan(1);
  });
});

describe('ck-member-list cards', () => {
  it('name, kind in words, locality, themes, description, website, heading level', async () => {
    const el = await mount('ck-member-list', {
      feed: freshFeed('directory'),
      'heading-level': '4',
    });
    const cerdd = card(el, 'Cerdd');
    expect(cerdd.querySelector('[part~="item-title"]')!.tagName).to.equal('H4');
    expect(txt(cerdd.querySelector('[part~="item-kind"]'))).to.equal(
      'Établissement public · Loos-en-Gohelle',
    );
    expect([...cerdd.querySelectorAll('[part~="item-tags"] li')].map(txt)).to.deep.equal([
      'Sensibilisation',
      'Énergie',
    ]);
    expect(txt(cerdd.querySelector('[part~="item-description"]'))).to.contain('Dynamique Climat');
    const link = cerdd.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(link.href).to.equal('https://cerdd.example.org/');
    expect(txt(link)).to.equal('Site web : Cerdd');
    el.lang = 'en';
    await el.updateComplete;
    expect(txt(card(el, 'Ville de Lille').querySelector('[part~="item-kind"]'))).to.equal(
      'Local authority · Lille',
    );
  });

  it('a logo on the feed’s host: a lazy image in a fixed box, no referrer; initials otherwise', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory') });
    const box = (name: string) => card(el, name).querySelector<HTMLElement>('[part~="logo"]')!;
    const img = box('Cerdd').querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.alt).to.equal('Logo : Cerdd');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['64', '64']);
    const before = box('Cerdd').getBoundingClientRect();
    await until(() => img.complete);
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(box('Cerdd').getBoundingClientRect().height).to.equal(before.height);
    expect(box('Ville de Lille').getBoundingClientRect().height).to.equal(before.height);
    expect(txt(box('Ville de Lille'))).to.equal('VL');
    expect(box('Ville de Lille').querySelector('img')).to.equal(null);
  });

  it('a logo that fails to load gives way to the initials', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory'), q: 'maison' });
    const logo = () => q(el, '[part~="logo"]')!;
    expect(logo().querySelector('img')).to.not.equal(null);
    await until(() => logo().querySelector('img') === null);
    expect(txt(logo())).to.equal('MR');
  });

  it('asks no other host for a logo by default; `remote-images` opts in', async () => {
    const feed = freshFeed('directory');
    const remote = '/__feeds/remote-logos/v1/ademe.svg';
    const before = await requestCount(remote);
    const el = await mount('ck-member-list', { feed, kinds: 'etablissement-public' });
    expect(names(el)).to.deep.equal(['Cerdd', 'L’ADEME Hauts-de-France']);
    await imagesSettled(el);
    // The feed's own logo loaded (so images were not just late) and the other host was not asked.
    const own = card(el, 'Cerdd').querySelector('img')!;
    expect(own.naturalWidth).to.be.greaterThan(0);
    expect(await requestCount(remote)).to.equal(before);
    const otherHost = (e: PerformanceEntry) => new URL(e.name).host !== location.host;
    expect(performance.getEntriesByType('resource').filter(otherHost)).to.deep.equal([]);
    expect(txt(card(el, 'L’ADEME Hauts-de-France').querySelector('[part~="logo"]'))).to.equal('AH');

    const opted = await mount('ck-member-list', {
      feed,
      kinds: 'etablissement-public',
      'remote-images': '',
    });
    await requestsArrived(remote, before + 1);
    const img = card(opted, 'L’ADEME Hauts-de-France').querySelector('img')!;
    expect(new URL(img.src).host).to.not.equal(location.host);
  });
});

describe('ck-member-list and hostile feeds', () => {
  it('markup and script in every field stay text; javascript: and data: URLs never render', async () => {
    delete (window as { __ckPwned?: number }).__ckPwned;
    const feed = freshFeed('directory-hostile');
    const el = document.createElement('ck-member-list');
    const loaded = settled(el) as Promise<CkLoadEvent>;
    el.feed = feed;
    document.body.append(el);
    const { detail } = await loaded;
    await el.updateComplete;
    // Three members left out by validation, and said so.
    expect(detail.counts).to.deep.equal({ members: 1, shown: 1 });
    expect(detail.issues.map((i) => i.id).sort()).to.deep.equal([
      'data-logo',
      'js-link',
      'js-logo',
    ]);
    const root = el.shadowRoot!;
    q(el, '[part~="details-button"]')!.click();
    await until(() => q(el, '[part~="events"]') !== null);
    await until(() => qa(el, 'img').every((i) => (i as HTMLImageElement).complete));
    expect(root.querySelector('script, svg, foreignObject, img[src="x"], #pwn')).to.equal(null);
    const urls = qa(el, '[href], [src]').map(
      (n) => n.getAttribute('href') ?? n.getAttribute('src'),
    );
    expect(urls.filter((u) => !/^https?:\/\//.test(u!))).to.deep.equal([]);
    expect(txt(q(el, '[part~="item-title"]'))).to.contain('<script>');
    expect(txt(q(el, '[part~="coalitions"]'))).to.contain('<img');
    expect(txt(q(el, '[part~="events"]'))).to.contain('<script>');
    // The hostile SVG logo is an <img>: whatever it holds, it runs nothing.
    expect(q(el, '[part~="logo"] img')).to.not.equal(null);
    expect((window as { __ckPwned?: number }).__ckPwned).to.equal(undefined);
    await expectAccessible(el);
    el.remove();
  });
});

describe('ck-member-list details of a collective overseas', () => {
  it('an all-day event is upcoming until its day ends in the collective’s zone', async () => {
    // 21:00 in Martinique on 16 March, the day of the event: already 17 March in UTC.
    const now = new Date('2030-03-17T01:00:00Z');
    const el = await mount('ck-member-list', { feed: freshFeed('overseas') }, { props: { now } });
    q(el, '[part~="details-button"]')!.click();
    await until(() => q(el, '[part~="events"]') !== null);
    expect(txt(q(el, '[part~="events"]'))).to.contain('Fête de la nature à Fort-de-France');
  });
});

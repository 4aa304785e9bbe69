/** <ck-coalition-map>: markers and clusters, the equivalent list, the card, the states. */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/coalition-map/define.js';
import '../src/agenda/define.js';
import type { CkLoadEvent, CkSelectEvent } from '../src/shared/events.js';
import type { Cluster } from '../src/coalition-map/cluster.js';
import { mapMessages } from '../src/coalition-map/messages.js';
import { spreadClusters } from '../src/coalition-map/spread.js';
import { expectAccessible } from './helpers/axe.js';
import { feedPath, freshFeed, requestCount } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa, status, txt } from './helpers/query.js';
import {
  cardTitle,
  clusterNames,
  listIds,
  mapIds,
  markerNames,
  press,
  showList,
  showMap,
} from './helpers/coalition-map.js';

describe('ck-coalition-map', () => {
  afterEach(unmountAll);

  it('draws a marker per lone coalition and a cluster for the four around Amiens', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    expect(markerNames(el)).to.include('Coalition Climat 21 Lille');
    expect(markerNames(el)).to.include('Coalition énergie de La Réunion, Saint-Denis');
    expect(clusterNames(el)).to.deep.equal(['4 coalitions autour d’Amiens']);
    const cluster = q(el, '[part~="cluster"]')!;
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.getAttribute('tabindex')).to.equal('0');
    expect(status(el)).to.contain('9 coalitions');
  });

  it('reports counts in ck-load: every coalition, the placed ones, the shown ones', async () => {
    const el = document.createElement('ck-coalition-map');
    el.feed = freshFeed('coalitions');
    const loaded = new Promise<CkLoadEvent>((r) =>
      el.addEventListener('ck-load', r, { once: true }),
    );
    document.body.append(el);
    const e = await loaded;
    expect(e.detail.counts).to.deep.equal({ coalitions: 9, placed: 8, shown: 9 });
    el.remove();
  });

  it('the list names the same coalitions as the map, plus the one without geo', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const onMap = mapIds(el);
    expect(onMap).to.have.length(8);
    await showList(el);
    expect(status(el)).to.contain('les mêmes que sur la carte');
    expect(q(el, '[part~="list"]')!.getAttribute('aria-describedby')).to.equal('ck-map-list-note');
    const inList = listIds(el);
    expect(inList.filter((id) => id !== 'reseau-sobriete').sort()).to.deep.equal([...onMap].sort());
    expect(inList).to.include('reseau-sobriete');
    expect(txt(q(el, '[data-id="reseau-sobriete"]'))).to.contain('Pas située sur la carte');
  });

  it('the list shows page-size coalitions, then "show more" adds the next ones and focuses the first', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions'), 'page-size': '4' });
    await showList(el);
    expect(listIds(el)).to.have.length(4);
    const more = q(el, '[part~="show-more"]')!;
    expect(txt(more)).to.equal('Afficher 4 de plus');
    (more as HTMLButtonElement).click();
    await el.updateComplete;
    const ids = listIds(el);
    expect(ids).to.have.length(8);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, `[data-id="${ids[4]}"] button`));
  });

  it('keyboard: Enter on a marker opens its card and fires ck-select; Escape closes it, focus returns', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const marker = q(el, '[data-key="cc21-lille"]')!;
    marker.focus();
    const selected = new Promise<CkSelectEvent>((r) =>
      el.addEventListener('ck-select', r, { once: true }),
    );
    marker.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    expect((await selected).detail).to.deep.equal({ id: 'cc21-lille', kind: 'coalition' });
    await el.updateComplete;
    expect(cardTitle(el)).to.equal('Coalition Climat 21 Lille');
    expect(el.shadowRoot!.activeElement?.id).to.equal('ck-map-card-title');
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    const card = txt(q(el, '[part~="card"]'));
    // Members by name: members.json's names (an unknown id left out), then the others.
    for (const s of [
      'Cerdd',
      'Ville de Lille',
      'Alternatiba Lille',
      'Coalition géographique',
      'Active',
      'Mobilité, Énergie',
      'Une réunion mensuelle',
      'Forum des alternatives',
    ])
      expect(card).to.contain(s);
    expect(card).not.to.contain('inconnu');
    const links = qa(el, '[part~="card"] a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'https://cc21-lille.example.org/',
      'mailto:contact@cc21-lille.example.org',
    ]);
    await expectAccessible(el);
    el.shadowRoot!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(q(el, '[part~="card"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal('cc21-lille');
  });

  it('choosing in the list opens the card there and selects the coalition on the map', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    await showList(el);
    q(el, '[data-id="amiens-camon"] button')!.click();
    await el.updateComplete;
    expect(cardTitle(el)).to.equal('Coalition alimentation durable de Camon');
    await expectAccessible(el);
    await showMap(el);
    // Inside the Amiens cluster at first: the map zooms in until it stands alone, selected.
    const marker = q(el, '[data-key="amiens-camon"]');
    expect(marker, 'its own marker').to.not.equal(null);
    expect(marker!.getAttribute('aria-expanded')).to.equal('true');
    expect(cardTitle(el)).to.equal('Coalition alimentation durable de Camon');
  });

  it('a cluster splits when chosen: the map zooms in and focus moves to one of its coalitions', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const before = q(el, 'svg.map')!.getAttribute('viewBox');
    q(el, '[part~="cluster"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(q(el, 'svg.map')!.getAttribute('viewBox')).not.to.equal(before);
    const amiens = ['amiens-centre', 'amiens-longueau', 'amiens-camon', 'amiens-salouel'];
    const shown = mapIds(el).filter((id) => amiens.includes(id));
    expect(shown.sort()).to.deep.equal([...amiens].sort());
    expect(clusterNames(el).filter((n) => n.includes('Amiens'))).to.deep.equal([]);
    const focused = el.shadowRoot!.activeElement;
    expect(amiens.some((id) => focused?.getAttribute('data-key') === id)).to.equal(true);
  });

  it('coalitions at the very same place: Enter on their cluster fans them out, each one opens', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions-same-place') });
    const clusters = () => qa(el, '[part~="cluster"]');
    expect(clusters().map((c) => c.getAttribute('aria-label'))).to.deep.equal([
      '5 coalitions autour de Brest',
    ]);
    const enter = (target: Element) =>
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    // A keyboard visitor: focus on the cluster, Enter.
    (clusters()[0] as unknown as HTMLElement).focus();
    enter(clusters()[0]!);
    await el.updateComplete;
    // Zoomed as far as the map goes: there every coalition is a marker of its own (the fan
    // comes with the card and the list, asked for when focus entered the map).
    await waitUntil(() => clusters().length === 0, 'the cluster is fanned out');
    const markers = qa(el, '[part~="marker"]');
    expect(markers.map((m) => m.getAttribute('data-key')).sort()).to.deep.equal([
      'brest-0',
      'brest-1',
      'brest-2',
      'brest-3',
      'brest-4',
    ]);
    // They do not cover one another (24 px markers).
    const centres = markers.map((m) => {
      const r = m.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as const;
    });
    for (const [i, a] of centres.entries())
      for (const b of centres.slice(i + 1))
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).to.be.at.least(24);
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.getAttribute('part')).to.equal('marker');
    enter(markers[3]!);
    await el.updateComplete;
    expect(q(el, '[part~="card-title"]')?.textContent?.trim()).to.equal(
      markers[3]!.getAttribute('aria-label'),
    );
  });

  it('a coalition of a cluster no zoom splits, chosen in the list, stands alone back on the map', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions-same-place') });
    await showList(el);
    const item = qa(el, '[part~="item-button"]').find((b) => txt(b).includes('énergie'))!;
    item.click();
    await el.updateComplete;
    await showMap(el);
    const marker = q(el, '[data-key="brest-2"]');
    expect(marker?.getAttribute('part')).to.equal('marker');
    expect(marker!.getAttribute('aria-expanded')).to.equal('true');
    expect(cardTitle(el)).to.equal('Coalition énergie de Brest');
  });

  it('pressing Zoomer until the map can zoom no more keeps focus on it, said unavailable', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const zoomIn = qa(el, '.control').find((b) => b.getAttribute('aria-label') === 'Zoomer')!;
    const viewBox = () => q(el, 'svg.map')!.getAttribute('viewBox');
    const spent = () =>
      zoomIn.hasAttribute('disabled') || zoomIn.getAttribute('aria-disabled') === 'true';
    // Moves without animation (prefers-reduced-motion; Firefox has no media emulation here).
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({ matches: query.includes('reduced-motion: reduce') }) as MediaQueryList;
    try {
      zoomIn.focus();
      // ×1.5 a press, 64× at most: a dozen presses.
      for (let i = 0; i < 20 && !spent(); i++) {
        zoomIn.click();
        await el.updateComplete;
      }
      expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
      const focused = el.shadowRoot!.activeElement?.getAttribute('aria-label');
      expect(focused, 'focus stays on the button').to.equal('Zoomer');
      const before = viewBox();
      zoomIn.click();
      await el.updateComplete;
      expect(viewBox()).to.equal(before);
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('at the deepest zoom, neighbouring fans become one: no marker covers another', () => {
    // Two towns 30 px apart at this scale, with 6 and 40 coalitions each, and one lone beside.
    const town = (key: string, x: number, n: number): Cluster<{ id: string }> => ({
      key,
      x,
      y: 100,
      frame: 'metropole',
      items: Array.from({ length: n }, (_, i) => ({ id: `${key}-${i}` })),
      bounds: { x, y: 100, w: 0, h: 0 },
    });
    const lone = town('seule', 160, 1);
    const far = town('loin', 900, 1);
    const marks = spreadClusters([town('a', 100, 6), town('b', 130, 40), lone, far], {
      canZoomIn: false,
      pxPerUnit: 1,
    });
    expect(marks).to.have.length(48);
    expect(marks.every((m) => m.items.length === 1)).to.equal(true);
    expect(marks).to.include(far, 'a marker far away stays where it is');
    for (const [i, a] of marks.entries())
      for (const b of marks.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(24, `${a.key} / ${b.key}`);
  });

  it('on a phone, a card whose name has a long word keeps its close button whole, its title inside', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions-long-word') });
    el.style.cssText = 'display: block; width: 320px';
    press(q(el, '[data-key="hashtag"]'));
    await el.updateComplete;
    const card = q(el, '[part~="card"]')!;
    const title = q(el, '[part~="card-title"]')!;
    const close = q(el, '[part~="close-button"]')!;
    // "Fermer" on one line: the button is no taller than a button of one line.
    const oneLine = q(el, '[part~="views"] button')!.getBoundingClientRect().height;
    expect(close.getBoundingClientRect().height).to.be.at.most(oneLine + 1);
    expect(title.getBoundingClientRect().right).to.be.at.most(
      close.getBoundingClientRect().left + 0.5,
    );
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    await showList(el);
    const item = q(el, '[part~="item"]')!;
    expect(item.scrollWidth).to.be.at.most(item.clientWidth);
  });

  it('on a phone the zoom and move buttons are one row below the map; on a desktop, over it', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const map = () => q(el, 'svg.map')!.getBoundingClientRect();
    const buttons = () => qa(el, '[part~="controls"] button').map((b) => b.getBoundingClientRect());
    el.style.cssText = 'display: block; width: 360px';
    await el.updateComplete;
    const over = buttons().filter((b) => b.top < map().bottom - 0.5);
    expect(over.length, 'buttons over the map').to.equal(0);
    expect(new Set(buttons().map((b) => Math.round(b.top))).size, 'rows').to.equal(1);
    expect(Math.max(...buttons().map((b) => b.right))).to.be.at.most(map().right + 0.5);
    el.style.cssText = 'display: block; width: 900px';
    await el.updateComplete;
    expect(buttons().every((b) => b.bottom <= map().bottom && b.right <= map().right)).to.equal(
      true,
    );
  });

  it("a click on a marker's dot opens its card; Space or a click on a cluster's dot zooms in", async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const dot = q(el, '[data-key="cc21-lille"] .dot')!;
    dot.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(cardTitle(el)).to.equal('Coalition Climat 21 Lille');
    expect(q(el, '[data-key="cc21-lille"]')!.getAttribute('aria-expanded')).to.equal('true');
    const before = q(el, 'svg.map')!.getAttribute('viewBox');
    q(el, '[part~="cluster"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }),
    );
    await el.updateComplete;
    const zoomed = q(el, 'svg.map')!.getAttribute('viewBox');
    expect(zoomed).not.to.equal(before);
    // A click lands on a cluster's dot (its count lets presses through).
    const other = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const start = q(other, 'svg.map')!.getAttribute('viewBox');
    q(other, '[part~="cluster"] .dot')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await other.updateComplete;
    expect(q(other, 'svg.map')!.getAttribute('viewBox')).not.to.equal(start);
  });

  it('names a cluster in correct French: d’ before a vowel, du and des for Le and Les', () => {
    const name = (place: string) => mapMessages.fr.cluster(3, place);
    expect(name('Amiens')).to.equal('3 coalitions autour d’Amiens');
    expect(name('Lille')).to.equal('3 coalitions autour de Lille');
    expect(name('Évreux')).to.equal('3 coalitions autour d’Évreux');
    expect(name('Les Abymes')).to.equal('3 coalitions autour des Abymes');
    expect(name('Le Havre')).to.equal('3 coalitions autour du Havre');
    expect(name('Les Sables-d’Olonne')).to.equal('3 coalitions autour des Sables-d’Olonne');
    expect(name('La Rochelle')).to.equal('3 coalitions autour de La Rochelle');
    expect(name('Lens')).to.equal('3 coalitions autour de Lens');
    expect(name('Lesneven')).to.equal('3 coalitions autour de Lesneven');
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions'), lang: 'en' });
    expect(clusterNames(el)).to.deep.equal(['4 coalitions around Amiens']);
    expect(qa(el, '.control').map((b) => b.getAttribute('aria-label'))).to.include('Zoom in');
    expect(txt(q(el, '[part~="attribution"]'))).to.equal('Base map: Natural Earth');
    await showList(el);
    expect(status(el)).to.contain('the same as on the map');
    await expectAccessible(el);
  });

  it('the card and the list speak the map’s language (French with them, English with the map’s)', async () => {
    for (const [lang, close, objective, notOnMap] of [
      ['fr', 'Fermer', 'Objectif', 'Pas située sur la carte'],
      ['en', 'Close', 'Objective', 'Not placed on the map'],
    ]) {
      const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions'), lang: lang! });
      press(q(el, '[data-key="cc21-lille"]'));
      await el.updateComplete;
      expect(txt(q(el, '[part~="close-button"]')), lang).to.equal(close);
      expect(txt(q(el, '[part~="card"] dt')), lang).to.equal(objective);
      await showList(el);
      expect(txt(q(el, '[data-id="reseau-sobriete"]')), lang).to.contain(notOnMap);
    }
  });

  it('names members from the members document the page already fetched (one request)', async () => {
    const feed = freshFeed('coalitions');
    const box = document.createElement('div');
    document.body.append(box);
    await mount('ck-agenda', { feed }, { parent: box });
    const el = await mount('ck-coalition-map', { feed }, { parent: box });
    expect(await requestCount(`${feedPath(feed)}/members.json`)).to.equal(1);
    press(q(el, '[data-key="cc21-lille"]'));
    await el.updateComplete;
    expect(txt(q(el, '[part~="card"]'))).to.contain('Ville de Lille');
    box.remove();
  });

  it('without members.json, cards still name the other members', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions-no-members') });
    press(q(el, '[data-key="cc21-lille"]'));
    await el.updateComplete;
    const card = txt(q(el, '[part~="card"]'));
    expect(card).to.contain('Alternatiba Lille');
    expect(card).not.to.contain('Cerdd');
  });

  it('hostile text stays text; an unsafe link never reaches the page', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions-hostile') });
    expect(q(el, 'img'), 'no injected image').to.equal(null);
    expect(q(el, 'script')).to.equal(null);
    press(q(el, '[data-key="h1"]'));
    await el.updateComplete;
    expect(txt(q(el, '[part~="card"]'))).to.contain('<img src=x');
    expect(q(el, 'img')).to.equal(null);
    expect((window as { __ckPwned?: number }).__ckPwned).to.equal(undefined);
    await showList(el);
    expect(listIds(el)).to.deep.equal(['h1']);
    expect(qa(el, 'a').every((a) => !/^javascript:/i.test(a.getAttribute('href') ?? ''))).to.equal(
      true,
    );
  });

  it('no request leaves the page’s host (no tiles, no fonts, no third party)', async () => {
    performance.clearResourceTimings();
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    press(q(el, '[part~="cluster"]'));
    await el.updateComplete;
    const hosts = new Set(
      performance.getEntriesByType('resource').map((r) => new URL(r.name).host),
    );
    expect([...hosts]).to.deep.equal([location.host]);
  });

  it('empty, error and no-match states, each accessible', async () => {
    const empty = await mount('ck-coalition-map', { feed: freshFeed('coalitions-empty') });
    expect(txt(q(empty, '[part~="empty"]'))).to.equal('Aucune coalition n’est encore publiée.');
    await expectAccessible(empty);
    const broken = await mount('ck-coalition-map', { feed: freshFeed('coalitions-broken') });
    expect(txt(q(broken, '[part~="error"]'))).to.contain(
      'Les coalitions n’ont pas pu être chargées.',
    );
    await expectAccessible(broken);
    const none = await mount('ck-coalition-map', { feed: freshFeed('coalitions'), q: 'zzz' });
    expect(txt(q(none, '[part~="empty"]'))).to.equal(
      'Aucune coalition ne correspond à ces critères.',
    );
    await expectAccessible(none);
  });

  it('the map and the loading state are accessible, in light and dark', async () => {
    const loading = await mount(
      'ck-coalition-map',
      { feed: freshFeed('slow-coalitions') },
      { wait: false },
    );
    await expectAccessible(loading);
    for (const theme of ['light', 'dark']) {
      const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions'), theme });
      await expectAccessible(el);
    }
  });
});

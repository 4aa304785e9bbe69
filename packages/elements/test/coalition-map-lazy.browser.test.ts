/**
 * <ck-coalition-map>: the card and the list load on first use (ahead, when a visitor reaches
 * for the widget); when they cannot load, the visitor is told and can try again.
 */
import { expect } from '@open-wc/testing';
import { CkCoalitionMap } from '../src/coalition-map/define.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, txt } from './helpers/query.js';
import { cardTitle, listIds, showList } from './helpers/coalition-map.js';

/** A map whose card and list cannot load while `offline` (a network that dropped). */
class OfflineMap extends CkCoalitionMap {
  static offline = true;
  static asked = 0;
  protected override loadCardAndList() {
    OfflineMap.asked++;
    return OfflineMap.offline
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : super.loadCardAndList();
  }
}
customElements.define('ck-test-offline-map', OfflineMap);

const enter = (el: Element) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));

const mountOffline = async (attrs: Record<string, string> = {}) => {
  OfflineMap.offline = true;
  OfflineMap.asked = 0;
  return (await mount('ck-test-offline-map' as 'ck-coalition-map', {
    feed: freshFeed('coalitions'),
    ...attrs,
  })) as OfflineMap;
};

describe('ck-coalition-map: card and list on first use', () => {
  const logError = console.error;
  let logged: unknown[][] = [];
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args);
  });
  afterEach(() => {
    console.error = logError;
    unmountAll();
  });

  it('loads them ahead when a pointer comes over the map, before any click; not before', async () => {
    const el = await mountOffline();
    // Once drawn and the browser idle, nothing was asked for: a page nobody touches loads no card.
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(OfflineMap.asked).to.equal(0);
    q(el, 'svg.map')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    expect(OfflineMap.asked).to.equal(1);
    expect(q(el, '[part~="card"]')).to.equal(null);
    // Failing ahead of need says nothing: the map is all there is to see.
    await new Promise((resolve) => setTimeout(resolve)); // the failed import settles
    await el.updateComplete;
    expect(q(el, '[part~="error"]')).to.equal(null);
    expect(q(el, 'svg.map')).to.not.equal(null);
  });

  it('loads them ahead when focus comes into the widget (a keyboard visitor)', async () => {
    const el = await mountOffline();
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(OfflineMap.asked).to.equal(0);
    q(el, '[data-key="cc21-lille"]')!.focus();
    expect(OfflineMap.asked).to.equal(1);
  });

  it('a card that cannot load says so, focus on "Réessayer"; once back, the card opens, focused', async () => {
    const el = await mountOffline();
    const marker = q(el, '[data-key="cc21-lille"]')!;
    marker.focus();
    enter(marker);
    await el.updateComplete;
    const error = q(el, '[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    // The page's developer sees why in the console.
    expect(String(logged.at(-1)?.[0])).to.contain('could not load part of the widget');
    expect(txt(error)).to.contain('Le contenu n’a pas pu être chargé.');
    const retry = q(el, '[part~="retry-button"]')!;
    expect(txt(retry)).to.equal('Réessayer');
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    await expectAccessible(el);
    OfflineMap.offline = false;
    retry.click();
    await el.updateComplete;
    expect(q(el, '[part~="error"]')).to.equal(null);
    expect(cardTitle(el)).to.equal('Coalition Climat 21 Lille');
    expect(el.shadowRoot!.activeElement?.id).to.equal('ck-map-card-title');
  });

  it('a list that cannot load says so (in English too); once back, it is all there', async () => {
    const el = await mountOffline({ lang: 'en' });
    await showList(el);
    expect(txt(q(el, '[part~="error"]'))).to.contain('could not be loaded');
    expect(q(el, '[part~="list"]')).to.equal(null);
    OfflineMap.offline = false;
    q(el, '[part~="retry-button"]')!.click();
    await el.updateComplete;
    expect(listIds(el)).to.have.length(9);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part~="item-button"]'));
  });

  it('view="list" waits for the list, then shows it whole', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions'), view: 'list' });
    expect(listIds(el)).to.have.length(9);
  });
});

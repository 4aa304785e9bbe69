/** <ck-coalition-map>: a visitor's filters and a partner's presets, the same on the map and in the list. */
import { expect } from '@open-wc/testing';
import '../src/coalition-map/define.js';
import type { CkCoalitionMap } from '../src/coalition-map/coalition-map.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa, status, txt } from './helpers/query.js';
import { listIds, mapIds, showList } from './helpers/coalition-map.js';

const choose = async (el: CkCoalitionMap, name: string, value: string) => {
  const control = q(el, `[name="${name}"]`) as HTMLInputElement | HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(
    new Event(control.tagName === 'INPUT' ? 'input' : 'change', { bubbles: true }),
  );
  await el.updateComplete;
};

/** Ids on the map, then ids in the list (the list view is left open). */
async function both(el: CkCoalitionMap): Promise<{ map: string[]; list: string[] }> {
  const map = mapIds(el).sort();
  await showList(el);
  return { map, list: listIds(el).sort() };
}

describe('ck-coalition-map filters', () => {
  afterEach(unmountAll);

  it('a visitor’s theme filter narrows the map and the list alike, and says how many', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    await choose(el, 'theme', 'mobilite');
    expect(status(el)).to.equal('4 coalitions');
    const { map, list } = await both(el);
    expect(map).to.deep.equal([
      'amiens-centre',
      'amiens-longueau',
      'brest-mobilites',
      'cc21-lille',
    ]);
    expect(list).to.deep.equal(map);
    await expectAccessible(el);
  });

  it('search ignores case, accents, ligatures and punctuation, and finds members by name', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    await choose(el, 'q', 'COEUR d amiens');
    expect(mapIds(el)).to.deep.equal(['amiens-centre']);
    await choose(el, 'q', 'ville de lille');
    expect(mapIds(el)).to.deep.equal(['cc21-lille']);
    await choose(el, 'q', 'sobriete');
    expect(mapIds(el)).to.deep.equal([]);
    await showList(el);
    expect(listIds(el)).to.deep.equal(['reseau-sobriete']);
  });

  it('scope and status choices combine; clearing brings everything back', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    await choose(el, 'scope', 'thematique');
    await choose(el, 'status', 'active');
    expect(mapIds(el).sort()).to.deep.equal(['amiens-camon', 'brest-mobilites']);
    const reset = qa(el, '[part~="filters"] button').find((b) => txt(b) === 'Effacer les filtres')!;
    reset.click();
    await el.updateComplete;
    expect(mapIds(el)).to.have.length(8);
  });

  it('no match: a sentence instead of the map', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    await choose(el, 'q', 'introuvable');
    expect(txt(q(el, '[part~="empty"]'))).to.equal(
      'Aucune coalition ne correspond à ces critères.',
    );
    expect(status(el)).to.equal('Aucune coalition');
    await expectAccessible(el);
  });

  it('presets by attribute: themes, scope, status, region and q, with their choices not offered again', async () => {
    const themes = await mount('ck-coalition-map', {
      feed: freshFeed('coalitions'),
      themes: 'alimentation biodiversite',
    });
    expect((await both(themes)).list).to.deep.equal([
      'amiens-camon',
      'amiens-salouel',
      'guadeloupe-mer',
    ]);
    const options = qa(themes, '[name="theme"] option').map((o) => o.getAttribute('value'));
    expect(options).to.deep.equal(['', 'alimentation', 'biodiversite']);

    const scope = await mount('ck-coalition-map', {
      feed: freshFeed('coalitions'),
      scope: 'sectorielle',
    });
    expect((await both(scope)).list).to.deep.equal(['reseau-sobriete', 'reunion-energie']);

    const dormant = await mount('ck-coalition-map', {
      feed: freshFeed('coalitions'),
      status: 'dormant',
    });
    expect((await both(dormant)).map).to.deep.equal(['amiens-salouel']);

    const region = await mount('ck-coalition-map', {
      feed: freshFeed('coalitions'),
      region: 'Bretagne',
    });
    expect(mapIds(region)).to.deep.equal(['brest-mobilites']);
    expect(q(region, '[name="region"]'), 'no region choice').to.equal(null);
    expect(q(region, '.region.highlight')).to.not.equal(null);

    const words = await mount('ck-coalition-map', { feed: freshFeed('coalitions'), q: 'jardins' });
    expect(mapIds(words)).to.deep.equal(['amiens-salouel']);
  });

  it('Escape in the search box is the search box’s: an open card stays, focus stays', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    q(el, '[data-key="cc21-lille"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    const search = q(el, 'input[type="search"]') as HTMLInputElement;
    search.focus();
    const escape = new KeyboardEvent('keydown', {
      key: 'Escape',
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    search.dispatchEvent(escape);
    await el.updateComplete;
    expect(escape.defaultPrevented, 'the browser may clear the search').to.equal(false);
    expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('search');
    expect(q(el, '[part~="card"]'), 'the card is still open').to.not.equal(null);
  });

  it('no-filters hides the form; presets still apply', async () => {
    const el = await mount('ck-coalition-map', {
      feed: freshFeed('coalitions'),
      'no-filters': '',
      scope: 'geographique',
    });
    expect(q(el, '[part~="filters"]')).to.equal(null);
    expect(mapIds(el).sort()).to.deep.equal([
      'amiens-centre',
      'amiens-longueau',
      'cc21-lille',
      'guadeloupe-mer',
    ]);
  });
});

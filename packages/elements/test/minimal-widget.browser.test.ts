/**
 * The minimal widget of `src/shared/README.md`, run: the base and its pieces are enough for
 * a list widget (typed data, own strings, search, paging, details, `ck-select`). That the
 * README shows this very file is checked by `docs.node.test.ts`.
 */
import { expect } from '@open-wc/testing';
import { defineElement } from '../src/shared/define.js';
import type { CkSelectEvent } from '../src/shared/events.js';
import { CkMemberList } from './fixtures/minimal-widget.js';
import { expectAccessible } from './helpers/axe.js';
import { feedPath, freshFeed, requestCount, settled } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa, status, txt } from './helpers/query.js';

// Its own tag: the real <ck-member-list> (src/member-list/) grew from this example.
defineElement('ck-minimal-members', CkMemberList);
declare global {
  interface HTMLElementTagNameMap {
    'ck-minimal-members': CkMemberList;
  }
}

const names = (el: Element) => qa(el, '[part~="item"] button').map(txt);

describe('the minimal widget (src/shared/README.md)', () => {
  afterEach(unmountAll);

  it('loads typed data, pages it with focus on the first new item, opens details', async () => {
    const el = await mount('ck-minimal-members', { feed: freshFeed('demo') });
    expect(status(el)).to.equal('3 membres');
    expect(names(el)).to.have.length(2);
    await expectAccessible(el);
    q(el, '[part~="show-more"]')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Cerdd',
      'Maison Régionale de l’Environnement et des Solidarités',
      'Ville de Lille',
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#m-ville-lille button'));

    const selected = new Promise<CkSelectEvent>((r) =>
      el.addEventListener('ck-select', r, { once: true }),
    );
    q(el, '#m-cerdd button')!.click();
    expect((await selected).detail).to.deep.equal({ id: 'cerdd', kind: 'member' });
    await el.updateComplete;
    expect(txt(q(el, '#m-cerdd [part~="details"]'))).to.equal('etablissement-public');
  });

  it('filters from its form, speaks its own language, reloads from memory on a new input', async () => {
    const feed = freshFeed('demo');
    const el = await mount('ck-minimal-members', { feed, lang: 'en' });
    expect(txt(q(el, '[part~="show-more"]'))).to.equal('Show 1 more');
    const search = q(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'lille';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ville de Lille']);

    const reloaded = settled(el);
    el.region = 'Hauts-de-France';
    await reloaded;
    await el.updateComplete;
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Cerdd']);
    expect(await requestCount(`${feedPath(feed)}/members.json`)).to.equal(1);
  });
});

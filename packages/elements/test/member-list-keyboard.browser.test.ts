/** `<ck-member-list>` with the keyboard, at 320 px, and beside an agenda on one `<ck-feed>`. */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/feed/define.js';
import '../src/agenda/define.js';
import '../src/member-list/define.js';
import type { CkMemberList } from '../src/member-list/member-list.js';
import type { CkSelectEvent } from '../src/shared/events.js';
import { feedPath, freshFeed, requestCount, settled } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { until } from './helpers/pledge-form.js';
import { q, txt } from './helpers/query.js';

afterEach(unmountAll);

const focused = (el: Element) =>
  (el.shadowRoot!.activeElement ?? document.activeElement) as HTMLElement;
const label = (n: HTMLElement) => {
  const root = n.getRootNode() as ShadowRoot | Document;
  return (n.id && txt(root.querySelector(`label[for="${n.id}"]`))) || txt(n);
};

describe('ck-member-list with the keyboard', () => {
  it('Tab goes through the filters, the sort, then each member, with a visible focus ring', async () => {
    const before = document.createElement('button');
    before.textContent = 'avant';
    document.body.prepend(before);
    const el = await mount('ck-member-list', { feed: freshFeed('directory') });
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 12 && !stops.at(-1)?.includes('Collectif citoyen'); i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused(el);
      expect(getComputedStyle(f).outlineStyle, `focus ring on ${label(f)}`).not.to.equal('none');
      stops.push(label(f));
    }
    before.remove();
    expect(stops).to.deep.equal([
      'Rechercher un acteur',
      'Type de structure',
      'Thème',
      'Territoire',
      'Coalition',
      'Trier',
      'Site web : Cerdd',
      'Détails : Cerdd',
      'Détails : Collectif citoyen de Fives',
    ]);
  });

  it('Enter opens the details in place (ck-select): coalitions by name, upcoming events', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory'), 'no-filters': '' });
    const button = q(el, '#ck-member-cerdd [part~="details-button"]')!;
    button.focus();
    const selected = new Promise<CkSelectEvent>((r) =>
      el.addEventListener('ck-select', r, { once: true }),
    );
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'cerdd', kind: 'member' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = q(el, '#ck-member-cerdd [part~="details"]')!;
    await until(() => details.querySelector('[part~="events"]') !== null);
    expect(txt(details.querySelector('[part~="coalitions"]'))).to.equal(
      'Coalition régionale pour la COP',
    );
    expect(txt(details.querySelector('[part~="events"]'))).to.equal(
      'jeudi 14 mars 2030 · Climatour de Lille : quartier Fives',
    );
    expect(txt(details)).to.contain('Membre depuis avril 2014');
    await sendKeys({ press: 'Tab' });
    expect(label(focused(el))).to.equal('Climatour de Lille : quartier Fives');
    button.focus();
    // The space bar as ' ', a key name both engines' drivers know ('Space' is CDP's only).
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a member without events says so; a feed without an agenda is not an error', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory-bare') });
    q(el, '[part~="details-button"]')!.click();
    await until(() => txt(q(el, '[part~="details"]')).includes('Aucun événement à venir.'));
  });

  it('"show more" from the keyboard puts focus on the first new member', async () => {
    const el = await mount('ck-member-list', {
      feed: freshFeed('directory-big'),
      'page-size': '10',
    });
    q(el, '[part~="show-more"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const f = focused(el);
    expect(f.matches('[part~="item-title"]')).to.equal(true);
    expect(txt(f)).to.equal('Structure engagée n° 11');
  });
});

describe('ck-member-list at 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has no horizontal scroll, in both layouts, details open', async () => {
    await setViewport({ width: 320, height: 800 });
    for (const layout of ['grid', 'list']) {
      const el = await mount('ck-member-list', { feed: freshFeed('directory'), layout });
      q(el, '[part~="details-button"]')!.click();
      await el.updateComplete;
      expect(el.scrollWidth, layout).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth, layout).to.be.at.most(320);
    }
  });
});

describe('ck-member-list beside an agenda on one <ck-feed>', () => {
  it('each document is asked once, the events of the details included', async () => {
    const feed = freshFeed('directory');
    const provider = document.createElement('ck-feed');
    provider.setAttribute('src', feed);
    const agenda = document.createElement('ck-agenda');
    const members = document.createElement('ck-member-list') as CkMemberList;
    provider.append(agenda, members);
    const loaded = Promise.all([settled(agenda), settled(members)]);
    document.body.append(provider);
    expect((await loaded).map((e) => e.type)).to.deep.equal(['ck-load', 'ck-load']);
    await members.updateComplete;
    q(members, '#ck-member-cerdd [part~="details-button"]')!.click();
    await until(() => q(members, '#ck-member-cerdd [part~="events"]') !== null);
    for (const doc of ['collective.json', 'members.json', 'events.json', 'coalitions.json'])
      expect(await requestCount(`${feedPath(feed)}/${doc}`), doc).to.equal(1);
    provider.remove();
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/agenda/define.js';
import type { CkAgenda } from '../src/agenda/agenda.js';
import type { CkSelectEvent } from '../src/shared/events.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, txt } from './helpers/query.js';

afterEach(unmountAll);

/** The focused element inside the agenda, and its accessible-ish name. */
function focused(el: CkAgenda): HTMLElement {
  return (el.shadowRoot!.activeElement ?? document.activeElement) as HTMLElement;
}
const nameOf = (n: HTMLElement) =>
  n.getAttribute('aria-label') ??
  (n.id
    ? txt(
        n.getRootNode() instanceof ShadowRoot
          ? (n.getRootNode() as ShadowRoot).querySelector(`label[for="${n.id}"]`)
          : null,
      )
    : '') ??
  '';
const label = (n: HTMLElement) => nameOf(n) || txt(n);

describe('ck-agenda with the keyboard', () => {
  it('Tab reaches views, filters and events in visual order, with a visible focus ring', async () => {
    const before = document.createElement('button');
    before.textContent = 'avant';
    document.body.prepend(before);
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    before.focus();
    const names: string[] = [];
    // Until the first event; a date field has three stops (day, month, year): one name.
    for (let i = 0; i < 25 && !names.at(-1)?.startsWith('Détails'); i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused(el);
      expect(getComputedStyle(f).outlineStyle, `focus ring on ${label(f)}`).not.to.equal('none');
      if (names.at(-1) !== label(f)) names.push(label(f));
    }
    before.remove();
    expect(names).to.deep.equal([
      'À venir',
      'Mois',
      'Passés',
      'S’abonner à cet agenda (iCalendar)',
      'Rechercher',
      'Thème',
      'Format',
      'Territoire',
      'Organisateur',
      'À partir du',
      'Jusqu’au',
      'Participation',
      'Détails : Climatour de Lille : quartier Fives',
    ]);
  });

  it('Enter opens details (ck-select), Tab goes into them, Space closes', async () => {
    const el = await mount('ck-agenda', {
      feed: freshFeed('demo'),
      'no-filters': '',
      'no-views': '',
    });
    const button = q(el, '[part~="details-button"]')!;
    button.focus();
    const selected = new Promise<CkSelectEvent>((r) =>
      el.addEventListener('ck-select', r, { once: true }),
    );
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('climatour-lille');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(label(focused(el))).to.equal(
      'Inscription et informations : Climatour de Lille : quartier Fives',
    );
    await sendKeys({ press: 'Tab' });
    expect(label(focused(el))).to.equal(
      'Ajouter à mon agenda : Climatour de Lille : quartier Fives',
    );
    button.focus();
    // The space bar as ' ', a key name both engines' drivers know ('Space' is CDP's only).
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('the retry button works from the keyboard and focus stays in the widget', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('broken') });
    const retry = q(el, '[part~="retry-button"]')!;
    retry.focus();
    const failedAgain = new Promise((r) => el.addEventListener('ck-error', r, { once: true }));
    await sendKeys({ press: 'Enter' });
    await failedAgain;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(
      q(el, '[part~="retry-button"]'),
      'focus was lost',
    );
  });
});

describe('ck-agenda at 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has no horizontal scroll, even with details open', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    q(el, '[part~="details-button"]')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('month view: the grid fits too', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount('ck-agenda', {
      feed: freshFeed('demo'),
      view: 'month',
      month: '2030-03',
    });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('has no horizontal scroll at 200 % text size (32 px)', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    el.style.setProperty('--ck-font-size', '32px');
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});

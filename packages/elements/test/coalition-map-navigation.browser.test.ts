/** <ck-coalition-map>: zoom and pan by buttons, keys, wheel and drag; reset; reduced motion; forced colours. */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/coalition-map/define.js';
import type { CkCoalitionMap } from '../src/coalition-map/coalition-map.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, qa } from './helpers/query.js';
import { markerNames } from './helpers/coalition-map.js';

type Box = [number, number, number, number];
const viewBox = (el: Element): Box =>
  q(el, 'svg.map')!.getAttribute('viewBox')!.split(' ').map(Number) as Box;
const control = (el: Element, label: string) =>
  qa(el, '.control').find((b) => b.getAttribute('aria-label') === label)!;
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

/** Resolves once the viewBox stops changing (an animation ended). */
async function settledView(el: CkCoalitionMap): Promise<Box> {
  let last = '';
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    const now = q(el, 'svg.map')!.getAttribute('viewBox')!;
    if (now === last) return viewBox(el);
    last = now;
  }
}

describe('ck-coalition-map navigation', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(unmountAll);

  it('fits the data on load: every placed coalition is inside the view', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const [x, y, w, h] = viewBox(el);
    expect(w / h).to.be.closeTo(1000 / 800, 0.01);
    for (const g of qa(el, '[part~="marker"], [part~="cluster"]')) {
      const [, tx, ty] = /translate\(([\d.-]+) ([\d.-]+)\)/
        .exec(g.getAttribute('transform')!)!
        .map(Number);
      expect(tx! >= x && tx! <= x + w && ty! >= y && ty! <= y + h).to.equal(true);
    }
  });

  it('zoom and pan buttons change the view, reset brings back the fitted one', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const home = viewBox(el);
    control(el, 'Zoomer').click();
    await el.updateComplete;
    const zoomed = viewBox(el);
    expect(zoomed[2]).to.be.closeTo(home[2] / 1.5, 0.1);
    control(el, 'Déplacer vers l’est').click();
    await el.updateComplete;
    expect(viewBox(el)[0]).to.be.closeTo(zoomed[0] + zoomed[2] * 0.2, 0.1);
    control(el, 'Déplacer vers le sud').click();
    await el.updateComplete;
    expect(viewBox(el)[1]).to.be.greaterThan(zoomed[1]);
    control(el, 'Dézoomer').click();
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.closeTo(home[2], 0.1);
    control(el, 'Revenir à la vue d’ensemble').click();
    await el.updateComplete;
    expect(viewBox(el)).to.deep.equal(home);
  });

  it('keys on the map: + and − zoom, arrows pan, 0 resets; never past the whole map', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const map = q(el, 'svg.map')!;
    map.focus();
    const home = viewBox(el);
    key(map, '+');
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.lessThan(home[2]);
    const before = viewBox(el);
    key(map, 'ArrowLeft');
    await el.updateComplete;
    expect(viewBox(el)[0]).to.be.lessThan(before[0]);
    key(map, 'ArrowUp');
    await el.updateComplete;
    expect(viewBox(el)[1]).to.be.lessThan(before[1] + 1e-6);
    key(map, '0');
    await el.updateComplete;
    expect(viewBox(el)).to.deep.equal(home);
    for (let i = 0; i < 10; i++) key(map, '-');
    await el.updateComplete;
    expect(viewBox(el)).to.deep.equal([0, 0, 1000, 800]);
    expect(control(el, 'Dézoomer').getAttribute('aria-disabled')).to.equal('true');
    // Keys also work with focus on a marker.
    key(q(el, '[part~="marker"]')!, '+');
    await el.updateComplete;
    expect(viewBox(el)[2]).to.be.lessThan(1000);
  });

  it('zooming from the keyboard keeps focus on the coalitions a vanished cluster stood for', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const cluster = q(el, '[part~="cluster"]')!;
    const ids = cluster.getAttribute('data-ids')!.split(' ');
    cluster.focus();
    // Zoom towards Amiens (the cluster stays in view) until the cluster is gone.
    for (let i = 0; i < 12 && q(el, '[part~="cluster"]'); i++) {
      key(el.shadowRoot!.activeElement!, '+');
      await el.updateComplete;
      const mark = el.shadowRoot!.activeElement!;
      expect(mark.classList.contains('mark'), `step ${i}`).to.equal(true);
      expect(mark.getAttribute('data-ids')!.split(' ')).to.include(ids[0]);
    }
    expect(q(el, '[part~="cluster"]') === null, 'split').to.equal(true);
  });

  it('a focused marker stays the same element, focused, while the marks before it leave the view', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const brest = q(el, '[data-key="brest-mobilites"]')!;
    const before = (k: string) => q(el, `[data-key="${k}"]`);
    expect(before('cc21-lille'), 'Lille is drawn before Brest').to.not.equal(null);
    brest.focus();
    // Zoom about Brest: Lille and the Amiens cluster, earlier in reading order, leave the view.
    for (let i = 0; i < 4; i++) {
      key(el.shadowRoot!.activeElement!, '+');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, `step ${i}`).to.equal(brest);
      expect(brest.getAttribute('data-key')).to.equal('brest-mobilites');
    }
    expect(before('cc21-lille')).to.equal(null);
    expect(qa(el, '.mark')[0]).to.equal(brest);
  });

  it('the wheel zooms about the pointer; a drag pans and is not a click', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const map = q(el, 'svg.map')!;
    const r = map.getBoundingClientRect();
    const home = viewBox(el);
    map.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -100,
        clientX: r.left + 10,
        clientY: r.top + 10,
        bubbles: true,
        cancelable: true,
      }),
    );
    await el.updateComplete;
    const zoomed = viewBox(el);
    expect(zoomed[2]).to.be.lessThan(home[2]);
    // The point under the pointer (near the top left corner) stays put.
    expect(zoomed[0]).to.be.lessThan(home[0] + 5);
    const at = (x: number, y: number, type: string) =>
      map.dispatchEvent(
        new PointerEvent(type, {
          pointerId: 1,
          clientX: x,
          clientY: y,
          bubbles: true,
          isPrimary: true,
          button: 0,
          pointerType: 'mouse',
        }),
      );
    at(r.left + 300, r.top + 300, 'pointerdown');
    at(r.left + 250, r.top + 280, 'pointermove');
    at(r.left + 200, r.top + 260, 'pointermove');
    at(r.left + 200, r.top + 260, 'pointerup');
    await el.updateComplete;
    const panned = viewBox(el);
    expect(panned[0]).to.be.greaterThan(zoomed[0]);
    expect(panned[2]).to.equal(zoomed[2]);
  });

  it('with motion allowed, a zoom is animated and ends on the same view', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
      const home = viewBox(el);
      control(el, 'Zoomer').click();
      await el.updateComplete;
      expect(viewBox(el), 'not there at once').to.deep.equal(home);
      const end = await settledView(el);
      expect(end[2]).to.be.closeTo(home[2] / 1.5, 0.1);
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('markers stay visible and the map accessible in forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
      const dot = q(el, '[part~="marker"] .dot')!;
      const land = q(el, '.region')!;
      expect(getComputedStyle(dot).fill).not.to.equal(getComputedStyle(land).fill);
      expect(markerNames(el).length).to.be.greaterThan(0);
      await expectAccessible(el);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});

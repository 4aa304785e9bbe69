/**
 * <ck-coalition-map>: the wheel, drag and pinch load with the card and the list when a visitor
 * reaches for the map (or at the first press or wheel on it); a press that moved is never a
 * choice, whether their code is there or not.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CkCoalitionMap } from '../src/coalition-map/define.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q } from './helpers/query.js';
import { cardTitle } from './helpers/coalition-map.js';

/** A map whose gesture code comes only when the test says so (a slow network). */
class HeldGesturesMap extends CkCoalitionMap {
  static asked: string[] = [];
  static release: () => void = () => {};
  protected override loadCardAndList() {
    HeldGesturesMap.asked.push('card-and-list');
    return super.loadCardAndList();
  }
  protected override loadGestures() {
    HeldGesturesMap.asked.push('gestures');
    return new Promise<void>((r) => (HeldGesturesMap.release = r)).then(() => super.loadGestures());
  }
}
customElements.define('ck-test-held-gestures-map', HeldGesturesMap);

const mountHeld = () => {
  HeldGesturesMap.asked = [];
  return mount('ck-test-held-gestures-map' as 'ck-coalition-map', {
    feed: freshFeed('coalitions'),
  });
};

type Box = [number, number, number, number];
const viewBox = (el: Element): Box =>
  q(el, 'svg.map')!.getAttribute('viewBox')!.split(' ').map(Number) as Box;

/** A mouse event of `type` at (x, y) on `target`, as a visitor's pointer sends it. */
function mouse(target: Element, type: string, x: number, y: number): void {
  const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
  const e = type.startsWith('pointer')
    ? new PointerEvent(type, { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse' })
    : new MouseEvent(type, init);
  target.dispatchEvent(e);
}

/** Finger `id` (the first one is primary) at (x, y) on `target`. */
function finger(target: Element, type: string, id: number, x: number, y: number): void {
  const init = { clientX: x, clientY: y, bubbles: true, composed: true, pointerId: id };
  target.dispatchEvent(
    new PointerEvent(type, { ...init, isPrimary: id === 2, pointerType: 'touch' }),
  );
}

describe('ck-coalition-map: gestures on first use', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(unmountAll);

  it('asks for the gesture code with the card and the list when a pointer comes over the widget; not before', async () => {
    const el = await mountHeld();
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(HeldGesturesMap.asked, 'a page nobody touches').to.deep.equal([]);
    q(el, '[part~="views"]')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    expect(HeldGesturesMap.asked).to.have.members(['card-and-list', 'gestures']);
  });

  it('a drag that ends on a marker before the gesture code is there opens no card, then or once the code has come; a still click does', async () => {
    const el = await mountHeld();
    const selected: string[] = [];
    el.addEventListener('ck-select', (e) => selected.push((e as CustomEvent).detail.id));
    const marker = q(el, '[data-key="cc21-lille"]')!;
    const r = marker.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    // Away and back: the pointer ends where it began, but it moved.
    mouse(marker, 'pointerdown', x, y);
    mouse(marker, 'pointermove', x + 40, y + 30);
    mouse(marker, 'pointermove', x, y);
    mouse(marker, 'pointerup', x, y);
    mouse(marker, 'click', x, y);
    expect(selected, 'no card for a drag').to.deep.equal([]);
    expect(HeldGesturesMap.asked).to.include('gestures');
    HeldGesturesMap.release();
    await el.updateComplete;
    expect(selected).to.deep.equal([]);
    expect(q(el, '[part~="card"]')).to.equal(null);
    // A click that did not move is a choice.
    mouse(marker, 'pointerdown', x, y);
    mouse(marker, 'pointerup', x, y);
    mouse(marker, 'click', x, y);
    await el.updateComplete;
    expect(selected).to.deep.equal(['cc21-lille']);
    expect(cardTitle(el)).to.equal('Coalition Climat 21 Lille');
  });

  it('a click before the gesture code is there is a choice at once', async () => {
    const el = await mountHeld();
    const marker = q(el, '[data-key="cc21-lille"]')!;
    const r = marker.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const selected = new Promise<string>((resolve) =>
      el.addEventListener('ck-select', (e) => resolve((e as CustomEvent).detail.id)),
    );
    mouse(marker, 'pointerdown', x, y);
    mouse(marker, 'pointermove', x + 2, y + 1); // within the drag threshold: still a click
    mouse(marker, 'pointerup', x + 2, y + 1);
    mouse(marker, 'click', x + 2, y + 1);
    expect(await selected).to.equal('cc21-lille');
  });

  it('a drag before the gesture code is there pans the map once it comes; a wheel zooms, the page does not scroll', async () => {
    const el = await mountHeld();
    const map = q(el, 'svg.map')!;
    const r = map.getBoundingClientRect();
    const home = viewBox(el);
    const wheel = new WheelEvent('wheel', {
      deltaY: -100,
      clientX: r.left + r.width / 2,
      clientY: r.top + r.height / 2,
      bubbles: true,
      cancelable: true,
    });
    map.dispatchEvent(wheel);
    expect(wheel.defaultPrevented, 'the wheel is the map’s').to.equal(true);
    mouse(map, 'pointerdown', r.left + 300, r.top + 300);
    mouse(map, 'pointermove', r.left + 250, r.top + 280);
    mouse(map, 'pointermove', r.left + 200, r.top + 260);
    mouse(map, 'pointerup', r.left + 200, r.top + 260);
    expect(viewBox(el), 'nothing moves without the code').to.deep.equal(home);
    HeldGesturesMap.release();
    await el.updateComplete;
    const [x, , w] = viewBox(el);
    expect(w).to.be.closeTo(home[2] / 1.5, 0.1);
    // The map dragged 100 px west: the view goes east of where the zoom about the centre left it.
    expect(x).to.be.greaterThan(home[0] + (home[2] - w) / 2);
  });

  it('once the code is there, a pinch zooms by the change of the fingers’ distance', async () => {
    const el = await mountHeld();
    const map = q(el, 'svg.map')!;
    const r = map.getBoundingClientRect();
    map.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    HeldGesturesMap.release();
    await el.updateComplete;
    const home = viewBox(el);
    const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
    finger(map, 'pointerdown', 2, cx - 50, cy);
    finger(map, 'pointerdown', 3, cx + 50, cy);
    finger(map, 'pointermove', 2, cx - 100, cy);
    finger(map, 'pointermove', 3, cx + 100, cy);
    finger(map, 'pointerup', 2, cx - 100, cy);
    finger(map, 'pointerup', 3, cx + 100, cy);
    await el.updateComplete;
    // 100 px apart, then 150, then 200: twice as close.
    expect(viewBox(el)[2]).to.be.closeTo(home[2] / 2, 0.1);
  });
});

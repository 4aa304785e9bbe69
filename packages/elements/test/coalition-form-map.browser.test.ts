import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from './helpers/axe.js';
import {
  VALID_DECLARATION,
  attempts,
  fillDeclaration,
  mountDeclaration,
  submitDeclaration,
} from './helpers/coalition-form.js';
import { unmountAll } from './helpers/mount.js';
import { $, text, until } from './helpers/pledge-form.js';
import type { CkCoalitionForm } from '../src/coalition-form/coalition-form.js';
import { project } from '../src/coalition-map/geo/projection.js';

afterEach(unmountAll);

const status = (el: CkCoalitionForm) => text($(el, '[role="status"]'));
const press = async (key: string, times = 1) => {
  const [modifier, name] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  for (let i = 0; i < times; i++) await sendKeys({ press: name! });
  if (modifier) await sendKeys({ up: modifier });
};

describe('ck-coalition-form: the point on the map', () => {
  for (const lang of ['fr', 'en'] as const) {
    const fr = lang === 'fr';

    it(`keyboard (${lang}): arrows move a cursor and say its region, Enter places the point`, async () => {
      const { el, feed } = await mountDeclaration({ lang });
      const map = $(el, '[part~="map"]')!;
      map.focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect(status(el)).to.equal(
        fr ? 'Curseur : Auvergne-Rhône-Alpes.' : 'Cursor: Auvergne-Rhône-Alpes.',
      );
      await press('ArrowUp');
      // Shift + arrow: 40 units a press, up to the north of France.
      await press('Shift+ArrowUp', 8);
      await el.updateComplete;
      expect(status(el)).to.equal(fr ? 'Curseur : Hauts-de-France.' : 'Cursor: Hauts-de-France.');
      await press('Enter');
      await el.updateComplete;
      const placed = fr
        ? 'Point placé en Hauts-de-France (latitude 50,4435, longitude 2,5964).'
        : 'Point placed in Hauts-de-France (latitude 50.4435, longitude 2.5964).';
      expect(status(el)).to.equal(placed);
      expect(text($(el, '[part~="map-chosen"]'))).to.equal(placed);
      expect(map.getAttribute('aria-describedby')).to.contain('map-chosen');
      // The region under the point is chosen in the list, which the visitor may change.
      expect($<HTMLSelectElement>(el, '#region')!.value).to.equal('Hauts-de-France');
      expect(el.submitPhase, 'Enter on the map does not submit').to.equal('editing');
      expect(el.shadowRoot!.activeElement).to.equal(map);
      await expectAccessible(el);

      await fillDeclaration(el, VALID_DECLARATION);
      await submitDeclaration(el);
      await until(() => el.submitPhase === 'success');
      const [sent] = await attempts(feed);
      expect(sent!.body.geo).to.deep.equal({ lat: 50.4435, lon: 2.5964 });
      expect(sent!.body.region).to.equal('Hauts-de-France');
    });
  }

  it('a click places the point through the inverse projection', async () => {
    const { el } = await mountDeclaration();
    const svg = el.shadowRoot!.querySelector('svg')!;
    // Lille, drawn at (603, 66) in viewBox units.
    const p = new DOMPoint(603, 66).matrixTransform(svg.getScreenCTM()!);
    svg.dispatchEvent(new MouseEvent('click', { clientX: p.x, clientY: p.y, bubbles: true }));
    await el.updateComplete;
    expect(status(el)).to.match(
      /^Point placé en Hauts-de-France \(latitude 50,6\d*, longitude 3,0\d*\)\.$/,
    );
    expect(el.shadowRoot!.querySelector('.region.chosen')).to.not.equal(null);
  });

  it('a point at sea takes away the region the last point chose, not the visitor’s own', async () => {
    const { el } = await mountDeclaration();
    const svg = el.shadowRoot!.querySelector('svg')!;
    const clickAt = async ({ x, y }: { x: number; y: number }) => {
      const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
      svg.dispatchEvent(new MouseEvent('click', { clientX: p.x, clientY: p.y, bubbles: true }));
      await el.updateComplete;
    };
    const region = () => $<HTMLSelectElement>(el, '#region')!.value;
    const lille = { x: 603, y: 66 };
    const biscay = project(45.5, -3)!; // the Bay of Biscay: in the frame, in no region
    await clickAt(lille);
    expect(region()).to.equal('Hauts-de-France');
    await clickAt(biscay);
    expect(status(el)).to.match(/^Point placé \(latitude 45,5/);
    expect(region(), 'the last point’s region stays').to.equal('');
    // Outside every frame: the point at sea stays, and the status says so.
    await clickAt({ x: 998, y: 2 });
    expect(status(el)).to.equal('Hors de la carte : le point reste où il était.');
    expect(text($(el, '[part~="map-chosen"]'))).to.match(/^Point placé \(latitude 45,5/);
    // A region the visitor chose in the list is theirs: a point at sea leaves it.
    await fillDeclaration(el, { region: 'Bretagne' });
    await clickAt(biscay);
    expect(region()).to.equal('Bretagne');
  });

  it('outside every frame nothing is placed; "Retirer le point" removes it', async () => {
    const { el } = await mountDeclaration();
    const map = $(el, '[part~="map"]')!;
    map.focus();
    // The top right corner of the map is the sea off Germany: no frame holds it.
    await press('Shift+ArrowRight', 11);
    await press('Shift+ArrowUp', 10);
    await press('Enter');
    await el.updateComplete;
    expect(status(el)).to.equal('Hors de la carte : aucun point placé.');
    expect($(el, '[part~="remove-point-button"]')).to.equal(null);
    await press('Shift+ArrowLeft', 11);
    await press('Shift+ArrowDown', 10);
    await press('Enter');
    await el.updateComplete;
    $(el, '[part~="remove-point-button"]')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Aucun point placé.');
    expect(text($(el, '[part~="map-chosen"]'))).to.equal('Aucun point placé.');
  });

  it('"Retirer le point" from the keyboard leaves focus on the map, to place another', async () => {
    const { el } = await mountDeclaration();
    const map = $(el, '[part~="map"]')!;
    map.focus();
    await press('Enter');
    await el.updateComplete;
    const remove = $(el, '[part~="remove-point-button"]')!;
    remove.focus();
    await press('Enter');
    await el.updateComplete;
    expect($(el, '[part~="remove-point-button"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus on the map').to.equal('map');
    await press('Enter');
    await el.updateComplete;
    expect(text($(el, '[part~="map-chosen"]'))).to.match(/^Point placé en /);
  });

  it('the commune is a text alternative: a declaration without a point is sent with it', async () => {
    const { el, feed } = await mountDeclaration();
    expect($(el, '#locality-hint')!.textContent).to.contain('au lieu de placer le point');
    expect($(el, '#locality')!.getAttribute('aria-describedby')).to.equal('locality-hint');
    await fillDeclaration(el, {
      ...VALID_DECLARATION,
      locality: 'Roubaix',
      region: 'Hauts-de-France',
    });
    await submitDeclaration(el);
    await until(() => el.submitPhase === 'success');
    const [sent] = await attempts(feed);
    expect(sent!.body.locality).to.equal('Roubaix');
    expect(sent!.body.region).to.equal('Hauts-de-France');
    expect(sent!.body).to.not.have.property('geo');
  });
});

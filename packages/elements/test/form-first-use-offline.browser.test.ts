import { expect } from '@open-wc/testing';
import {
  VALID_DECLARATION,
  fillDeclaration,
  mountDeclaration,
  submitDeclaration,
} from './helpers/coalition-form.js';
import { unmountAll } from './helpers/mount.js';
import { $, VALID, attempts, fill, mountForm, submit, text } from './helpers/pledge-form.js';

/** The forms' code for a started visitor cannot be fetched (offline) in this file. */
before(() => fetch('/__first-use/fail', { method: 'POST' }));
after(() => fetch('/__first-use/serve', { method: 'POST' }));
afterEach(unmountAll);

const UNAVAILABLE = 'La vérification du formulaire n’a pas pu être chargée';

/** Runs `test` with the widget's expected log of the failed load silenced. */
async function quietly(test: () => Promise<void>): Promise<void> {
  const logged = console.error;
  console.error = () => undefined;
  try {
    await test();
  } finally {
    console.error = logged;
  }
}

describe('forms: the code for a started visitor cannot load', () => {
  it('pledge form: a submit says so, sends nothing and keeps the answers', () =>
    quietly(async () => {
      const { el, feed } = await mountForm();
      await fill(el, VALID);
      await submit(el);
      await el.updateComplete;
      const error = $(el, '[part~="form-error"]');
      expect(text(error)).to.contain(UNAVAILABLE);
      expect(el.shadowRoot!.activeElement).to.equal(error);
      expect(el.pledgePhase).to.equal('editing');
      expect(await attempts(feed)).to.deep.equal([]);
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal(VALID.name);
      expect($<HTMLInputElement>(el, '#email')!.value).to.equal(VALID.email);
      expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#commitment-2')!.checked).to.equal(true);
    }));

  it('declaration form: a click on the map or a submit says so; nothing placed nor sent', () =>
    quietly(async () => {
      const { el, feed } = await mountDeclaration();
      await fillDeclaration(el, VALID_DECLARATION);
      const svg = el.shadowRoot!.querySelector('svg')!;
      const p = new DOMPoint(603, 66).matrixTransform(svg.getScreenCTM()!);
      svg.dispatchEvent(new MouseEvent('click', { clientX: p.x, clientY: p.y, bubbles: true }));
      await el.updateComplete;
      expect(text($(el, '[part~="form-error"]'))).to.contain(UNAVAILABLE);
      expect($(el, '[part~="remove-point-button"]'), 'no point placed').to.equal(null);
      await submitDeclaration(el);
      await el.updateComplete;
      expect(text($(el, '[part~="form-error"]'))).to.contain(UNAVAILABLE);
      expect(el.submitPhase).to.equal('editing');
      expect(await attempts(feed)).to.deep.equal([]);
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal(VALID_DECLARATION.name);
      expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
    }));
});

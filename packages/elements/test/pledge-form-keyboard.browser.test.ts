import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CkPledgeForm } from '../src/pledge-form/pledge-form.js';
import { expectAccessible } from './helpers/axe.js';
import { unmountAll } from './helpers/mount.js';
import { $, attempts, mountForm, submit, until } from './helpers/pledge-form.js';

const focused = (el: CkPledgeForm) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedId = (el: CkPledgeForm) => {
  const f = focused(el);
  return f?.id || f?.getAttribute('part') || f?.localName || '';
};

afterEach(async () => {
  unmountAll();
  await setViewport({ width: 800, height: 600 });
});

describe('ck-pledge-form with the keyboard only', () => {
  it('Tab goes through the fields in visual order, skips the honeypot, and Space/Enter pledge', async () => {
    const { el, feed } = await mountForm();
    const before = document.createElement('button');
    before.textContent = 'avant';
    el.before(before);
    before.focus();
    const order: string[] = [];
    const typed: Record<string, string> = { name: 'Camille Martin', email: 'camille@example.org' };
    for (let i = 0; i < 11; i++) {
      await sendKeys({ press: 'Tab' });
      const id = focusedId(el);
      order.push(id);
      const outline = getComputedStyle(focused(el)!).outlineStyle;
      expect(outline, `focus ring on ${id}`).to.not.equal('none');
      // The space bar as ' ', a key name both engines' drivers know ('Space' is CDP's only).
      if (id === 'commitment-0' || id === 'consent') await sendKeys({ press: ' ' });
      if (typed[id]) await sendKeys({ type: typed[id] });
    }
    expect(order).to.deep.equal([
      'commitment-0',
      'commitment-1',
      'commitment-2',
      'kind-0',
      'name',
      'email',
      'postalCode',
      'message',
      'public',
      'privacy-link',
      'consent',
    ]);
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await until(() => el.pledgePhase === 'success');
    const [sent] = await attempts(feed);
    expect(sent!.body).to.include({
      name: 'Camille Martin',
      email: 'camille@example.org',
      consent: true,
      public: false,
    });
    before.remove();
  });

  it('arrow keys choose "organisation", and its name field comes next in the Tab order', async () => {
    const { el } = await mountForm();
    $(el, '#kind-0')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#kind-1')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el)).to.equal('organisation');
  });

  it('Enter on a summary link puts the focus in the field', async () => {
    const { el } = await mountForm();
    await submit(el);
    expect(focusedId(el)).to.equal('error-summary');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(focusedId(el)).to.equal('commitment-0');
  });

  it('WCAG text spacing (on the host and inside) clips nothing, and nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 800 });
    const { el } = await mountForm();
    el.style.setProperty('line-height', '1.5', 'important');
    el.style.setProperty('letter-spacing', '0.12em', 'important');
    el.style.setProperty('word-spacing', '0.16em', 'important');
    const inside = new CSSStyleSheet();
    inside.replaceSync('p { margin-block-end: 2em !important; }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, inside];
    await submit(el);
    const clipped = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((n) => {
      if (n.closest('.hp, .visually-hidden')) return false; // hidden on purpose
      const style = getComputedStyle(n);
      const hides = style.overflow === 'hidden' || style.overflowY === 'hidden';
      return hides && n.scrollHeight > n.clientHeight + 1;
    });
    expect(clipped.map((n) => n.getAttribute('part') ?? n.localName)).to.deep.equal([]);
    const base = $(el, '[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  for (const [what, width, fontSize] of [
    ['320 px wide', 320, '16px'],
    ['200 % text at 640 px (the same as 320 px at 200 % zoom)', 640, '32px'],
  ] as const) {
    it(`${what}: no horizontal scrolling, axe clean`, async () => {
      await setViewport({ width, height: 800 });
      const { el } = await mountForm();
      el.style.setProperty('--ck-font-size', fontSize);
      await submit(el); // the invalid state has the most content
      const base = $(el, '[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      await expectAccessible(el);
    });
  }
});

import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/agenda/define.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q } from './helpers/query.js';

afterEach(unmountAll);

/** Elements whose content is cut off: overflow hidden and content taller or wider than the box. */
function clipped(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((n) => {
      const s = getComputedStyle(n);
      const hides = s.overflow === 'hidden' || s.overflowX === 'hidden' || s.overflowY === 'hidden';
      return (
        hides &&
        !n.classList.contains('visually-hidden') &&
        (n.scrollHeight > n.clientHeight + 1 || n.scrollWidth > n.clientWidth + 1)
      );
    })
    .map((n) => `${n.localName}.${n.className}`);
}

describe('ck-agenda display settings', () => {
  it('WCAG text spacing on the host reaches the content and clips nothing', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    // A visitor's bookmarklet: user styles with !important on the widget's host.
    el.style.setProperty('line-height', '1.5', 'important');
    el.style.setProperty('letter-spacing', '0.12em', 'important');
    el.style.setProperty('word-spacing', '0.16em', 'important');
    q(el, '[part~="details-button"]')!.click();
    await el.updateComplete;
    expect(getComputedStyle(q(el, '[part~="item-title"]')!).letterSpacing).to.not.equal('normal');
    expect(clipped(el.shadowRoot!)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await setViewport({ width: 800, height: 600 });
  });

  it('dark scheme keeps WCAG AA contrast (axe)', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo'), theme: 'dark' });
    await expectAccessible(el);
  });
});

import { expect } from '@open-wc/testing';
import '../src/agenda/define.js';
import { contrast, isReadableOnWhite } from '../src/shared/theme.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q } from './helpers/query.js';

afterEach(unmountAll);

describe('theming', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(isReadableOnWhite('#0b6e4f')).to.equal(true);
    expect(isReadableOnWhite('#ffdd00')).to.equal(false); // yellow on white
    expect(isReadableOnWhite('#77f')).to.equal(false);
    expect(isReadableOnWhite('red; background: url(x)')).to.equal(false);
  });

  it('takes the collective’s brand colour as default; a partner’s --ck-* value wins', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo') });
    const button = () => getComputedStyle(q(el, '[part~="details-button"]')!).color;
    expect(el.style.getPropertyValue('--_ck-brand-primary')).to.equal('#0b6e4f');
    expect(button()).to.equal('rgb(11, 110, 79)');
    el.parentElement!.style.setProperty('--ck-color-primary', '#5a1a8c');
    expect(button()).to.equal('rgb(90, 26, 140)');
  });

  it('sets aside a partner colour below 4.5:1, with a warning, and keeps a readable one', async () => {
    const host = document.createElement('div');
    host.style.setProperty('--ck-color-primary', '#ffdd00'); // yellow links on white
    host.style.setProperty('--ck-color-text', 'rgb(20, 20, 60)'); // fine
    document.body.append(host);
    const printed: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      const el = await mount('ck-agenda', { feed: freshFeed('demo') }, { parent: host });
      expect(getComputedStyle(q(el, '[part~="details-button"]')!).color).to.equal(
        'rgb(11, 110, 79)',
      ); // the brand colour
      expect(getComputedStyle(el).color).to.equal('rgb(20, 20, 60)');
    } finally {
      console.warn = original;
      host.remove();
    }
    expect(printed.filter((w) => w.includes('--ck-color-primary'))).to.have.length(1);
    expect(printed.some((w) => w.includes('--ck-color-text'))).to.equal(false);
  });

  it('resets inherited text properties of a hostile host page on :host', async () => {
    const host = document.createElement('div');
    host.setAttribute(
      'style',
      'font-size: 40px; line-height: 3; letter-spacing: 0.3em; text-align: right; text-transform: uppercase; color: #0f0',
    );
    document.body.append(host);
    const el = await mount('ck-agenda', { feed: freshFeed('demo') }, { parent: host });
    const style = getComputedStyle(el);
    expect([
      style.fontSize,
      style.textAlign,
      style.textTransform,
      style.letterSpacing,
      style.color,
    ]).to.deep.equal(['16px', 'start', 'none', 'normal', 'rgb(28, 28, 28)']);
    host.remove();
  });

  it('has a dark scheme', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo'), theme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 26, 23)');
  });

  it('never uses rem units (partner pages change the root font size)', async () => {
    const { CkAgenda } = await import('../src/agenda/agenda.js');
    const css = CkAgenda.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
    expect(css).not.to.match(/\d\s*rem\b/);
    expect(css).not.to.contain('@font-face');
  });
});

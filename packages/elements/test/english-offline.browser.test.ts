/**
 * English strings that cannot be loaded (offline): the widget speaks French, its fallback,
 * says so once in the console, and does not stay stuck loading. (A page of its own: a failed
 * catalogue stays French for the page's life.)
 */
import { expect } from '@open-wc/testing';
import '../src/agenda/define.js';
import '../src/member-list/define.js';
import { englishRequested, englishStrings } from './helpers/english.js';
import { freshFeed, shadowText } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, status } from './helpers/query.js';

describe('English strings offline', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  before(async () => {
    await englishStrings('fail');
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  after(async () => {
    console.warn = warn;
    unmountAll();
    await englishStrings('serve');
  });

  it('an English widget whose strings fail shows its content in French, and warns once', async () => {
    const el = await mount('ck-agenda', { feed: freshFeed('demo'), lang: 'en' });
    expect(el.matches(':state(populated)')).to.equal(true);
    expect(status(el)).to.equal('5 événements trouvés.');
    expect(shadowText(el)).to.contain('À venir');
    expect(q(el, '[part~="base"]')!.getAttribute('lang')).to.equal('fr');
    expect(el.resolvedLang).to.equal('fr');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('English not loaded');
  });

  it('a second English widget falls back too, without a second warning', async () => {
    const el = await mount('ck-member-list', { feed: freshFeed('directory'), lang: 'en' });
    // The shared strings and the agenda's failed in the first test, for good; then its own.
    await englishRequested(3);
    expect(status(el)).to.match(/acteurs trouvés\.$/);
    expect(warnings).to.have.length(1);
  });
});

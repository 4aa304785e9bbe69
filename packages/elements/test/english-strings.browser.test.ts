/**
 * English loads on first use (French is inline): an English widget shows its loading state
 * until its strings are there, then English only; widgets in two languages on one page each
 * speak their own; a `lang` changed at run time switches once English is loaded.
 * (One page: the order of the tests is the order English gets loaded in it.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/agenda/define.js';
import '../src/coalition-map/define.js';
import '../src/member-list/define.js';
import { agendaMessages } from '../src/agenda/messages.js';
import { mapMessages } from '../src/coalition-map/messages.js';
import { memberMessages } from '../src/member-list/messages.js';
import { sharedMessages } from '../src/shared/i18n.js';
import { englishRequested, englishStrings, frenchOnly, recordTexts } from './helpers/english.js';
import { freshFeed, settled, shadowText } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { q, status, txt } from './helpers/query.js';

afterEach(unmountAll);
after(() => englishStrings('serve'));

/** `el` added to the page, every text of its shadow root recorded from its first frame. */
function addRecorded(el: HTMLElement, parent: Element = document.body) {
  const box = document.createElement('div');
  box.append(el);
  parent.append(box);
  // The shadow root exists once connected; the first render comes after (a microtask).
  const recorder = recordTexts(el.shadowRoot!);
  return { ...recorder, box };
}

describe('English strings, loaded on first use', () => {
  it('an English widget stays loading until its strings come, and never shows French', async () => {
    const feed = freshFeed('demo');
    // A French agenda first: the English one finds the documents in the shared client's memory.
    await mount('ck-agenda', { feed, lang: 'fr' });
    await englishStrings('hold');
    const el = Object.assign(document.createElement('ck-agenda'), { feed, lang: 'en' });
    const loaded = settled(el);
    const { texts, box } = addRecorded(el);
    await englishRequested(2); // the shared strings and the agenda's own, both held
    await el.updateComplete;
    expect(el.matches(':state(loading)'), 'data in memory, strings held').to.equal(true);
    expect(q(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');

    await englishStrings('release');
    await loaded;
    await el.updateComplete;
    expect(q(el, '[part~="day-heading"] time')!.textContent!.trim()).to.equal(
      'Thursday, 14 March 2030',
    );
    expect(status(el)).to.equal('5 events found.');
    const french = await frenchOnly(sharedMessages, agendaMessages);
    expect(texts().filter((t) => french.has(t))).to.deep.equal([]);
    expect(texts()).to.include('Upcoming');
    box.remove();
  });

  it('a widget with strings of its own waits for both catalogues (shared and its own)', async () => {
    await englishStrings('hold');
    const el = Object.assign(document.createElement('ck-member-list'), {
      feed: freshFeed('directory'),
      lang: 'en',
    });
    const loaded = settled(el);
    const { texts, box } = addRecorded(el);
    await englishRequested(1); // the member list's own: the shared one is already loaded
    await englishStrings('release');
    await loaded;
    await el.updateComplete;
    expect(status(el)).to.match(/organisations found\.$/);
    const french = await frenchOnly(sharedMessages, memberMessages);
    expect(texts().filter((t) => french.has(t))).to.deep.equal([]);
    box.remove();
  });

  it('two widgets in two languages on one page each speak their own', async () => {
    const feed = freshFeed('demo');
    const [fr, en] = await Promise.all([
      mount('ck-agenda', { feed, lang: 'fr' }),
      mount('ck-agenda', { feed, lang: 'en' }),
    ]);
    expect(shadowText(fr)).to.contain('À venir');
    expect(shadowText(fr)).not.to.contain('Upcoming');
    expect(shadowText(en)).to.contain('Upcoming');
    expect(shadowText(en)).not.to.contain('À venir');
  });

  it('lang set on the widget at run time: English loads, then the widget speaks it', async () => {
    const el = await mount('ck-coalition-map', { feed: freshFeed('coalitions') });
    const views = () => txt(q(el, '[part~="views"]'));
    expect(views()).to.equal('Carte Liste');
    expect(mapMessages.has('en'), 'the map’s English is not loaded yet').to.equal(false);
    el.setAttribute('lang', 'en');
    await waitUntil(() => views() === 'Map List', 'still French');
    expect(el.resolvedLang).to.equal('en');
    expect(q(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(views(), 'French needs no loading').to.equal('Carte Liste');
  });

  /** A member list inside `around` follows `around.lang` set to English, then to French. */
  async function followsLangOf(around: HTMLElement) {
    const el = await mount('ck-member-list', { feed: freshFeed('directory') }, { parent: around });
    expect(shadowText(el)).to.contain('Rechercher un acteur');
    around.lang = 'en';
    await waitUntil(() => shadowText(el).includes('Search an organisation'), 'still French');
    around.lang = 'fr';
    await waitUntil(() => shadowText(el).includes('Rechercher un acteur'), 'still English');
  }

  it('lang set on an ancestor at run time switches the widgets inside it', async () => {
    const section = document.createElement('section');
    document.body.append(section);
    await followsLangOf(section);
    section.remove();
  });

  it('lang set at run time inside another component’s shadow root switches the widget in it', async () => {
    const app = document.createElement('div');
    document.body.append(app);
    const panel = document.createElement('section');
    app.attachShadow({ mode: 'open' }).append(panel);
    await followsLangOf(panel);
    app.remove();
  });
});

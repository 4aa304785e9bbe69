/**
 * Widgets sharing one feed client: each keeps its own language, its own documents and its
 * own retries. The page asks for each document once.
 */
import { expect } from '@open-wc/testing';
import '../src/feed/define.js';
import '../src/agenda/define.js';
import '../src/pledge-form/define.js';
import type { CkErrorEvent, CkLoadEvent } from '../src/shared/events.js';
import { feedPath as path, freshFeed, requestCount, settled } from './helpers/feeds.js';
import { q, shownNames } from './helpers/query.js';

describe('widgets on one feed', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  const agenda = (feed: string, lang: string) =>
    Object.assign(document.createElement('ck-agenda'), { feed, lang });

  it('two widgets with different lang each speak their own language', async () => {
    const feed = freshFeed('hostile');
    const [fr, en] = [agenda(feed, 'fr'), agenda(feed, 'en')];
    const loaded = Promise.all([fr, en].map(settled)) as Promise<CkLoadEvent[]>;
    box.append(fr, en);
    const [frLoad, enLoad] = await loaded;
    const left = (e: CkLoadEvent) => e.detail.issues.find((i) => i.id === 'x3')!.message;
    expect(left(frLoad!)).to.match(/^Adresse web invalide/);
    expect(left(enLoad!)).to.match(/^Invalid web address/);
    expect(await requestCount(`${path(feed)}/events.json`)).to.equal(1, 'one request for both');

    const broken = freshFeed('broken');
    const [frBroken, enBroken] = [agenda(broken, 'fr'), agenda(broken, 'en')];
    const failed = Promise.all([frBroken, enBroken].map(settled)) as Promise<CkErrorEvent[]>;
    box.append(frBroken, enBroken);
    const [frError, enError] = await failed;
    expect((frError!.detail.error as Error).message).to.match(/^Le flux .* a répondu 500$/);
    expect((enError!.detail.error as Error).message).to.match(/^The feed .* answered 500$/);
    expect(q(enBroken, '[role="alert"]')!.textContent).to.contain(
      'The events could not be loaded.',
    );
  });

  it('changing a pledge form’s campaign does not refetch the agenda’s events nor the collective', async () => {
    const feed = freshFeed('campaigns');
    const provider = document.createElement('ck-feed');
    provider.setAttribute('src', feed);
    const events = document.createElement('ck-agenda');
    const form = document.createElement('ck-pledge-form');
    form.setAttribute('campaign', 'appel');
    provider.append(events, form);
    const loaded = Promise.all([settled(events), settled(form)]);
    box.append(provider);
    expect((await loaded).map((e) => e.type)).to.deep.equal(['ck-load', 'ck-load']);

    const switched = settled(form);
    form.setAttribute('campaign', 'citoyens');
    expect((await switched).type).to.equal('ck-load');
    await form.updateComplete;
    expect(q(form, '[part~="title"]')!.textContent).to.contain('Engagements des habitants');
    expect(await requestCount(`${path(feed)}/campaigns/citoyens/stats.json`)).to.equal(1);

    // The agenda loads again when a single-page app moves it: from memory, not the server.
    const again = settled(events);
    provider.append(events);
    expect((await again).type).to.equal('ck-load');
    await events.updateComplete;
    expect(shownNames(events)).to.have.length(5);
    expect(await requestCount(`${path(feed)}/events.json`)).to.equal(1);
    expect(await requestCount(`${path(feed)}/collective.json`)).to.equal(1);
    expect(await requestCount(`${path(feed)}/campaigns/appel/stats.json`)).to.equal(1);
  });

  it('a retry after one failed document refetches only that document', async () => {
    const feed = freshFeed('late-events');
    const el = agenda(feed, 'fr');
    const failed = settled(el);
    box.append(el);
    expect((await failed).type).to.equal('ck-error');
    await el.updateComplete;

    const loaded = settled(el);
    q(el, '[part~="retry-button"]')!.click();
    expect((await loaded).type).to.equal('ck-load');
    await el.updateComplete;
    expect(shownNames(el)).to.have.length(5);
    expect(await requestCount(`${path(feed)}/events.json`)).to.equal(2);
    expect(await requestCount(`${path(feed)}/collective.json`)).to.equal(1);
    expect(await requestCount(`${path(feed)}/members.json`)).to.equal(1);
  });
});

import { expect } from '@open-wc/testing';
import '../src/feed/define.js';
import '../src/agenda/define.js';
import type { CkAgenda } from '../src/agenda/agenda.js';
import {
  feedPath as path,
  freshFeed,
  requestCount,
  requestsArrived,
  settled,
} from './helpers/feeds.js';
import { shownNames } from './helpers/query.js';

describe('<ck-feed>', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  it('gives one client to the widgets inside: each document is requested once', async () => {
    const feed = freshFeed('demo');
    const provider = document.createElement('ck-feed');
    provider.setAttribute('src', feed);
    const agendas = [0, 1, 2].map(() => document.createElement('ck-agenda'));
    agendas[1]!.setAttribute('view', 'past');
    provider.append(...agendas);
    const loaded = Promise.all(agendas.map(settled));
    box.append(provider);
    const events = await loaded;
    expect(events.map((e) => e.type)).to.deep.equal(['ck-load', 'ck-load', 'ck-load']);
    expect(shownNames(agendas[0]!)).to.have.length(5);
    expect(shownNames(agendas[1]!)).to.have.length(2);
    expect(await requestCount(`${path(feed)}/collective.json`)).to.equal(1);
    expect(await requestCount(`${path(feed)}/events.json`)).to.equal(1);
    expect(await requestCount(`${path(feed)}/members.json`)).to.equal(1);
  });

  it('widgets with the same feed attribute share one client too', async () => {
    const feed = freshFeed('demo');
    const agendas = [0, 1].map(() => Object.assign(document.createElement('ck-agenda'), { feed }));
    const loaded = Promise.all(agendas.map(settled));
    box.append(...agendas);
    await loaded;
    expect(await requestCount(`${path(feed)}/events.json`)).to.equal(1);
  });

  it('a widget moved into a <ck-feed> picks up its client', async () => {
    const feed = freshFeed('demo');
    const later = document.createElement('ck-feed-late');
    const agenda = document.createElement('ck-agenda') as CkAgenda;
    later.append(agenda);
    box.append(later);
    await agenda.updateComplete;
    const provider = document.createElement('ck-feed');
    const loaded = settled(agenda);
    provider.setAttribute('src', feed);
    box.append(provider);
    provider.append(agenda);
    expect((await loaded).type).to.equal('ck-load');
  });

  it('an agenda outside any feed says so', async () => {
    const agenda = document.createElement('ck-agenda');
    const failed = settled(agenda);
    box.append(agenda);
    expect((await failed).type).to.equal('ck-error');
    await agenda.updateComplete;
    expect(agenda.shadowRoot!.textContent).to.contain('attribut feed manquant');
  });
});

describe('single-page apps', () => {
  it('removing the tag stops its work; re-adding it loads once more and works', async () => {
    const feed = freshFeed('slow-demo');
    const box = document.createElement('div');
    document.body.append(box);
    const agenda = Object.assign(document.createElement('ck-agenda'), { feed });
    let loads = 0;
    agenda.addEventListener('ck-load', () => loads++);
    box.append(agenda);
    // The agenda's request is on its way (the slow feed answers it 1.5 s later).
    await requestsArrived(`${path(feed)}/events.json`, 1);
    agenda.remove(); // the route changes before the slow feed answers
    // Outlive the slow answer (1.5 s) with a request of our own to another slow URL.
    await fetch(`${freshFeed('slow-demo')}/collective.json`);
    expect(loads).to.equal(0, 'a removed agenda rendered its data');
    expect(await requestCount(`${path(feed)}/events.json`)).to.equal(1, 'requests after removal');
    const settledAgain = settled(agenda);
    box.append(agenda);
    expect((await settledAgain).type).to.equal('ck-load');
    expect(shownNames(agenda)).to.have.length(5);
    expect(await requestCount(`${path(feed)}/events.json`)).to.equal(
      2,
      're-added: exactly one new request',
    );
    box.remove();
  });
});

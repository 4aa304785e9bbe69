import { expect } from '@open-wc/testing';
import { freshFeed, settled } from './helpers/feeds.js';
import { shownNames } from './helpers/query.js';

/**
 * The script-tag build loads each chunk when needed, in any order: here <ck-agenda> upgrades
 * while the <ck-feed> around it is still an unknown element. It waits (no error), and loads
 * once the provider is defined. This file defines ck-feed late on purpose: keep it separate.
 */
describe('<ck-feed> defined after the widgets inside it', () => {
  it('the agenda waits for the provider, then loads through it', async () => {
    const feed = freshFeed('demo');
    const box = document.createElement('div');
    box.innerHTML = `<ck-feed src="${feed}"><ck-agenda></ck-agenda></ck-feed>`;
    document.body.append(box);
    const agenda = box.querySelector('ck-agenda')!;
    const events: string[] = [];
    agenda.addEventListener('ck-error', () => events.push('ck-error'));
    await import('../src/agenda/define.js');
    await agenda.updateComplete;
    expect(customElements.get('ck-feed')).to.equal(undefined);
    expect(agenda.shadowRoot!.querySelector('[part~="skeleton"]')).to.not.equal(null);
    const loaded = settled(agenda);
    await import('../src/feed/define.js');
    expect((await loaded).type).to.equal('ck-load');
    expect(events).to.deep.equal([]);
    expect(shownNames(agenda)).to.have.length(5);
    box.remove();
  });
});

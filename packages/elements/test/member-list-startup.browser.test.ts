/**
 * What `<ck-member-list>` does before its members are asked for: not the French collator
 * (several ms of collation data), which is made once the request is out, while it downloads.
 * The element is imported inside the test, after the spies: its module's own start counts.
 */
import { expect } from '@open-wc/testing';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { qa, txt } from './helpers/query.js';

const Collator = Intl.Collator;
const fetch = window.fetch;
const steps: string[] = [];

before(() => {
  const spy = function (locales?: string | string[], options?: Intl.CollatorOptions) {
    if (String(locales) === 'fr') steps.push('collator');
    return new Collator(locales, options);
  };
  Intl.Collator = Object.assign(spy, Collator) as unknown as typeof Intl.Collator;
  window.fetch = (input, init) => {
    steps.push(
      new URL(input instanceof Request ? input.url : String(input), location.href).pathname,
    );
    return fetch(input, init);
  };
});

after(() => {
  Intl.Collator = Collator;
  window.fetch = fetch;
  unmountAll();
});

describe('ck-member-list before the first screen', () => {
  it('asks for the members first, then makes its collator; the order is still French', async () => {
    await import('../src/member-list/define.js');
    const el = await mount('ck-member-list', { feed: freshFeed('directory') });
    const asked = steps.findIndex((s) => s.endsWith('/members.json'));
    expect(asked).to.be.greaterThan(-1);
    expect(steps.indexOf('collator')).to.be.greaterThan(asked);
    const names = qa(el, '[part~="item-title"]').map(txt);
    expect(names.indexOf('École des transitions')).to.equal(4);
  });
});

import { expect } from '@open-wc/testing';
import { freshFeed, settled } from './helpers/feeds.js';

/** The script-tag entry: it loads a widget's code only when its tag is on the page. */
describe('loader (dist/cdn/coalition-kit.js)', () => {
  it('defines nothing up front, then each tag when it appears, even later', async () => {
    const before = Object.getOwnPropertyNames(window);
    await import('../src/loader.js');
    expect(customElements.get('ck-agenda')).to.equal(undefined);
    expect(customElements.get('ck-feed')).to.equal(undefined);

    const agenda = document.createElement('ck-agenda');
    agenda.setAttribute('feed', freshFeed('demo'));
    const loaded = settled(agenda);
    document.body.append(agenda); // added after the loader ran, as a single-page app does
    await customElements.whenDefined('ck-agenda');
    expect((await loaded).type).to.equal('ck-load');
    expect(customElements.get('ck-feed')).to.equal(
      undefined,
      '<ck-feed> loaded without being used',
    );

    // No globals beyond Lit's version lists and zod's two shared registries (README: Safe embedding).
    const added = Object.getOwnPropertyNames(window).filter((k) => !before.includes(k));
    expect(
      added.filter(
        (k) =>
          !/^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata|__zod_globalConfig|__zod_globalRegistry)$/.test(
            k,
          ),
      ),
    ).to.deep.equal([]);
    agenda.remove();
  });

  it('discover(shadowRoot) loads the widgets an app renders in its own shadow roots', async () => {
    const { discover } = await import('../src/loader.js');
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<ck-pledge-form campaign="appel"></ck-pledge-form>';
    await discover(shadow);
    expect(shadow.firstElementChild).to.be.instanceOf(customElements.get('ck-pledge-form')!);
    // Watched from then on: a widget added later in that root loads too.
    shadow.append(document.createElement('ck-feed'));
    await customElements.whenDefined('ck-feed');
    host.remove();
  });
});

/** The shared controllers, each on a bare Lit host: what a widget gets from them. */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { FocusController } from '../src/shared/focus.js';
import { defineMessages } from '../src/shared/i18n.js';
import { LocalizeController } from '../src/shared/localize.js';
import { plural } from '../src/shared/plural.js';

const strings = defineMessages({ fr: { hello: 'Bonjour' }, en: { hello: 'Hello' } });

class TestHost extends LitElement {
  readonly localize = new LocalizeController(this, strings);
  readonly focusAfterRender = new FocusController(this);
  @state() ready = false;
  override render() {
    return html`<p>${this.localize.m().hello}</p>
      ${this.ready ? html`<button>OK</button>` : ''}`;
  }
}
customElements.define('ck-test-host', TestHost);

/** English on first use, given by the test (`arrive`). */
let arrive!: (module: { en: { hello: string } }) => void;
const lazy = defineMessages({
  fr: { hello: 'Bonjour' },
  en: () => new Promise<{ en: { hello: string } }>((resolve) => (arrive = resolve)),
});

/** A host with two catalogues: one English inline, one loaded on first use. */
class LazyHost extends LitElement {
  readonly inline = new LocalizeController(this, strings);
  readonly lazy = new LocalizeController(this, lazy);
  override render() {
    return html`<p>${this.inline.m().hello} ${this.lazy.m().hello}</p>`;
  }
}
customElements.define('ck-lazy-host', LazyHost);

describe('shared controllers', () => {
  afterEach(() =>
    document.querySelectorAll('ck-test-host, ck-lazy-host, section').forEach((n) => n.remove()),
  );

  it('plural follows Intl.PluralRules: 0 and 1 are singular in French, only 1 in English', () => {
    const forms = { one: 'un', other: 'plusieurs' };
    expect([0, 1, 1.5, 2].map((n) => plural('fr', n, forms))).to.deep.equal([
      'un',
      'un',
      'un',
      'plusieurs',
    ]);
    expect([0, 1, 2].map((n) => plural('en', n, forms))).to.deep.equal([
      'plusieurs',
      'un',
      'plusieurs',
    ]);
    expect(plural('fr', 1_000_000, forms), '“many” falls back to other').to.equal('plusieurs');
  });

  it('LocalizeController resolves the language per element and at each call', async () => {
    const section = document.createElement('section');
    section.lang = 'en-GB';
    const [inside, own] = [new TestHost(), new TestHost()];
    own.lang = 'fr';
    section.append(inside, own);
    document.body.append(section);
    await Promise.all([inside.updateComplete, own.updateComplete]);
    expect([inside.localize.lang, own.localize.lang]).to.deep.equal(['en', 'fr']);
    expect(inside.shadowRoot!.textContent).to.contain('Hello');
    section.lang = 'fr';
    expect(inside.localize.m().hello, 'read again at the next call').to.equal('Bonjour');
  });

  it('LocalizeController speaks English once every catalogue of the widget has loaded it', async () => {
    const host = Object.assign(new LazyHost(), { lang: 'en' });
    document.body.append(host);
    await host.updateComplete;
    expect(() => lazy.en, 'read before loading: an error, not French').to.throw(/before loading/);
    expect([host.inline.wanted, host.inline.lang, host.lazy.lang]).to.deep.equal([
      'en',
      'fr',
      'fr',
    ]);
    expect(host.shadowRoot!.textContent).to.contain('Bonjour Bonjour');
    arrive({ en: { hello: 'Hello' } });
    expect(await host.lazy.ready()).to.equal('en');
    await host.updateComplete;
    expect([host.inline.lang, host.lazy.lang]).to.deep.equal(['en', 'en']);
    expect(host.shadowRoot!.textContent, 'rendered again once loaded').to.contain('Hello Hello');
    host.remove();
  });

  it('FocusController focuses its target after the first render where `when` holds', async () => {
    const host = new TestHost();
    document.body.append(host);
    await host.updateComplete;
    host.focusAfterRender.next('button', () => host.ready);
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(null);
    host.ready = true;
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(host.shadowRoot!.querySelector('button'));
  });
});

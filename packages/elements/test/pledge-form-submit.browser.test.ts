import { expect } from '@open-wc/testing';
import type { CkPledgeForm } from '../src/pledge-form/pledge-form.js';
import type { CkPledgeSubmittedEvent } from '../src/pledge-form/submitted-event.js';
import { expectAccessible } from './helpers/axe.js';
import { createClient, type Client } from '@coalition-kit/sdk';
import { mount, unmountAll } from './helpers/mount.js';
import {
  $,
  VALID,
  attempts,
  fill,
  mountForm,
  pledgeFeed,
  release,
  setMode,
  submit,
  text,
  until,
} from './helpers/pledge-form.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Records every `ck-pledge-submitted` the element fires. */
function recordEvents(el: CkPledgeForm): CkPledgeSubmittedEvent[] {
  const seen: CkPledgeSubmittedEvent[] = [];
  el.addEventListener('ck-pledge-submitted', (e) => seen.push(e));
  return seen;
}

const status = (el: CkPledgeForm) => text($(el, '[role="status"]'));
const keys = async (feed: string) => [...new Set((await attempts(feed)).map((a) => a.key))];
const succeeded = (el: CkPledgeForm) => until(() => el.pledgePhase === 'success');

/** Pretends the browser lost (false) or found (true) the network. */
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  if (online) window.dispatchEvent(new Event('online'));
}

afterEach(() => {
  delete (navigator as { onLine?: boolean }).onLine; // back to the real getter
  unmountAll();
});

describe('ck-pledge-form submission', () => {
  it('the validation cannot load (offline before the first check): the visitor is told, nothing is sent; once it loads, the pledge goes', async () => {
    const feed = pledgeFeed();
    const real = createClient({ feed, lang: 'fr', retryDelay: 5 });
    let reachable = false;
    // The SDK's validation loads on first use: here its chunk cannot be fetched at first.
    const client: Client = {
      ...real,
      loadSubmission: () =>
        reachable ? real.loadSubmission() : Promise.reject(new TypeError('Failed to fetch')),
    };
    const logged = console.error;
    console.error = () => undefined; // the widget logs the failed load: expected here
    try {
      const el = (await mount(
        'ck-pledge-form',
        { campaign: 'appel', lang: 'fr' },
        { props: { client, minFillTime: 0 } },
      )) as CkPledgeForm;
      await fill(el, VALID);
      await submit(el);
      await el.updateComplete;
      expect(text($(el, '[part~="form-error"]'))).to.contain(
        'La vérification du formulaire n’a pas pu être chargée',
      );
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="form-error"]'));
      expect(await attempts(feed)).to.deep.equal([]);
      reachable = true;
      await submit(el);
      await succeeded(el);
      expect((await attempts(feed)).length).to.equal(1);
    } finally {
      console.error = logged;
    }
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`success (${lang}) on a campaign that confirms by e-mail: check your inbox`, async () => {
      const { el } = await mountForm({ lang, campaign: 'confirme' });
      await fill(el, VALID);
      await submit(el);
      await succeeded(el);
      await el.updateComplete;
      const inbox = lang === 'fr' ? 'Vérifiez votre boîte de réception' : 'Check your inbox';
      expect(text($(el, '[part~="check-inbox"]'))).to.contain(inbox);
      expect(text($(el, '[part~="thanks"]'))).not.to.contain(
        lang === 'fr' ? 'Votre engagement est enregistré.' : 'Your pledge is recorded.',
      );
      expect(status(el)).to.contain(inbox);
      await expectAccessible(el);
    });
  }

  for (const lang of ['fr', 'en'] as const) {
    it(`success (${lang}): thanks only after the 201, updated counter, share links, one event`, async () => {
      const { el, feed } = await mountForm({ lang });
      const events = recordEvents(el);
      await fill(el, { ...VALID, postalCode: '59000' });
      await submit(el);
      await succeeded(el);
      await el.updateComplete;
      const [sent] = await attempts(feed);
      expect(sent!.key).to.match(UUID);
      expect(sent!.body).to.deep.equal({
        campaign: 'appel',
        pledgerKind: 'citizen',
        name: 'Camille Martin',
        email: 'camille@example.org',
        commitments: ['energie', 'climate-tour'],
        postalCode: '59000',
        public: false,
        consent: true,
      });
      expect(text($(el, '[part~="thanks"]'))).to.contain(
        lang === 'fr'
          ? 'Merci ! Votre engagement est enregistré.'
          : 'Thank you! Your pledge is recorded.',
      );
      expect(status(el)).to.equal(
        lang === 'fr'
          ? 'Merci ! Votre engagement est enregistré.'
          : 'Thank you! Your pledge is recorded.',
      );
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="thanks-title"]'));
      await until(() =>
        text($(el, '[part~="count"]')).startsWith(lang === 'fr' ? '1 235' : '1,235'),
      );
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="share"] a')];
      expect(links.length).to.equal(4);
      for (const a of links) expect(a.protocol).to.be.oneOf(['https:', 'mailto:']);
      expect(el.shadowRoot!.querySelector('script, iframe')).to.equal(null);
      expect($(el, 'form')).to.equal(null);
      expect(events.map((e) => e.detail)).to.deep.equal([{ id: 'p-1', campaign: 'appel' }]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      await expectAccessible(el);
    });
  }

  it('"show my name" ticked and an organisation are sent as such', async () => {
    const { el, feed } = await mountForm();
    await fill(el, {
      ...VALID,
      kind: 'organisation',
      organisation: 'Ateliers du Vélo',
      public: true,
    });
    await submit(el);
    await succeeded(el);
    const [sent] = await attempts(feed);
    expect(sent!.body).to.include({
      pledgerKind: 'organisation',
      organisation: 'Ateliers du Vélo',
      public: true,
    });
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`sending (${lang}): the button is disabled and a double click, or Enter, sends exactly one pledge`, async () => {
      const { el, feed } = await mountForm({ mode: 'hold', lang });
      const events = recordEvents(el);
      await fill(el, VALID);
      const button = $<HTMLButtonElement>(el, '[part~="submit-button"]')!;
      button.click();
      button.click();
      await el.updateComplete;
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      expect(button.disabled).to.equal(true);
      expect(text(button)).to.equal(lang === 'fr' ? 'Envoi en cours…' : 'Sending…');
      expect(status(el)).to.equal(
        lang === 'fr' ? 'Envoi de votre engagement…' : 'Sending your pledge…',
      );
      await expectAccessible(el);
      // Released once the server holds it (the attempt is logged before it is held).
      while ((await attempts(feed)).length === 0) await new Promise((r) => setTimeout(r, 10));
      await release(feed);
      await succeeded(el);
      expect((await attempts(feed)).length).to.equal(1);
      expect(events.length).to.equal(1);
    });
  }

  for (const [mode, what] of [
    ['503once', 'a 503'],
    ['drop-once', 'a dropped connection'],
  ] as const) {
    it(`${what} is retried with the same key; one pledge, one event`, async () => {
      const { el, feed } = await mountForm({ mode });
      const events = recordEvents(el);
      await fill(el, VALID);
      await submit(el);
      await succeeded(el);
      expect((await attempts(feed)).length).to.equal(2);
      expect((await keys(feed)).length).to.equal(1);
      expect(events.length).to.equal(1);
    });
  }

  it('offline: nothing is sent, the visitor is told it is not recorded yet; back online, it is sent once', async () => {
    const { el, feed } = await mountForm();
    const events = recordEvents(el);
    await fill(el, VALID);
    setOnline(false);
    await submit(el);
    await until(() => el.pledgePhase === 'offline');
    await el.updateComplete;
    expect(status(el)).to.equal(
      'Hors ligne : votre engagement n’est pas encore enregistré. Il sera envoyé dès le retour de la connexion ; gardez cette page ouverte.',
    );
    expect(text($(el, '[part~="pending"]'))).to.contain('pas encore enregistré');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="pending"]'));
    expect(text(el.shadowRoot!)).to.not.contain('Merci');
    expect(await attempts(feed)).to.deep.equal([]);
    expect(window.localStorage.length + window.sessionStorage.length).to.equal(0);
    await expectAccessible(el);
    setOnline(true);
    await succeeded(el);
    expect((await attempts(feed)).length).to.equal(1);
    expect(events.length).to.equal(1);
  });

  it('network down after the SDK’s retries: the pledge waits, and goes with the same key once back online', async () => {
    const { el, feed } = await mountForm({ mode: 'down', lang: 'en' });
    const events = recordEvents(el);
    await fill(el, VALID);
    await submit(el);
    await until(() => el.pledgePhase === 'offline');
    await el.updateComplete;
    expect(text($(el, '[part~="pending"]'))).to.contain(
      'Offline: your pledge is not recorded yet.',
    );
    const failed = await attempts(feed);
    // The first try and the SDK's two retries, each of which Chromium may repeat on a reset socket.
    expect(failed.length).to.be.at.least(3);
    expect(new Set(failed.map((a) => a.key)).size).to.equal(1);
    await setMode(feed, 'ok');
    setOnline(true);
    await succeeded(el);
    expect(await keys(feed)).to.deep.equal([failed[0]!.key]);
    expect(events.length).to.equal(1);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`server failing after the retries (${lang}): an alert, the answers kept, a retry with the same key`, async () => {
      const { el, feed } = await mountForm({ mode: 'fail', lang });
      await fill(el, VALID);
      await submit(el);
      await until(() => el.pledgePhase === 'failed');
      await el.updateComplete;
      const pending = $(el, '[part~="pending"]')!;
      expect(pending.getAttribute('role')).to.equal('alert');
      expect(text(pending)).to.contain(
        lang === 'fr' ? 'il n’est pas encore enregistré' : 'it is not recorded yet',
      );
      expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Camille Martin');
      await expectAccessible(el);
      await setMode(feed, 'ok');
      $(el, '[part~="retry-send-button"]')!.click();
      await succeeded(el);
      expect((await keys(feed)).length).to.equal(1);
    });
  }

  it('a 4xx naming a field shows it there; an edited pledge then gets a new key', async () => {
    const { el, feed } = await mountForm({ mode: 'refuse' });
    const events = recordEvents(el);
    await fill(el, VALID);
    await submit(el);
    await until(() => el.pledgePhase === 'editing' && $(el, '[part~="error-summary"]') !== null);
    await el.updateComplete;
    expect($(el, '#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#email-error'))).to.equal('Cette adresse est refusée par le serveur');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="error-summary"]'));
    await setMode(feed, 'ok');
    await fill(el, { email: 'autre@example.org' });
    await submit(el);
    await succeeded(el);
    const sent = await attempts(feed);
    expect(sent.length).to.equal(2);
    expect(sent[0]!.key).to.not.equal(sent[1]!.key);
    expect(events.length).to.equal(1);
  });

  it('a fast submit is held until the minimum fill time has passed, never sent before', async () => {
    const shown = performance.now();
    const { el, feed } = await mountForm({ minFillTime: 400 });
    await fill(el, VALID);
    await submit(el);
    expect(el.pledgePhase).to.equal('sending');
    expect(await attempts(feed)).to.deep.equal([]);
    await succeeded(el);
    expect(performance.now() - shown).to.be.at.least(400);
    expect((await attempts(feed)).length).to.equal(1);
  });

  it('a filled honeypot is sent as is (the server drops it quietly)', async () => {
    const { el, feed } = await mountForm();
    await fill(el, { ...VALID, website: 'https://spam.example' });
    await submit(el);
    await succeeded(el);
    expect((await attempts(feed))[0]!.body.website).to.equal('https://spam.example');
  });
});

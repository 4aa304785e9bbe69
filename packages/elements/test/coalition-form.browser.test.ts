import { expect } from '@open-wc/testing';
import { expectAccessible } from './helpers/axe.js';
import {
  VALID_DECLARATION,
  attempts,
  fillDeclaration,
  mountDeclaration,
  submitDeclaration as submit,
} from './helpers/coalition-form.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { $, release, setMode, text, until } from './helpers/pledge-form.js';
import type { CkCoalitionForm } from '../src/coalition-form/coalition-form.js';

const status = (el: CkCoalitionForm) => text($(el, '[role="status"]'));

/** Pretends the browser lost (false) or found (true) the network. */
function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  if (online) window.dispatchEvent(new Event('online'));
}

afterEach(() => {
  delete (navigator as { onLine?: boolean }).onLine;
  unmountAll();
});

describe('ck-coalition-form states', () => {
  for (const lang of ['fr', 'en'] as const) {
    const fr = lang === 'fr';

    it(`loading (${lang}): skeleton, fallback slot, no form`, async () => {
      const el = await mount(
        'ck-coalition-form',
        { feed: freshFeed('slow-demo'), lang },
        { wait: false },
      );
      expect($(el, '[part~="skeleton"]')).to.not.equal(null);
      expect($(el, 'form')).to.equal(null);
      await expectAccessible(el);
    });

    it(`error (${lang}): a sentence, a retry button, no form`, async () => {
      const el = await mount('ck-coalition-form', { feed: freshFeed('broken'), lang });
      expect(text($(el, '[role="alert"]'))).to.contain(
        fr
          ? 'Le formulaire de déclaration n’a pas pu être chargé.'
          : 'The declaration form could not be loaded.',
      );
      expect(text($(el, '[part~="retry-button"]'))).to.equal(fr ? 'Réessayer' : 'Try again');
      expect($(el, 'form')).to.equal(null);
      await expectAccessible(el);
    });

    it(`ready (${lang}): title, every section, the map, unticked consent`, async () => {
      const { el } = await mountDeclaration({ lang });
      expect(text($(el, '[part~="title"]'))).to.equal(
        fr ? 'Déclarer une coalition locale' : 'Declare a local coalition',
      );
      const legends = [...el.shadowRoot!.querySelectorAll('fieldset.section > legend')].map(text);
      expect(legends).to.deep.equal(
        fr
          ? [
              'La coalition',
              'Le territoire',
              'Membres et fonctionnement',
              'Personnes contacts',
              'Contacts publics',
            ]
          : [
              'The coalition',
              'The territory',
              'Members and way of working',
              'Contact people',
              'Public contact channels',
            ],
      );
      expect(text($(el, 'label[for="locality"]'))).to.equal(
        fr ? 'Commune ou quartier (facultatif)' : 'Town or neighbourhood (optional)',
      );
      expect($(el, '[part~="map"]')!.getAttribute('aria-label')).to.equal(
        fr
          ? 'Carte de France : placer le point de la coalition'
          : 'Map of France: place the coalition’s point',
      );
      expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(false);
      expect(text($(el, '[part~="notice"]'))).to.contain(
        fr ? 'les personnes contacts' : 'the contact people',
      );
      expect(status(el)).to.equal(
        fr
          ? 'Formulaire de déclaration d’une coalition chargé.'
          : 'Coalition declaration form loaded.',
      );
      await expectAccessible(el);
    });

    it(`validation errors (${lang}): a summary naming each field, focus on it, fields wired`, async () => {
      const { el, feed } = await mountDeclaration({ lang });
      await fillDeclaration(el, { contact1Email: 'pas-une-adresse' });
      await submit(el);
      await el.updateComplete;
      const summary = $(el, '[part~="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#name',
        '#objective',
        '#scope-0',
        '#contact1Name',
        '#contact1Email',
        '#consent',
      ]);
      expect(text(links[4])).to.match(
        fr
          ? /^Adresse e-mail \(personne 1\) : .*adresse e-mail/i
          : /^Email address \(person 1\): .*email/i,
      );
      expect(text(links[0])).to.equal(
        fr
          ? 'Nom de la coalition : Ce champ ne peut pas être vide'
          : 'Name of the coalition: This field cannot be empty',
      );
      expect(text(links[2])).to.equal(
        fr
          ? 'Portée : Choisissez la portée de la coalition.'
          : 'Scope: Choose the coalition’s scope.',
      );
      expect(text(links[5])).to.match(
        fr
          ? / : Votre accord est nécessaire pour enregistrer la déclaration et en publier la partie publique$/
          : /: Your agreement is needed to record the declaration and publish its public part$/,
      );
      const email = $(el, '#contact1Email')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal(
        'contact1Email-hint contact1Email-error',
      );
      links[4]!.click();
      expect(el.shadowRoot!.activeElement).to.equal(email);
      expect((await attempts(feed)).length).to.equal(0);
      await expectAccessible(el);
    });

    it(`sending (${lang}): the form is frozen and says so, then success "pending moderation"`, async () => {
      const { el, feed } = await mountDeclaration({ lang, mode: 'hold' });
      await fillDeclaration(el, VALID_DECLARATION);
      await submit(el);
      await until(() => el.submitPhase === 'sending');
      await el.updateComplete;
      expect(text($(el, '[part~="sending"]'))).to.equal(
        fr ? 'Envoi de votre déclaration…' : 'Sending your declaration…',
      );
      expect($<HTMLButtonElement>(el, '[part~="submit-button"]')!.disabled).to.equal(true);
      await expectAccessible(el);
      await release(feed);
      await until(() => el.submitPhase === 'success');
      await el.updateComplete;
      expect(text($(el, '[part~="thanks"]'))).to.contain(
        fr
          ? 'Elle attend la validation de l’équipe du collectif.'
          : 'It awaits approval by the collective’s team.',
      );
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="thanks-title"]'));
      expect(status(el)).to.contain(
        fr ? 'Votre déclaration est enregistrée' : 'Your declaration is recorded',
      );
      await expectAccessible(el);
    });

    it(`offline wait (${lang}): not recorded yet; back online, sent once`, async () => {
      const { el, feed } = await mountDeclaration({ lang });
      setOnline(false);
      await fillDeclaration(el, VALID_DECLARATION);
      await submit(el);
      await until(() => el.submitPhase === 'offline');
      await el.updateComplete;
      expect(text($(el, '[part~="pending"]'))).to.contain(
        fr
          ? 'votre déclaration n’est pas encore enregistrée'
          : 'your declaration is not recorded yet',
      );
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="pending"]'));
      await expectAccessible(el);
      setOnline(true);
      await until(() => el.submitPhase === 'success');
      const log = await attempts(feed);
      expect(log.length).to.equal(1);
    });

    it(`server failure (${lang}): an alert and a retry that keeps the answers`, async () => {
      const { el, feed } = await mountDeclaration({ lang, mode: 'fail' });
      await fillDeclaration(el, VALID_DECLARATION);
      await submit(el);
      await until(() => el.submitPhase === 'failed');
      await el.updateComplete;
      expect($(el, '[part~="pending"]')!.getAttribute('role')).to.equal('alert');
      await expectAccessible(el);
      await setMode(feed, 'ok');
      $(el, '[part~="retry-send-button"]')!.click();
      await until(() => el.submitPhase === 'success');
    });
  }

  it('dark theme: the form and a placed point stay accessible', async () => {
    const { el } = await mountDeclaration();
    el.setAttribute('theme', 'dark');
    $(el, '[part~="map"]')!.focus();
    $(el, '[part~="map"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    await el.updateComplete;
    expect($(el, '[part~="remove-point-button"]')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('hostile text in the collective’s themes shows as text, never as markup', async () => {
    const { el } = await mountDeclaration();
    const label = $(el, 'label[for="theme-1"]')!;
    expect(label.textContent!.trim()).to.equal(
      '<img src=x onerror="window.__ckPwned=1"><b>Mobilité</b>',
    );
    expect(label.querySelector('img, b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __ckPwned?: number }).__ckPwned).to.equal(undefined);
  });
});

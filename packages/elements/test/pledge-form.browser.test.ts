import { expect } from '@open-wc/testing';
import type { CkPledgeForm } from '../src/pledge-form/pledge-form.js';
import { expectAccessible } from './helpers/axe.js';
import { freshFeed } from './helpers/feeds.js';
import { mount, unmountAll } from './helpers/mount.js';
import { $, mountForm, text } from './helpers/pledge-form.js';

afterEach(unmountAll);

const all = (el: CkPledgeForm, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

describe('ck-pledge-form states', () => {
  for (const lang of ['fr', 'en'] as const) {
    const fr = lang === 'fr';

    it(`loading (${lang}): skeleton, fallback slot, an empty live region, no form`, async () => {
      const el = await mount(
        'ck-pledge-form',
        { feed: freshFeed('slow-demo'), campaign: 'appel', lang },
        { wait: false },
      );
      expect($(el, '[part~="skeleton"]')).to.not.equal(null);
      expect($(el, 'form')).to.equal(null);
      expect(text($(el, '[role="status"]'))).to.equal('');
      await expectAccessible(el);
    });

    it(`open (${lang}): title, description, counter, commitments and a form with every field`, async () => {
      const { el } = await mountForm({ lang });
      expect(text($(el, '[part~="title"]'))).to.equal('Appel à engagements citoyens');
      expect(text($(el, '[part~="description"]'))).to.contain('chaque engagement rejoint');
      expect(text($(el, '[part~="count"]'))).to.equal(
        fr ? '1 234 engagements sur un objectif de 2 000' : '1,234 pledges out of a goal of 2,000',
      );
      const progress = $<HTMLProgressElement>(el, 'progress')!;
      expect([progress.value, progress.max]).to.deep.equal([1234, 2000]);
      expect(progress.getAttribute('aria-label')).to.contain(fr ? 'Progression' : 'Progress');
      expect(all(el, '[part~="recent"] li').map(text)).to.deep.equal([
        'Camille Martin, Lille',
        'Ateliers du Vélo',
      ]);
      expect($(el, '[part~="partner-count"]')).to.equal(null);
      expect(all(el, 'input[name="commitments"]').length).to.equal(3);
      expect(text($(el, 'fieldset.group legend'))).to.equal(
        fr ? 'Mes engagements (obligatoire)' : 'My commitments (required)',
      );
      expect(text($(el, 'label[for="email"]'))).to.equal(
        fr ? 'Adresse e-mail (obligatoire)' : 'Email address (required)',
      );
      expect(text($(el, '[role="status"]'))).to.equal(
        fr
          ? 'Appel à engagements chargé : Appel à engagements citoyens.'
          : 'Call for commitments loaded: Appel à engagements citoyens.',
      );
      await expectAccessible(el);
    });

    it(`not yet open (${lang}): says when it opens, and shows no form`, async () => {
      const { el } = await mountForm({ lang, campaign: 'futur' });
      expect(text($(el, '[part~="closed"]'))).to.equal(
        fr
          ? 'Cet appel à engagements n’est pas encore ouvert. Il ouvrira le samedi 14 mars 2099.'
          : 'This call for commitments is not open yet. It opens on Saturday, 14 March 2099.',
      );
      expect($(el, 'form')).to.equal(null);
      await expectAccessible(el);
    });

    it(`closed (${lang}): says since when, and shows no form`, async () => {
      const { el } = await mountForm({ lang, campaign: 'clos' });
      expect(text($(el, '[part~="closed"]'))).to.contain(
        fr ? 'est clos depuis le mardi 30 juin 2020' : 'closed on Tuesday, 30 June 2020',
      );
      expect($(el, 'form')).to.equal(null);
      await expectAccessible(el);
    });

    it(`unknown campaign (${lang}): its own message, no form`, async () => {
      const { el } = await mountForm({ lang, campaign: 'inconnue' });
      expect(text($(el, '[part~="unknown"]'))).to.contain(
        fr
          ? 'Cet appel à engagements est introuvable (« inconnue »).'
          : 'This call for commitments cannot be found (“inconnue”).',
      );
      expect($(el, 'form')).to.equal(null);
      await expectAccessible(el);
    });

    it(`error (${lang}): a sentence, a retry button, no form`, async () => {
      const el = await mount('ck-pledge-form', {
        feed: freshFeed('broken'),
        campaign: 'appel',
        lang,
      });
      expect(text($(el, '[role="alert"]'))).to.contain(
        fr
          ? 'L’appel à engagements n’a pas pu être chargé.'
          : 'The call for commitments could not be loaded.',
      );
      expect(text($(el, '[part~="retry-button"]'))).to.equal(fr ? 'Réessayer' : 'Try again');
      expect($(el, 'form')).to.equal(null);
      await expectAccessible(el);
    });
  }

  it('consent and "show my name" are unticked at first render', async () => {
    const { el } = await mountForm();
    expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(false);
    expect($<HTMLInputElement>(el, '#public')!.checked).to.equal(false);
    expect(
      all(el, 'input[name="commitments"]').some((i) => (i as HTMLInputElement).checked),
    ).to.equal(false);
  });

  it('inputs carry the Pledge field names and autocomplete tokens, each with a <label for>', async () => {
    const { el } = await mountForm();
    const tokens = Object.fromEntries(
      all(el, 'input[autocomplete]:not([name="website"])').map((i) => [
        i.getAttribute('name'),
        i.getAttribute('autocomplete'),
      ]),
    );
    expect(tokens).to.deep.equal({
      organisation: 'organization',
      name: 'name',
      email: 'email',
      postalCode: 'postal-code',
    });
    for (const control of all(el, 'form input:not([name="website"]), form textarea')) {
      expect($(el, `label[for="${control.id}"]`), control.id).to.not.equal(null);
    }
    const names = new Set(all(el, 'form input, form textarea').map((i) => i.getAttribute('name')));
    for (const name of [
      'commitments',
      'pledgerKind',
      'organisation',
      'name',
      'email',
      'postalCode',
      'message',
      'public',
      'consent',
    ])
      expect(names.has(name), name).to.equal(true);
    expect($<HTMLInputElement>(el, '#email')!.type).to.equal('email');
  });

  it('the notice says who collects, why, how long and the rights, with the privacy link, before the submit button', async () => {
    const { el } = await mountForm();
    const notice = $(el, '[part~="notice"]')!;
    expect(text(notice)).to.contain('Qui les collecte : Dynamique Climat Hauts-de-France.');
    expect(text(notice)).to.contain('Combien de temps : 24 mois');
    expect(text(notice)).to.contain('Vos droits : accès, rectification, effacement');
    const link = $<HTMLAnchorElement>(el, '[part~="privacy-link"]')!;
    expect(link.href).to.equal('https://climat.example.org/confidentialite');
    const button = $(el, '[part~="submit-button"]')!;
    expect(notice.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    expect($(el, '#consent')!.getAttribute('aria-describedby')).to.contain('notice');
  });

  it('the honeypot is off-screen, hidden from assistive technology, out of the Tab order, not autofilled', async () => {
    const { el } = await mountForm();
    const input = $<HTMLInputElement>(el, 'input[name="website"]')!;
    expect(input.tabIndex).to.equal(-1);
    expect(input.getAttribute('autocomplete')).to.equal('off');
    expect(input.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(input.getBoundingClientRect().right).to.be.below(0);
  });

  it('attribute partner shows this site’s own count beside the total', async () => {
    const { el } = await mountForm({ attrs: { partner: '' } });
    expect(text($(el, '[part~="partner-count"]'))).to.equal('(dont 12 depuis ce site)');
  });

  it('a citizen-only campaign asks no kind and no organisation', async () => {
    const { el } = await mountForm({ campaign: 'citoyens' });
    expect($(el, 'input[name="pledgerKind"]')).to.equal(null);
    expect($(el, '#organisation')!.closest('.field')!.hasAttribute('hidden')).to.equal(true);
    await expectAccessible(el);
  });

  it('choosing "organisation" shows its required name field', async () => {
    const { el } = await mountForm();
    const field = () => $(el, '#organisation')!.closest('.field')!;
    expect(field().hasAttribute('hidden')).to.equal(true);
    $<HTMLInputElement>(el, 'input[name="pledgerKind"][value="organisation"]')!.click();
    await el.updateComplete;
    expect(field().hasAttribute('hidden')).to.equal(false);
    expect(text($(el, 'label[for="organisation"]'))).to.equal(
      'Nom de l’organisation (obligatoire)',
    );
    await expectAccessible(el);
  });
});

import { expect } from '@open-wc/testing';
import type { CkCoalitionDeclaredEvent } from '../src/coalition-form/declared-event.js';
import {
  VALID_DECLARATION,
  attempts,
  fillDeclaration,
  mountDeclaration,
  submitDeclaration as submit,
} from './helpers/coalition-form.js';
import { unmountAll } from './helpers/mount.js';
import { $, text, until } from './helpers/pledge-form.js';

afterEach(unmountAll);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ck-coalition-form submission', () => {
  it('posts the whole declaration to {feed}/coalitions, and fires one ck-coalition-declared', async () => {
    const { el, feed } = await mountDeclaration();
    const events: CkCoalitionDeclaredEvent[] = [];
    el.addEventListener('ck-coalition-declared', (e) => events.push(e));
    await fillDeclaration(el, {
      ...VALID_DECLARATION,
      themes: [0, 1],
      members: 'Ateliers du Vélo\n\n  Maison de quartier de Fives ',
      operatingMode: 'Une réunion par mois.',
      actions: 'Balade thermique\nPermanence rénovation',
      contact1Organisation: 'Ateliers du Vélo',
      contact2Name: 'Sacha Petit',
      contact2Email: 'sacha@example.org',
      publicUrl: 'https://fives.example.org',
    });
    await submit(el);
    await until(() => el.submitPhase === 'success');
    const [sent] = await attempts(feed);
    expect(sent!.key).to.match(UUID);
    expect(sent!.body).to.deep.equal({
      name: 'Coalition Climat Fives',
      objective: 'Rénover les logements du quartier.',
      scope: 'thematique',
      themes: ['energie', 'hostile'],
      locality: 'Lille – Fives',
      operatingMode: 'Une réunion par mois.',
      members: ['Ateliers du Vélo', 'Maison de quartier de Fives'],
      actions: [
        { title: 'Balade thermique', status: 'planned' },
        { title: 'Permanence rénovation', status: 'planned' },
      ],
      contacts: [
        { name: 'Camille Martin', email: 'camille@example.org', organisation: 'Ateliers du Vélo' },
        { name: 'Sacha Petit', email: 'sacha@example.org' },
      ],
      publicContact: { url: 'https://fives.example.org' },
      consent: true,
    });
    expect(events.map((e) => e.detail)).to.deep.equal([{ id: 'coalition-1', status: 'pending' }]);
  });

  it('idempotent retry: after a 503 the same Idempotency-Key is sent again, one declaration', async () => {
    const { el, feed } = await mountDeclaration({ mode: '503once' });
    await fillDeclaration(el, VALID_DECLARATION);
    await submit(el);
    await until(() => el.submitPhase === 'success');
    const sent = await attempts(feed);
    expect(sent.length).to.equal(2);
    expect(sent[1]!.key).to.equal(sent[0]!.key);
    expect(sent[1]!.body).to.deep.equal(sent[0]!.body);
  });

  it('a second contact person half filled is named in the summary', async () => {
    const { el, feed } = await mountDeclaration({ lang: 'en' });
    await fillDeclaration(el, { ...VALID_DECLARATION, contact2Name: 'Sacha Petit' });
    await submit(el);
    const summary = $(el, '[part~="error-summary"]')!;
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#contact2Email',
    ]);
    expect(text(summary.querySelector('a'))).to.match(/^Email address \(person 2\): /);
    expect((await attempts(feed)).length).to.equal(0);
  });

  it('a public address that is not http(s) is refused with a message naming the field', async () => {
    const { el } = await mountDeclaration();
    await fillDeclaration(el, { ...VALID_DECLARATION, publicUrl: 'javascript:alert(1)' });
    await submit(el);
    const link = $(el, '[part~="error-summary"] a')!;
    expect(link.getAttribute('href')).to.equal('#publicUrl');
    expect(text(link)).to.match(/^Page web ou réseau social : /);
  });

  it('a refusal that names no field of the form is shown as the form’s error', async () => {
    const { el } = await mountDeclaration({ mode: 'refuse' });
    await fillDeclaration(el, VALID_DECLARATION);
    await submit(el);
    await until(() => $(el, '[part~="form-error"]') !== null);
    expect(text($(el, '[part~="form-error"]'))).to.equal(
      'Votre déclaration n’a pas été enregistrée : Cette adresse est refusée par le serveur',
    );
    expect(el.submitPhase).to.equal('editing');
  });

  it('a refusal naming a field and a path that is no field: the summary, and the rest above the button', async () => {
    const { el } = await mountDeclaration({ mode: 'refuse-mixed' });
    await fillDeclaration(el, VALID_DECLARATION);
    await submit(el);
    await until(() => $(el, '[part~="error-summary"]') !== null);
    expect(text($(el, '[part~="error-summary"] a'))).to.equal(
      'Nom de la coalition : Ce nom est déjà pris par une autre coalition',
    );
    expect(text($(el, '[part~="form-error"]'))).to.equal(
      'Votre déclaration n’a pas été enregistrée : Une personne contact de cette organisation suffit',
    );
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('error-summary');
  });

  it('a field the server refused keeps its error when left unchanged, loses it once edited', async () => {
    const { el } = await mountDeclaration({ mode: 'refuse-mixed' });
    await fillDeclaration(el, VALID_DECLARATION);
    await submit(el);
    await until(() => $(el, '[part~="error-summary"]') !== null);
    const name = $(el, '#name') as HTMLInputElement;
    const error = () => text($(el, '#name-error'));
    // Followed from the summary, read, left: nothing changed, the server's word stands.
    name.focus();
    name.blur();
    await el.updateComplete;
    expect(error()).to.equal('Ce nom est déjà pris par une autre coalition');
    name.focus();
    name.value = 'Coalition Climat 21 Amiens Nord';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    name.blur();
    await until(() => $(el, '#name-error') === null);
  });

  it('the honeypot is out of sight and out of the tab order', async () => {
    const { el } = await mountDeclaration();
    const hp = $<HTMLInputElement>(el, '#website')!;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.closest('[aria-hidden="true"]')).to.not.equal(null);
  });
});

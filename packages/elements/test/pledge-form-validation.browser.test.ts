import { expect } from '@open-wc/testing';
import type { CkPledgeForm } from '../src/pledge-form/pledge-form.js';
import { expectAccessible } from './helpers/axe.js';
import { unmountAll } from './helpers/mount.js';
import {
  $,
  VALID,
  attempts,
  fill,
  mountForm,
  submit,
  text,
  type Answers,
} from './helpers/pledge-form.js';

afterEach(unmountAll);

/** The error shown next to a field, through its aria-describedby. */
function fieldError(el: CkPledgeForm, id: string): string {
  const control = $(el, `#${id}`)!;
  const ids = (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((i) => i.endsWith('-error'));
  return ids.map((i) => text($(el, `#${i}`))).join(' ');
}

const summaryLinks = (el: CkPledgeForm) =>
  [...el.shadowRoot!.querySelectorAll('[part~="error-summary"] a')].map(text);

describe('ck-pledge-form validation', () => {
  it('an empty submit sends nothing, focuses a summary linking to each missing field, marks the fields', async () => {
    const { el, feed } = await mountForm();
    await submit(el);
    const summary = $(el, '[part~="error-summary"]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text(summary)).to.contain('Le formulaire contient 4 erreurs.');
    expect(summaryLinks(el).map((l) => l.split(' :')[0])).to.deep.equal([
      'Mes engagements',
      'Nom et prénom',
      'Adresse e-mail',
      'J’accepte que mes données soient traitées comme indiqué ci-dessus',
    ]);
    for (const id of ['commitment-0', 'name', 'email', 'consent']) {
      expect($(el, `#${id}`)!.getAttribute('aria-invalid'), id).to.equal('true');
      expect(fieldError(el, id), id).to.not.equal('');
    }
    expect(fieldError(el, 'consent')).to.equal(
      'Votre accord est nécessaire pour enregistrer votre engagement',
    );
    expect($(el, '#postalCode')!.hasAttribute('aria-invalid')).to.equal(false);
    expect(await attempts(feed)).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('in English, the messages are English', async () => {
    const { el } = await mountForm({ lang: 'en' });
    await fill(el, { ...VALID, email: 'not-an-address' });
    await submit(el);
    expect(text($(el, '[part~="error-summary"] p'))).to.equal(
      'The form has 1 error. Please correct this field:',
    );
    expect(fieldError(el, 'email')).to.match(/email/i);
    expect(summaryLinks(el)[0]).to.match(/^Email address: /);
    await expectAccessible(el);
  });

  const cases: [string, Answers, string, RegExp][] = [
    ['no commitment', { ...VALID, commitments: [] }, 'commitment-0', /au moins|vide|obligatoire/i],
    ['a malformed email', { ...VALID, email: 'camille@' }, 'email', /e-mail/i],
    ['a malformed postal code', { ...VALID, postalCode: '!!' }, 'postalCode', /format|invalide/i],
    ['a blank name', { ...VALID, name: '   ' }, 'name', /vide|obligatoire/i],
    ['a name too long', { ...VALID, name: 'x'.repeat(101) }, 'name', /100/],
    ['a message too long', { ...VALID, message: 'x'.repeat(1001) }, 'message', /1000|1 000/],
    ['no consent', { ...VALID, consent: false }, 'consent', /accord/],
    [
      'an organisation without its name',
      { ...VALID, kind: 'organisation' },
      'organisation',
      /organisation|vide/i,
    ],
  ];
  for (const [what, answers, id, message] of cases) {
    it(`${what}: that field alone is flagged, and nothing is sent`, async () => {
      const { el, feed } = await mountForm();
      await fill(el, answers);
      await submit(el);
      expect(summaryLinks(el).length, summaryLinks(el).join(' | ')).to.equal(1);
      expect($(el, `#${id}`)!.getAttribute('aria-invalid')).to.equal('true');
      expect(fieldError(el, id)).to.match(message);
      expect(await attempts(feed)).to.deep.equal([]);
    });
  }

  it('activating a summary link focuses its field; entered values are kept', async () => {
    const { el } = await mountForm();
    await fill(el, { ...VALID, email: 'camille@', postalCode: '59000', message: 'Bonjour' });
    await submit(el);
    $(el, '[part~="error-summary"] a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#email'));
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Camille Martin');
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal('camille@');
    expect($<HTMLInputElement>(el, '#postalCode')!.value).to.equal('59000');
    expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('Bonjour');
    expect($<HTMLInputElement>(el, '#commitment-2')!.checked).to.equal(true);
  });

  it('a touched field is checked when left, and its message goes once it is corrected', async () => {
    const { el } = await mountForm();
    const email = $<HTMLInputElement>(el, '#email')!;
    // Leaving an untouched field says nothing.
    $(el, '#name')!.focus();
    email.focus();
    await el.updateComplete;
    expect(fieldError(el, 'name')).to.equal('');
    await fill(el, { email: 'camille@' });
    email.focus();
    $(el, '#postalCode')!.focus();
    await el.updateComplete;
    expect(fieldError(el, 'email')).to.match(/e-mail/i);
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    await fill(el, { email: 'camille@example.org' });
    email.focus();
    $(el, '#postalCode')!.focus();
    await el.updateComplete;
    expect(fieldError(el, 'email')).to.equal('');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('the summary follows the corrections and goes when the form is valid', async () => {
    const { el } = await mountForm();
    await fill(el, { ...VALID, name: '' });
    await submit(el);
    expect(summaryLinks(el).length).to.equal(1);
    await fill(el, { name: 'Camille' });
    $(el, '#name')!.focus();
    $(el, '#email')!.focus();
    await el.updateComplete;
    expect($(el, '[part~="error-summary"]')).to.equal(null);
  });
});

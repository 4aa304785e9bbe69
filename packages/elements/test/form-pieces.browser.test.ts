import { expect } from '@open-wc/testing';
import { createClient, type CoalitionDeclarationInput } from '@coalition-kit/sdk';
import { fieldOf } from '../src/coalition-form/fields.js';
import { errorsByField, withFieldError } from '../src/shared/form/field-errors.js';
import { SubmissionSender } from '../src/shared/form/sender.js';
import { attempts, pledgeFeed, setMode } from './helpers/pledge-form.js';

const FIELDS = ['name', 'contact1Email', 'contact2Email', 'consent'] as const;

describe('shared form pieces', () => {
  it('errorsByField: one message per field, in form order, through the path mapping', () => {
    const found = errorsByField(
      FIELDS,
      [
        { path: ['consent'], message: 'cochez' },
        { path: ['contacts', 1, 'email'], message: 'adresse 2' },
        { path: ['contacts', 0, 'email'], message: 'adresse 1' },
        { path: ['contacts', 0, 'email'], message: 'second message, dropped' },
        { path: ['stakes'], message: 'not a field of the form' },
      ],
      fieldOf,
    );
    expect([...found]).to.deep.equal([
      ['contact1Email', 'adresse 1'],
      ['contact2Email', 'adresse 2'],
      ['consent', 'cochez'],
    ]);
    expect([...withFieldError(FIELDS, found, 'name', 'vide')].map(([f]) => f)).to.deep.equal([
      'name',
      'contact1Email',
      'contact2Email',
      'consent',
    ]);
    expect([...withFieldError(FIELDS, found, 'consent', undefined)].map(([f]) => f)).to.deep.equal([
      'contact1Email',
      'contact2Email',
    ]);
  });

  it('SubmissionSender posts any body with one key until it is recorded', async () => {
    const feed = pledgeFeed('down');
    const client = createClient({ feed, retryDelay: 5 });
    const sender = new SubmissionSender<CoalitionDeclarationInput>((c, body, options) =>
      c.declareCoalition(body, options),
    );
    const declaration: CoalitionDeclarationInput = {
      name: 'Coalition Climat Fives',
      objective: 'Rénover.',
      scope: 'geographique',
      contacts: [{ name: 'Camille Martin', email: 'camille@example.org' }],
      consent: true,
    };
    expect((await sender.send(client, declaration)).kind).to.equal('offline');
    await setMode(feed, 'ok');
    const done = await sender.send(client, sender.pending!);
    expect(done.kind).to.equal('recorded');
    const keys = new Set((await attempts(feed)).map((a) => a.key));
    expect(keys.size).to.equal(1);
  });
});

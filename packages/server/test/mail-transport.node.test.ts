/** Which way messages leave: the console without SMTP_URL (the offline demo), SMTP with it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMailer } from '../src/mail/transport.js';

const mail = {
  id: 'f3a1c2d4-0000-4000-8000-000000000001',
  to: 'camille@example.org',
  subject: 'Confirmez votre engagement : Appel',
  text: 'Bonjour,\nhttp://127.0.0.1:8787/v1/pledges/confirm?token=abc',
  html: '<p>Bonjour</p>',
  unsubscribe: null,
};

test('without SMTP_URL the message and its link are printed on the console', async () => {
  const mailer = createMailer({});
  const printed: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof write;
  try {
    await mailer.send(mail);
  } finally {
    process.stderr.write = write;
  }
  const out = printed.join('');
  assert.match(out, /To: camille@example\.org/);
  assert.match(out, /Confirmez votre engagement/);
  assert.ok(out.includes('http://127.0.0.1:8787/v1/pledges/confirm?token=abc'));
});

test('SMTP_URL without a sender address is refused with a clear message', () => {
  assert.throws(
    () => createMailer({ SMTP_URL: 'smtp://127.0.0.1:2525', CK_LANG: 'fr' }),
    /SMTP_FROM/,
  );
});

/**
 * Confirmation messages through a real SMTP server, with the real `ck-server` process on
 * the demo (its campaign confirms by e-mail): the message's headers and links; a crash
 * (`kill -9`) while the message is being delivered loses nothing, and after the restart it is
 * delivered once, with the Message-ID of the first attempt.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from './helpers/start-server.js';
import { startSmtp, type TestSmtp } from './helpers/smtp.js';
import { getJson, pledge, post } from './helpers/requests.js';

const STATS = '/v1/campaigns/appel-engagements/stats.json';

let smtp: TestSmtp;
let server: TestServer;

before(async () => {
  smtp = await startSmtp();
  server = await startServer({
    demo: true,
    args: ['--rate-limit', '0'],
    env: {
      SMTP_URL: smtp.url,
      SMTP_FROM: 'Collectif démo <engagements@collectif.example.org>',
      CK_MAIL_LEASE_SECONDS: '1',
    },
  });
});
after(async () => {
  await server?.stop();
  await smtp?.close();
});

const total = async () =>
  ((await getJson(`${server.url}${STATS}`)).json as { total: number }).total;

/** Follows a link's form as a browser does: POST of its token, url-encoded. */
const press = (link: string) => {
  const url = new URL(link);
  return fetch(`${server.url}${url.pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: url.searchParams.get('token')! }),
  });
};

describe('confirmation messages over SMTP', () => {
  it('sends one message in the pledge’s language, with why it was sent and its three links', async () => {
    const body = pledge();
    const res = await post(`${server.url}/v1/pledges`, body, {
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
    });
    assert.equal(res.status, 201);
    assert.equal(res.json.status, 'pending');
    const mail = await smtp.waitFor(body.email as string);
    assert.match(mail.headers.get('from')!, /engagements@collectif\.example\.org/);
    assert.equal(mail.headers.get('message-id'), `<${res.json.id}@collectif.example.org>`);
    assert.equal(mail.headers.get('auto-submitted'), 'auto-generated');
    assert.equal(mail.headers.get('list-unsubscribe'), `<${mail.link('withdraw')}>`);
    assert.match(mail.text, /You receive this message because your address was entered/);
    assert.match(mail.html, /<a href="http:\/\/127\.0\.0\.1:\d+\/v1\/pledges\/confirm\?token=/);
    assert.ok(mail.link('confirm') && mail.link('view'));

    const n = await total();
    assert.equal((await press(mail.link('confirm')!)).status, 200);
    assert.equal(await total(), n + 1);
    assert.equal((await press(mail.link('withdraw')!)).status, 200);
    assert.equal(await total(), n);
  });

  it('kill -9 while the message is being delivered: after the restart it is delivered once', async () => {
    smtp.hold();
    const body = pledge();
    const res = await post(`${server.url}/v1/pledges`, body);
    assert.equal(res.status, 201);
    // The server committed the pledge, claimed its message and is in the SMTP dialogue.
    await smtp.waitHeld();
    server.kill9();
    smtp.release();
    await server.restart();
    const mail = await smtp.waitFor(body.email as string);
    assert.equal(mail.headers.get('message-id'), `<${res.json.id}@collectif.example.org>`);

    // Restarted again, and another message sent after it: the first is not sent a second time.
    await server.halt();
    await server.restart();
    const later = pledge();
    await post(`${server.url}/v1/pledges`, later);
    await smtp.waitFor(later.email as string);
    const copies = smtp.received.filter((m) => m.headers.get('to')?.includes(body.email as string));
    assert.equal(copies.length, 1);
    assert.equal((await press(mail.link('confirm')!)).status, 200, 'its link works');
  });
});

/**
 * E-mail confirmation in the server's own process (the clock is the test's): a pledge to a
 * campaign with `confirmation: "email"` waits, its message is queued with three links; GET
 * changes nothing, POST confirms once; withdraw erases; an address that pledged before gets
 * the same answer and changes nothing public; expired, reused and wrong links give one clear
 * page in French or English; the purge erases what was never confirmed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/http/app.js';
import { openDatabase, type Database } from '../src/store/database.js';
import { purge } from '../src/store/purge.js';
import { MAILS_PER_DAY } from '../src/store/confirmation.js';
import { PAGE_CSP } from '../src/http/link-page.js';
import { copyTemplate } from './helpers/template.js';
import { CDN_DIR, SITE_DIR } from './helpers/process.js';
import { pledge } from './helpers/requests.js';

const CAMPAIGN = 'appel-engagements';
const DAY = 86_400_000;
let dir: string;
let db: Database;
let app: FastifyInstance;
let now = new Date();
let key = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ck-confirmation-'));
  await copyTemplate(true, join(dir, 'data'));
  db = await openDatabase({ dataDir: join(dir, 'data') });
  app = buildApp({
    db,
    rateLimit: 0,
    allowOrigins: [],
    cdnDir: CDN_DIR,
    siteDir: SITE_DIR,
    cacheMs: 0,
    now: () => now,
    mail: { linkBase: () => 'https://feed.example.org/v1', wake: () => undefined },
  });
  await app.ready();
});
after(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown, lang = 'fr') =>
  app.inject({
    method: 'POST',
    url: '/v1/pledges',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `confirmation-test-${(key += 1)}`,
      'accept-language': lang,
    },
    payload: JSON.stringify(body),
  });

const stats = async () =>
  JSON.parse((await app.inject(`/v1/campaigns/${CAMPAIGN}/stats.json`)).body) as {
    total: number;
    recent: { name: string }[];
  };

/** The messages queued for `email`, newest last, with the paths of their links. */
async function messagesTo(email: string) {
  const rows = await db.query<{ subject: string; text_body: string; html_body: string }>(
    'SELECT subject, text_body, html_body FROM mail_outbox WHERE recipient = $1 ORDER BY created_at, id',
    [email],
  );
  return rows.map((r) => {
    const link = (purpose: string) => {
      const m = new RegExp(
        `https://feed\\.example\\.org(/v1/pledges/${purpose}\\?token=[\\w-]+)`,
      ).exec(r.text_body);
      return m?.[1];
    };
    return { ...r, confirm: link('confirm'), withdraw: link('withdraw'), view: link('view') };
  });
}

const form = (path: string, lang = 'fr') =>
  app.inject({
    method: 'POST',
    url: path.split('?')[0]!,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': lang },
    payload: new URLSearchParams({
      token: new URLSearchParams(path.split('?')[1]).get('token')!,
    }).toString(),
  });

describe('a pledge to a campaign that confirms by e-mail', () => {
  it('waits, sends one message with three links, and counts only once confirmed by POST', async () => {
    const before = await stats();
    const body = pledge({ name: 'Nom Public Confirmé', public: true });
    const res = await post(body);
    assert.equal(res.statusCode, 201);
    const receipt = JSON.parse(res.body) as { id: string; status: string };
    assert.equal(receipt.status, 'pending');
    assert.equal((await stats()).total, before.total, 'a pending pledge does not count');

    const [mail, ...more] = await messagesTo(body.email as string);
    assert.equal(more.length, 0);
    assert.match(mail!.subject, /Confirmez votre engagement/);
    assert.match(mail!.text_body, /Vous recevez ce message parce que/);
    assert.ok(mail!.confirm && mail!.withdraw && mail!.view, mail!.text_body);
    assert.match(
      mail!.html_body,
      /<a href="https:\/\/feed\.example\.org\/v1\/pledges\/confirm\?token=/,
    );

    // A GET (a mail scanner, or the visitor opening the link) only shows the button.
    const page = await app.inject(mail!.confirm!);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['content-security-policy'], PAGE_CSP);
    assert.match(page.body, /<form method="post" action="confirm">/);
    assert.doesNotMatch(page.body, /<script/);
    assert.equal((await stats()).total, before.total);

    const done = await form(mail!.confirm!);
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /Engagement confirmé/);
    const after = await stats();
    assert.equal(after.total, before.total + 1);
    assert.ok(after.recent.some((r) => r.name === 'Nom Public Confirmé'));

    // Used again: a clear page, nothing changes.
    const again = await form(mail!.confirm!);
    assert.match(again.body, /déjà servi/);
    assert.equal((await stats()).total, before.total + 1);

    // "What do you hold about me": that one pledge, escaped.
    const view = await app.inject(mail!.view!);
    assert.equal(view.statusCode, 200);
    assert.match(view.body, /Nom Public Confirmé/);
    assert.ok(view.body.includes(body.email as string));
    assert.match(view.body, /confirmé \(compte\)/);

    // Withdraw: GET asks, POST erases at once.
    assert.match((await app.inject(mail!.withdraw!)).body, /action="withdraw"/);
    assert.equal((await stats()).total, before.total + 1);
    const gone = await form(mail!.withdraw!);
    assert.match(gone.body, /Engagement retiré/);
    assert.equal((await stats()).total, before.total);
    assert.equal((await app.inject(mail!.view!)).statusCode, 410, 'the view link dies with it');
    const rows = await db.query('SELECT 1 FROM pledges WHERE lower(email) = lower($1)', [
      body.email,
    ]);
    assert.equal(rows.length, 0);
  });

  it('answers an address that pledged before exactly like a new one, and changes nothing public', async () => {
    const first = pledge({ name: 'Première Personne', public: true });
    await post(first);
    const [mail] = await messagesTo(first.email as string);
    await form(mail!.confirm!);
    const counted = await stats();

    // Someone else uses the same address: same status, same shape, a fresh id.
    const res = await post({ ...first, name: 'Usurpateur', public: true });
    const fresh = await post(pledge({ name: 'Nouvelle Personne' }));
    assert.equal(res.statusCode, fresh.statusCode);
    const a = JSON.parse(res.body) as Record<string, string>;
    const b = JSON.parse(fresh.body) as Record<string, string>;
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
    assert.equal(a.status, b.status);
    const earlierIds = await db.query<{ id: string }>('SELECT id FROM pledges WHERE email = $1', [
      first.email,
    ]);
    assert.notEqual(a.id, earlierIds[0]!.id, 'never the earlier pledge’s id');
    const after = await stats();
    assert.equal(after.total, counted.total);
    assert.ok(!after.recent.some((r) => r.name === 'Usurpateur'));

    // Only the owner of the mailbox learns it: the message says it already counts.
    const mails = await messagesTo(first.email as string);
    assert.equal(mails.length, 2);
    // Both were queued at the same instant of the test's clock: told apart by their content.
    const already = mails.find((m) => m.text_body !== mail!.text_body)!;
    assert.match(already.text_body, /avait déjà confirmé/);
    assert.equal(already.confirm, undefined);
    assert.match(already.text_body, /Bonjour Première Personne/);
  });

  it('mails one address at most three times a day, however often its address is typed', async () => {
    const saved = now;
    const body = pledge({ name: 'Boîte Visée' });
    const answers = [];
    for (let i = 0; i < 6; i++) {
      now = new Date(saved.getTime() + i * 1000);
      answers.push(await post({ ...body, message: `essai ${i}` }));
      // Delivered at once, as the outbox's sender does (bodies kept here, to read the links).
      await db.query(`UPDATE mail_outbox SET status = 'sent' WHERE status = 'pending'`);
    }
    // Every submitter gets the same answer, capped or not.
    assert.deepEqual(
      answers.map((a) => [a.statusCode, (JSON.parse(a.body) as { status: string }).status]),
      Array.from({ length: 6 }, () => [201, 'pending']),
    );
    const mails = await messagesTo(body.email as string);
    assert.equal(mails.length, MAILS_PER_DAY, 'the 4th to 6th submissions mail nobody');
    // The newest message sent still confirms: a capped submission changed nothing.
    const [link] = mails
      .map((m) => m.confirm)
      .filter(Boolean)
      .slice(-1);
    assert.match((await form(link!)).body, /Engagement confirmé/);

    // A day later the address may be mailed again.
    now = new Date(saved.getTime() + DAY + 1000);
    await post(body);
    assert.equal((await messagesTo(body.email as string)).length, MAILS_PER_DAY + 1);
    now = saved;
  });

  it('speaks English when the pledge was made in English, and keeps a wrong or expired link harmless', async () => {
    const body = pledge();
    await post(body, 'en');
    const [mail] = await messagesTo(body.email as string);
    assert.match(mail!.subject, /Confirm your commitment/);
    assert.match((await app.inject(mail!.confirm!)).body, /Confirm my commitment/);

    const wrong = await app.inject({
      url: '/v1/pledges/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      headers: { 'accept-language': 'en' },
    });
    const saved = now;
    now = new Date(saved.getTime() + 8 * DAY);
    try {
      const expired = await app.inject({
        url: mail!.confirm!,
        headers: { 'accept-language': 'en' },
      });
      assert.equal(expired.statusCode, wrong.statusCode);
      assert.equal(expired.body, wrong.body, 'an expired link and a wrong one look the same');
      assert.match(expired.body, /no longer valid/);
      const posted = await form(mail!.confirm!, 'en');
      assert.equal(posted.statusCode, 410);
      const french = await app.inject(mail!.confirm!);
      assert.match(french.body, /n’est plus valable/);
      const pending = await db.query<{ status: string }>(
        'SELECT status FROM pledges WHERE email = $1',
        [body.email],
      );
      assert.deepEqual(pending, [{ status: 'pending' }], 'nothing changed');

      // The purge erases the pledge that was never confirmed.
      const report = await db.transaction((tx) => purge(tx, now));
      assert.ok(report.unconfirmed >= 1);
      assert.equal(
        (await db.query('SELECT 1 FROM pledges WHERE email = $1', [body.email])).length,
        0,
      );
    } finally {
      now = saved;
    }
  });

  it('answers a filled honeypot like a pending pledge, and mails nobody', async () => {
    const body = pledge({ website: 'https://spam.example' });
    const res = await post(body);
    assert.equal(res.statusCode, 201);
    assert.equal((JSON.parse(res.body) as { status: string }).status, 'pending');
    assert.deepEqual(await messagesTo(body.email as string), []);
  });

  it('escapes what the pledger wrote in the pages and the message', async () => {
    const body = pledge({ name: '<img src=x onerror=alert(1)>' });
    await post(body);
    const [mail] = await messagesTo(body.email as string);
    assert.ok(!mail!.html_body.includes('<img src=x'));
    const view = await app.inject(mail!.view!);
    assert.ok(!view.body.includes('<img src=x'));
    assert.match(view.body, /&lt;img src=x/);
  });
});

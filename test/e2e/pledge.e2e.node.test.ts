/**
 * End to end: on the demo partner page of the real `ck-server --demo`, a visitor pledges with
 * the keyboard and mouse in Chromium, online and offline (sent once back online). The demo's
 * campaign confirms by e-mail: the form says to check the inbox, the message arrives at a
 * real SMTP server in this process, its link is opened in Chromium and the counter moves;
 * the withdraw link moves it back; a pledge with an address that pledged before looks, from
 * outside, exactly like a new one. A confirmed pledge is in `ck-server pledges export` and in
 * no public document unless "show my name" was ticked; the counter always equals the number
 * of confirmed pledges, also after `pledges erase`.
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { startSmtp, type TestSmtp } from '../../packages/server/test/helpers/smtp.js';
import { demoSite } from './demo-site.js';

const CAMPAIGN = 'appel-engagements';
const FORM = 'ck-pledge-form';

let smtp: TestSmtp;
const site = demoSite({
  env: async () => {
    smtp = await startSmtp();
    return { SMTP_URL: smtp.url, SMTP_FROM: 'Démo <engagements@collectif.example.org>' };
  },
});
after(async () => smtp?.close());

const getJson = async (path: string) =>
  (
    await fetch(`${site.server.url}${path}`, { headers: { 'cache-control': 'no-cache' } })
  ).json() as Promise<Record<string, unknown>>;
const statsTotal = async () =>
  (await getJson(`/v1/campaigns/${CAMPAIGN}/stats.json`)).total as number;

/** Every public document of the feed, as text. */
async function publicText(): Promise<string> {
  const docs = [
    'collective.json',
    'events.json',
    'members.json',
    'coalitions.json',
    `campaigns/${CAMPAIGN}/stats.json`,
  ];
  const texts = await Promise.all(
    docs.map(async (d) => (await fetch(`${site.server.url}/v1/${d}`)).text()),
  );
  return texts.join('\n');
}

/** Rows of `pledges export` (one per stored pledge: they start with an id and an ISO date). */
async function exportedRows(): Promise<string[]> {
  const res = await site.server.cli(['pledges', 'export', '--campaign', CAMPAIGN]);
  assert.equal(res.code, 0, res.stderr);
  return res.stdout.split('\r\n').filter((line) => /^[^,]+,\d{4}-\d{2}-\d{2}T/.test(line));
}

/** The counter's text in the widget ("1 234 engagements sur un objectif de 500"). */
const counterText = (page: Page) =>
  page.evaluate(
    `document.querySelector('${FORM}').shadowRoot.querySelector('[part~="count"]').textContent.replace(/\\s+/g, ' ').trim()`,
  ) as Promise<string>;

const countIn = (text: string) =>
  Number(/^([\d\s\u202f\u00a0]+)/.exec(text)![1]!.replace(/\D/g, ''));

/** Waits for `selector` in the widget's shadow root (polled: shadow mutations are not observed). */
const shown = (page: Page, selector: string) =>
  page.waitForFunction(
    `!!document.querySelector('${FORM}')?.shadowRoot?.querySelector('${selector}')`,
    { timeout: 20_000, polling: 100 },
  );

async function openForm(): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== new URL(site.server.url).origin)
      errors.push(`request to another host: ${url.origin}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  await page.goto(`${site.server.url}/#engagement`);
  await shown(page, 'form');
  await shown(page, '[part~="count"]');
  return { page, errors };
}

/** Fills the form with the mouse and keyboard, then presses the button. */
async function fillAndSend(page: Page, who: Pledger) {
  await page.click(`${FORM} >>> #commitment-0`);
  await page.type(`${FORM} >>> #name`, who.name);
  await page.type(`${FORM} >>> #email`, who.email);
  await page.type(`${FORM} >>> #postalCode`, '59000');
  if (who.public) await page.click(`${FORM} >>> #public`);
  await page.click(`${FORM} >>> #consent`);
  await page.click(`${FORM} >>> [part~="submit-button"]`);
}

interface Pledger {
  name: string;
  email: string;
  public: boolean;
}

async function pledge(page: Page, who: Pledger) {
  await fillAndSend(page, who);
  await shown(page, '[part~="check-inbox"]').catch(async (error: unknown) => {
    const shown = await page.evaluate(
      `document.querySelector('${FORM}').shadowRoot.textContent.replace(/\\s+/g, ' ')`,
    );
    throw new Error(`no thanks after the submit; the widget shows: ${String(shown)}`, {
      cause: error,
    });
  });
}

/** Opens a link of the message in Chromium and presses its button, as its owner does. */
async function follow(link: string, expected: RegExp): Promise<void> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(link);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  const text = (await page.evaluate('document.body.textContent')) as string;
  assert.match(text, expected);
  assert.deepEqual(errors, [], 'the link page runs under its CSP without errors');
  await page.close();
}

/** Confirms `who`'s latest pledge from the message it received (`nth`: which message). */
async function confirmFromMail(who: Pledger, nth = 0): Promise<void> {
  const mail = await smtp.waitFor(who.email, nth);
  await follow(mail.link('confirm')!, /Engagement confirmé/);
}

/**
 * The counter a new visitor sees: a fresh browser context, without the HTTP cache in which
 * the first visitor's browser keeps `stats.json` for its max-age.
 */
async function counterOfNewVisitor(): Promise<number> {
  const context = await site.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.server.url}/#engagement`);
    await shown(page, '[part~="count"]');
    return countIn(await counterText(page));
  } finally {
    await context.close();
  }
}

describe('a pledge made on the demo partner page', () => {
  const secret = { name: 'Camille Discrète', email: 'camille.discrete@example.org', public: false };
  const open = {
    name: 'Dominique Publique',
    email: 'dominique.publique@example.org',
    public: true,
  };
  const late = { name: 'Sacha Horsligne', email: 'sacha.horsligne@example.org', public: false };

  it('moves the counter once confirmed from the message, and stays out of every public document unless public', async () => {
    const before = await statsTotal();
    const { page, errors } = await openForm();
    assert.equal(countIn(await counterText(page)), before);
    await pledge(page, secret);
    assert.equal(await statsTotal(), before, 'not counted before its confirmation');
    await confirmFromMail(secret);
    assert.equal(await statsTotal(), before + 1);
    assert.equal(await counterOfNewVisitor(), before + 1);
    assert.deepEqual(errors, []);
    const storage = await page.evaluate(
      '({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length })',
    );
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0 });
    const published = await publicText();
    assert.ok(!published.includes(secret.name), 'a private pledger is in a public document');
    assert.ok(!published.includes(secret.email), 'an email is in a public document');
    await page.close();

    const second = await openForm();
    await pledge(second.page, open);
    await second.page.close();
    await confirmFromMail(open);
    const stats = await getJson(`/v1/campaigns/${CAMPAIGN}/stats.json`);
    assert.equal(stats.total, before + 2);
    assert.ok(JSON.stringify(stats.recent).includes(open.name), 'a public pledger is listed');
    assert.ok(!(await publicText()).includes(open.email), 'an email is in a public document');
  });

  it('made offline, it waits, says it is not recorded yet, and is stored once back online', async () => {
    const before = await statsTotal();
    const { page, errors } = await openForm();
    await page.setOfflineMode(true);
    await fillAndSend(page, late);
    await shown(page, '[part~="pending"]');
    const waiting = (await page.evaluate(
      `document.querySelector('${FORM}').shadowRoot.querySelector('[part~="pending"]').textContent`,
    )) as string;
    assert.match(waiting, /pas encore enregistré/);
    assert.equal(await statsTotal(), before);
    await page.setOfflineMode(false);
    await shown(page, '[part~="check-inbox"]');
    await confirmFromMail(late);
    assert.equal(await statsTotal(), before + 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('withdrawn by the second link of the message, the pledge leaves the counter at once', async () => {
    const leaving = { name: 'Alix Partante', email: 'alix.partante@example.org', public: true };
    const before = await statsTotal();
    const { page } = await openForm();
    await pledge(page, leaving);
    await page.close();
    await confirmFromMail(leaving);
    assert.equal(await counterOfNewVisitor(), before + 1);
    const mail = await smtp.waitFor(leaving.email);
    await follow(mail.link('withdraw')!, /Engagement retiré/);
    assert.equal(await statsTotal(), before);
    assert.equal(await counterOfNewVisitor(), before);
    assert.ok(!(await publicText()).includes(leaving.name));
  });

  it('from outside, a pledge with an address that pledged before looks like a new one', async () => {
    // The attacker's view: the form, the answer of the POST, and every public document.
    const attempt = async (who: Pledger) => {
      const publicBefore = await publicText();
      const { page } = await openForm();
      let answer: { status: number; body: Record<string, unknown> } | undefined;
      page.on('response', (r) => {
        if (r.url().endsWith('/v1/pledges') && r.request().method() === 'POST')
          void r
            .json()
            .then((body: Record<string, unknown>) => (answer = { status: r.status(), body }));
      });
      await pledge(page, who);
      const thanks = (await page.evaluate(
        `document.querySelector('${FORM}').shadowRoot.querySelector('[part~="thanks"]').textContent.replace(/\\s+/g, ' ')`,
      )) as string;
      await page.close();
      await new Promise((resolve) => setImmediate(resolve));
      assert.ok(answer, 'the POST answer was seen');
      return { publicBefore, publicAfter: await publicText(), thanks, answer };
    };
    const known = await attempt({ ...secret, name: 'Quelqu’un d’autre', public: true });
    const fresh = await attempt({
      name: 'Nouvelle Venue',
      email: 'nouvelle.venue@example.org',
      public: true,
    });
    assert.equal(known.answer.status, fresh.answer.status);
    assert.deepEqual(Object.keys(known.answer.body).sort(), Object.keys(fresh.answer.body).sort());
    assert.equal(known.answer.body.status, fresh.answer.body.status);
    assert.equal(known.thanks, fresh.thanks);
    assert.equal(known.publicAfter, known.publicBefore, 'nothing public changed (known address)');
    assert.equal(fresh.publicAfter, fresh.publicBefore, 'nothing public changed (new address)');
    // Only the mailbox's owner learns it: their second message says it already counts.
    const second = await smtp.waitFor(secret.email, 1);
    assert.match(second.text, /avait déjà confirmé/);
    assert.equal(second.link('confirm'), undefined);
  });

  it('the counter equals the stored pledges, before and after `pledges erase`', async () => {
    const total = await statsTotal();
    await site.server.halt();
    const rows = await exportedRows();
    assert.equal(rows.length, total);
    assert.ok(rows.some((r) => r.includes(secret.email)));
    assert.ok(rows.some((r) => r.includes(open.email)));
    assert.equal(rows.filter((r) => r.includes(late.email)).length, 1, 'the offline pledge, once');
    const erased = await site.server.cli(['pledges', 'erase', '--email', secret.email]);
    assert.equal(erased.code, 0, erased.stderr);
    const after = await exportedRows();
    assert.equal(after.length, total - 1);
    assert.ok(!after.some((r) => r.includes(secret.email)));
    await site.server.restart();
    assert.equal(await statsTotal(), total - 1);
    const { page } = await openForm();
    assert.equal(countIn(await counterText(page)), total - 1);
    await page.close();
  });
});

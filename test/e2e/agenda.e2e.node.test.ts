/**
 * End to end: the real `ck-server --demo` serves the partner page `/` (strict CSP) and the
 * script-tag bundle; Chromium shows the demo agenda in French, then in English. Also: a page
 * enforcing Trusted Types where another Lit already made its `lit-html` policy.
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { demoSite } from './demo-site.js';

const site = demoSite();

interface Watch {
  errors: string[];
  foreignHosts: string[];
}

/** Opens a tab that records page errors, console errors, CSP violations and foreign requests. */
async function openTab(): Promise<{ page: Page; watch: Watch }> {
  const page = await site.browser.newPage();
  const watch: Watch = { errors: [], foreignHosts: [] };
  const origin = new URL(site.server.url).origin;
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    // Failed loads are reported by URL below (the console line does not say which).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      watch.errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      watch.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin)
      watch.foreignHosts.push(url.origin);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, watch };
}

/** Waits for the agenda's events and returns what a visitor reads. */
async function readAgenda(page: Page) {
  await page.waitForFunction(
    () =>
      (document.querySelector('ck-agenda')?.shadowRoot?.querySelectorAll('[part~="item"]').length ??
        0) > 0,
    { timeout: 45_000 },
  );
  // A string, not a function: tsx would add helpers (`__name`) the page does not have.
  return page.evaluate(READ_AGENDA) as Promise<{
    lang: string;
    views: string[];
    days: string[];
    items: number;
    jsonLd: boolean;
  }>;
}

const READ_AGENDA = `(() => {
  const root = document.querySelector('ck-agenda').shadowRoot;
  const text = (s) => [...root.querySelectorAll(s)].map((n) => (n.textContent || '').replace(/\\s+/g, ' ').trim());
  return {
    lang: root.querySelector('[part~="base"]').getAttribute('lang'),
    views: text('.view'),
    days: text('[part~="day-heading"]'),
    items: text('[part~="item"]').length,
    jsonLd: document.querySelector('ck-agenda > script[type="application/ld+json"]') !== null,
  };
})()`;

describe('the demo partner page of ck-server', () => {
  it('shows the demo agenda in French, then in English, with no error and no foreign request', async () => {
    const { page, watch } = await openTab();
    await page.goto(`${site.server.url}/`);
    const fr = await readAgenda(page);
    assert.equal(fr.lang, 'fr');
    assert.deepEqual(fr.views, ['À venir', 'Mois', 'Passés']);
    assert.match(
      fr.days[0]!,
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4}$/,
    );
    assert.ok(fr.items > 0);
    assert.ok(fr.jsonLd, 'schema.org JSON-LD in the page');

    await page.evaluate(() => document.querySelector('ck-agenda')!.setAttribute('lang', 'en'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('ck-agenda')!
          .shadowRoot!.querySelector('[part~="base"]')!
          .getAttribute('lang') === 'en',
    );
    const en = await readAgenda(page);
    assert.deepEqual(en.views, ['Upcoming', 'Month', 'Past']);
    assert.match(
      en.days[0]!,
      /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} \S+ \d{4}$/,
    );

    const storage = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0 });
    assert.deepEqual(watch.foreignHosts, []);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('works under Trusted Types when another Lit already created the `lit-html` policy', async () => {
    const { page, watch } = await openTab();
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (r.url() !== `${site.server.url}/trusted-types.html`) return void r.continue();
      void r.respond({
        status: 200,
        contentType: 'text/html',
        headers: {
          'content-security-policy':
            "require-trusted-types-for 'script'; trusted-types lit-html coalition-kit-lit coalition-kit-json-ld",
        },
        body: `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script>trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });</script>
<script type="module" src="/cdn/coalition-kit.js"></script></head>
<body><ck-agenda feed="/v1"></ck-agenda></body></html>`,
      });
    });
    await page.goto(`${site.server.url}/trusted-types.html`);
    const shown = await readAgenda(page);
    assert.ok(shown.items > 0);
    assert.ok(shown.jsonLd, 'JSON-LD through the coalition-kit-json-ld policy');
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
});

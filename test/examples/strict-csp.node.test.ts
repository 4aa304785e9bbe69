/**
 * examples/strict-csp: the page served under `default-src 'self'; script-src 'self';
 * style-src 'self'; img-src 'self' data:` and Trusted Types with the README's exact
 * `trusted-types` line, its feed and bundle passed through from `ck-server --demo`; Chromium
 * shows every widget populated, with no CSP violation and no error, zod's chunk included.
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { demoSite } from '../e2e/demo-site.js';
import { populated, watchedTab } from './watch-page.js';
import { PAGE_POLICY, TRUSTED_TYPES, serveStrictCsp } from '../../examples/strict-csp/serve.mjs';

const site = demoSite();
const WIDGETS = [
  'ck-agenda',
  'ck-coalition-map',
  'ck-member-list',
  'ck-pledge-form',
  'ck-coalition-form',
];

describe('examples/strict-csp', () => {
  // Inside the suite: the demo server's hook (file level) has run by then.
  let page: { server: Server; url: string } | undefined;
  before(async () => {
    page = await serveStrictCsp(site.server.url);
  });
  after(() => new Promise<void>((done) => (page ? page.server.close(() => done()) : done())));

  it('uses the Trusted Types line the root README gives, after the strict policy', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const line = /^Content-Security-Policy: (require-trusted-types-for .*)$/m.exec(readme)?.[1];
    assert.equal(TRUSTED_TYPES, line);
    assert.equal(
      PAGE_POLICY,
      `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; ${line}`,
    );
  });

  it('shows every widget populated with zero CSP violations and no error', async () => {
    assert.ok(page);
    const { tab, problems } = await watchedTab(site.browser);
    const response = await tab.goto(`${page.url}/`);
    assert.equal(response?.headers()['content-security-policy'], PAGE_POLICY);

    await populated(tab, WIDGETS);
    // The agenda's JSON-LD goes through the coalition-kit-json-ld policy.
    assert.ok(await tab.$('ck-agenda > script[type="application/ld+json"]'), 'JSON-LD written');

    // A submission attempt loads zod (jitless: no eval) and shows the error summary.
    await tab.evaluate(() => {
      const form = document.querySelector('ck-pledge-form')!.shadowRoot!.querySelector('form')!;
      form.requestSubmit();
    });
    await tab.waitForFunction(
      () =>
        performance.getEntriesByType('resource').some((e) => /\/chunks\/zod-/.test(e.name)) &&
        document
          .querySelector('ck-pledge-form')!
          .shadowRoot!.querySelector('[role="alert"]')
          ?.textContent?.trim(),
      { timeout: 20_000 },
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });
});

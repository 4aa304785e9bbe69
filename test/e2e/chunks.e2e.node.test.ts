/**
 * End to end: a page with one widget asks for every chunk that widget needs at once. The
 * agenda's chunk is held back by the test until the browser has asked for `shared` and `list`
 * too: with a loader that waits for the widget's chunk before asking for what it imports,
 * those requests would never come while it is held (one round trip instead of three).
 * And nothing the page does not need: no other widget's chunk, no form's, no ky (it loads
 * with the GET's retries, when the feed fails once: the second test; a form asks for it with
 * zod and its own send path, at once, when it is first used: the third).
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { demoSite } from './demo-site.js';
import { openTab, type Watch } from './hostile/tab.js';

const site = demoSite();

/** How long the agenda's chunk is held at most: long enough for a loaded machine. */
const HOLD_AT_MOST_MS = 15_000;

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Un agenda</title>
<script type="module" src="/cdn/coalition-kit.js"></script></head>
<body><ck-agenda feed="/v1" lang="fr"></ck-agenda></body></html>`;
const FORM_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Un appel</title>
<script type="module" src="/cdn/coalition-kit.js"></script></head>
<body><ck-pledge-form feed="/v1" campaign="appel-engagements"></ck-pledge-form></body></html>`;

/** `/cdn/chunks/shared-Ab12_-x9.js` → `shared`. */
const chunkName = (url: string) =>
  /\/cdn\/chunks\/(.+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1];

interface Watched {
  page: Page;
  watch: Watch;
  /** Every chunk asked for, in order. */
  asked: string[];
  /** The chunks asked for while `hold` was held back. */
  askedWhileHeld: string[];
}

/**
 * Opens `html` (served as `path`) in a watched tab. The chunk named `hold` is held back until
 * `releaseWhen(askedWhileHeld)` is true (or HOLD_AT_MOST_MS); `answer` may answer a request
 * itself (a feed that fails) and returns whether it did.
 */
async function openPage(
  path: string,
  html: string,
  hold?: { chunk: string; releaseWhen: (askedWhileHeld: string[]) => boolean },
  answer?: (request: HTTPRequest) => boolean,
): Promise<Watched> {
  const { page, watch } = await openTab(site.browser, new URL(site.server.url).origin);
  const asked: string[] = [];
  const askedWhileHeld: string[] = [];
  let held: { request: HTTPRequest; timer: NodeJS.Timeout } | undefined;
  const release = () => {
    if (!held) return;
    clearTimeout(held.timer);
    void held.request.continue();
    held = undefined;
  };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === path) {
      void request.respond({ status: 200, contentType: 'text/html', body: html });
      return;
    }
    if (answer?.(request)) return;
    const name = chunkName(request.url());
    if (name) asked.push(name);
    if (name && name === hold?.chunk) {
      held = { request, timer: setTimeout(release, HOLD_AT_MOST_MS) };
      return;
    }
    if (name && held) askedWhileHeld.push(name);
    void request.continue();
    if (held && hold?.releaseWhen(askedWhileHeld)) release();
  });
  await page.goto(`${site.server.url}${path}`);
  return { page, watch, asked, askedWhileHeld };
}

const populated = (page: Page, tag: string) =>
  page.waitForFunction(`document.querySelector('${tag}')?.matches(':state(populated)')`, {
    timeout: 45_000,
  });

describe('the loader on a page with one widget', () => {
  it('asks for shared and list while the agenda chunk is still on its way, and for nothing else', async () => {
    const { page, watch, asked, askedWhileHeld } = await openPage('/one-agenda.html', PAGE, {
      chunk: 'agenda',
      releaseWhen: (early) => ['shared', 'list'].every((n) => early.includes(n)),
    });
    await populated(page, 'ck-agenda');

    assert.deepEqual(askedWhileHeld.sort(), ['list', 'shared']);
    assert.deepEqual(asked.sort(), ['agenda', 'list', 'shared'], 'only what the agenda needs');
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('loads the retries (ky) when the feed fails once, and shows the agenda', async () => {
    let failed = 0;
    const { page, watch, asked } = await openPage(
      '/one-agenda.html',
      PAGE,
      undefined,
      (request) => {
        if (new URL(request.url()).pathname !== '/v1/events.json' || failed > 0) return false;
        failed++;
        void request.respond({ status: 503, contentType: 'text/plain', body: 'busy' });
        return true;
      },
    );
    await populated(page, 'ck-agenda');

    assert.equal(failed, 1);
    assert.deepEqual(asked.sort(), ['agenda', 'list', 'sdk-retry-get', 'shared']);
    // The 503 itself is seen by the browser; nothing else went wrong.
    assert.deepEqual(watch.errors, [`HTTP 503: ${site.server.url}/v1/events.json`]);
    await page.close();
  });

  it('a form first used asks for zod, ky and its send path at once, not one after the other', async () => {
    const { page, watch, asked, askedWhileHeld } = await openPage('/one-form.html', FORM_PAGE, {
      chunk: 'zod',
      releaseWhen: (early) => ['form-send', 'sdk-retry-get'].every((n) => early.includes(n)),
    });
    await populated(page, 'ck-pledge-form');
    assert.ok(!asked.includes('zod'), `zod before the form is used: ${asked.join(', ')}`);
    await page.click('ck-pledge-form >>> #name');
    await page.waitForFunction(
      `performance.getEntriesByType('resource').some((e) => /\\/chunks\\/zod-/.test(e.name))`,
      { timeout: 45_000 },
    );

    // ky for the POST, and the form's own send path: all three in one round trip.
    assert.deepEqual(askedWhileHeld.sort(), ['form-send', 'sdk-retry-get']);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
});

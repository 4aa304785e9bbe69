/**
 * The setting of the end-to-end tests: the real `ck-server --demo` on loopback and one
 * Chromium, started before the file's tests and stopped after them.
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startServer, type TestServer } from '../../packages/server/test/helpers/start-server.js';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const CDN_ENTRY = new URL('../../packages/elements/dist/cdn/coalition-kit.js', import.meta.url);

export interface DemoSite {
  readonly server: TestServer;
  readonly browser: Browser;
}

export interface DemoSiteOptions {
  /** Runs before the server starts; resolves with more environment for it. */
  env?: () => Promise<Record<string, string>>;
}

/** Registers the file's `before`/`after` hooks; read `server` and `browser` inside tests. */
export function demoSite(options: DemoSiteOptions = {}): DemoSite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    assert.ok(
      existsSync(CDN_ENTRY),
      'packages/elements/dist/cdn is missing: run `npm run build` first',
    );
    server = await startServer({ demo: true, ...(options.env && { env: await options.env() }) });
    browser = await puppeteer.launch(chromiumLaunchOptions);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      assert.ok(server, 'the demo server is not started yet');
      return server;
    },
    get browser() {
      assert.ok(browser, 'Chromium is not started yet');
      return browser;
    },
  };
}

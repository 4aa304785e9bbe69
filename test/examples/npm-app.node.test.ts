/**
 * examples/npm-app, as an npm user builds it: type-checked (`tsc -p examples/npm-app`), built
 * with Vite from the packages' published files, served on its own origin and opened in
 * Chromium against `ck-server --demo` on another (CORS): each page's widgets are populated,
 * the list made with the SDK alone shows the next events, typed events reach the app.
 * Needs `npm run build` (the packages' dist/), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';
import { demoSite } from '../e2e/demo-site.js';
import { serveDirectory, type StaticServer } from './static-server.js';
import { populated, watchedTab } from './watch-page.js';

const APP = fileURLToPath(new URL('../../examples/npm-app/', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const site = demoSite();

describe('examples/npm-app', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'ck-npm-app-'));
  let app: StaticServer | undefined;
  after(async () => {
    await app?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('type-checks with its own tsconfig', async () => {
    await promisify(execFile)(process.execPath, [TSC, '--noEmit', '-p', APP]);
  });

  describe('built with Vite', () => {
    before(async () => {
      await build({
        configFile: join(APP, 'vite.config.ts'),
        build: { outDir, emptyOutDir: true },
        logLevel: 'error',
      });
      app = await serveDirectory(outDir);
    });

    it('shows every widget populated and the list made with the SDK, with no error', async () => {
      assert.ok(app);
      const { tab: page, problems } = await watchedTab(site.browser);
      await page.goto(`${app.url}/?feed=${encodeURIComponent(`${site.server.url}/v1`)}`);

      await populated(page, ['ck-agenda']);
      await page.waitForSelector('#prochains[data-state="populated"] li');
      const next = await page.$$eval('#prochains li', (items) => items.map((li) => li.textContent));
      assert.equal(next.length, 3);
      assert.match(next[0]!, /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) .+ — \S/);
      // The typed ck-load listener wrote the widget's counts.
      await page.waitForFunction(() =>
        document.querySelector('#journal')?.textContent?.startsWith('ck-agenda : '),
      );

      await page.click('[data-route="membres"]');
      await populated(page, ['ck-member-list', 'ck-coalition-map']);
      assert.equal(await page.$('ck-agenda'), null, 'leaving the page removed the agenda');

      await page.click('[data-route="agir"]');
      await populated(page, ['ck-pledge-form', 'ck-coalition-form']);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
});

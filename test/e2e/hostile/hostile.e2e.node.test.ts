/**
 * Issue #13, standing proof on hostile pages: every widget embedded through the script tag,
 * against the real `ck-server --demo`, on pages served by our own loopback site (./site.ts)
 * under the strict CSP with Trusted Types. One Chromium, pages in sequence.
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 * Screenshots (and the pairs that differ, with their diff) go to test-artifacts/hostile/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { demoSite } from '../demo-site.js';
import { axeViolations } from './axe.js';
import { difference, saveArtifacts, shootElements } from './screenshots.js';
import { OTHER_VERSION, startHostileSite, type HostileSite } from './site.js';
import { openTab, waitPopulated, type Tab } from './tab.js';
import { WIDGETS, widgetSelector } from './widgets.js';

describe('every widget on hostile pages', () => {
  const demo = demoSite();
  let site: HostileSite;
  before(async () => {
    site = await startHostileSite(demo.server.url);
  });
  after(() => site?.close());

  const DESKTOP = { width: 1024, height: 768 };

  async function open(path: string, viewport = DESKTOP): Promise<Tab> {
    const tab = await openTab(demo.browser, site.url);
    await tab.page.setViewport(viewport);
    await tab.page.goto(`${site.url}${path}`);
    await waitPopulated(tab.page);
    return tab;
  }

  /** The screenshot of every widget, by name. */
  async function shootAll(page: Page): Promise<Map<string, Buffer>> {
    const shots = await shootElements(page, WIDGETS.map(widgetSelector));
    return new Map(WIDGETS.map((w, i) => [w.name, shots[i]!]));
  }

  describe('under the strict CSP, with Trusted Types, another Lit and another policy', () => {
    it('every widget shows its content with no violation, error or warning', async () => {
      const { page, watch } = await open('/strict-csp.html');
      const hostApp = await page.evaluate(
        `document.querySelector('host-app-card').shadowRoot.textContent.trim()`,
      );
      assert.equal(hostApp, 'Application de l’hôte (un autre Lit).');
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.warnings, []);
      await page.close();
    });
  });

  describe('the map’s card and list, loaded on first use (their own chunk)', () => {
    it('open under the strict CSP with Trusted Types, with no violation, error or warning', async () => {
      const { page, watch } = await open('/strict-csp.html');
      const map = '[data-widget="ck-coalition-map"] > ck-coalition-map';
      const shadow = `document.querySelector('${map}').shadowRoot`;
      // A marker is an SVG element: puppeteer's focus() takes HTML ones only.
      await page.evaluate(`${shadow}.querySelector('[part~="marker"]').focus()`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(`${shadow}.activeElement?.matches('[part~="card-title"]')`, {
        polling: 100,
      });
      await page.click(`${map} >>> .view:nth-of-type(2)`);
      await page.waitForFunction(`${shadow}.querySelectorAll('[part~="item"]').length > 0`, {
        polling: 100,
      });
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.warnings, []);
      await page.close();
    });
  });

  describe('the map’s wheel, drag and pinch, loaded when a pointer comes over it (their own chunk)', () => {
    it('not before; then a real drag pans the map under the strict CSP, with no violation, error or warning', async () => {
      const { page, watch } = await open('/strict-csp.html');
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/coalition-map-gestures-')) asked.push(r.url());
      });
      const map = '[data-widget="ck-coalition-map"] > ck-coalition-map';
      const svg = (await page.$(`${map} >>> svg.map`))!;
      await svg.scrollIntoView();
      assert.deepEqual(asked, [], 'asked for before any pointer came over the map');
      const box = (await svg.boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const loaded = page.waitForResponse((r) => r.url().includes('/coalition-map-gestures-'));
      await page.mouse.move(x, y);
      await loaded;
      const viewBox = `document.querySelector('${map}').shadowRoot.querySelector('svg.map').getAttribute('viewBox')`;
      const before = await page.evaluate(viewBox);
      await page.mouse.down();
      await page.mouse.move(x - 60, y - 40, { steps: 6 });
      await page.mouse.up();
      await page.waitForFunction(`${viewBox} !== ${JSON.stringify(before)}`, { polling: 100 });
      assert.equal(asked.length, 1);
      assert.deepEqual(watch.violations, []);
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.warnings, []);
      await page.close();
    });
  });

  describe('the script tag twice, and another version of the bundle', () => {
    /** Loads the page, checks the warning and that the widgets work. */
    async function twice(csp: string): Promise<void> {
      const { page, watch } = await open(`/twice.html?csp=${csp}`);
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.violations, []);
      assert.equal(watch.warnings.length, 1, watch.warnings.join('\n'));
      assert.match(watch.warnings[0]!, /0\.1\.0/);
      assert.ok(watch.warnings[0]!.includes(OTHER_VERSION), watch.warnings[0]);
      // Works: the agenda shows its month view when asked.
      await page.click('[data-widget="ck-agenda"] > ck-agenda >>> .view:nth-of-type(2)');
      await page.waitForFunction(
        `document.querySelector('[data-widget="ck-agenda"] > ck-agenda').shadowRoot.querySelector('.view[aria-pressed="true"]')?.textContent.trim() === 'Mois'`,
        { polling: 100 },
      );
      await page.close();
    }
    it('under the strict CSP: no error, one warning naming both versions, widgets work', () =>
      twice('no-tt'));
    it('also with Trusted Types enforced (the README policy line)', () => twice('strict'));
  });

  describe('hostile host CSS (62.5 % root font, all: unset, line-height, letter-spacing, rtl, content-box)', () => {
    // Same Chromium, same viewport, same fonts: the neutral and hostile pages render alike
    // pixel for pixel when a widget is isolated from the host; 2 % leaves room for a caret or
    // an anti-aliased edge, while a changed font size, spacing or direction moves whole lines.
    const TOLERANCE = 0.02;
    let neutral: Map<string, Buffer>;
    let hostile: Map<string, Buffer>;
    let hostileScroll: Scroll;
    before(async () => {
      const a = await open('/neutral.html');
      neutral = await shootAll(a.page);
      await a.page.close();
      const b = await open('/hostile-css.html');
      hostile = await shootAll(b.page);
      hostileScroll = (await b.page.evaluate(SCROLL)) as Scroll;
      assert.deepEqual(b.watch.errors, []);
      await b.page.close();
    });
    it('the right-to-left page gets no horizontal scroll', () => {
      const { scroll, width } = hostileScroll;
      assert.ok(scroll <= width, `${scroll} > ${width} px`);
    });
    for (const w of WIDGETS)
      it(`${w.name} keeps its layout`, () => {
        const d = difference(neutral.get(w.name)!, hostile.get(w.name)!);
        if (d.ratio > 0)
          saveArtifacts(
            `css-${w.name}`,
            { neutral: neutral.get(w.name)!, hostile: hostile.get(w.name)! },
            d.diff,
          );
        assert.ok(
          d.ratio <= TOLERANCE,
          `${(d.ratio * 100).toFixed(2)} % of the pixels differ (${d.sizes}); see test-artifacts/hostile/css-${w.name}.*.png`,
        );
      });
  });

  interface MediaCase {
    name: string;
    path: string;
    viewport: { width: number; height: number; deviceScaleFactor?: number };
    features?: { name: string; value: string }[];
    dark?: boolean;
  }

  // 200 % zoom: a browser zoom halves the CSS viewport and doubles every length; we show it as
  // a 640 px viewport at device scale factor 2 with the root font at 200 %.
  const MEDIA: MediaCase[] = [
    { name: '320px', path: '/neutral.html', viewport: { width: 320, height: 640 } },
    {
      name: 'zoom-200',
      path: '/zoom.html',
      viewport: { width: 640, height: 480, deviceScaleFactor: 2 },
    },
    {
      name: 'forced-colors',
      path: '/neutral.html',
      viewport: DESKTOP,
      features: [{ name: 'forced-colors', value: 'active' }],
    },
    {
      name: 'reduced-motion',
      path: '/neutral.html',
      viewport: DESKTOP,
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    },
    {
      name: 'dark',
      path: '/neutral.html',
      viewport: DESKTOP,
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
      dark: true,
    },
  ];

  describe('small screens, zoom and user preferences', () => {
    for (const m of MEDIA)
      it(`${m.name}: no horizontal scroll, axe clean, screenshots saved`, async () => {
        const tab = await openTab(demo.browser, site.url);
        const { page, watch } = tab;
        await page.setViewport(m.viewport);
        // Through CDP: puppeteer's emulateMediaFeatures does not know forced-colors.
        if (m.features)
          await (
            await page.createCDPSession()
          ).send('Emulation.setEmulatedMedia', {
            features: m.features,
          });
        // axe is injected as an inline script: this case has no CSP (the CSP case is above).
        await page.goto(`${site.url}${m.path}?csp=none`);
        await waitPopulated(page);
        if (m.dark)
          await page.evaluate(
            `document.querySelectorAll('[data-widget] ck-agenda, [data-widget] > *').forEach((w) => w.setAttribute('theme', 'auto'))`,
          );
        const scroll = (await page.evaluate(SCROLL)) as Scroll;
        assert.ok(
          scroll.scroll <= scroll.width,
          `horizontal scroll: ${scroll.scroll} > ${scroll.width} px`,
        );
        saveArtifacts(`media-${m.name}`, Object.fromEntries(await shootAll(page)));
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(watch.errors, []);
        await page.close();
      });
  });

  describe('privacy: what the widgets leave behind', () => {
    it('no cookie, no storage, no global beyond those documented, no request to another host', async () => {
      const blank = await openTab(demo.browser, site.url);
      await blank.page.goto(`${site.url}/blank.html`);
      const before = new Set(
        (await blank.page.evaluate('Object.getOwnPropertyNames(window)')) as string[],
      );
      await blank.page.close();

      const { page, watch } = await open('/neutral.html');
      // Make the forms load their validation (zod) too: a first submission, refused.
      await page.click(
        '[data-widget="ck-pledge-form"] > ck-pledge-form >>> [part~="submit-button"]',
      );
      await page.waitForFunction('"__zod_globalRegistry" in window', { polling: 100 });
      const globals = ((await page.evaluate('Object.getOwnPropertyNames(window)')) as string[])
        .filter((g) => !before.has(g) && !PUPPETEER_GLOBALS.has(g))
        .sort();
      assert.deepEqual(globals, DOCUMENTED_GLOBALS);
      const stored = await page.evaluate(
        `(async () => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length, caches: (await caches.keys()).length }))()`,
      );
      assert.deepEqual(stored, { cookie: '', local: 0, session: 0, idb: 0, caches: 0 });
      assert.deepEqual(await page.cookies(), []);
      assert.deepEqual(watch.foreignHosts, []);
      await page.close();
    });
  });

  describe('a hostile feed: markup and script in every text field, bad URLs everywhere', () => {
    it('nothing runs, no bad link is made, and the rest renders', async () => {
      // No CSP on this page: a payload that got through would run, not be blocked.
      const { page, watch } = await open('/neutral.html?feed=hostile&csp=none');
      const found = (await page.evaluate(SCAN_SHADOWS)) as Scan;
      assert.deepEqual(watch.dialogs, []);
      assert.deepEqual(found.scripts, []);
      assert.deepEqual(found.handlers, []);
      assert.deepEqual(found.badLinks, []);
      assert.ok(found.textWithMarkup > 0, 'the markup is shown as text');
      assert.deepEqual(watch.foreignHosts, []);
      await page.close();
    });
  });
});

interface Scroll {
  scroll: number;
  width: number;
}

/** The page's scrollable width (leftward overflow included on right-to-left pages), its width. */
const SCROLL = `({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth })`;

/** README "Safe embedding": Lit's version lists and metadata, zod's two registries. */
const DOCUMENTED_GLOBALS = [
  '__zod_globalConfig',
  '__zod_globalRegistry',
  'litElementVersions',
  'litHtmlVersions',
  'litPropertyMetadata',
  'reactiveElementVersions',
];

/** Puppeteer's own, for its `>>>` and aria selectors. */
const PUPPETEER_GLOBALS = new Set([
  '__ariaQuerySelector',
  '__ariaQuerySelectorAll',
  'puppeteer___ariaQuerySelector',
  'puppeteer___ariaQuerySelectorAll',
]);

interface Scan {
  scripts: string[];
  handlers: string[];
  badLinks: string[];
  textWithMarkup: number;
}

/** Walks the document and every shadow root: scripts, `on*` attributes, links not http(s). */
const SCAN_SHADOWS = `(() => {
  const out = { scripts: [], handlers: [], badLinks: [], textWithMarkup: 0 };
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'script' && el.type !== 'application/ld+json' && !el.src) out.scripts.push(el.outerHTML.slice(0, 80));
      for (const a of el.attributes) {
        if (a.name.startsWith('on')) out.handlers.push(el.localName + ' ' + a.name);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset'].includes(a.name)) {
          const url = new URL(a.value, location.href);
          if (!['http:', 'https:'].includes(url.protocol) || (url.origin !== location.origin && a.name !== 'href'))
            out.badLinks.push(el.localName + ' ' + a.name + '=' + a.value);
        }
      }
      if (el.shadowRoot) {
        if (el.shadowRoot.textContent.includes('<script>alert(1)</script>')) out.textWithMarkup++;
        visit(el.shadowRoot);
      }
    }
  };
  visit(document);
  return out;
})()`;

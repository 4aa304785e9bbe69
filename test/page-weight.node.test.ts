/**
 * Page weight within budget (gzip -9 of every JavaScript file a page loads), read from the
 * build `npm test` just made. A failure names the file that grew, its size and its budget.
 * Pages with any four widgets are weighed as loaded, each file once, against FOUR_WIDGETS
 * (issue #9).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  CDN_DIR,
  SDK_BROWSER_DIR,
  kB,
  sdkReadPath,
  widgetPage,
  widgetsPage,
  widgetTags,
  type PageLoad,
  type WeighedFile,
} from '../bench/lib/page-weight.js';

/**
 * Whole pages: what a partner page with one widget loads up front. The goal of issue #9 is
 * 30 kB for each, not met: these are today's sizes (35.0 and 36.9 kB) rounded up by 0.1 kB,
 * so that nothing grows while the rest of the way is made (what is left: the README's figures).
 */
const PAGES = { 'ck-agenda': 35_100, 'ck-pledge-form': 37_000 } as const;
/** The SDK's browser build, for a page that only reads. */
const SDK_READ = 16_000;
/**
 * Each file a widget page loads, by chunk name (without its hash): the entry, what every
 * widget uses (`shared`), the forms' pieces (`form`), the lists' (`list`), <ck-feed>'s provider,
 * the regions' outlines and projection both map widgets share (`projection`).
 */
const FILES: Record<string, number> = {
  'coalition-kit': 800,
  'chunks/shared': 26_400,
  'chunks/form': 3_600,
  'chunks/list': 1_800,
  'chunks/feed': 1_500,
  'chunks/projection': 4_900,
};
/** The chunk of one widget (its own code; Lit, the SDK and the base are in `shared`). */
const WIDGET = 7_400;
/**
 * Widgets whose own chunk is larger: the declaration form's carries its place picker, the map's
 * its view, clustering, card and list (the regions' outlines are a chunk both share).
 */
const OWN_CHUNK: Record<string, number> = {
  'ck-coalition-form': 8_000,
  'ck-coalition-map': 11_400,
};
/**
 * Any four widgets on one page, each file counted once. The goal is 60 kB, not met: the
 * heaviest four (agenda, both forms and the map) load 69.2 kB today, rounded up by 0.1 kB.
 */
const FOUR_WIDGETS = 69_300;

/** Every choice of `k` items of `items`. */
const choices = <T>(items: T[], k: number): T[][] =>
  k === 0
    ? [[]]
    : items.flatMap((item, i) => choices(items.slice(i + 1), k - 1).map((rest) => [item, ...rest]));

const built =
  existsSync(join(CDN_DIR, 'coalition-kit.js')) &&
  existsSync(join(SDK_BROWSER_DIR, 'coalition-kit-sdk.min.js'));
const list = (files: WeighedFile[]) => files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ');
const within = (page: PageLoad, budget: number, label: string) =>
  assert.ok(
    page.total <= budget,
    `${label}: ${kB(page.total)} gzip > budget ${kB(budget)} (${list(page.files)})`,
  );
const usesZod = (f: WeighedFile) => f.sources.some((s) => s.includes('node_modules/zod/'));

describe('page weight (gzip -9, the built CDN and SDK files)', () => {
  it('reads a build (npm test builds first)', () => {
    assert.ok(built, 'no CDN or SDK browser build: run `npm run build` first');
  });
  it(`any four widgets on one page load at most ${kB(FOUR_WIDGETS)}`, () => {
    const tags = widgetTags();
    for (const four of choices(tags, Math.min(4, tags.length))) {
      within(widgetsPage(four), FOUR_WIDGETS, `page with ${four.map((t) => `<${t}>`).join(' ')}`);
    }
  });

  for (const [tag, budget] of Object.entries(PAGES)) {
    it(`a page with only <${tag}> loads at most ${kB(budget)}`, () => {
      within(widgetPage(tag), budget, `<${tag}> page`);
    });
  }

  it('no file a widget page loads is above its budget', () => {
    for (const tag of widgetTags()) {
      const page = widgetPage(tag);
      for (const f of page.files) {
        const budget = FILES[f.name] ?? OWN_CHUNK[tag] ?? WIDGET;
        assert.ok(
          f.gzip <= budget,
          `${f.file} (<${tag}> page): ${kB(f.gzip)} gzip > budget ${kB(budget)}`,
        );
      }
    }
  });

  it(`the SDK's browser build loads at most ${kB(SDK_READ)} for a page that only reads`, () => {
    within(sdkReadPath(), SDK_READ, 'coalition-kit-sdk.min.js and its imports');
  });

  it('zod loads only on first use (an item to explain, a form checked or sent)', () => {
    const pages = [
      ...widgetTags().map((tag) => [`<${tag}> page`, widgetPage(tag)] as const),
      ['SDK read path', sdkReadPath()] as const,
    ];
    for (const [label, page] of pages) {
      const eager = page.files.filter(usesZod).map((f) => f.file);
      assert.deepEqual(eager, [], `${label} loads zod up front`);
    }
    assert.ok(widgetPage('ck-pledge-form').lazy.some(usesZod), 'zod is still there, lazily');
  });

  it('every chunk that builds schemas sets zod jitless first (no eval under a strict CSP)', () => {
    const chunks = [...widgetPage('ck-pledge-form').lazy, ...sdkReadPath().lazy];
    for (const f of chunks.filter(usesZod)) {
      const setup = f.sources.findIndex((s) => s.endsWith('/zod-setup.ts'));
      const schema = f.sources.findIndex((s) =>
        /\/src\/schemas\/(?!rules|formats|vocabulary)/.test(s),
      );
      assert.ok(
        setup !== -1 && setup < schema,
        `${f.file}: zod-setup.ts does not run before the schemas`,
      );
    }
  });
});

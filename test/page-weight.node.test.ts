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
  FIVE_WIDGETS,
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
 * Whole pages: what a partner page with one widget loads up front (in French, the default:
 * English loads on first use). The goal of issues #9 and #10 is 30 kB for each, met; the
 * map's (#11, with its base map) is 35 kB, not met: 37.89 kB. These are today's sizes rounded
 * up to the next 0.1 kB, so that nothing grows unnoticed.
 */
const PAGES = {
  'ck-agenda': 29_800,
  'ck-pledge-form': 28_500,
  'ck-member-list': 28_600,
  'ck-coalition-form': 33_700,
  'ck-coalition-map': 37_900,
} as const;
/** The SDK's browser build, for a page that only reads (the goal: 16 kB). */
const SDK_READ = 7_900;
/**
 * Each file a widget page loads, by chunk name (without its hash): the entry, what nearly
 * every widget uses (`shared`), the forms' pieces (`form`), the lists' (`list`), each
 * widget's own chunk (named after it: `<ck-feed>`'s carries the context provider, the map's
 * its view, clustering and marks; its card and list load on first use), and the regions'
 * outlines the map and the declaration form share. A chunk without a budget fails: a new
 * one gets its own line.
 */
const FILES: Record<string, number> = {
  'coalition-kit': 900,
  'chunks/shared': 19_700,
  'chunks/form': 2_900,
  'chunks/list': 2_200,
  'chunks/feed': 1_300,
  'chunks/agenda': 7_100,
  'chunks/pledge-form': 5_100,
  'chunks/member-list': 5_900,
  'chunks/coalition-form': 6_000,
  'chunks/coalition-map': 10_900,
  'chunks/france-regions': 4_400,
};
/**
 * Modules a page loads up front only with these widgets (else on first use, or not at all):
 * the chunks follow the module graph, so a widget page does not carry another's code.
 */
const ONLY_WITH: Record<string, string[]> = {
  'lit-html/directives/repeat.js': ['ck-coalition-map'],
  '@lit/context/lib/controllers/context-provider.js': ['ck-feed'],
  // The `.ics` (first click on "add to my calendar") and a submission's POST: on first use.
  'sdk/src/offset-transitions.ts': [],
  // The map's card and list (their French strings too), its wheel, drag and pinch: on first
  // use (or when a visitor reaches for the widget).
  '/src/coalition-map/card.ts': [],
  '/src/coalition-map/list.ts': [],
  '/src/coalition-map/piece-messages.ts': [],
  '/src/coalition-map/gestures.ts': [],
  'sdk/src/slug.ts': [],
  'sdk/src/post.ts': [],
  // What a form runs once the visitor has started (the send path, the idempotency key, the
  // declaration read from the answers, the region under a placed point): at the first focus,
  // check or submit.
  '/src/shared/form/send.ts': [],
  '/src/shared/form/sender.ts': [],
  'sdk/src/uuid.ts': [],
  '/src/coalition-form/started.ts': [],
  '/src/coalition-form/fields.ts': [],
  '/src/coalition-form/region-at.ts': [],
  // ky: with the GET's retries (a first attempt failed) and the POST, on first use.
  'ky/distribution/core/Ky.js': [],
};
/**
 * Any four widgets on one page, each file counted once. The goal is 60 kB, met: the heaviest
 * four (agenda, declaration form, member list, map) load 59.58 kB today, rounded up to the
 * next 0.1 kB.
 */
const FOUR_WIDGETS = 59_600;
/**
 * The five widgets of the goal (feed, agenda, pledge form, member list, map) on one page. The
 * goal is 60 kB (stretch 45), met: 59.98 kB today, rounded up to the next 0.1 kB.
 */
const FIVE = 60_000;

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
/** The English catalogues: the shared one and each widget's (`<widget>/messages.en.ts`). */
const ENGLISH = /\/src\/(locales\/en|[\w-]+\/messages\.en)\.ts$/;
const english = (f: WeighedFile) => f.sources.filter((s) => ENGLISH.test(s));

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

  it(`the five widgets on one page load at most ${kB(FIVE)}`, () => {
    within(widgetsPage(FIVE_WIDGETS), FIVE, 'page with the five widgets');
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
        const budget = FILES[f.name];
        assert.ok(budget, `${f.file} (<${tag}> page): no budget for ${f.name} in FILES`);
        assert.ok(
          f.gzip <= budget,
          `${f.file} (<${tag}> page): ${kB(f.gzip)} gzip > budget ${kB(budget)}`,
        );
      }
    }
  });

  it('a widget page does not load up front the code only other widgets use', () => {
    const built = widgetTags().flatMap((tag) => [
      ...widgetPage(tag).files,
      ...widgetPage(tag).lazy,
    ]);
    for (const source of Object.keys(ONLY_WITH)) {
      assert.ok(
        built.some((f) => f.sources.some((s) => s.endsWith(source))),
        `${source} is in no built file (renamed?)`,
      );
    }
    for (const tag of widgetTags()) {
      const page = widgetPage(tag);
      for (const [source, users] of Object.entries(ONLY_WITH)) {
        if (users.includes(tag)) continue;
        const carrier = page.files.find((f) => f.sources.some((s) => s.endsWith(source)));
        assert.equal(
          carrier,
          undefined,
          `<${tag}> page loads ${source} up front (${carrier?.file})`,
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

  it('English strings load only when a widget speaks English (French pages carry none)', () => {
    for (const tag of widgetTags()) {
      const page = widgetPage(tag);
      const eager = page.files.flatMap((f) => english(f).map((s) => `${f.file}: ${s}`));
      assert.deepEqual(eager, [], `<${tag}> page loads English strings up front`);
      assert.ok(
        page.lazy.some((f) => english(f).length),
        `<${tag}> page: no English, even lazily`,
      );
    }
    // Each widget's English is its own: a page loads no other widget's.
    const form = widgetPage('ck-pledge-form').lazy.flatMap(english);
    assert.ok(form.some((s) => s.endsWith('/pledge-form/messages.en.ts')));
    assert.ok(!form.some((s) => /\/(agenda|coalition-form|coalition-map|member-list)\//.test(s)));
  });

  it('every chunk that builds schemas sets zod jitless first (no eval under a strict CSP)', () => {
    const chunks = [...widgetPage('ck-pledge-form').lazy, ...sdkReadPath().lazy];
    for (const f of chunks.filter(usesZod)) {
      const setup = f.sources.findIndex((s) => s.endsWith('/zod-setup.ts'));
      const schema = f.sources.findIndex((s) =>
        /\/src\/schemas\/(?!rules|formats|vocabulary|closed-lists)/.test(s),
      );
      assert.ok(
        setup !== -1 && setup < schema,
        `${f.file}: zod-setup.ts does not run before the schemas`,
      );
    }
  });
});

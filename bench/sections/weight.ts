/**
 * JavaScript a page loads (gzip -9, every file, from the build's load graph: the code the
 * budget test test/page-weight.node.test.ts reads), beside a bare Lit element's page.
 */
import { bareLitWeight } from '../lib/bare-lit.js';
import { requireCdnBuild } from '../lib/cdn-pages.js';
import {
  FIVE_WIDGETS,
  kB,
  sdkReadPath,
  widgetPage,
  widgetsPage,
  type PageLoad,
} from '../lib/page-weight.js';
import type { Row } from '../lib/rows.js';
import type { Section } from '../lib/section.js';

const FIVE = FIVE_WIDGETS;
const SIX = [...FIVE, 'ck-coalition-form'];
export const GOALS = {
  five: { max: 60, stretch: 45 },
  /** Any four widgets on one page (issue #9). */
  four: { max: 60, stretch: 45 },
  alone: { max: 30 },
  /** A page that draws the base map (the map, the declaration form) loads its data up front. */
  map: { max: 35 },
  sdkRead: { max: 16 },
};

/** Every choice of `k` tags of `tags`. */
const choices = (tags: string[], k: number): string[][] =>
  k === 0 ? [[]] : tags.flatMap((t, i) => choices(tags.slice(i + 1), k - 1).map((r) => [t, ...r]));

/** The four tags whose page loads the most. */
const heaviestFour = (): string[] =>
  choices(SIX, 4).reduce((a, b) => (widgetsPage(b).total > widgetsPage(a).total ? b : a));

const drawsBaseMap = (load: PageLoad) => load.files.some((f) => f.name === 'chunks/france-regions');

const files = (load: PageLoad) => load.files.map((f) => `${f.name} ${kB(f.gzip)}`).join(', ');
const lazy = (load: PageLoad) =>
  load.lazy.length
    ? `; on first use: ${load.lazy.map((f) => `${f.name} ${kB(f.gzip)}`).join(', ')}`
    : '';

export const weight: Section = {
  name: 'weight',
  title: 'JavaScript a page loads (gzip -9, every file)',
  rounds: 1,
  async run() {
    requireCdnBuild();
    const bare = { label: 'bare Lit element page', value: (await bareLitWeight()) / 1000 };
    const section = 'weight';
    const pages: [string, PageLoad, Row['goal']][] = [
      [`all five widgets (${FIVE.join(', ')})`, widgetsPage(FIVE), GOALS.five],
      [`the heaviest four (${heaviestFour().join(', ')})`, widgetsPage(heaviestFour()), GOALS.four],
      ['all six tags (the five and ck-coalition-form)', widgetsPage(SIX), undefined],
      ...SIX.map((tag) => {
        const load = widgetPage(tag);
        return [`${tag} alone`, load, drawsBaseMap(load) ? GOALS.map : GOALS.alone] as [
          string,
          PageLoad,
          Row['goal'],
        ];
      }),
    ];
    const rows: Row[] = pages.map(([measure, load, goal]) => ({
      section,
      measure,
      value: load.total / 1000,
      unit: 'kB',
      baseline: bare,
      goal,
    }));
    const sdk = sdkReadPath();
    rows.push({
      section,
      measure: 'SDK browser build, a page that only reads',
      value: sdk.total / 1000,
      unit: 'kB',
      baseline: bare,
      goal: GOALS.sdkRead,
    });
    return {
      rows,
      notes: [
        'The bare Lit element: one LitElement (a property, styles, a template) bundled with',
        "Lit's production build, minified by esbuild. Files of each page, up front:",
        '',
        ...pages.map(([measure, load]) => `- ${measure}: ${files(load)}${lazy(load)}`),
        `- SDK read path: ${files(sdk)}${lazy(sdk)}`,
      ],
    };
  },
};

/**
 * <ck-coalition-map> at 10,000 coalitions (every tenth without geo) in Chromium: first render
 * and the longest frame and step of a scripted pan and zoom, against Leaflet with
 * Leaflet.markercluster showing the same points without tiles (map-pages.ts), and the
 * JavaScript each page loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { collective } from '../../test/elements/feeds.mjs';
import { manyCoalitions } from '../../test/elements/coalition-feeds.mjs';
import { openPageBench, requireCdnBuild, type TraceEvent } from '../lib/cdn-pages.js';
import { compareRow, figure, visitRounds, type Pick } from '../lib/page-rounds.js';
import { widgetPage } from '../lib/page-weight.js';
import { list } from '../lib/pages.js';
import type { Row } from '../lib/rows.js';
import type { Section } from '../lib/section.js';
import { LEAFLET_FILES, coalitionMapPage, leafletPage } from './map-pages.js';

const COUNT = 10_000;
export const GOALS = { step: { max: 16 } };

const feed: Record<string, string> = {
  '/v1/collective.json': JSON.stringify(collective),
  '/v1/coalitions.json': list(manyCoalitions(COUNT)),
  '/v1/members.json': list([]),
};

const resolve = createRequire(import.meta.url).resolve;
const files = Object.fromEntries(
  Object.entries(LEAFLET_FILES).map(([path, file]) => [path, resolve(file)]),
);
/** Leaflet's two scripts, gzip -9, as the page loads them. */
const leafletWeight = () =>
  ['/lib/leaflet.js', '/lib/leaflet.markercluster.js']
    .map((path) => gzipSync(readFileSync(files[path]!), { level: 9 }).length)
    .reduce((a, b) => a + b, 0);

/** The trace's categories: the animation frames, and the steps (`performance.measure`). */
const TRACE = ['devtools.timeline', 'blink.user_timing'];

/**
 * The main thread's CPU time (not the wall clock's) in the animation frame holding the
 * longest step: what the page costs, whatever else a shared machine runs meanwhile.
 */
function longestStepCpu(events: TraceEvent[]): number {
  const isStep = (e: TraceEvent) => /^step\d+$/.test(e.name);
  const starts = events.filter((e) => isStep(e) && e.ph === 'b');
  const ends = new Map(events.filter((e) => isStep(e) && e.ph === 'e').map((e) => [e.name, e.ts]));
  const frames = events.filter(
    (e) => e.name === 'FireAnimationFrame' && e.pid === starts[0]?.pid && e.dur && e.tdur,
  );
  let longest = 0;
  for (const s of starts) {
    const end = ends.get(s.name) ?? s.ts;
    const frame = frames.find((f) => f.ts <= s.ts && f.ts + f.dur! >= end);
    if (frame) longest = Math.max(longest, frame.tdur! / 1000);
  }
  return longest;
}
const stepCpu: Pick = (v) => longestStepCpu(v.trace);

export const map: Section = {
  name: 'map',
  title: `The map at ${COUNT.toLocaleString('en')} coalitions (Chromium)`,
  rounds: 5,
  async run({ rounds }) {
    requireCdnBuild();
    const pages = { '/map.html': coalitionMapPage, '/leaflet.html': leafletPage };
    const bench = await openPageBench(pages, feed, files);
    try {
      const samples = await visitRounds(bench, Object.keys(pages), rounds, TRACE);
      const section = 'map';
      const leaflet = { path: '/leaflet.html', label: 'Leaflet + markercluster, no tiles' };
      const row = (measure: string, pick: Pick, goal?: Row['goal']) =>
        compareRow(
          samples,
          { section, measure, unit: 'ms', ...(goal ? { goal } : {}) },
          '/map.html',
          leaflet,
          pick,
        );
      const rows: Row[] = [
        {
          section,
          measure: 'JavaScript of the page, gzip (map data included)',
          value: widgetPage('ck-coalition-map').total / 1000,
          unit: 'kB',
          baseline: { label: leaflet.label, value: leafletWeight() / 1000 },
        },
        row('first render (page start → markers painted)', figure('first')),
        row('pan and zoom: longest frame interval', figure('frame')),
        row('pan and zoom: longest step (event → render → layout)', figure('work'), GOALS.step),
        row('pan and zoom: longest step, main-thread CPU time (traced)', stepCpu, GOALS.step),
      ];
      return {
        rows,
        notes: [
          '88 steps, one per animation frame: 24 wheel notches in (1.5× each, up to 64×), 40 drag',
          'moves of (−6, −3) px, 24 notches out. `<ck-coalition-map>` gets wheel and pointer events',
          'on its SVG; Leaflet gets the calls its handlers make (`setZoomAround`, `panBy`), without',
          'animation (its wheel handler would merge notches over 40 ms). Leaflet draws no base map;',
          "`<ck-coalition-map>` draws France's regions. Leaflet's JavaScript is leaflet.js and",
          'leaflet.markercluster.js (its CSS is not counted). Both pages are traced (Chromium',
          "tracing), so the CPU time of each step's animation frame is known: on a shared machine",
          'the wall-clock step also counts the time other processes took the core.',
        ],
      };
    } finally {
      await bench.close();
    }
  },
};

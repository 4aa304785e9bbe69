/**
 * `npm run bench:elements`: what an agenda-only partner page costs, measured in Chromium.
 * - JavaScript: every script the page actually loads (the CDN entry + the chunks it pulls
 *   for <ck-agenda>), gzip -9. Goal ≤ 30 kB, stretch 22 kB.
 * - Render time of 5,000 events, from the start of the page to the first frame with content:
 *   <ck-agenda> (fetch + validation + first page of 20), <ck-agenda page-size=5000> (all of
 *   them), against a plain-DOM list of the same data (fetch + 5,000 <li>), all in this run.
 * Medians of 5 runs after 1 warm-up. Needs `npm run build` (the npm script runs it).
 * Then <ck-coalition-map> (bench/map-scenario.ts): the weight of a map-only page and, for
 * 10,000 coalitions, the first render and the longest frame of a scripted pan and zoom,
 * against an SVG of 10,000 plain circles.
 */
import { collective, manyEvents } from '../test/elements/feeds.mjs';
import { kB, openPageBench, requireCdnBuild, scriptSizes } from './lib/cdn-pages.js';
import { runMapScenario } from './map-scenario.js';

const COUNT = 5000;
const RUNS = 5;
const GOAL = 30_000;
const STRETCH = 22_000;

requireCdnBuild();

const list = (items: unknown[]) =>
  JSON.stringify({ version: 1, generatedAt: '2030-01-01T00:00:00Z', items });
const feed: Record<string, string> = {
  '/v1/collective.json': JSON.stringify(collective),
  '/v1/events.json': list(manyEvents(COUNT)),
  '/v1/members.json': list([]),
};

const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><script>window.__t0 = performance.now()</script></head>
<body>${body}</body></html>`;

/** Resolves after the next frame is painted: the content is on screen. */
const afterPaint = `new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))`;

const pages: Record<string, string> = {
  '/agenda.html': page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-agenda feed="/v1"></ck-agenda>
<script>document.addEventListener('ck-load', async () => { await ${afterPaint}; window.__done = performance.now() - window.__t0; });</script>`),
  '/agenda-all.html': page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-agenda feed="/v1" page-size="${COUNT}"></ck-agenda>
<script>document.addEventListener('ck-load', async () => { await ${afterPaint}; window.__done = performance.now() - window.__t0; });</script>`),
  '/plain.html': page(`<ul id="list"></ul><script type="module">
const { items } = await (await fetch('/v1/events.json')).json();
const f = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
const ul = document.getElementById('list');
for (const e of items) {
  const li = document.createElement('li');
  const h = document.createElement('h3'); h.textContent = e.name;
  const t = document.createElement('time'); t.dateTime = e.startDate; t.textContent = f.format(new Date(e.startDate));
  const p = document.createElement('p'); p.textContent = [e.location?.name, e.location?.locality].filter(Boolean).join(', ');
  li.append(h, t, p); ul.append(li);
}
await ${afterPaint}; window.__done = performance.now() - window.__t0;
</script>`),
};

const bench = await openPageBench(pages, feed);
const renderTime = (path: string) => bench.medianTime(path, RUNS);

try {
  const { scripts } = await bench.visit('/agenda.html');
  const sizes = scriptSizes(scripts);
  const total = sizes.reduce((n, s) => n + s.gzip, 0);

  console.log(
    `\nJavaScript of an agenda-only page (${scripts.length} files, what Chromium fetched):`,
  );
  for (const s of sizes)
    console.log(
      `  ${s.file.padEnd(44)} ${kB(s.min).padStart(9)} min  ${kB(s.gzip).padStart(8)} gzip`,
    );
  console.log(
    `  ${'total'.padEnd(44)} ${' '.repeat(14)} ${kB(total).padStart(8)} gzip   goal ≤ ${kB(GOAL)} (stretch ${kB(STRETCH)}): ${total <= GOAL ? 'met' : 'MISSED'}`,
  );

  const plain = await renderTime('/plain.html');
  const agenda = await renderTime('/agenda.html');
  const all = await renderTime('/agenda-all.html');
  console.log(
    `\nRender of ${COUNT.toLocaleString('en')} events, page start → first painted frame (median of ${RUNS}):`,
  );
  console.log(
    `  plain DOM list, all ${COUNT}                     ${plain.toFixed(0).padStart(6)} ms   (baseline)`,
  );
  console.log(
    `  <ck-agenda>, first page of 20 ("show more")     ${agenda.toFixed(0).padStart(6)} ms   ×${(agenda / plain).toFixed(2)}`,
  );
  console.log(
    `  <ck-agenda page-size=${COUNT}>, all rendered      ${all.toFixed(0).padStart(6)} ms   ×${(all / plain).toFixed(2)}`,
  );
  console.log(
    '  (the agenda times include loading its code, validating every event with zod and grouping by day)',
  );
} finally {
  await bench.close();
}

await runMapScenario();

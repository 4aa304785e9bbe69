/**
 * `npm run bench:elements`: what an agenda-only and a member-list-only partner page cost,
 * measured in Chromium.
 * - JavaScript: every script the page actually loads (the CDN entry + the chunks it pulls
 *   for <ck-agenda>), gzip -9. Goal ≤ 30 kB, stretch 22 kB.
 * - Render time of 5,000 events, from the start of the page to the first frame with content:
 *   <ck-agenda> (fetch + validation + first page of 20), <ck-agenda page-size=5000> (all of
 *   them), against a plain-DOM list of the same data (fetch + 5,000 <li>), all in this run.
 * - <ck-member-list>: the same JavaScript weight, and 10,000 members to the first painted
 *   screen and the page's JS heap (after a garbage collection), against a plain-DOM list of
 *   the same 10,000 (goal ≤ 0.3× its time, stretch 0.1×); the weight a virtualiser
 *   (`@lit-labs/virtualizer`) would add, for the paging-or-virtualiser choice.
 * Medians of 5 runs after 1 warm-up. Needs `npm run build` (the npm script runs it).
 * Then <ck-coalition-map> (bench/map-scenario.ts): the weight of a map-only page and, for
 * 10,000 coalitions, the first render and the longest frame of a scripted pan and zoom,
 * against an SVG of 10,000 plain circles.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { collective, manyEvents } from '../test/elements/feeds.mjs';
import { manyMembers } from '../test/elements/member-feeds.mjs';
import { median } from './lib/measure.js';
import { kB, openPageBench, requireCdnBuild, scriptSizes } from './lib/cdn-pages.js';
import { sdkReadPath, widgetPage, type PageLoad } from './lib/page-weight.js';
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

/** A page's files from the build's load graph (what test/page-weight.node.test.ts holds to budgets). */
function printLoad(label: string, load: PageLoad) {
  console.log(`\n${label}: ${kB(load.total)} gzip up front`);
  for (const f of load.files) console.log(`  ${f.file.padEnd(44)} ${kB(f.gzip).padStart(8)} gzip`);
  for (const f of load.lazy)
    console.log(`  ${f.file.padEnd(44)} ${kB(f.gzip).padStart(8)} gzip   (on first use only)`);
}
printLoad('Agenda-only page, from the build', widgetPage('ck-agenda'));
printLoad('Pledge-form-only page, from the build', widgetPage('ck-pledge-form'));
printLoad('SDK browser build, a page that only reads', sdkReadPath());

// ── <ck-member-list>: 10,000 members on their own feed (/m/v1) ──────────────────────────
const MEMBERS = 10_000;
const MEMBER_GOAL = 0.3;
const MEMBER_STRETCH = 0.1;
feed['/m/v1/collective.json'] = JSON.stringify(collective);
feed['/m/v1/members.json'] = list(manyMembers(MEMBERS));
feed['/m/v1/coalitions.json'] = list([]);
const whenLoaded = `<script>document.addEventListener('ck-load', async () => { await ${afterPaint}; window.__done = performance.now() - window.__t0; });</script>`;
pages['/members.html'] = page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-member-list feed="/m/v1"></ck-member-list>${whenLoaded}`);
pages['/members-all.html'] = page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-member-list feed="/m/v1" page-size="${MEMBERS}"></ck-member-list>${whenLoaded}`);
// The same cards in plain DOM: name, kind and locality, description, website.
pages['/members-plain.html'] = page(`<ul id="list"></ul><script type="module">
const { items } = await (await fetch('/m/v1/members.json')).json();
const ul = document.getElementById('list');
for (const m of items) {
  const li = document.createElement('li');
  const h = document.createElement('h3'); h.textContent = m.name;
  const k = document.createElement('p'); k.textContent = [m.kind, m.locality].filter(Boolean).join(' · ');
  const d = document.createElement('p'); d.textContent = m.description ?? '';
  const a = document.createElement('a'); a.href = m.url; a.textContent = 'Site web';
  li.append(h, k, d, a); ul.append(li);
}
await ${afterPaint}; window.__done = performance.now() - window.__t0;
</script>`);

/**
 * Visits each page once per round (after a warm-up round), so a busy machine slows them
 * alike; medians of time, heap and nodes, and of each page's per-round ratio to the first.
 */
async function rounds(paths: string[]) {
  const seen = new Map(paths.map((p) => [p, [] as { ms: number; heap: number; nodes: number }[]]));
  for (let round = 0; round <= RUNS; round++)
    for (const p of paths) {
      const v = await bench.visit(p);
      if (round > 0) seen.get(p)!.push(v);
    }
  const base = seen.get(paths[0]!)!;
  return paths.map((p) => {
    const v = seen.get(p)!;
    return {
      ms: median(v.map((x) => x.ms)),
      heap: median(v.map((x) => x.heap)),
      nodes: median(v.map((x) => x.nodes)),
      ratio: median(v.map((x, i) => x.ms / base[i]!.ms)),
    };
  });
}

/** What `@lit-labs/virtualizer` adds to a page that already has Lit: minified, gzip -9. */
async function virtualizerWeight(): Promise<number> {
  const out = await build({
    stdin: { contents: "import '@lit-labs/virtualizer';", resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: [
      'lit',
      'lit/*',
      'lit-html',
      'lit-html/*',
      '@lit/reactive-element',
      '@lit/reactive-element/*',
    ],
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

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

  const members = scriptSizes((await bench.visit('/members.html')).scripts);
  const membersTotal = members.reduce((n, s) => n + s.gzip, 0);
  console.log(
    `\nJavaScript of a member-list-only page (${members.length} files, what Chromium fetched):`,
  );
  for (const s of members)
    console.log(
      `  ${s.file.padEnd(44)} ${kB(s.min).padStart(9)} min  ${kB(s.gzip).padStart(8)} gzip`,
    );
  console.log(
    `  ${'total'.padEnd(44)} ${' '.repeat(14)} ${kB(membersTotal).padStart(8)} gzip   goal ≤ ${kB(GOAL)}: ${membersTotal <= GOAL ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  @lit-labs/virtualizer would add ${kB(await virtualizerWeight())} gzip (Lit excluded)`,
  );

  const [mPlain, mList, mAll] = await rounds([
    '/members-plain.html',
    '/members.html',
    '/members-all.html',
  ]);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const row = (label: string, r: typeof mPlain, note: string) =>
    console.log(
      `  ${label.padEnd(44)} ${r!.ms.toFixed(0).padStart(6)} ms ${mb(r!.heap).padStart(8)} ${String(r!.nodes).padStart(7)} nodes   ${note}`,
    );
  console.log(
    `\n${MEMBERS.toLocaleString('en')} members, page start → first painted screen, JS heap, DOM nodes (median of ${RUNS} rounds):`,
  );
  row(`plain DOM list, all ${MEMBERS}`, mPlain, '(baseline)');
  const verdict =
    mList!.ratio <= MEMBER_STRETCH ? 'stretch met' : mList!.ratio <= MEMBER_GOAL ? 'met' : 'MISSED';
  row(
    '<ck-member-list>, first page of 50',
    mList,
    `×${mList!.ratio.toFixed(2)}  goal ≤ ×${MEMBER_GOAL} (stretch ×${MEMBER_STRETCH}): ${verdict}`,
  );
  row(`<ck-member-list page-size=${MEMBERS}>, all`, mAll, `×${mAll!.ratio.toFixed(2)}`);
  console.log(
    '  (the member-list times include loading its code, validating every member with zod and checking their order; the search folds them on first use)',
  );
} finally {
  await bench.close();
}

await runMapScenario();

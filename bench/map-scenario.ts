/**
 * <ck-coalition-map> in `npm run bench:elements`:
 * - JavaScript of a map-only page (the CDN entry and every chunk it pulls, the base map's
 *   data included: it is code), gzip -9. Goal ≤ 35 kB.
 * - 10,000 coalitions (every tenth without geo): page start → first painted frame with the
 *   markers, and during a scripted zoom in, pan and zoom out (one step per frame: 24 wheel
 *   notches, 40 drag moves, 24 notches back), the longest step (event → rendered → layout,
 *   goal ≤ 16 ms) and the longest interval between frames. Against an SVG of 10,000 plain
 *   circles whose viewBox takes the same steps, in the same run. Medians of 3 runs.
 */
import { collective } from '../test/elements/feeds.mjs';
import { manyCoalitions } from '../test/elements/coalition-feeds.mjs';
import { pathToFileURL } from 'node:url';
import {
  kB,
  openPageBench,
  requireCdnBuild,
  scriptSizes,
  type TraceEvent,
} from './lib/cdn-pages.js';

const COUNT = 10_000;
const RUNS = 3;
const GOAL_BYTES = 35_000;
const GOAL_FRAME = 16;

const list = (items: unknown[]) =>
  JSON.stringify({ version: 1, generatedAt: '2030-01-01T00:00:00Z', items });
export const feed: Record<string, string> = {
  '/v1/collective.json': JSON.stringify(collective),
  '/v1/coalitions.json': list(manyCoalitions(COUNT)),
  '/v1/members.json': list([]),
};

const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><script>window.__t0 = performance.now()</script></head>
<body style="margin:0;width:800px">${body}</body></html>`;

const afterPaint = `new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))`;

/**
 * The scripted session, shared by both pages: `step(i)` applies step i and resolves once it is
 * rendered; one step per animation frame. Sets `__work` (longest step) and `__frame` (longest
 * interval between frames), then `__done` to the one `metric` asks for.
 */
const session = (metric: 'work' | 'frame') => `
const STEPS = 88;
async function run(step) {
  let work = 0, frame = 0, last;
  for (let i = 0; i < STEPS; i++) {
    const ts = await new Promise((r) => requestAnimationFrame(r));
    if (last !== undefined) frame = Math.max(frame, ts - last);
    last = ts;
    const t = performance.now();
    await step(i);
    document.body.getBoundingClientRect();
    work = Math.max(work, performance.now() - t);
    (window.__steps ??= []).push(performance.now() - t);
    performance.measure('step' + i, { start: t });
  }
  window.__done = ${metric};
}`;

/** Step i of the session as a wheel notch (deltaY) or a drag move (dx, dy in px). */
const SCRIPT = `const at = (i) => i < 24 ? { wheel: -100 } : i < 64 ? { drag: [-6, -3] } : { wheel: 100 };`;

export const mapPage = (metric: 'work' | 'frame' | 'first') =>
  page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-coalition-map feed="/v1"></ck-coalition-map>
<script>
${session(metric === 'first' ? 'work' : metric)}
${SCRIPT}
document.addEventListener('ck-load', async (e) => {
  const el = e.target;
  await el.updateComplete;
  await ${afterPaint};
  if (${JSON.stringify(metric)} === 'first') return void (window.__done = performance.now() - window.__t0);
  const svg = el.shadowRoot.querySelector('svg.map');
  const r = svg.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  let px = cx, py = cy;
  const pointer = (type) => svg.dispatchEvent(new PointerEvent(type, { pointerId: 1, clientX: px, clientY: py, bubbles: true, isPrimary: true, button: 0, pointerType: 'mouse' }));
  await run(async (i) => {
    const s = at(i);
    if (s.wheel) svg.dispatchEvent(new WheelEvent('wheel', { deltaY: s.wheel, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
    else {
      if (i === 24) pointer('pointerdown');
      px += s.drag[0]; py += s.drag[1];
      pointer('pointermove');
      if (i === 63) pointer('pointerup');
    }
    await el.updateComplete;
  });
});
</script>`);

/** The baseline: fetch, 10,000 circles at a linear lon/lat position, the same viewBox steps. */
const svgPage = (metric: 'work' | 'frame' | 'first') =>
  page(`<svg id="map" viewBox="0 0 1000 800" style="display:block;width:100%;height:auto"></svg>
<script type="module">
${session(metric === 'first' ? 'work' : metric)}
${SCRIPT}
const { items } = await (await fetch('/v1/coalitions.json')).json();
const svg = document.getElementById('map');
const NS = 'http://www.w3.org/2000/svg';
for (const c of items) {
  if (!c.geo) continue;
  const circle = document.createElementNS(NS, 'circle');
  circle.setAttribute('cx', String(((c.geo.lon + 5) / 15) * 840 + 160));
  circle.setAttribute('cy', String(((51.5 - c.geo.lat) / 10.5) * 800));
  circle.setAttribute('r', '3');
  svg.append(circle);
}
await ${afterPaint};
if (${JSON.stringify(metric)} === 'first') window.__done = performance.now() - window.__t0;
else {
  let v = { x: 0, y: 0, w: 1000, h: 800 };
  const ppu = () => svg.getBoundingClientRect().width / v.w;
  await run(async (i) => {
    const s = at(i);
    if (s.wheel) {
      const f = 1.5 ** (-s.wheel / 100);
      const w = Math.min(1000, v.w / f), h = w * 0.8;
      v = { x: v.x + (v.w - w) / 2, y: v.y + (v.h - h) / 2, w, h };
    } else v = { ...v, x: v.x - s.drag[0] / ppu(), y: v.y - s.drag[1] / ppu() };
    svg.setAttribute('viewBox', [v.x, v.y, v.w, v.h].join(' '));
  });
}
</script>`);

/**
 * The CPU time (the main thread's, not the wall clock's) of the animation frame holding the
 * longest step: what the page costs, whatever else the shared machine runs meanwhile.
 */
function longestStepCpu(events: TraceEvent[]): number {
  const steps = events.filter((e) => /^step\d+$/.test(e.name) && e.ph === 'b');
  const ends = new Map(
    events.filter((e) => /^step\d+$/.test(e.name) && e.ph === 'e').map((e) => [e.name, e.ts]),
  );
  const frames = events.filter(
    (e) => e.name === 'FireAnimationFrame' && e.pid === steps[0]?.pid && e.dur && e.tdur,
  );
  let longest = 0;
  for (const s of steps) {
    const end = ends.get(s.name) ?? s.ts;
    const frame = frames.find((f) => f.ts <= s.ts && f.ts + f.dur! >= end);
    if (frame) longest = Math.max(longest, frame.tdur! / 1000);
  }
  return longest;
}

const TRACE = ['devtools.timeline', 'blink.user_timing'];

export async function runMapScenario(): Promise<void> {
  const pages: Record<string, string> = {};
  for (const metric of ['first', 'work', 'frame'] as const) {
    pages[`/map-${metric}.html`] = mapPage(metric);
    pages[`/svg-${metric}.html`] = svgPage(metric);
  }
  const bench = await openPageBench(pages, feed);
  try {
    const { scripts } = await bench.visit('/map-first.html');
    const sizes = scriptSizes(scripts);
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    console.log(`\nJavaScript of a map-only page, base map included (${scripts.length} files):`);
    for (const s of sizes)
      console.log(
        `  ${s.file.padEnd(44)} ${kB(s.min).padStart(9)} min  ${kB(s.gzip).padStart(8)} gzip`,
      );
    console.log(
      `  ${'total'.padEnd(44)} ${' '.repeat(14)} ${kB(total).padStart(8)} gzip   goal ≤ ${kB(GOAL_BYTES)}: ${total <= GOAL_BYTES ? 'met' : 'MISSED'}`,
    );

    const row = (label: string, ms: number, note = '') =>
      console.log(`  ${label.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms ${note}`);
    console.log(`\n${COUNT.toLocaleString('en')} coalitions (median of ${RUNS}):`);
    row(
      'SVG of plain circles: first painted frame',
      await bench.medianTime('/svg-first.html', RUNS),
    );
    row('<ck-coalition-map>: first painted frame', await bench.medianTime('/map-first.html', RUNS));
    const verdict = (ms: number) =>
      `goal ≤ ${GOAL_FRAME} ms: ${ms <= GOAL_FRAME ? 'met' : 'MISSED'}`;
    const svgWork = await bench.medianTime('/svg-work.html', RUNS);
    const mapWork = await bench.medianTime('/map-work.html', RUNS);
    row('SVG of plain circles: longest pan/zoom step', svgWork);
    row('<ck-coalition-map>: longest pan/zoom step', mapWork, verdict(mapWork));
    const cpu = async (path: string) => {
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(longestStepCpu(await bench.traced(path, TRACE)));
      return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    };
    row('SVG of plain circles: longest step, CPU time', await cpu('/svg-work.html'));
    row('<ck-coalition-map>: longest step, CPU time', await cpu('/map-work.html'));
    row(
      'SVG of plain circles: longest frame interval',
      await bench.medianTime('/svg-frame.html', RUNS),
    );
    row(
      '<ck-coalition-map>: longest frame interval',
      await bench.medianTime('/map-frame.html', RUNS),
    );
    console.log(
      "  (a step: the event, the render it causes and a forced layout; its CPU time: the main thread's in the animation frame holding it, traced; an interval: from one animation frame to the next, paint included)",
    );
  } finally {
    await bench.close();
  }
}

// `npm run bench:map`: this scenario alone (the machine may be shared: the rest waits).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  requireCdnBuild();
  await runMapScenario();
}

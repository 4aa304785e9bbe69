/**
 * The map benchmark's pages: <ck-coalition-map> and Leaflet with Leaflet.markercluster (no
 * tile layer) on the same 10,000 coalitions. Each page reports, in `window.__figures`, its
 * first render (page start → first painted frame with the markers) and, over one scripted
 * session of 88 steps, one per animation frame (24 wheel notches in, 40 drag moves, 24 out),
 * the longest step (the step, the render it causes, a forced layout) and the longest interval
 * between two frames (paint included).
 */
import { afterPaint, page } from '../lib/pages.js';

/** The steps: a wheel notch (deltaY, 100 px = one zoom step of 1.5×) or a drag move (px). */
const STEPS = `const STEPS = 88;
const at = (i) => i < 24 ? { wheel: -100 } : i < 64 ? { drag: [-6, -3] } : { wheel: 100 };
async function session(step) {
  let work = 0, frame = 0, last;
  for (let i = 0; i < STEPS; i++) {
    const ts = await new Promise((r) => requestAnimationFrame(r));
    if (last !== undefined) frame = Math.max(frame, ts - last);
    last = ts;
    const t = performance.now();
    await step(at(i), i);
    document.body.getBoundingClientRect();
    work = Math.max(work, performance.now() - t);
    performance.measure('step' + i, { start: t });
  }
  return { work, frame };
}
async function report(first, step) {
  const { work, frame } = await session(step);
  window.__figures = { first, work, frame };
  window.__done = first;
}`;

const shell = (body: string) => page(body, 'margin:0;width:800px');

/** <ck-coalition-map>: the wheel and pointer events its view listens to, on its <svg>. */
export const coalitionMapPage = shell(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-coalition-map feed="/v1"></ck-coalition-map>
<script>
${STEPS}
document.addEventListener('ck-load', async (e) => {
  const el = e.target;
  await el.updateComplete;
  await ${afterPaint};
  const first = performance.now() - window.__t0;
  const svg = el.shadowRoot.querySelector('svg.map');
  const r = svg.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  let px = cx, py = cy;
  const pointer = (type) => svg.dispatchEvent(new PointerEvent(type, { pointerId: 1, clientX: px, clientY: py, bubbles: true, isPrimary: true, button: 0, pointerType: 'mouse' }));
  // A visitor's pointer comes over the map before any wheel: its gesture code loads then, not
  // in a step (a wheel of 0, which moves nothing, lets updateComplete wait for it).
  pointer('pointerover');
  svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 0, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
  await el.updateComplete;
  await report(first, async (s, i) => {
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

/** Where the page finds Leaflet's files (served from node_modules, no CDN). */
export const LEAFLET_FILES = {
  '/lib/leaflet.js': 'leaflet/dist/leaflet.js',
  '/lib/leaflet.css': 'leaflet/dist/leaflet.css',
  '/lib/leaflet.markercluster.js': 'leaflet.markercluster/dist/leaflet.markercluster.js',
  '/lib/MarkerCluster.css': 'leaflet.markercluster/dist/MarkerCluster.css',
  '/lib/MarkerCluster.Default.css': 'leaflet.markercluster/dist/MarkerCluster.Default.css',
  // Leaflet finds its default marker's images beside its CSS.
  '/lib/images/marker-icon.png': 'leaflet/dist/images/marker-icon.png',
  '/lib/images/marker-icon-2x.png': 'leaflet/dist/images/marker-icon-2x.png',
  '/lib/images/marker-shadow.png': 'leaflet/dist/images/marker-shadow.png',
};

/**
 * Leaflet: the same steps through the API its own wheel and drag handlers call (they debounce
 * the wheel over 40 ms, which would merge the notches), without animation; zoom from the
 * fitted view to 64× it, as <ck-coalition-map> (MAX_ZOOM). markercluster without animation.
 */
export const leafletPage = shell(`<link rel="stylesheet" href="/lib/leaflet.css">
<link rel="stylesheet" href="/lib/MarkerCluster.css"><link rel="stylesheet" href="/lib/MarkerCluster.Default.css">
<div id="map" style="width:800px;height:640px"></div>
<script src="/lib/leaflet.js"></script><script src="/lib/leaflet.markercluster.js"></script>
<script type="module">
${STEPS}
const { items } = await (await fetch('/v1/coalitions.json')).json();
const placed = items.filter((c) => c.geo);
const map = L.map('map', { zoomSnap: 0, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
map.fitBounds(L.latLngBounds(placed.map((c) => [c.geo.lat, c.geo.lon])));
const fitted = map.getZoom();
map.setMinZoom(fitted);
map.setMaxZoom(fitted + 6);
const group = L.markerClusterGroup({ animate: false });
group.addLayers(placed.map((c) => L.marker([c.geo.lat, c.geo.lon], { title: c.name })));
map.addLayer(group);
await ${afterPaint};
const first = performance.now() - window.__t0;
const size = map.getSize();
const centre = L.point(size.x / 2, size.y / 2);
await report(first, (s) => {
  if (s.wheel) map.setZoomAround(centre, map.getZoom() - Math.log2(1.5) * (s.wheel / 100), { animate: false });
  else map.panBy([-s.drag[0], -s.drag[1]], { animate: false });
});
</script>`);

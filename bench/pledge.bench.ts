/**
 * `npm run bench:pledge`: what a pledge-only partner page costs, measured in Chromium.
 * - JavaScript: every script the page actually loads (the CDN entry + the chunks it pulls
 *   for <ck-pledge-form>), minified and gzip -9.
 * - Time to interactive: ms from navigation start to the first painted frame where the form
 *   can be used (its submit button is there), against a plain HTML form with the same fields,
 *   in the same run. The widget's time includes loading its code, the collective and the
 *   counter, and validating them. Medians of 7 runs after 1 warm-up, cache disabled.
 * Needs `npm run build` (the npm script runs rollup first).
 */
import { pledgeCollective } from '../test/elements/pledge-fixture.mjs';
import { kB, openPageBench, requireCdnBuild, scriptSizes } from './lib/cdn-pages.js';

const RUNS = 7;

requireCdnBuild();

const feed: Record<string, string> = {
  '/v1/collective.json': JSON.stringify(pledgeCollective),
  '/v1/campaigns/appel/stats.json': JSON.stringify({
    version: 1,
    campaign: 'appel',
    total: 1234,
    byCommitment: { energie: 800, velo: 300, 'climate-tour': 134 },
    recent: [{ name: 'Camille Martin', locality: 'Lille', at: '2026-11-20T10:00:00+01:00' }],
  }),
};

/** Polls each frame until `ready` is true, then waits for the frame to be painted. */
const whenReady = (ready: string) => `<script>
(function poll() {
  if (!(${ready})) return requestAnimationFrame(poll);
  requestAnimationFrame(() => setTimeout(() => { window.__done = performance.now(); }, 0));
})();
</script>`;

const page = (body: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"></head><body>${body}</body></html>`;

const pages: Record<string, string> = {
  '/pledge.html': page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-pledge-form feed="/v1" campaign="appel"></ck-pledge-form>
${whenReady(`document.querySelector('ck-pledge-form').shadowRoot?.querySelector('[part~="submit-button"]')`)}`),
  '/plain.html': page(`<form method="post" action="/v1/pledges">
<h2>Appel à engagements citoyens</h2>
<fieldset><legend>Mes engagements (obligatoire)</legend>
${['energie', 'velo', 'climate-tour'].map((id) => `<label><input type="checkbox" name="commitments" value="${id}"> ${id}</label>`).join('')}
</fieldset>
<fieldset><legend>Je m’engage en tant que</legend>
<label><input type="radio" name="pledgerKind" value="citizen" checked> Citoyen</label>
<label><input type="radio" name="pledgerKind" value="organisation"> Organisation</label></fieldset>
<label for="name">Nom (obligatoire)</label><input id="name" name="name" autocomplete="name" required>
<label for="email">E-mail (obligatoire)</label><input id="email" name="email" type="email" autocomplete="email" required>
<label for="postalCode">Code postal</label><input id="postalCode" name="postalCode" autocomplete="postal-code">
<label for="message">Message</label><textarea id="message" name="message"></textarea>
<label><input type="checkbox" name="public"> Afficher mon nom</label>
<label><input type="checkbox" name="consent" required> J’accepte (obligatoire)</label>
<button>Je m’engage</button></form>
${whenReady(`document.querySelector('form button')`)}`),
};

const bench = await openPageBench(pages, feed);
const timeToInteractive = (path: string) => bench.medianTime(path, RUNS);

try {
  const { scripts } = await bench.visit('/pledge.html');
  const sizes = scriptSizes(scripts);
  const total = sizes.reduce((n, s) => n + s.gzip, 0);
  const totalMin = sizes.reduce((n, s) => n + s.min, 0);

  console.log(
    `\nJavaScript of a pledge-only page (${scripts.length} files, what Chromium fetched):`,
  );
  for (const s of sizes)
    console.log(
      `  ${s.file.padEnd(44)} ${kB(s.min).padStart(9)} min  ${kB(s.gzip).padStart(8)} gzip`,
    );
  console.log(
    `  ${'total'.padEnd(44)} ${kB(totalMin).padStart(9)} min  ${kB(total).padStart(8)} gzip`,
  );

  const plain = await timeToInteractive('/plain.html');
  const widget = await timeToInteractive('/pledge.html');
  console.log(
    `\nTime to interactive, navigation start → form usable and painted (median of ${RUNS}):`,
  );
  console.log(
    `  plain HTML form, same fields                    ${plain.toFixed(0).padStart(6)} ms   (baseline)`,
  );
  console.log(
    `  <ck-pledge-form> (code + collective + counter) ${widget.toFixed(0).padStart(6)} ms   +${(widget - plain).toFixed(0)} ms`,
  );
} finally {
  await bench.close();
}

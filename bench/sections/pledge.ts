/**
 * The pledge form's time to interactive in Chromium: page start → the first painted frame
 * where the form can be used (its submit button is there), against a plain HTML form with
 * the same fields. The widget's time includes loading its code, the collective and the
 * counter, and checking them.
 */
import { pledgeCollective } from '../../test/elements/pledge-fixture.mjs';
import { openPageBench, requireCdnBuild } from '../lib/cdn-pages.js';
import { compareRow, time, visitRounds } from '../lib/page-rounds.js';
import { page } from '../lib/pages.js';
import type { Section } from '../lib/section.js';

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

/** Polls each frame until `ready` is true, then sets `__done` once that frame is painted. */
const whenReady = (ready: string) => `<script>
(function poll() {
  if (!(${ready})) return requestAnimationFrame(poll);
  requestAnimationFrame(() => setTimeout(() => { window.__done = performance.now() - window.__t0; }, 0));
})();
</script>`;

const plainForm = `<form method="post" action="/v1/pledges">
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
<button>Je m’engage</button></form>`;

const pages: Record<string, string> = {
  '/pledge.html': page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-pledge-form feed="/v1" campaign="appel"></ck-pledge-form>
${whenReady(`document.querySelector('ck-pledge-form').shadowRoot?.querySelector('[part~="submit-button"]')`)}`),
  '/plain.html': page(`${plainForm}${whenReady(`document.querySelector('form button')`)}`),
};

export const pledge: Section = {
  name: 'pledge',
  title: 'The pledge form, time to interactive (Chromium)',
  rounds: 7,
  async run({ rounds }) {
    requireCdnBuild();
    const bench = await openPageBench(pages, feed);
    try {
      const samples = await visitRounds(bench, Object.keys(pages), rounds);
      return {
        rows: [
          compareRow(
            samples,
            { section: 'pledge', measure: '<ck-pledge-form>: usable and painted', unit: 'ms' },
            '/pledge.html',
            { path: '/plain.html', label: 'plain HTML form, same fields' },
            time,
          ),
        ],
        notes: [
          'Page start → first painted frame with the submit button; the widget loads its code, the',
          'collective and the counter first. Cache disabled, after one warm-up round.',
        ],
      };
    } finally {
      await bench.close();
    }
  },
};

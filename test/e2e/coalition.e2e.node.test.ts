/**
 * End to end: on the demo partner page of the real `ck-server --demo`, a collective declares a
 * coalition with `<ck-coalition-form>` in Chromium (the point placed with the keyboard); it
 * stays pending, `ck-server coalitions approve ID` publishes it in coalitions.json (and the
 * GeoJSON), and its contact people appear in no public document.
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { demoSite } from './demo-site.js';

const FORM = 'ck-coalition-form';
const NAME = 'Coalition Climat Wazemmes';
const CONTACTS = [
  'Alix Confidentielle',
  'alix.confidentielle@example.org',
  'Noa Privé',
  'noa.prive@example.org',
];

const site = demoSite();

/** Every public document and format of the feed, as text. */
async function publicDocuments(): Promise<Record<string, string>> {
  const docs = [
    'collective.json',
    'events.json',
    'members.json',
    'coalitions.json',
    'coalitions.geojson',
    'events.ics',
    'campaigns/appel-engagements/stats.json',
  ];
  const texts = await Promise.all(
    docs.map(async (d) => {
      const res = await fetch(`${site.server.url}/v1/${d}`, {
        headers: { 'cache-control': 'no-cache' },
      });
      assert.equal(res.status, 200, d);
      return [d, await res.text()] as const;
    }),
  );
  return Object.fromEntries(texts);
}

function assertNoContacts(docs: Record<string, string>): void {
  for (const [doc, text] of Object.entries(docs))
    for (const c of CONTACTS) assert.ok(!text.includes(c), `${doc} shows “${c}”`);
}

/** Waits for `selector` in the widget's shadow root (polled: shadow mutations are not observed). */
const shown = (page: Page, selector: string) =>
  page.waitForFunction(
    `!!document.querySelector('${FORM}')?.shadowRoot?.querySelector('${selector}')`,
    { timeout: 20_000, polling: 100 },
  );

const widgetText = (page: Page, selector: string) =>
  page.evaluate(
    `document.querySelector('${FORM}').shadowRoot.querySelector('${selector}').textContent.replace(/\\s+/g, ' ').trim()`,
  ) as Promise<string>;

describe('a coalition declared on the demo partner page', () => {
  it('is sent pending, approved with the CLI, then published without its contact people', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http') && url.origin !== new URL(site.server.url).origin)
        errors.push(`request to another host: ${url.origin}`);
    });
    await page.goto(`${site.server.url}/#declarer`);
    await shown(page, 'form');

    await page.type(`${FORM} >>> #name`, NAME);
    await page.type(`${FORM} >>> #objective`, 'Végétaliser les cours d’école du quartier.');
    await page.click(`${FORM} >>> #scope-0`);
    await page.type(`${FORM} >>> #locality`, 'Lille – Wazemmes');
    // The point, with the keyboard: up to the north of France, then Enter.
    await page.focus(`${FORM} >>> #map`);
    await page.keyboard.down('Shift');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
    assert.match(await widgetText(page, '[part~="map-chosen"]'), /^Point placé en Hauts-de-France/);
    await page.type(`${FORM} >>> #members`, 'Ateliers du Vélo\nMaison de quartier de Wazemmes');
    await page.type(`${FORM} >>> #contact1Name`, CONTACTS[0]!);
    await page.type(`${FORM} >>> #contact1Email`, CONTACTS[1]!);
    await page.type(`${FORM} >>> #contact2Name`, CONTACTS[2]!);
    await page.type(`${FORM} >>> #contact2Email`, CONTACTS[3]!);
    await page.type(`${FORM} >>> #publicUrl`, 'https://wazemmes.example.org');
    await page.click(`${FORM} >>> #consent`);
    await page.click(`${FORM} >>> [part~="submit-button"]`);
    await shown(page, '[part~="thanks"]');
    assert.match(await widgetText(page, '[part~="thanks"]'), /attend la validation/);
    assert.deepEqual(errors, []);
    await page.close();

    const pending = await publicDocuments();
    assert.ok(!pending['coalitions.json']!.includes(NAME), 'published before approval');
    assertNoContacts(pending);

    // Commands on an embedded data directory need the server stopped (it holds the lock).
    await site.server.halt();
    const list = await site.server.cli(['coalitions', 'list', '--pending']);
    const line = list.stdout.split('\n').find((l) => l.includes(NAME));
    assert.ok(line, `not pending: ${list.stdout}`);
    assert.ok(line.includes(CONTACTS[1]!), 'the coordinator sees the contact people');
    const id = line.split('\t')[0]!;
    const approved = await site.server.cli(['coalitions', 'approve', id]);
    assert.equal(approved.code, 0, approved.stderr);
    await site.server.restart();

    const published = await publicDocuments();
    const coalitions = JSON.parse(published['coalitions.json']!) as {
      items: { id: string; name: string; region?: string; geo?: { lat: number; lon: number } }[];
    };
    const item = coalitions.items.find((c) => c.id === id);
    assert.ok(item, 'approved but not in coalitions.json');
    assert.equal(item.name, NAME);
    assert.equal(item.region, 'Hauts-de-France');
    assert.ok(item.geo && item.geo.lat > 50 && item.geo.lat < 51, JSON.stringify(item.geo));
    assert.ok(published['coalitions.geojson']!.includes(NAME), 'not on the GeoJSON map');
    assertNoContacts(published);
  });
});

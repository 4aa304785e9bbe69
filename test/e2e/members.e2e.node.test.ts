/**
 * End to end: on the demo partner page of the real `ck-server --demo`, a visitor finds a member
 * of the collective in `<ck-member-list>` with the keyboard only (a search without accents,
 * Tab to the result, Enter to open it): the details name its coalitions, from the same feed;
 * every document of the feed is asked once for the whole page (the agenda, the map and the
 * forms share what the member list fetched).
 * Needs `npm run build` (packages/elements/dist/cdn), as `npm test` does before Node tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { demoSite } from './demo-site.js';
import { openTab } from './hostile/tab.js';

const site = demoSite();

/** The member list's shadow root, as a page expression. */
const ROOT = `document.querySelector('ck-member-list').shadowRoot`;

/** What has focus, inside the member list: its part, its text and its item's name. */
const FOCUSED = `(() => {
  const el = ${ROOT}.activeElement;
  if (!el) return null;
  const item = el.closest('[part~="item"]');
  return {
    part: el.getAttribute('part') || el.getAttribute('type') || el.tagName,
    expanded: el.getAttribute('aria-expanded'),
    item: item ? (item.querySelector('[part~="item-title"]') || item).textContent.trim() : null,
  };
})()`;

const NAMES = `[...${ROOT}.querySelectorAll('[part~="item"]')].map((li) => li.textContent.replace(/\\s+/g, ' ').trim())`;

interface Focused {
  part: string;
  expanded: string | null;
  item: string | null;
}

async function tabTo(page: Page, wanted: (f: Focused) => boolean): Promise<Focused> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(FOCUSED)) as Focused | null;
    if (focused && wanted(focused)) return focused;
  }
  throw new Error('never reached by Tab');
}

describe('the member list on the demo partner page', () => {
  it('finds "École" by typing "ecole", opens it with Enter, and shows its coalitions by name', async () => {
    const { page, watch } = await openTab(site.browser, new URL(site.server.url).origin);
    const documents: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/^\/v1\/(collective|events|members|coalitions)\.json$/.test(path)) documents.push(path);
    });
    await page.goto(`${site.server.url}/`);
    await page.waitForFunction(
      `document.querySelector('ck-member-list')?.matches(':state(populated)')`,
      {
        timeout: 45_000,
      },
    );
    const all = (await page.evaluate(NAMES)) as string[];
    assert.ok(all.length > 5, 'the demo members are listed');

    // Keyboard only: into the search box, then type without the accent.
    await page.evaluate(`${ROOT}.querySelector('input[type="search"]').focus()`);
    await page.keyboard.type('ecole');
    await page.waitForFunction(`${NAMES}.length < ${all.length}`, { timeout: 10_000 });
    const found = (await page.evaluate(NAMES)) as string[];
    assert.ok(
      found.some((n) => n.includes('École nationale d’ingénieurs de Brest')),
      found.join(' | '),
    );
    const count = (await page.evaluate(
      `${ROOT}.querySelector('[part~="count"]').textContent`,
    )) as string;
    assert.match(count, new RegExp(`${found.length}`));

    // Tab to that member's "details" button, open it with Enter.
    const button = await tabTo(
      page,
      (f) => f.part === 'details-button' && (f.item ?? '').includes('ENIB'),
    );
    assert.equal(button.expanded, 'false');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`${ROOT}.querySelector('[part~="coalitions"]')`, { timeout: 5_000 });
    const coalitions = (await page.evaluate(
      `[...${ROOT}.querySelectorAll('[part~="coalitions"] li')].map((li) => li.textContent.trim())`,
    )) as string[];
    assert.ok(
      coalitions.includes('Coalition des acteurs de la zone du Technopôle') &&
        coalitions.includes('Coalition évènementiel durable'),
      coalitions.join(' | '),
    );
    assert.equal(((await page.evaluate(FOCUSED)) as Focused).expanded, 'true');

    // Every widget of the page is there; each document was asked once for all of them.
    await page.waitForFunction(
      `['ck-agenda', 'ck-coalition-map', 'ck-pledge-form'].every((t) => document.querySelector(t)?.matches(':state(populated)'))`,
      { timeout: 45_000 },
    );
    const repeated = documents.filter((d, i) => documents.indexOf(d) !== i);
    assert.deepEqual(repeated, [], `asked more than once: ${documents.join(', ')}`);
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.foreignHosts, []);
    await page.close();
  });
});

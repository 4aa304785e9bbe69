/**
 * 10,000 events and 10,000 members in Chromium, page start → first painted screen, and the
 * page's JS heap after a garbage collection, against plain-DOM lists of the same data
 * (fetch + one <li> per item). The widgets' times include loading their code, validating
 * every item and, for the agenda, grouping by day; they render their first page.
 */
import { collective, manyEvents } from '../../test/elements/feeds.mjs';
import { manyMembers } from '../../test/elements/member-feeds.mjs';
import { openPageBench, requireCdnBuild } from '../lib/cdn-pages.js';
import { compareRow, heapMB, nodes, time, visitRounds } from '../lib/page-rounds.js';
import { afterPaint, doneOnLoad, list, page } from '../lib/pages.js';
import type { Row } from '../lib/rows.js';
import type { Section } from '../lib/section.js';

const COUNT = 10_000;
const N = COUNT.toLocaleString('en');
export const GOALS = { members: { max: 0.3, stretch: 0.1, on: 'ratio' } } as const;

const feed: Record<string, string> = {
  '/e/v1/collective.json': JSON.stringify(collective),
  '/e/v1/events.json': list(manyEvents(COUNT)),
  '/e/v1/members.json': list([]),
  '/m/v1/collective.json': JSON.stringify(collective),
  '/m/v1/members.json': list(manyMembers(COUNT)),
  '/m/v1/coalitions.json': list([]),
};

/** A plain-DOM list: fetch `url`, one <li> per item built by `item` (a function body of `x`). */
const plainList = (url: string, item: string) =>
  page(`<ul id="list"></ul><script type="module">
const { items } = await (await fetch('${url}')).json();
const f = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
const el = (tag, text) => { const e = document.createElement(tag); e.textContent = text; return e; };
const ul = document.getElementById('list');
for (const x of items) { const li = document.createElement('li'); ${item}; ul.append(li); }
await ${afterPaint}; window.__done = performance.now() - window.__t0;
</script>`);

const pages: Record<string, string> = {
  '/events.html': page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-agenda feed="/e/v1"></ck-agenda>${doneOnLoad}`),
  '/events-plain.html': plainList(
    '/e/v1/events.json',
    `const t = el('time', f.format(new Date(x.startDate))); t.dateTime = x.startDate;
li.append(el('h3', x.name), t, el('p', [x.location?.name, x.location?.locality].filter(Boolean).join(', ')))`,
  ),
  '/members.html': page(`<script type="module" src="/cdn/coalition-kit.js"></script>
<ck-member-list feed="/m/v1"></ck-member-list>${doneOnLoad}`),
  '/members-plain.html': plainList(
    '/m/v1/members.json',
    `const a = el('a', 'Site web'); a.href = x.url;
li.append(el('h3', x.name), el('p', [x.kind, x.locality].filter(Boolean).join(' · ')), el('p', x.description ?? ''), a)`,
  ),
};

export const lists: Section = {
  name: 'lists',
  title: `${N} events and ${N} members to the first screen (Chromium)`,
  rounds: 5,
  async run({ rounds }) {
    requireCdnBuild();
    const bench = await openPageBench(pages, feed);
    try {
      const samples = await visitRounds(bench, Object.keys(pages), rounds);
      const section = 'lists';
      const events = { path: '/events-plain.html', label: `plain-DOM list of all ${N}` };
      const members = { path: '/members-plain.html', label: `plain-DOM list of all ${N}` };
      const rows: Row[] = [
        compareRow(
          samples,
          { section, measure: `<ck-agenda>, ${N} events → first screen (20)`, unit: 'ms' },
          '/events.html',
          events,
          time,
        ),
        compareRow(
          samples,
          { section, measure: '<ck-agenda>, JS heap', unit: 'MB' },
          '/events.html',
          events,
          heapMB,
        ),
        compareRow(
          samples,
          { section, measure: '<ck-agenda>, DOM nodes', unit: 'nodes' },
          '/events.html',
          events,
          nodes,
        ),
        compareRow(
          samples,
          {
            section,
            measure: `<ck-member-list>, ${N} members → first screen (50)`,
            unit: 'ms',
            goal: GOALS.members,
          },
          '/members.html',
          members,
          time,
        ),
        compareRow(
          samples,
          { section, measure: '<ck-member-list>, JS heap', unit: 'MB' },
          '/members.html',
          members,
          heapMB,
        ),
        compareRow(
          samples,
          { section, measure: '<ck-member-list>, DOM nodes', unit: 'nodes' },
          '/members.html',
          members,
          nodes,
        ),
      ];
      return {
        rows,
        notes: [
          'Page start → first painted frame with content, cache disabled, after one warm-up round.',
          'The widgets validate every item (zod only for the invalid ones) and render their first',
          'page; the plain lists render every item. JS heap after a garbage collection: the plain',
          'lists keep their DOM outside the JS heap, the widgets keep every validated item. DOM',
          "nodes: Blink's count, shadow roots included.",
        ],
      };
    } finally {
      await bench.close();
    }
  },
};

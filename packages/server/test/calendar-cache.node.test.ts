/** events.ics with filters: one rendering per normalised query, kept with its events, bounded. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventQuery } from '@coalition-kit/sdk';
import { CalendarCache } from '../src/http/calendar-cache.js';
import { etagOf } from '../src/http/document-cache.js';
import { eventQuery, type CalendarInputs } from '../src/http/documents.js';

/** A cache whose database reads and renderings are counted. */
function counted(ttlMs: number, maxQueries?: number) {
  const counts = { loads: 0, renders: 0 };
  const cache = new CalendarCache(
    ttlMs,
    async () => {
      counts.loads += 1;
      return { collective: {}, events: [], generatedAt: new Date(0) } as unknown as CalendarInputs;
    },
    (_inputs, q: EventQuery) => {
      counts.renders += 1;
      const body = Buffer.from(JSON.stringify(q));
      return { body, etag: etagOf(body), type: 'text/calendar' };
    },
    maxQueries,
  );
  return { cache, counts };
}

test('the same filter, however written, is read and rendered once', async () => {
  const { cache, counts } = counted(60_000);
  const spellings = [
    { themes: 'mobilite,energie' },
    { themes: 'energie,mobilite' },
    { themes: ' energie , mobilite,energie,' },
    { themes: 'energie,mobilite', unknown: 'x' },
  ];
  const docs = [];
  for (let i = 0; i < 100; i++)
    for (const q of spellings) docs.push(await cache.get(eventQuery(q)));
  assert.equal(new Set(docs.map((d) => d!.etag)).size, 1);
  assert.deepEqual(counts, { loads: 1, renders: 1 });
});

test('no filter and an empty one are the same calendar', async () => {
  const { cache, counts } = counted(60_000);
  await cache.get(eventQuery({}));
  await cache.get(eventQuery({ themes: '', region: ' ' }));
  assert.equal(counts.renders, 1);
});

test('renderings go when the events are read again', async () => {
  const { cache, counts } = counted(0);
  await cache.get(eventQuery({ themes: 'energie' }));
  await cache.get(eventQuery({ themes: 'energie' }));
  assert.deepEqual(counts, { loads: 2, renders: 2 });
});

test('endless new queries keep at most maxQueries renderings', async () => {
  const { cache, counts } = counted(60_000, 10);
  for (let i = 0; i < 1000; i++) await cache.get(eventQuery({ themes: `theme-${i}` }));
  assert.equal(counts.renders, 1000);
  // The last ten are kept; the first was dropped and is rendered again.
  await cache.get(eventQuery({ themes: 'theme-999' }));
  assert.equal(counts.renders, 1000);
  await cache.get(eventQuery({ themes: 'theme-0' }));
  assert.equal(counts.renders, 1001);
});

/**
 * The document cache under hostile reads, in the server's own process (to watch the cache):
 * unknown campaign ids take no entry, a campaign added later is served at once its
 * collective is read again, and the cache never grows past its bound.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Collective } from '@coalition-kit/sdk';
import { buildApp } from '../src/http/app.js';
import { DocumentCache } from '../src/http/document-cache.js';
import { openDatabase, type Database } from '../src/store/database.js';
import { readCollective, saveCollective } from '../src/store/content.js';
import { copyTemplate } from './helpers/template.js';
import { CDN_DIR, SITE_DIR } from './helpers/process.js';

const CACHE_MS = 50;
let dir: string;
let db: Database;
let app: FastifyInstance;
const documents = new DocumentCache(CACHE_MS);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ck-feed-cache-'));
  await copyTemplate(true, join(dir, 'data'));
  db = await openDatabase({ dataDir: join(dir, 'data') });
  app = buildApp({
    db,
    rateLimit: 0,
    allowOrigins: [],
    cdnDir: CDN_DIR,
    siteDir: SITE_DIR,
    cacheMs: CACHE_MS,
    documents,
  });
  await app.ready();
});
after(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const stats = (id: string) => app.inject({ method: 'GET', url: `/v1/campaigns/${id}/stats.json` });

test('10,000 unknown campaign ids answer 404 and leave the cache as it was', async () => {
  assert.equal((await stats('appel-engagements')).statusCode, 200);
  const before = documents.size;
  for (let i = 0; i < 10_000; i++) {
    const res = await stats(`inconnue-${i}`);
    assert.equal(res.statusCode, 404);
  }
  assert.equal(documents.size, before);
});

test('a campaign added after its id was asked for is served', async () => {
  assert.equal((await stats('nouvelle-campagne')).statusCode, 404);
  const collective = (await readCollective(db)) as Collective;
  const model = collective.campaigns[0]!;
  await saveCollective(db, {
    ...collective,
    campaigns: [...collective.campaigns, { ...model, id: 'nouvelle-campagne' }],
  });
  // Another process's write shows once the collective is read again (CACHE_MS).
  let status = 404;
  for (let i = 0; i < 200 && status === 404; i++) {
    await new Promise((r) => setTimeout(r, 10));
    status = (await stats('nouvelle-campagne')).statusCode;
  }
  assert.equal(status, 200);
});

test('the cache keeps at most its bound of renderings', async () => {
  const bounded = new DocumentCache<number>(60_000, 100);
  for (let i = 0; i < 10_000; i++) await bounded.get(`k${i}`, async () => i);
  assert.equal(bounded.size, 100);
  // The most recent renderings are the ones kept.
  assert.equal(await bounded.get('k9999', async () => -1), 9999);
});

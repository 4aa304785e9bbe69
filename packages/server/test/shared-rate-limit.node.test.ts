/**
 * The shared rate limit's SQL and behaviour, on the embedded engine (same SQL as PostgreSQL,
 * where two real instances are tested: shared-rate-limit.server.test.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../src/store/pglite.js';
import { migrate } from '../src/store/migrate.js';
import type { Database } from '../src/store/database.js';
import { SharedRateLimiter } from '../src/http/shared-rate-limit.js';

let dir: string;
let db: Database;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ck-rate-limit-'));
  db = await openPglite(dir);
  await migrate(db);
});
after(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('two instances on one database share the count; the table holds no address', async () => {
  let now = 1_000_000;
  const a = new SharedRateLimiter(db, 3, () => now);
  const b = new SharedRateLimiter(db, 3, () => now);
  const waits = [];
  for (const limiter of [a, b, a, b, a]) waits.push(await limiter.take('203.0.113.40'));
  assert.deepEqual(waits, [0, 0, 0, 60, 60]);
  assert.equal(await b.take('203.0.113.41'), 0, 'another address has its own count');
  now += 30_000;
  assert.equal(await a.take('203.0.113.40'), 30);
  now += 30_000;
  assert.equal(await b.take('203.0.113.40'), 0, 'a new minute, a new count');
  const rows = await db.query<{ key: string }>('SELECT key FROM rate_limits');
  assert.equal(rows.length, 2);
  for (const { key } of rows) assert.doesNotMatch(key, /203\.0\.113/);
  a.close();
  b.close();
});

test('windows that ended are purged', async () => {
  let now = 5_000_000;
  const limiter = new SharedRateLimiter(db, 3, () => now);
  await db.exec('DELETE FROM rate_limits');
  await limiter.take('192.0.2.1');
  now += 30_000;
  await limiter.take('192.0.2.2');
  now += 31_000;
  assert.equal(await limiter.purge(), 1, 'the first window ended, the second runs on');
  const rows = await db.query('SELECT key FROM rate_limits');
  assert.equal(rows.length, 1);
  limiter.close();
});

test('while the database fails, each instance counts alone in memory', async () => {
  const broken = {
    ...db,
    query: () => Promise.reject(new Error('database unavailable')),
  } as unknown as Database;
  const limiter = new SharedRateLimiter(broken, 2, () => 9_000_000);
  const waits = [];
  for (let i = 0; i < 3; i += 1) waits.push(await limiter.take('192.0.2.9'));
  assert.deepEqual(waits, [0, 0, 60]);
  limiter.close();
});

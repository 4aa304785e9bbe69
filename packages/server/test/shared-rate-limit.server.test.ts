/**
 * Several instances on one PostgreSQL behind a balancer: the rate limit is one limit for all of
 * them, not one per instance. Only on PostgreSQL (`scripts/with-postgres.sh`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startServer } from './helpers/start-server.js';
import { pledge, post } from './helpers/requests.js';

if (process.env.DATABASE_URL) {
  test('--rate-limit 3 on two instances: 3 pledges a minute from one address in all', async () => {
    const args = ['--rate-limit', '3', '--trust-proxy'];
    const a = await startServer({ demo: true, args });
    const b = await startServer({ args, sharedDatabaseUrl: a.databaseUrl! });
    try {
      const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
      const statuses = [];
      for (const server of [a, b, a, b, a, b])
        statuses.push(
          (await post(`${server.url}/v1/pledges`, pledge(), from('203.0.113.60'))).status,
        );
      assert.deepEqual(statuses, [201, 201, 201, 429, 429, 429]);
      assert.equal((await post(`${b.url}/v1/pledges`, pledge(), from('203.0.113.61'))).status, 201);

      // What the database keeps: hashed keys, never an address.
      const client = new pg.Client({ connectionString: a.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ key: string }>('SELECT key FROM rate_limits');
        assert.equal(rows.length, 2);
        for (const { key } of rows) assert.doesNotMatch(key, /203\.0\.113/);
      } finally {
        await client.end();
      }
    } finally {
      await b.stop();
      await a.stop();
    }
  });
}

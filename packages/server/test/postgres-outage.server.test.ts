/**
 * PostgreSQL going away under a running server: its connections terminated (a restart, a
 * failover, `pg_terminate_backend`), or the database unreachable for a while. The server stays
 * up, serves the last good documents, answers submissions `503` + `Retry-After`, and loses no
 * acknowledged pledge. Only on PostgreSQL (`scripts/with-postgres.sh`); PGlite has no network.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startServer } from './helpers/start-server.js';
import { startTcpProxy } from './helpers/tcp-proxy.js';
import { getJson, pledge, post } from './helpers/requests.js';

const adminUrl = process.env.DATABASE_URL;

/** Runs one statement on `url` with a connection of its own. */
async function sql<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Calls `fn` until `done` holds of its answer (at most `tries` times: a broken server fails, not hangs). */
async function until<T>(
  fn: () => Promise<T>,
  done: (value: T) => boolean,
  tries = 300,
): Promise<T> {
  for (let i = 1; ; i += 1) {
    const value = await fn();
    if (done(value) || i >= tries) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const stats = (url: string) => `${url}/v1/campaigns/appel-engagements/stats.json`;

if (adminUrl) {
  test('pg_terminate_backend of every server connection: the server stays up, reconnects, serves and accepts', async () => {
    const server = await startServer({ demo: 'without-confirmation', args: ['--rate-limit', '0'] });
    try {
      const db = new URL(server.databaseUrl!).pathname.slice(1);
      // Connections in the pool, idle: the ones whose error used to crash the process.
      await Promise.all([
        post(`${server.url}/v1/pledges`, pledge()),
        getJson(stats(server.url)),
        getJson(`${server.url}/v1/events.json`),
      ]);
      const backends = () =>
        sql<{ n: number }>(
          adminUrl,
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [db],
        ).then((rows) => rows[0]!.n);
      assert.ok((await backends()) > 0, 'the server holds connections');
      const terminated = await sql<{ ok: boolean }>(
        adminUrl,
        'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [db],
      );
      assert.ok(terminated.length > 0 && terminated.every((r) => r.ok));
      // Wait until the terminated backends are gone: the server has been told by then.
      assert.equal(await until(backends, (n) => n === 0), 0);

      const before = (await getJson(stats(server.url))).json as { total: number };
      const res = await post(`${server.url}/v1/pledges`, pledge());
      assert.equal(res.status, 201);
      const after = (await getJson(stats(server.url))).json as { total: number };
      assert.equal(after.total, before.total + 1);
      assert.equal((await getJson(`${server.url}/v1/members.json`)).status, 200);
    } finally {
      await server.stop();
    }
  });

  test('database unreachable: last good documents (with their ETag), 503 + Retry-After for submissions, nothing acknowledged lost', async () => {
    const target = new URL(adminUrl);
    const proxy = await startTcpProxy(Number(target.port || 5432));
    target.port = String(proxy.port);
    const server = await startServer({
      demo: 'without-confirmation',
      args: ['--rate-limit', '0'],
      env: { DATABASE_URL: target.toString() },
    });
    try {
      const acknowledged = [];
      for (let i = 0; i < 3; i += 1) {
        const res = await post(`${server.url}/v1/pledges`, pledge());
        assert.equal(res.status, 201);
        acknowledged.push(res.json.id);
      }
      const good = await getJson(stats(server.url));
      const events = await getJson(`${server.url}/v1/events.json`);
      assert.equal((good.json as { total: number }).total, 3);

      await proxy.cut();
      // The in-memory copy lasts a second; then each GET goes to the database, which is gone.
      const stale = await until(
        () => getJson(stats(server.url)),
        (r) => r.headers.has('cache-status'),
      );
      assert.equal(stale.status, 200);
      assert.match(stale.headers.get('cache-status')!, /stale/);
      assert.equal(stale.headers.get('etag'), good.headers.get('etag'));
      assert.equal(stale.text, good.text);
      const staleEvents = await getJson(`${server.url}/v1/events.json`);
      assert.equal(staleEvents.status, 200);
      assert.equal(staleEvents.text, events.text);
      const revalidated = await fetch(`${server.url}/v1/events.json`, {
        headers: { 'if-none-match': events.headers.get('etag')! },
      });
      assert.equal(revalidated.status, 304);
      // A document never read before has no copy: 503 too, never 500.
      const unknown = await getJson(`${server.url}/v1/campaigns/autre/stats.json`);
      assert.equal(unknown.status, 503);

      const key = randomUUID();
      const body = pledge();
      const refused = await post(`${server.url}/v1/pledges`, body, { key });
      assert.equal(refused.status, 503);
      assert.match(refused.headers.get('retry-after')!, /^\d+$/);
      assert.equal(refused.json.status, 503);
      assert.match(String(refused.json.message), /base de données/);
      const en = await post(`${server.url}/v1/pledges`, pledge(), {
        headers: { 'accept-language': 'en' },
      });
      assert.equal(en.status, 503);
      assert.match(String(en.json.message), /database/);
      const coalition = await post(`${server.url}/v1/coalitions`, {
        name: 'Coalition en panne',
        objective: 'Tester une panne de la base',
        scope: 'geographique',
        contacts: [{ name: 'Camille', email: 'camille@example.org' }],
        consent: true,
      });
      assert.equal(coalition.status, 503);

      await proxy.restore();
      // The widget retries the refused pledge with its key: stored once, now.
      const retried = await until(
        () => post(`${server.url}/v1/pledges`, body, { key }),
        (r) => r.status !== 503,
      );
      assert.equal(retried.status, 201);
      const fresh = await until(
        () => getJson(stats(server.url)),
        (r) => !r.headers.has('cache-status'),
      );
      assert.equal(fresh.headers.get('cache-status'), null, 'fresh again');
      assert.equal(
        (fresh.json as { total: number }).total,
        4,
        'the three acknowledged and the retried one',
      );
      const exported = await server.cli(['pledges', 'export', '--campaign', 'appel-engagements']);
      for (const id of acknowledged) assert.ok(exported.stdout.includes(String(id)), `${id} kept`);
    } finally {
      await proxy.restore();
      await server.stop();
      await proxy.close();
    }
  });
}

/** PostgreSQL through `pg`: for several instances, or a collective that already runs a server. */
import pg from 'pg';
import type { Database, Queryable } from './database.js';
import { DatabaseUnavailableError, isConnectionError } from './unavailable.js';

/** How long a new connection may take before the request is answered 503 (ms). */
const CONNECT_TIMEOUT_MS = 5_000;

/** pg's connection errors become `DatabaseUnavailableError`; SQL errors pass unchanged. */
const classify = (error: unknown) =>
  !(error instanceof DatabaseUnavailableError) && isConnectionError(error)
    ? new DatabaseUnavailableError(error)
    : error;

/** Warns once per outage on stderr; the next successful query says it is over. */
function outageLog(location: string) {
  let down = false;
  return {
    lost(error: unknown) {
      if (down) return;
      down = true;
      process.stderr.write(
        `ck-server: PostgreSQL ${location} injoignable, reconnexion à la prochaine requête / ` +
          `unreachable, reconnecting on the next request (${(error as Error).message})\n`,
      );
    },
    back() {
      if (!down) return;
      down = false;
      process.stderr.write(
        `ck-server: PostgreSQL ${location} de nouveau joignable / reachable again\n`,
      );
    },
  };
}

/** Opens a pool on `url` (`postgres://user@host:port/db`). */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  const parsed = new URL(url);
  const location = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  const outage = outageLog(location);
  // A restart, a failover or pg_terminate_backend closes connections: an idle one is then
  // dropped from the pool (which emits 'error' and would end the process unheard), a checked-out
  // one fails its next query. Either way the pool opens a new connection when one is needed.
  pool.on('error', (error) => outage.lost(error));
  pool.on('connect', (client) => client.on('error', (error) => outage.lost(error)));
  // Fail now with the server's message rather than at the first request.
  await pool.query('SELECT 1');

  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      outage.back();
      return result;
    } catch (error) {
      const classified = classify(error);
      if (classified instanceof DatabaseUnavailableError) outage.lost(error);
      throw classified;
    }
  };
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: <T>(sql: string, params: readonly unknown[] = []) =>
      run(async () => (await client.query(sql, params as unknown[])).rows as T[]),
    exec: (sql: string) => run(async () => void (await client.query(sql))),
  });
  return {
    engine: 'postgres',
    location,
    ...on(pool),
    async transaction(fn) {
      const client = await run(() => pool.connect());
      let broken: unknown;
      try {
        await run(() => client.query('BEGIN'));
        const result = await fn(on(client));
        await run(() => client.query('COMMIT'));
        return result;
      } catch (error) {
        const classified = classify(error);
        if (classified instanceof DatabaseUnavailableError) broken = error;
        else await client.query('ROLLBACK').catch((e: unknown) => (broken = e));
        throw classified;
      } finally {
        // A broken connection is closed, not handed to the next request.
        client.release(broken !== undefined);
      }
    },
    close: () => pool.end(),
  };
}

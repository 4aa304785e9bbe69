/**
 * "Content changed": a coordinator approved, erased, purged or imported, and every serving
 * process must drop its cached documents at once rather than when they expire.
 *
 * - In the serving process (a command sent over the control socket), {@link ContentChanges}
 *   is told directly.
 * - On PostgreSQL a command may run in another process, or another instance may serve: the
 *   command sends `NOTIFY ck_content_changed`, and each instance LISTENs on its own
 *   connection ({@link listenForChanges}).
 */
import pg from 'pg';
import type { Queryable } from './database.js';

export const CHANNEL = 'ck_content_changed';

/** Listeners of "content changed" in this process. */
export class ContentChanges {
  readonly #listeners = new Set<() => void>();

  subscribe(listener: () => void): void {
    this.#listeners.add(listener);
  }

  emit(): void {
    for (const listener of this.#listeners) listener();
  }
}

/** Tells every instance LISTENing on the database (delivered at COMMIT inside a transaction). */
export async function announceChange(db: Queryable): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [CHANNEL, '']);
}

/**
 * LISTENs on `url` and calls `onChange` on each notification. A lost connection counts as a
 * change (notifications may have been missed) and is opened again. Returns `stop`.
 */
export async function listenForChanges(
  url: string,
  onChange: () => void,
  retryMs = 1000,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const retry = () => {
    if (!stopped) timer = setTimeout(() => void connect().catch(retry), retryMs);
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', () => onChange());
    c.on('error', () => undefined); // followed by 'end'
    c.on('end', () => {
      if (stopped || client !== c) return;
      client = undefined;
      onChange();
      retry();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client?.end().catch(() => undefined);
  };
}

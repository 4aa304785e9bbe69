/**
 * Where a coordinator's command runs. Commands run in the CLI's process (locking an embedded
 * data directory first, so it never writes beside a running server) or inside the running
 * server, sent over its control socket (control-server.ts): then `target` is the server's
 * open database.
 */
import { acquireLock } from '../store/lock.js';
import { openDatabase, type Database } from '../store/database.js';
import { migrate } from '../store/migrate.js';
import { announceChange } from '../store/changes.js';

/** Where a command runs: a database it opens itself, or the running server's. */
export type Target = LocalTarget | { db: Database; onChange: () => void };

/** The database of `--data DIR`, or of DATABASE_URL. */
export interface LocalTarget {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/**
 * Runs `fn` on the migrated database, holding the data-directory lock when embedded. A
 * command that `writes` tells the serving processes, so the feed shows its result at once.
 */
export async function withDatabase<T>(
  target: Target,
  fn: (db: Database) => Promise<T>,
  { writes = false } = {},
): Promise<T> {
  if ('db' in target) {
    try {
      return await fn(target.db);
    } finally {
      if (writes) target.onChange();
    }
  }
  const release = target.databaseUrl ? () => undefined : await acquireLock(target.dataDir);
  try {
    const db = await openDatabase(target);
    try {
      await migrate(db);
      const result = await fn(db);
      if (writes && db.engine === 'postgres') await announceChange(db);
      return result;
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

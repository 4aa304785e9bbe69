/** The embedded engine: PostgreSQL compiled to WebAssembly, persisted in a data directory. */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

const wrap = (db: PGlite | Transaction): Queryable => ({
  async query<T>(sql: string, params: readonly unknown[] = []) {
    const result = await db.query<T>(sql, params as unknown[]);
    return result.rows;
  },
  async exec(sql: string) {
    await db.exec(sql);
  },
});

/** Opens (creating when needed) the PGlite database in `dataDir`. */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  // PGlite keeps its files in a sub-directory so the lock file can sit beside it.
  const db = await PGlite.create(`${dataDir}/pgdata`);
  return {
    engine: 'pglite',
    location: dataDir,
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

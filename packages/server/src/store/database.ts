/**
 * One small interface over the two engines: PGlite (embedded, a data directory) and
 * PostgreSQL (`DATABASE_URL`). Both speak the same SQL, so the rest of the server and the
 * migrations are written once.
 */

/** Something that runs parameterised SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement (`$1`, `$2`…) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly engine: Engine;
  /** Where the data lives, for messages: a directory or the server's host and database. */
  readonly location: string;
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PGlite's data directory (ignored when `databaseUrl` is set). */
  dataDir: string;
  /** `postgres://…`: use this PostgreSQL server instead of the embedded engine. */
  databaseUrl?: string | undefined;
}

/** Opens the database the options name. Migrations are applied separately (`migrate`). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}

/** Is `error` a unique-constraint violation (SQLSTATE 23505)? */
export const isUniqueViolation = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === '23505';

/** Runs the server: lock, database, migrations, optional demo, then HTTP. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './http/app.js';
import type { ConnectionLimits } from './http/connection-limits.js';
import { acquireLock } from './store/lock.js';
import { openDatabase, type Database } from './store/database.js';
import { migrate } from './store/migrate.js';
import { loadDemo } from './demo/load.js';
import type { LoadReport } from './io/load-feed.js';
import type { TrustProxy } from './http/client-address.js';
import { DEFAULT_CDN_DIR, DEFAULT_SITE_DIR } from './paths.js';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  /** `postgres://…`: PostgreSQL instead of the embedded engine in `dataDir`. */
  databaseUrl?: string | undefined;
  /** Load the demo feed when the database is empty. */
  demo?: boolean;
  rateLimit: number;
  allowOrigins: readonly string[];
  cdnDir?: string;
  siteDir?: string;
  log?: boolean;
  /** Behind reverse proxies: how many (hops) or their addresses; the client's address comes from X-Forwarded-For. */
  trustProxy?: TrustProxy;
  /** Timeouts and connections per address (defaults: DEFAULT_LIMITS). */
  connections?: Partial<ConnectionLimits>;
}

export interface RunningServer {
  url: string;
  db: Database;
  app: FastifyInstance;
  /** What `--demo` loaded (undefined when the database had content). */
  demo: LoadReport[] | undefined;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database, then listens. With the embedded engine the data
 * directory is locked first: a second process on it would silently lose writes.
 */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const release = o.databaseUrl ? () => undefined : acquireLock(o.dataDir);
  let db: Database | undefined;
  try {
    db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl });
    await migrate(db);
    const demo = o.demo ? await loadDemo(db) : undefined;
    const app = buildApp({
      db,
      rateLimit: o.rateLimit,
      allowOrigins: o.allowOrigins,
      cdnDir: o.cdnDir ?? DEFAULT_CDN_DIR,
      siteDir: o.siteDir ?? DEFAULT_SITE_DIR,
      log: o.log ?? false,
      trustProxy: o.trustProxy,
      ...(o.connections && { connections: o.connections }),
    });
    await app.listen({ port: o.port, host: o.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : o.port;
    const host = o.host.includes(':') ? `[${o.host}]` : o.host;
    const opened = db;
    return {
      url: `http://${host}:${port}`,
      db: opened,
      app,
      demo,
      async close() {
        await app.close();
        await opened.close();
        release();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    release();
    throw error;
  }
}

/** Runs the server: lock, database, migrations, optional demo, HTTP, then the control socket. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './http/app.js';
import type { ConnectionLimits } from './http/connection-limits.js';
import { acquireLock } from './store/lock.js';
import { ContentChanges, listenForChanges } from './store/changes.js';
import { startControlServer } from './cli/control-server.js';
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
  /** How long a rendered document is reused (ms); coordinators' changes show at once anyway. */
  cacheMs?: number;
}

export interface RunningServer {
  url: string;
  db: Database;
  app: FastifyInstance;
  /** What `--demo` loaded (undefined when the database had content). */
  demo: LoadReport[] | undefined;
  /**
   * How coordinators' commands reach this server: its control socket (embedded engine), or
   * why it has none. On PostgreSQL, commands open their own connection and NOTIFY.
   */
  control: { socket: string } | { refused: string } | { postgres: true };
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database, then listens. With the embedded engine the data
 * directory is locked first: a second process on it would silently lose writes.
 */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const release = o.databaseUrl ? () => undefined : await acquireLock(o.dataDir, 'serve');
  let db: Database | undefined;
  const stops: (() => Promise<void>)[] = [];
  try {
    db = await openDatabase({ dataDir: o.dataDir, databaseUrl: o.databaseUrl });
    await migrate(db);
    const demo = o.demo ? await loadDemo(db) : undefined;
    const changes = new ContentChanges();
    const app = buildApp({
      db,
      rateLimit: o.rateLimit,
      allowOrigins: o.allowOrigins,
      cdnDir: o.cdnDir ?? DEFAULT_CDN_DIR,
      siteDir: o.siteDir ?? DEFAULT_SITE_DIR,
      log: o.log ?? false,
      trustProxy: o.trustProxy,
      ...(o.connections && { connections: o.connections }),
      contentChanges: changes,
      ...(o.cacheMs !== undefined && { cacheMs: o.cacheMs }),
    });
    if (o.databaseUrl) stops.push(await listenForChanges(o.databaseUrl, () => changes.emit()));
    await app.listen({ port: o.port, host: o.host });
    const opened = db;
    let control: RunningServer['control'] = { postgres: true };
    if (!o.databaseUrl) {
      const socket = await startControlServer(o.dataDir, opened, () => changes.emit());
      if ('refused' in socket) control = socket;
      else {
        control = { socket: socket.path };
        stops.push(() => socket.close());
      }
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : o.port;
    const host = o.host.includes(':') ? `[${o.host}]` : o.host;
    return {
      url: `http://${host}:${port}`,
      db: opened,
      app,
      demo,
      control,
      async close() {
        // Commands under way on the socket finish before the database closes.
        for (const stop of stops.reverse()) await stop();
        await app.close();
        await opened.close();
        release();
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    release();
    throw error;
  }
}

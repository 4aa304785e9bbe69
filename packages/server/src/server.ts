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
import { createMailer, type Mailer } from './mail/transport.js';
import { OutboxSender } from './mail/outbox.js';
import { configuredFeedUrl } from './media/config.js';
import { purge } from './store/purge.js';

/** How often a running server purges expired pledges (ms). */
const PURGE_EVERY_MS = 3_600_000;

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
  /** Where confirmation messages go (default: SMTP_URL, else the console). */
  mailer?: Mailer;
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
  /** Where confirmation messages go, for the start-up line. */
  mail: string;
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
    const mailer = o.mailer ?? createMailer();
    const opened = db;
    const lease = Number(process.env.CK_MAIL_LEASE_SECONDS);
    const outbox = new OutboxSender(opened, mailer, {
      ...(lease > 0 && { leaseMs: lease * 1000 }),
      onError: (id, error) =>
        console.error(`ck-server: mail ${id}: ${(error as Error).message ?? String(error)}`),
    });
    let url = '';
    // Links point to the feed's public address, else to this server (never to a Host header).
    const feedUrl = configuredFeedUrl();
    const app = buildApp({
      mail: { linkBase: () => feedUrl ?? `${url}/v1`, wake: () => outbox.wake() },
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
    url = `http://${host}:${port}`;
    await outbox.start();
    const purgeNow = () =>
      opened
        .transaction((tx) => purge(tx, new Date()))
        .catch((error: unknown) => {
          console.error(`ck-server: purge: ${(error as Error).message ?? String(error)}`);
        });
    void purgeNow();
    const purging = setInterval(() => void purgeNow(), PURGE_EVERY_MS);
    purging.unref();
    return {
      url,
      db: opened,
      app,
      demo,
      control,
      mail: mailer.describe,
      async close() {
        clearInterval(purging);
        // Commands under way on the socket finish before the database closes.
        for (const stop of stops.reverse()) await stop();
        await app.close();
        await outbox.stop();
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

/**
 * The rate limit of several instances on one PostgreSQL: behind a load balancer each address
 * gets `limit` a minute in all, not `limit` per instance. Windows live in `rate_limits`, keyed
 * by an HMAC of the address key (no address is ever stored), one UPSERT per
 * submission; ended windows are deleted every minute. While the database is unreachable each
 * instance counts alone, in memory.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../store/database.js';
import { hitRateLimit, purgeRateLimits, setting } from '../store/rate-limits.js';
import { RateLimiter, WINDOW_MS, secondsLeft, type Limiter } from './rate-limit.js';

export class SharedRateLimiter implements Limiter {
  readonly #local: RateLimiter;
  readonly #purge: NodeJS.Timeout;
  #secret: Promise<string> | undefined;

  constructor(
    private readonly db: Database,
    /** Submissions per minute per address, across every instance. */
    readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#local = new RateLimiter(limit, now);
    this.#purge = setInterval(() => void this.purge().catch(() => undefined), WINDOW_MS);
    this.#purge.unref();
  }

  async take(address: string): Promise<number> {
    if (this.limit <= 0) return 0;
    try {
      const key = createHmac('sha256', await this.#key())
        .update(address)
        .digest('base64url')
        .slice(0, 22);
      const now = this.now();
      const w = await hitRateLimit(this.db, key, now, WINDOW_MS);
      return w.count <= this.limit ? 0 : secondsLeft(w.start, now);
    } catch {
      // The database is unreachable (the submission will be answered 503 anyway).
      return this.#local.take(address);
    }
  }

  /** Deletes the windows that have ended; returns how many. */
  purge(): Promise<number> {
    return purgeRateLimits(this.db, this.now() - WINDOW_MS);
  }

  close(): void {
    clearInterval(this.#purge);
  }

  /** The HMAC key, made by the first instance and shared through the database. */
  #key(): Promise<string> {
    this.#secret ??= setting(this.db, 'rate-limit-key', () =>
      randomBytes(32).toString('base64url'),
    ).catch((error: unknown) => {
      this.#secret = undefined;
      throw error;
    });
    return this.#secret;
  }
}

/** The limiter for `db`: shared on PostgreSQL (several instances), in memory on PGlite. */
export const createLimiter = (db: Database, limit: number): Limiter =>
  db.engine === 'postgres' && limit > 0 ? new SharedRateLimiter(db, limit) : new RateLimiter(limit);

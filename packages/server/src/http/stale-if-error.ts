/**
 * Stale-if-error for the feed documents: the last good rendering of each document is kept,
 * and served (with its ETag) while the database is unreachable, instead of an error. Widgets
 * keep showing the agenda and the counters through a database restart or failover; the answer
 * says it is a stale copy in `Cache-Status` (RFC 9211), and the server says so once on stderr.
 */
import type { Rendered } from './document-cache.js';
import { isUnavailable } from '../store/unavailable.js';

/** The `Cache-Status` of a stale copy. */
export const STALE_STATUS = 'ck-server; hit; detail=stale-if-error';

export interface Served {
  doc: Rendered | undefined;
  /** The database could not be read: `doc` is the last good copy. */
  stale: boolean;
}

export class LastGood {
  // One entry per document that exists (a few, plus one per campaign): unknown ids render nothing.
  readonly #docs = new Map<string, Rendered>();
  /** The last reading failed: the database is unreachable. */
  #down = false;

  /** `fresh()`, remembered; its last good value when the database is unreachable. */
  async get(key: string, fresh: () => Promise<Rendered | undefined>): Promise<Served> {
    const last = this.#docs.get(key);
    if (this.#down && last) {
      // A known outage: answer at once (a connection attempt may take seconds to fail), and
      // try the database behind the answer (`fresh` shares one reading among requests).
      this.#refresh(key, fresh).catch(() => undefined);
      return { doc: last, stale: true };
    }
    try {
      return { doc: await this.#refresh(key, fresh), stale: false };
    } catch (error) {
      if (!last || !isUnavailable(error)) throw error;
      return { doc: last, stale: true };
    }
  }

  async #refresh(key: string, fresh: () => Promise<Rendered | undefined>) {
    try {
      const doc = await fresh();
      if (doc) this.#docs.set(key, doc);
      else this.#docs.delete(key);
      this.#down = false;
      return doc;
    } catch (error) {
      if (isUnavailable(error) && !this.#down) {
        this.#down = true;
        process.stderr.write(
          'ck-server: base injoignable, les documents servis sont les dernières copies bonnes / ' +
            'database unreachable, serving the last good documents\n',
        );
      }
      throw error;
    }
  }
}

/**
 * Sends the outbox: woken after each pledge commit, and every few seconds for rows of other
 * instances and retries. Delivery is at least once: a row is marked sent only after the SMTP
 * server accepted it, so a crash in between sends it again, with the same Message-ID.
 */
import type { Database } from '../store/database.js';
import { claimDue, markFailed, markSent, releaseClaims } from '../store/outbox.js';
import type { Mailer } from './transport.js';

export interface OutboxOptions {
  /** How often due rows are looked for without a wake-up (ms). */
  pollMs?: number;
  /** After this long a claim is taken as abandoned by a dead instance (ms). */
  leaseMs?: number;
  /** Attempts before a message is given up. */
  maxAttempts?: number;
  now?: () => Date;
  /** Reports a failed attempt (the server logs it). */
  onError?: (id: string, error: unknown) => void;
}

/** Wait before attempt n + 1: 10 s, 20 s, 40 s… up to an hour. */
const backoffMs = (attempts: number) => Math.min(10_000 * 2 ** (attempts - 1), 3_600_000);

export class OutboxSender {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;
  readonly #pollMs: number;
  readonly #leaseMs: number;
  readonly #maxAttempts: number;
  readonly #now: () => Date;

  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly options: OutboxOptions = {},
  ) {
    this.#pollMs = options.pollMs ?? 5_000;
    this.#leaseMs = options.leaseMs ?? 120_000;
    this.#maxAttempts = options.maxAttempts ?? 20;
    this.#now = options.now ?? (() => new Date());
  }

  /** Starts sending (after releasing the embedded engine's stale claims). */
  async start(): Promise<void> {
    if (this.db.engine === 'pglite') await releaseClaims(this.db);
    this.#timer = setInterval(() => this.wake(), this.#pollMs);
    this.#timer.unref();
    this.wake();
  }

  /** Sends what is due now (a pass already running makes another one after it). */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#drain().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.wake();
      }
    });
  }

  /** Stops polling and waits for the message being sent. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#running;
    this.mailer.close();
  }

  async #drain(): Promise<void> {
    for (;;) {
      if (this.#stopped) return;
      const now = this.#now();
      let rows;
      try {
        rows = await claimDue(this.db, now, new Date(now.getTime() - this.#leaseMs));
      } catch (error) {
        this.options.onError?.('claim', error);
        return;
      }
      if (rows.length === 0) return;
      for (const row of rows) {
        try {
          await this.mailer.send({
            id: row.id,
            to: row.recipient,
            subject: row.subject,
            text: row.text_body,
            html: row.html_body,
            unsubscribe: row.unsubscribe_url,
          });
          await markSent(this.db, row.id, this.#now());
        } catch (error) {
          this.options.onError?.(row.id, error);
          const retry =
            row.attempts >= this.#maxAttempts
              ? null
              : new Date(this.#now().getTime() + backoffMs(row.attempts));
          await markFailed(this.db, row.id, String((error as Error).message ?? error), retry).catch(
            () => undefined,
          );
        }
      }
    }
  }
}

/**
 * Sends one submission (a pledge, a coalition declaration) so that it is never lost nor
 * recorded twice: one `Idempotency-Key` per submission, created on the first send and kept
 * across the SDK's retries, the visitor's retries and the replay after going offline. A new
 * key only after a success, or when the visitor edits a submission the server refused for
 * good. The waiting submission lives in memory only, and is dropped after 24 hours (never
 * stored on the partner's origin): the visitor then checks it and sends it again.
 */
import {
  FeedError,
  SubmissionError,
  randomKey,
  type Client,
  type Receipt,
  type SubmitOptions,
} from '@coalition-kit/sdk';

export type SendOutcome =
  /** The server answered 201. */
  | { kind: 'recorded'; receipt: Receipt }
  /** No network: the submission waits for the browser to be back online. */
  | { kind: 'offline' }
  /** The server failed (5xx after the SDK's retries): the submission waits for a retry. */
  | { kind: 'failed'; error: FeedError }
  /** A definitive refusal (4xx), with the fields it names. */
  | { kind: 'refused'; error: SubmissionError };

/** How long a submission may wait for the network before it is dropped. */
export const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/** The SDK call that posts one body (`client.submitPledge`, `client.declareCoalition`). */
export type Post<T> = (client: Client, body: T, options: SubmitOptions) => Promise<Receipt>;

export class SubmissionSender<T> {
  #key: string | undefined;
  #pending: T | undefined;
  #refused = false;
  /** When the current key was created. */
  #since = 0;
  readonly #post: Post<T>;
  readonly #now: () => number;

  constructor(post: Post<T>, now: () => number = Date.now) {
    this.#post = post;
    this.#now = now;
  }

  /** The key of the submission being sent, if any. */
  get key(): string | undefined {
    return this.#key;
  }

  /** The submission waiting to be sent again (offline or after a server failure). */
  get pending(): T | undefined {
    if (this.#pending && this.#now() - this.#since > MAX_WAIT_MS) {
      this.#pending = undefined;
      this.#key = undefined;
    }
    return this.#pending;
  }

  /** The visitor changed the form: after a definitive refusal, that is a new submission. */
  edited(): void {
    if (!this.#refused) return;
    this.#refused = false;
    this.#key = undefined;
  }

  /** Sends `body`; the SDK words its refusals in `lang` (the form's). */
  async send(client: Client, body: T, lang?: string): Promise<SendOutcome> {
    this.#pending = body;
    if (!this.#key) {
      this.#key = randomKey();
      this.#since = this.#now();
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'offline' };
    try {
      const receipt = await this.#post(client, body, { idempotencyKey: this.#key, lang });
      this.#key = undefined;
      this.#pending = undefined;
      return { kind: 'recorded', receipt };
    } catch (error) {
      if (error instanceof SubmissionError) {
        this.#refused = true;
        this.#pending = undefined;
        return { kind: 'refused', error };
      }
      if (error instanceof FeedError) {
        return error.status === undefined ? { kind: 'offline' } : { kind: 'failed', error };
      }
      throw error;
    }
  }
}

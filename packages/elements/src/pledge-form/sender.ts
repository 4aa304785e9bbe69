/**
 * Sends one pledge so that it is never lost nor recorded twice: one `Idempotency-Key` per
 * pledge, created on the first send and kept across the SDK's retries, the visitor's retries
 * and the replay after going offline. A new key only after a success, or when the visitor
 * edits a pledge the server refused for good. The pending pledge lives in memory only, and
 * is dropped after 24 hours (never stored on the partner's origin): the visitor then checks it and sends it again.
 */
import {
  FeedError,
  SubmissionError,
  randomKey,
  type Client,
  type PledgeInput,
  type Receipt,
} from '@coalition-kit/sdk';

export type SendOutcome =
  /** The server answered 201. */
  | { kind: 'recorded'; receipt: Receipt }
  /** No network: the pledge waits for the browser to be back online. */
  | { kind: 'offline' }
  /** The server failed (5xx after the SDK's retries): the pledge waits for a retry. */
  | { kind: 'failed'; error: FeedError }
  /** A definitive refusal (4xx), with the fields it names. */
  | { kind: 'refused'; error: SubmissionError };

/** How long a pledge may wait for the network before it is dropped. */
export const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

export class PledgeSender {
  #key: string | undefined;
  #pending: PledgeInput | undefined;
  #refused = false;
  /** When the current key was created. */
  #since = 0;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The key of the pledge being sent, if any. */
  get key(): string | undefined {
    return this.#key;
  }

  /** The pledge waiting to be sent again (offline or after a server failure). */
  get pending(): PledgeInput | undefined {
    if (this.#pending && this.#now() - this.#since > MAX_WAIT_MS) {
      this.#pending = undefined;
      this.#key = undefined;
    }
    return this.#pending;
  }

  /** The visitor changed the form: after a definitive refusal, that is a new pledge. */
  edited(): void {
    if (!this.#refused) return;
    this.#refused = false;
    this.#key = undefined;
  }

  /** Sends `pledge`; the SDK words its refusals in `lang` (the form's). */
  async send(client: Client, pledge: PledgeInput, lang?: string): Promise<SendOutcome> {
    this.#pending = pledge;
    if (!this.#key) {
      this.#key = randomKey();
      this.#since = this.#now();
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'offline' };
    try {
      const receipt = await client.submitPledge(pledge, { idempotencyKey: this.#key, lang });
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

/**
 * Sends one pledge so that it is never lost nor recorded twice: one `Idempotency-Key` per
 * pledge, created on the first send and kept across the SDK's retries, the visitor's retries
 * and the replay after going offline. A new key only after a success, or when the visitor
 * edits a pledge the server refused for good. The pending pledge lives in memory only (C11).
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

export class PledgeSender {
  #key: string | undefined;
  #pending: PledgeInput | undefined;
  #refused = false;

  /** The key of the pledge being sent, if any. */
  get key(): string | undefined {
    return this.#key;
  }

  /** The pledge waiting to be sent again (offline or after a server failure). */
  get pending(): PledgeInput | undefined {
    return this.#pending;
  }

  /** The visitor changed the form: after a definitive refusal, that is a new pledge. */
  edited(): void {
    if (!this.#refused) return;
    this.#refused = false;
    this.#key = undefined;
  }

  async send(client: Client, pledge: PledgeInput): Promise<SendOutcome> {
    this.#pending = pledge;
    this.#key ??= randomKey();
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { kind: 'offline' };
    try {
      const receipt = await client.submitPledge(pledge, { idempotencyKey: this.#key });
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

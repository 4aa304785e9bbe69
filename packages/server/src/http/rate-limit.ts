/**
 * Per-address limit on submissions: `limit` per minute, in fixed one-minute windows that start
 * at an address's first submission. In memory, for one instance (several instances on one
 * PostgreSQL share theirs: shared-rate-limit.ts).
 *
 * Bounded and O(1) per submission, with no scan: windows live in two generations of Maps.
 * Every minute (or sooner, when the current one holds half of `maxEntries`) the current
 * generation becomes the previous one and the previous one is dropped whole: its windows
 * started more than a minute before, so they had ended. Under a flood of addresses the
 * generations turn faster, which only lets some counts start again sooner.
 * Addresses are forgotten when their window ends, so nothing about a visitor stays.
 */

import { createHash } from 'node:crypto';

/** Counts submissions by key (an address or its prefix, see client-address.ts). */
export interface Limiter {
  /** Counts one submission from `key`: 0 when allowed, else the seconds to wait. */
  take(key: string): number | Promise<number>;
  /** Stops background work (shared limiters). */
  close?(): void;
}

export const WINDOW_MS = 60_000;

/** Keys longer than this are kept as a hash: what a client writes never fills the memory. */
const MAX_KEY = 64;
const short = (key: string) =>
  key.length <= MAX_KEY ? key : createHash('sha256').update(key).digest('base64url');

/** Seconds until a window that started at `start` ends. */
export const secondsLeft = (start: number, now: number) =>
  Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));

interface Window {
  start: number;
  count: number;
}

export class RateLimiter implements Limiter {
  #current = new Map<string, Window>();
  #previous = new Map<string, Window>();
  #turnedAt: number | undefined;

  constructor(
    /** Submissions per minute per address; 0 turns the limit off. */
    readonly limit: number,
    private readonly now: () => number = Date.now,
    /** Most addresses remembered (about 100 bytes each). */
    readonly maxEntries = 50_000,
  ) {}

  /** How many windows are remembered now (at most `maxEntries`). */
  get size(): number {
    return this.#current.size + this.#previous.size;
  }

  take(address: string): number {
    if (this.limit <= 0) return 0;
    const key = short(address);
    const now = this.now();
    this.#turn(now);
    let w = this.#current.get(key) ?? this.#previous.get(key);
    if (!w || now - w.start >= WINDOW_MS) {
      w = { start: now, count: 0 };
      this.#current.set(key, w);
    }
    w.count += 1;
    return w.count <= this.limit ? 0 : secondsLeft(w.start, now);
  }

  #turn(now: number) {
    this.#turnedAt ??= now;
    const age = now - this.#turnedAt;
    if (age < WINDOW_MS && this.#current.size < this.maxEntries / 2) return;
    // After two quiet minutes both generations are over.
    this.#previous = age >= 2 * WINDOW_MS ? new Map() : this.#current;
    this.#current = new Map();
    this.#turnedAt = now;
  }
}

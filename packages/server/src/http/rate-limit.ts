/**
 * Per-address limit on submissions, in memory: `limit` per minute, in fixed one-minute
 * windows. Addresses are forgotten when their window ends, so nothing about a visitor stays.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(
    /** Submissions per minute per address; 0 turns the limit off. */
    readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one submission from `address`: 0 when allowed, else the seconds to wait. */
  take(address: string): number {
    if (this.limit <= 0) return 0;
    const now = this.now();
    if (this.#windows.size > 10_000) this.#sweep(now);
    let w = this.#windows.get(address);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      this.#windows.set(address, w);
    }
    w.count += 1;
    if (w.count <= this.limit) return 0;
    return Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
  }

  #sweep(now: number) {
    for (const [address, w] of this.#windows)
      if (now - w.start >= 60_000) this.#windows.delete(address);
  }
}

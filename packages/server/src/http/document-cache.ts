/**
 * Rendered documents kept in memory with a strong ETag. A local write and a coordinator's
 * command (over the control socket, or NOTIFY on PostgreSQL) clear them at once; pledges taken
 * by another instance on the same PostgreSQL show within `ttlMs`. The body depends only on the content (`generatedAt` is the last change, not the
 * time of rendering), so every instance gives the same ETag.
 */
import { createHash } from 'node:crypto';

export interface Rendered {
  body: Buffer;
  etag: string;
  type: string;
}

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

/** A strong ETag from the bytes of a body. */
export const etagOf = (body: Buffer | string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

export class DocumentCache<T = Rendered | undefined> {
  readonly #entries = new Map<string, Entry<T>>();

  constructor(
    private readonly ttlMs: number,
    /** Most renderings kept: past it, expired ones go, then the oldest. */
    private readonly maxEntries = 1000,
  ) {}

  /** How many renderings are kept. */
  get size(): number {
    return this.#entries.size;
  }

  /** The cached rendering of `key`, or a new one from `render` (shared by concurrent callers). */
  get(key: string, render: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const entry = this.#entries.get(key);
    if (entry && now - entry.at < this.ttlMs) return entry.value;
    const value = render();
    // Deleted first, so that the Map's order stays the order of rendering.
    this.#entries.delete(key);
    this.#entries.set(key, { at: now, value });
    if (this.#entries.size > this.maxEntries) this.#evict(now);
    // A failed rendering is not kept: the next request tries again.
    value.catch(() => this.#entries.delete(key));
    return value;
  }

  #evict(now: number): void {
    for (const [key, e] of this.#entries) if (now - e.at >= this.ttlMs) this.#entries.delete(key);
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(key);
    }
  }

  /** Forgets every rendering whose key starts with `prefix` (all of them without one). */
  invalidate(prefix = ''): void {
    for (const key of this.#entries.keys()) if (key.startsWith(prefix)) this.#entries.delete(key);
  }
}

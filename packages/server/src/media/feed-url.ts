/**
 * The feed's public address for a request: `CK_PUBLIC_URL` when set (set it in production: a
 * document then never depends on a request header), else the request's own origin + `/v1`
 * (Host, and X-Forwarded-Host/-Proto behind `--trust-proxy`).
 */
import type { FastifyRequest } from 'fastify';
import { configuredFeedUrl } from './config.js';

/** How many request origins get a cached rendering each; others are rendered per request. */
const MAX_ORIGINS = 8;

export class FeedUrls {
  readonly #configured = configuredFeedUrl();
  readonly #origins = new Set<string>();

  /** The feed URL that the documents of this request name their copies under. */
  of(request: FastifyRequest): string {
    return this.#configured ?? `${request.protocol}://${request.host}/v1`;
  }

  /**
   * The cache key of a document naming copies: one rendering per origin, for a few origins
   * only (the Host header is the client's to choose), null past that (no caching).
   */
  cacheKey(key: string, request: FastifyRequest): string | null {
    if (this.#configured) return key;
    const url = this.of(request);
    if (!this.#origins.has(url)) {
      if (this.#origins.size >= MAX_ORIGINS) return null;
      this.#origins.add(url);
    }
    return `${key}@${url}`;
  }
}

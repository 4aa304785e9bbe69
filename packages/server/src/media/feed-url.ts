/**
 * The feed's public address, under which documents name the copies of images:
 * `CK_PUBLIC_URL` when set (set it in production: a document then never depends on a request
 * header), else the request's own origin + `/v1` (Host, and X-Forwarded-Host/-Proto behind
 * `--trust-proxy`). Without `CK_PUBLIC_URL` documents are rendered (and cached, as usual, once)
 * under a placeholder address, which `localize` swaps for the request's at sending time.
 */
import type { FastifyRequest } from 'fastify';
import { etagOf, type Rendered } from '../http/document-cache.js';
import { configuredFeedUrl } from './config.js';

/** A reserved name (RFC 2606 `.invalid`): valid for the schemas, never served as is. */
const PLACEHOLDER = 'https://ck-feed.invalid/v1';
const NEEDLE = Buffer.from(`"${PLACEHOLDER}/media/`);

/** How many localized renderings are kept (the Host header is the client's to choose). */
const MAX_LOCALIZED = 32;

export class FeedUrls {
  readonly #configured = configuredFeedUrl();
  readonly #localized = new Map<string, Rendered>();

  /** The feed URL documents are rendered under. */
  get base(): string {
    return this.#configured ?? PLACEHOLDER;
  }

  /** The feed URL of this request. */
  of(request: FastifyRequest): string {
    return this.#configured ?? `${request.protocol}://${request.host}/v1`;
  }

  /** The rendering as this request must see it: the placeholder replaced by its feed URL. */
  localize(doc: Rendered, request: FastifyRequest): Rendered {
    if (this.#configured || !doc.body.includes(NEEDLE)) return doc;
    const url = this.of(request);
    const key = `${doc.etag} ${url}`;
    let out = this.#localized.get(key);
    if (!out) {
      // The request's URL goes into JSON: escaped as a JSON string.
      const replacement = `"${JSON.stringify(url).slice(1, -1)}/media/`;
      const body = Buffer.from(
        doc.body.toString('utf8').replaceAll(NEEDLE.toString(), replacement),
      );
      out = { ...doc, body, etag: etagOf(body) };
      if (this.#localized.size >= MAX_LOCALIZED)
        this.#localized.delete(this.#localized.keys().next().value!);
      this.#localized.set(key, out);
    }
    return out;
  }
}

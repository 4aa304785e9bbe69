/**
 * HTTP on ky with an explicit policy (never ky's bare defaults):
 * - GET: retried twice on 408/429/5xx and network failures with exponential backoff and full
 *   jitter, honouring `Retry-After` (capped at 30 s); never on 413; 10 s timeout per attempt.
 *   The first attempt is a plain `fetch`: ky (`retry-get.ts`) loads only when that attempt
 *   fails in a way its policy retries, and takes over from it, so a page whose feed answers
 *   never carries ky's 5 kB.
 * - POST (`post.ts`, loaded with a submission: the read path has none): only with an
 *   `Idempotency-Key`, retried on network errors, 5xx and 429 with the same key (the server
 *   answers a replay with the first result).
 * - Concurrent GETs of one URL share one request; documents are kept in memory and
 *   revalidated with `If-None-Match` once older than `maxAge`.
 */
import type { Options } from 'ky';
import { FeedError } from './errors.js';
import type { Lang } from './lang.js';
import type * as RetryGet from './retry-get.js';

type RetryModule = typeof RetryGet;

export interface TransportOptions {
  /** A `fetch` implementation (tests, Node without global fetch, instrumented fetch). */
  fetch?: typeof fetch | undefined;
  lang: Lang;
  /** Milliseconds for one attempt. Default 10 000. */
  timeout?: number | undefined;
  /** How long a fetched document is used without asking the server again. Default 60 000 ms. */
  maxAge?: number | undefined;
  /** Base of the retry backoff (ms): 300 by default, lower in tests. */
  retryDelay?: number | undefined;
  /** Largest document accepted, in bytes. Default 20 MB (a 10,000-event agenda is about 6 MB). */
  maxBytes?: number | undefined;
}

/** A GET shared by every caller of one URL; cancelled when all callers gave up. */
interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting; a caller without a signal never leaves. */
  waiting: number;
}

interface CachedDocument {
  etag: string | null;
  body: unknown;
  fetchedAt: number;
}

/** Statuses the GET retries (`retry-get.ts`); any other error status is the answer. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const MAX_RETRY_AFTER = 30_000;
const BACKOFF_LIMIT = 5_000;

/** `500000` → `0,5` (fr) or `0.5` (en). */
const megabytes = (bytes: number, lang: Lang) =>
  (bytes / 1e6).toLocaleString(lang, { maximumFractionDigits: 1 });

const MESSAGES = {
  fr: {
    http: (url: string, status: number) => `Le flux ${url} a répondu ${status}`,
    timeout: (url: string) => `Le flux ${url} n’a pas répondu à temps`,
    network: (url: string) => `Le flux ${url} est injoignable`,
    json: (url: string) => `Le flux ${url} n’a pas renvoyé de JSON valide`,
    tooBig: (url: string, max: number) =>
      `Le document ${url} dépasse la taille maximale (${megabytes(max, 'fr')} Mo)`,
  },
  en: {
    http: (url: string, status: number) => `The feed ${url} answered ${status}`,
    timeout: (url: string) => `The feed ${url} did not answer in time`,
    network: (url: string) => `The feed ${url} cannot be reached`,
    json: (url: string) => `The feed ${url} did not return valid JSON`,
    tooBig: (url: string, max: number) =>
      `The document ${url} is larger than the maximum size (${megabytes(max, 'en')} MB)`,
  },
} as const;

export class Transport {
  readonly lang: Lang;
  readonly #maxAge: number;
  readonly #maxBytes: number;
  readonly #cache = new Map<string, CachedDocument>();
  readonly #inFlight = new Map<string, InFlight>();
  /** URLs invalidated one by one: their next GET also bypasses the browser's HTTP cache. */
  readonly #stale = new Set<string>();

  /** What the POST (`post.ts`) shares with the GET: timeout, `fetch`, retry timing. */
  readonly kyOptions: { timeout: number; fetch?: typeof fetch };
  readonly retry: Exclude<Options['retry'], number | undefined>;

  constructor(options: TransportOptions) {
    this.lang = options.lang;
    this.#maxAge = options.maxAge ?? 60_000;
    this.#maxBytes = options.maxBytes ?? 20_000_000;
    const base = options.retryDelay ?? 300;
    this.kyOptions = {
      timeout: options.timeout ?? 10_000,
      ...(options.fetch && { fetch: options.fetch }),
    };
    this.retry = {
      limit: 2,
      afterStatusCodes: [429, 503],
      maxRetryAfter: MAX_RETRY_AFTER,
      backoffLimit: BACKOFF_LIMIT,
      delay: (attempt: number) => base * 2 ** (attempt - 1),
      jitter: true,
    };
  }

  /**
   * GETs a JSON document. Callers asking for one URL at the same time share one request;
   * a document younger than `maxAge` is answered from memory, an older one is revalidated.
   */
  getJson(url: string, signal?: AbortSignal, lang: Lang = this.lang): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const cached = this.#cache.get(url);
    if (cached && Date.now() - cached.fetchedAt < this.#maxAge) return Promise.resolve(cached.body);
    let flight = this.#inFlight.get(url);
    if (!flight) {
      const controller = new AbortController();
      const promise = this.#fetchJson(url, cached, controller.signal).finally(() => {
        if (this.#inFlight.get(url) === flight) this.#inFlight.delete(url);
      });
      // When every caller left, nobody listens: that is not an unhandled rejection.
      promise.catch(() => undefined);
      flight = { promise, controller, waiting: 0 };
      this.#inFlight.set(url, flight);
    }
    const shared = flight;
    shared.waiting++;
    // One request for every caller, but each caller's error speaks the caller's language.
    const answer = shared.promise.catch((error: unknown) => {
      throw this.toFeedError(url, error, lang);
    });
    if (!signal) return answer;
    return abortable(answer, signal, () => {
      if (--shared.waiting > 0) return;
      // The last caller left: stop the download, and let the next caller start afresh.
      if (this.#inFlight.get(url) === shared) this.#inFlight.delete(url);
      shared.controller.abort();
    });
  }

  /** Forgets cached documents (all, or one URL), so the next call asks the server. */
  invalidate(url?: string): void {
    if (url) {
      this.#cache.delete(url);
      // The server's answer changed (a counter after a pledge): a max-age copy is stale too.
      this.#stale.add(url);
    } else {
      // A refresh asked by the user must not be answered by the browser's HTTP cache either.
      for (const known of this.#cache.keys()) this.#stale.add(known);
      this.#cache.clear();
    }
  }

  async #fetchJson(
    url: string,
    cached: CachedDocument | undefined,
    signal: AbortSignal,
  ): Promise<unknown> {
    let response: Response;
    let text: string;
    try {
      const revalidate = this.#stale.delete(url);
      response = await this.#get(url, {
        signal,
        ...(revalidate && { cache: 'no-cache' as RequestCache }),
        headers: {
          accept: 'application/json',
          ...(cached?.etag && { 'if-none-match': cached.etag }),
        },
      });
      if (response.status === 304 && cached) {
        cached.fetchedAt = Date.now();
        return cached.body;
      }
      // A bound on memory: a wrong URL may point at a huge file.
      if (Number(response.headers.get('content-length')) > this.#maxBytes) {
        void response.body?.cancel().catch(() => undefined);
        throw new Unreadable('tooBig', response.status);
      }
      // Inside the try: a connection cut while the body streams is a network failure too.
      text = await response.text();
    } catch (error) {
      throw error instanceof Unreadable ? error : new Unreachable(error);
    }
    // Without Content-Length (chunked), the size is known once read; UTF-16 units ≤ bytes.
    if (text.length > this.#maxBytes) throw new Unreadable('tooBig', response.status);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (cause) {
      throw new Unreadable('json', response.status, cause);
    }
    this.#cache.set(url, { etag: response.headers.get('etag'), body, fetchedAt: Date.now() });
    return body;
  }

  /**
   * A GET's answer, 304 included: the first attempt with `fetch`, the retries (when that one
   * failed in a way the policy retries) with ky, which then treats it as its own first one.
   */
  async #get(url: string, init: RequestInit & { signal: AbortSignal }): Promise<Response> {
    let first: Response | undefined;
    let failure: unknown;
    try {
      first = await this.#attempt(url, init);
      if (first.ok || first.status === 304) return first;
      if (!RETRY_STATUSES.includes(first.status)) throw new StatusError(first);
    } catch (error) {
      // Aborted, timed out (ky does not retry a timeout either) or a final status.
      if (init.signal.aborted || error instanceof StatusError || isNamed(error, 'TimeoutError'))
        throw error;
      failure = error;
    }
    let retries: RetryModule;
    try {
      retries = await import('./retry-get.js');
    } catch {
      // The retries' code cannot load either (the network is down): the first failure stands.
      if (first) throw new StatusError(first);
      throw failure;
    }
    return retries.retryGet(this, url, init, first ?? failure);
  }

  /** One attempt, timed out as ky does: when no answer (headers) came within the timeout. */
  async #attempt(url: string, init: RequestInit & { signal: AbortSignal }): Promise<Response> {
    const timer = new AbortController();
    const timeout = setTimeout(
      () => timer.abort(new DOMException(`${url} timed out`, 'TimeoutError')),
      this.kyOptions.timeout,
    );
    try {
      return await (this.kyOptions.fetch ?? globalThis.fetch)(url, {
        ...init,
        signal: AbortSignal.any([init.signal, timer.signal]),
      });
    } catch (error) {
      throw timer.signal.aborted && !init.signal.aborted ? timer.signal.reason : error;
    } finally {
      clearTimeout(timeout);
    }
  }

  /** A failed request as a `FeedError` worded in `lang` (`post.ts` words its own with it). */
  toFeedError(url: string, failure: unknown, lang: Lang = this.lang): FeedError {
    const m = MESSAGES[lang];
    if (failure instanceof Unreadable) {
      const { reason, status, cause } = failure;
      const message = reason === 'json' ? m.json(url) : m.tooBig(url, this.#maxBytes);
      return new FeedError(message, { url, status, cause });
    }
    const error = failure instanceof Unreachable ? failure.cause : failure;
    if (error instanceof FeedError) return error;
    // ky's errors by name: ky is not loaded unless a request was retried or posted.
    const response = (error as { response?: Response } | null)?.response;
    if (isNamed(error, 'HTTPError') && typeof response?.status === 'number') {
      return new FeedError(m.http(url, response.status), {
        url,
        status: response.status,
        cause: error,
      });
    }
    if (isNamed(error, 'TimeoutError')) return new FeedError(m.timeout(url), { url, cause: error });
    if (isNamed(error, 'AbortError'))
      return new FeedError((error as Error).message, { url, cause: error });
    return new FeedError(m.network(url), { url, cause: error });
  }
}

const isNamed = (error: unknown, name: string): boolean => (error as Error | null)?.name === name;

/** An error status no retry changes (404, 413…), named as ky names its own. */
class StatusError extends Error {
  override readonly name = 'HTTPError';
  constructor(readonly response: Response) {
    super(`${response.status}`);
  }
}

/** A body the feed sent but that cannot be used (too big, not JSON); worded by the caller. */
class Unreadable extends Error {
  constructor(
    readonly reason: 'tooBig' | 'json',
    readonly status: number,
    override readonly cause?: unknown,
  ) {
    super(reason);
  }
}

/** The request failed (network, HTTP status, timeout); worded by the caller. */
class Unreachable extends Error {
  constructor(override readonly cause: unknown) {
    super('unreachable');
  }
}

/**
 * Lets one caller give up on a shared request without cancelling it for the others;
 * `onLeave` runs when this caller aborts.
 */
function abortable<T>(promise: Promise<T>, signal: AbortSignal, onLeave: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      onLeave();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

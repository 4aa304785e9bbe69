/**
 * The GET's retries, on ky with the transport's policy: loaded only when a first attempt
 * (`transport.ts`, a plain `fetch`) failed with a status or a network error the policy
 * retries. ky is handed that failure as the outcome of its own first attempt, so its policy
 * (backoff with jitter, `Retry-After`, the retry limit) runs exactly as if ky had sent it.
 */
import ky from 'ky';
import { RETRY_STATUSES, type Transport } from './transport.js';

export function retryGet(
  transport: Transport,
  url: string,
  init: RequestInit & { signal: AbortSignal },
  first: unknown,
): Promise<Response> {
  const send = transport.kyOptions.fetch ?? globalThis.fetch;
  let replayed = false;
  const fetch: typeof globalThis.fetch = (input, options) => {
    if (replayed) return send(input, options);
    replayed = true;
    return first instanceof Response ? Promise.resolve(first) : Promise.reject(first);
  };
  return ky.get(url, {
    ...transport.kyOptions,
    ...init,
    fetch,
    // 304 is an answer, not an error: the cached body is still good.
    throwHttpErrors: (status: number) => status !== 304,
    retry: { ...transport.retry, methods: ['get'], statusCodes: RETRY_STATUSES },
  });
}

/**
 * The POST of a submission, on the transport's settings: only with an `Idempotency-Key`,
 * retried on network errors, 5xx and 429 with the same key (the server answers a replay
 * with the first result). Loaded with the submission side, on first use: a page that only
 * reads has no POST to carry.
 */
import ky, { HTTPError, type KyInstance } from 'ky';
import type { Lang } from './lang.js';
import type { Transport } from './transport.js';

export interface PostResult {
  status: number;
  body: unknown;
}

/** A POST that timed out server-side (408) may have been stored: not retried. */
const POST_RETRY_STATUSES = [429, 500, 502, 503, 504];

const instances = new WeakMap<Transport, KyInstance>();

function kyFor(transport: Transport): KyInstance {
  let instance = instances.get(transport);
  if (!instance) {
    instance = ky.create({
      ...transport.kyOptions,
      // ky retries only what it throws: every error status throws, and postJson reads the
      // server's final answer from the HTTPError.
      throwHttpErrors: true,
      retry: {
        ...transport.retry,
        methods: ['post'],
        statusCodes: POST_RETRY_STATUSES,
        // Network failures are retried too: the Idempotency-Key makes a replay harmless.
        shouldRetry: ({ error }) => (error instanceof TypeError ? true : undefined),
      },
    });
    instances.set(transport, instance);
  }
  return instance;
}

/**
 * POSTs JSON with an `Idempotency-Key`; resolves with the final status and parsed body.
 * `Accept-Language` is the caller's language: the server answers in it, and a pledge's
 * confirmation message is written in it.
 */
export async function postJson(
  transport: Transport,
  url: string,
  payload: unknown,
  idempotencyKey: string,
  signal: AbortSignal | undefined,
  lang: Lang,
): Promise<PostResult> {
  let response: Response;
  try {
    response = await kyFor(transport).post(url, {
      json: payload,
      headers: {
        accept: 'application/json',
        'accept-language': lang,
        'idempotency-key': idempotencyKey,
      },
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (!(error instanceof HTTPError)) throw transport.toFeedError(url, error);
    // The server's last answer, after retries: the client turns it into field errors.
    response = error.response;
  }
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

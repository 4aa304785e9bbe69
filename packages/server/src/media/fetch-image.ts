/**
 * Fetches one remote image for the media store: http(s) only, a bounded number of redirects,
 * a deadline for the whole transfer, a byte limit enforced while the body streams in, and the
 * SSRF guard on every connection. The bytes decide what the image is, never the headers.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { PrivateAddressError, guardedLookup, isPrivateAddress } from './address-guard.js';
import { looksLikeSvg, sniffImage, type SniffedImage } from './sniff.js';

export interface FetchLimits {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Largest width and height accepted, in pixels. */
  maxDimension: number;
  maxRedirects: number;
  /** Deadline for one image, redirects included (ms). */
  timeoutMs: number;
  /** Reach loopback and private addresses too (tests, an intranet feed): off by default. */
  allowPrivate: boolean;
}

export const DEFAULT_LIMITS: FetchLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDimension: 4096,
  maxRedirects: 3,
  timeoutMs: 10_000,
  allowPrivate: false,
};

/** Why an image could not be copied; `detail` is technical (an HTTP status, a system error). */
export type FailureReason =
  | { code: 'scheme' }
  | { code: 'private' }
  | { code: 'unreachable'; detail: string }
  | { code: 'status'; detail: string }
  | { code: 'redirects' }
  | { code: 'timeout' }
  | { code: 'tooLarge' }
  | { code: 'svg' }
  | { code: 'notImage' }
  | { code: 'dimensions'; detail: string };

export type FetchResult =
  { ok: true; bytes: Buffer; image: SniffedImage } | { ok: false; reason: FailureReason };

class Failure extends Error {
  constructor(readonly reason: FailureReason) {
    super(reason.code);
  }
}

/** One GET, without following redirects; resolves with the response (body not read yet). */
function get(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address literal skips the lookup: check it here.
  if (isIP(host) && !limits.allowPrivate && isPrivateAddress(host))
    return Promise.reject(new Failure({ code: 'private' }));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(limits.allowPrivate) as never,
      headers: {
        accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif',
        'user-agent': 'ck-server',
      },
    });
    req.on('response', resolve);
    req.on('error', (error) => {
      if (error instanceof PrivateAddressError) reject(new Failure({ code: 'private' }));
      else if (signal.aborted) reject(new Failure({ code: 'timeout' }));
      else reject(new Failure({ code: 'unreachable', detail: (error as Error).message }));
    });
    req.end();
  });
}

/** Reads a body up to `maxBytes`, giving up as soon as it is longer. */
async function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal) {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw new Failure({ code: 'tooLarge' });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new Failure({ code: 'tooLarge' });
      chunks.push(chunk);
    }
  } catch (error) {
    res.destroy();
    if (error instanceof Failure) throw error;
    throw new Failure(
      signal.aborted ? { code: 'timeout' } : { code: 'unreachable', detail: String(error) },
    );
  }
  return Buffer.concat(chunks);
}

/** Fetches `address` and checks that it is an image within the limits. */
export async function fetchImage(address: string, limits: FetchLimits): Promise<FetchResult> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    let url = new URL(address);
    for (let hops = 0; ; hops++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Failure({ code: 'scheme' });
      const res = await get(url, limits, signal);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hops >= limits.maxRedirects) throw new Failure({ code: 'redirects' });
        url = new URL(res.headers.location, url);
        continue;
      }
      if (status !== 200) {
        res.resume();
        throw new Failure({ code: 'status', detail: `HTTP ${status}` });
      }
      const bytes = await readBody(res, limits.maxBytes, signal);
      const image = sniffImage(bytes);
      if (!image) throw new Failure({ code: looksLikeSvg(bytes) ? 'svg' : 'notImage' });
      const { width, height } = image;
      if (width < 1 || height < 1 || width > limits.maxDimension || height > limits.maxDimension)
        throw new Failure({ code: 'dimensions', detail: `${width}×${height}` });
      return { ok: true, bytes, image };
    }
  } catch (error) {
    if (error instanceof Failure) return { ok: false, reason: error.reason };
    if (signal.aborted) return { ok: false, reason: { code: 'timeout' } };
    return { ok: false, reason: { code: 'unreachable', detail: (error as Error).message } };
  }
}

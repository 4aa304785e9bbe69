/**
 * Media settings from the environment: `CK_PUBLIC_URL`, the feed's public address (what
 * partners put in `feed=`, e.g. `https://feed.example.org/v1`), and `CK_MEDIA_ALLOW_PRIVATE=1`,
 * which lifts the SSRF guard (tests, an intranet). Read when used, so a test can set them.
 */
import { DEFAULT_LIMITS, type FetchLimits } from './fetch-image.js';

export class PublicUrlError extends Error {
  override name = 'PublicUrlError';
}

/** `CK_PUBLIC_URL` without its trailing slash, or undefined; throws when it is no http(s) URL. */
export function configuredFeedUrl(env = process.env): string | undefined {
  const value = env.CK_PUBLIC_URL?.trim();
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash)
    throw new PublicUrlError(value);
  return url.href.replace(/\/+$/, '');
}

/** The fetch limits, with the guard lifted only by `CK_MEDIA_ALLOW_PRIVATE=1`. */
export const mediaLimits = (env = process.env): FetchLimits => ({
  ...DEFAULT_LIMITS,
  allowPrivate: env.CK_MEDIA_ALLOW_PRIVATE === '1',
});

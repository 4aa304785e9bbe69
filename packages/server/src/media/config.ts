/**
 * Media settings from the environment: `CK_PUBLIC_URL`, the feed's public address (what
 * partners put in `feed=`, e.g. `https://feed.example.org/v1`), and `CK_MEDIA_ALLOW_PRIVATE=1`,
 * which lifts the SSRF guard (tests, an intranet). Read when used, so a test can set them.
 */
import { DEFAULT_LIMITS, type FetchLimits } from './fetch-image.js';
import { CliError, say } from '../cli/output.js';

/** A CliError, so that `serve` and `export-feed` stop with this one line. */
export class PublicUrlError extends CliError {
  override name = 'PublicUrlError';
  constructor(value: string) {
    super(
      say(
        `CK_PUBLIC_URL doit être l’adresse http(s) publique du flux, sans ? ni # (ex. https://flux.example.org/v1), pas « ${value} »`,
        `CK_PUBLIC_URL must be the feed's public http(s) address, without ? or # (e.g. https://feed.example.org/v1), not "${value}"`,
      ),
    );
  }
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

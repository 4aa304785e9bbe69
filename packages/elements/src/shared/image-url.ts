/**
 * Images from the feed (members' logos, events' images) load from the feed's own host only:
 * the kit promises partners that a widget asks no other host for anything, and an image on
 * a member's website would hand every visitor's address to that site. The server copies
 * remote images to `{feed origin}/v1/media/…` when it imports them; a partner may still opt
 * in to remote images (`remote-images` on the widget).
 */
import { safeUrl } from './safe-url.js';

export interface FeedImageOptions {
  /** Also accept images on other hosts (the partner's opt-in). Default: feed's host only. */
  remoteImages?: boolean;
}

/**
 * The image's absolute http(s) URL when it may be loaded, else `null` (no image: the widget
 * shows its fallback). `feedUrl` may be relative to the page (`/v1`).
 */
export function feedImage(
  url: string | undefined,
  feedUrl: string | undefined,
  { remoteImages = false }: FeedImageOptions = {},
): string | null {
  const safe = safeUrl(url);
  if (!safe) return null;
  if (remoteImages) return safe;
  if (!feedUrl) return null;
  try {
    return new URL(safe).origin === new URL(feedUrl, document.baseURI).origin ? safe : null;
  } catch {
    return null;
  }
}

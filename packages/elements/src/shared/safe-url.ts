/**
 * Render-time URL check. The SDK's schemas already refuse non-http(s) URLs, but a widget
 * may be handed data by code (a `client` property, a story): links re-check here so that
 * `javascript:`, `data:`, `vbscript:` or `//host` never reach an `href`.
 */
import { nothing } from 'lit';

// C0 controls and DEL: the URL parser drops tabs and newlines inside schemes ("java\nscript:").
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F]/g;

/** The URL as an absolute http(s) href, or `null`. */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.trim().replace(CONTROLS, '');
  if (!/^https?:\/\//i.test(cleaned)) return null;
  try {
    const url = new URL(cleaned);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** For templates: `href=${safeHref(url)}` leaves the attribute out when the URL is unsafe. */
export function safeHref(value: unknown): string | typeof nothing {
  return safeUrl(value) ?? nothing;
}

// One address, no header smuggling: no `?`, `&`, `,`, `;`, `%`, spaces, `:` or `/`.
const EMAIL = /^[^\s@?&,;%:/<>"]+@[^\s@?&,;%:/<>"]+\.[^\s@?&,;%:/<>".]+$/;

/** `mailto:` of one plain address (a feed's public contact), or `nothing`. */
export function safeMailto(value: unknown): string | typeof nothing {
  if (typeof value !== 'string') return nothing;
  const email = value.trim();
  return EMAIL.test(email) ? `mailto:${email}` : nothing;
}

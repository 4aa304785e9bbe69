/**
 * schema.org `Event` JSON-LD of the shown events, in a `<script type="application/ld+json">`
 * child of the host (light DOM), where search engines read it. Set with `textContent`: JSON
 * from our own objects, never parsed as HTML.
 */
import type { Event, Member } from '@coalition-kit/sdk';
import { safeUrl } from '../shared/safe-url.js';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
} as const;

/** Drops undefined fields so the JSON stays small. */
const compact = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function eventJsonLd(event: Event, organizer?: Member): Record<string, unknown> {
  const loc = event.location;
  const onlineUrl = safeUrl(event.online?.url);
  const places: Record<string, unknown>[] = [];
  if (loc && (loc.name || loc.address || loc.locality)) {
    places.push(
      compact({
        '@type': 'Place',
        name: loc.name ?? loc.locality,
        address: compact({
          '@type': 'PostalAddress',
          streetAddress: loc.address,
          postalCode: loc.postalCode,
          addressLocality: loc.locality,
          addressRegion: loc.region,
        }),
      }),
    );
  }
  if (onlineUrl) places.push({ '@type': 'VirtualLocation', url: onlineUrl });
  const mode =
    onlineUrl && places.length > 1
      ? 'MixedEventAttendanceMode'
      : onlineUrl
        ? 'OnlineEventAttendanceMode'
        : 'OfflineEventAttendanceMode';
  return compact({
    '@type': 'Event',
    name: event.name,
    description: event.description,
    startDate: event.startDate,
    endDate: event.endDate,
    eventStatus: STATUS[event.status],
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: places.length === 1 ? places[0] : places.length ? places : undefined,
    url: safeUrl(event.url) ?? undefined,
    image: safeUrl(event.image) ?? undefined,
    organizer: organizer
      ? compact({
          '@type': 'Organization',
          name: organizer.name,
          url: safeUrl(organizer.url) ?? undefined,
        })
      : undefined,
  });
}

const MARK = 'data-ck-json-ld';

/** What `window.trustedTypes` offers that we use (typed here: not in TypeScript's DOM lib yet). */
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript: (s: string) => string },
  ): { createScript(s: string): unknown };
}

let policy: { createScript(s: string): unknown } | null | undefined;

/**
 * On pages enforcing Trusted Types, a script's text must be a TrustedScript. Our policy
 * `coalition-kit-json-ld` only ever receives JSON.stringify output of our own objects, and
 * the JSON-LD type never runs. Pages list it in `trusted-types` (README); if they do not,
 * creating it fails and the agenda simply goes without JSON-LD.
 */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return json;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('coalition-kit-json-ld', { createScript: (s) => s });
    } catch {
      policy = null;
    }
  }
  if (!policy) throw new TypeError('Trusted Types policy coalition-kit-json-ld refused');
  return policy.createScript(json);
}

/**
 * Writes (or removes, with no events) the host's JSON-LD child. If a page refuses it, the
 * agenda still works, without JSON-LD.
 */
export function writeJsonLd(host: HTMLElement, data: Record<string, unknown>[] | null): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARK}]`);
  if (!data?.length) {
    script?.remove();
    return;
  }
  // `<` as `\u003c` (the same JSON): a page saved or prerendered as HTML keeps a `</script>`
  // of the feed's text inside the script, where it would otherwise end it.
  const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': data }).replace(
    /</g,
    '\\u003c',
  );
  try {
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(MARK, '');
      host.append(script);
    }
    if (script.textContent !== json) script.textContent = scriptText(json) as string;
  } catch {
    script?.remove();
  }
}

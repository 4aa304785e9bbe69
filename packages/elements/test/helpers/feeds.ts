/** URLs of the fixture feeds served by test/elements/feed-fixture-plugin.mjs. */
let counter = 0;

/** A feed URL nobody used yet in this page (so no client cache answers for it). */
export const freshFeed = (name: string) =>
  `/__feeds/${name}~t${Date.now().toString(36)}${counter++}/v1`;

/** The path of a feed URL, as `requestCount` takes it. */
export const feedPath = (feed: string) => new URL(feed, location.href).pathname;

/** Requests the server saw whose path starts with `prefix`. */
export async function requestCount(prefix: string): Promise<number> {
  const r = await fetch(`/__feeds/_count?prefix=${encodeURIComponent(prefix)}`);
  return ((await r.json()) as { count: number }).count;
}

/** Resolves once the server saw `count` requests starting with `prefix` (the test's timeout bounds it). */
export async function requestsArrived(prefix: string, count: number): Promise<void> {
  while ((await requestCount(prefix)) < count) await new Promise((r) => setTimeout(r, 20));
}

/** Resolves once `el` fires `ck-load` or `ck-error` (whichever first). */
export function settled(el: HTMLElement): Promise<Event> {
  return new Promise((resolve) => {
    const done = (e: Event) => {
      el.removeEventListener('ck-load', done);
      el.removeEventListener('ck-error', done);
      resolve(e);
    };
    el.addEventListener('ck-load', done);
    el.addEventListener('ck-error', done);
  });
}

/** The shadow root's visible text, whitespace collapsed. */
export const shadowText = (el: Element) =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * One SDK client per feed URL in the document: widgets given the same `feed` attribute
 * share it, so each document is requested once (the client dedupes and caches by URL).
 * A client has no language of its own here: each widget passes its `lang` to every call.
 */
import { createClient, type Client } from '@coalition-kit/sdk';

const clients = new Map<string, Client>();

/** The shared client of `feed`, created on first use. Throws `TypeError` on a non-http(s) feed. */
export function clientFor(feed: string): Client {
  const key = new URL(feed, document.baseURI).href.replace(/\/+$/, '');
  let client = clients.get(key);
  if (!client) {
    client = trackClient(createClient({ feed: key }));
    clients.set(key, client);
  }
  return client;
}

/** Where a widget may take its client from, most specific first. */
export interface ClientSources {
  /** A client created by code. */
  client: Client | undefined;
  /** The `feed` attribute. */
  feed: string | undefined;
  /** The client of the `<ck-feed>` around the widget. */
  provided: Client | undefined;
}

/** No client yet: a `<ck-feed>` around will give one, no feed at all, or a non-http(s) feed. */
export type NoClient = 'awaiting-provider' | 'no-feed' | 'bad-feed';

/**
 * The client of `host`: `client`, else `feed`, else the `<ck-feed>` around it. A reason
 * instead when there is none (a string, so that repeated lookups compare equal).
 */
export function findClient(host: Element, sources: ClientSources): Client | NoClient {
  if (sources.client) return sources.client;
  if (sources.feed) {
    try {
      return clientFor(sources.feed);
    } catch {
      return 'bad-feed';
    }
  }
  if (sources.provided) return sources.provided;
  // A `<ck-feed>` around us that is not upgraded yet: its client will come by context.
  const provider = host.closest('ck-feed');
  const awaiting =
    provider !== null && (!customElements.get('ck-feed') || provider.hasAttribute('src'));
  return awaiting ? 'awaiting-provider' : 'no-feed';
}

const created = new WeakSet<Client>();
const icsProbes = new WeakMap<Client, Promise<boolean>>();

/** Remembers clients made from a feed URL (not by code with a custom `fetch`). */
export function trackClient(client: Client): Client {
  created.add(client);
  return client;
}

/**
 * Does the feed serve `{feed}/events.ics` (it is optional)? One HEAD request per client.
 * Clients made by code may use a stub `fetch` the widget cannot reach: they are not probed.
 */
export function offersIcs(client: Client): Promise<boolean> {
  if (!created.has(client)) return Promise.resolve(false);
  let probe = icsProbes.get(client);
  if (!probe) {
    probe = fetch(client.eventsIcsUrl(), { method: 'HEAD' }).then(
      (r) => r.ok,
      () => false,
    );
    icsProbes.set(client, probe);
  }
  return probe;
}

/**
 * One SDK client per feed URL in the document: widgets given the same `feed` attribute
 * share it, so each document is requested once (the client dedupes and caches by URL).
 */
import { createClient, type Client } from '@coalition-kit/sdk';

const clients = new Map<string, Client>();

/** The shared client of `feed`, created on first use. Throws `TypeError` on a non-http(s) feed. */
export function clientFor(feed: string, lang?: string): Client {
  const key = new URL(feed, document.baseURI).href.replace(/\/+$/, '');
  let client = clients.get(key);
  if (!client) {
    client = trackClient(createClient({ feed: key, ...(lang && { lang }) }));
    clients.set(key, client);
  }
  return client;
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

/** The client against a real HTTP server on 127.0.0.1: documents, hostile feeds, transport policy. */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, FeedError, type Client, type ClientOptions } from '../src/index.js';
import { loadFixture } from '../../../test/fixtures/feeds/load.js';
import { generateEvents } from '../../../test/fixtures/feeds/generate.js';
import {
  delayed,
  dropConnection,
  json,
  raw,
  sequence,
  startFixtureServer,
  withEtag,
  until,
  type FixtureServer,
} from './helpers/fixture-server.js';
import { BAD_URLS, XSS_STRINGS, xssCoalition, xssEvent, xssMember } from './helpers/hostile.js';

let server: FixtureServer;
const feed = () => `${server.origin}/v1`;
const client = (options: Partial<ClientOptions> = {}): Client =>
  createClient({ feed: feed(), retryDelay: 5, ...options });

/** Asserts `promise` rejects with a FeedError and returns it. */
async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => assert.fail('should have rejected'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
  assert.equal(error.name, 'FeedError');
  return error;
}

beforeEach(async () => {
  server = await startFixtureServer({
    '/v1/collective.json': json(loadFixture('collective')),
    '/v1/events.json': json(loadFixture('events')),
    '/v1/members.json': json(loadFixture('members')),
    '/v1/coalitions.json': json(loadFixture('coalitions')),
    '/v1/campaigns/engagements-2026/stats.json': json(loadFixture('stats')),
  });
});
afterEach(() => server.close());

describe('good documents', () => {
  it('reads every document of the feed', async () => {
    const c = client();
    const collective = await c.collective();
    assert.equal(collective.name, 'Collectif Dynamique Climat');
    assert.deepEqual(collective.issues, []);
    const events = await c.events();
    assert.equal(events.items.length, 6);
    assert.deepEqual(events.issues, []);
    assert.equal((await c.members()).items.length, 7);
    assert.equal((await c.coalitions()).items.length, 3);
    assert.equal((await c.stats('engagements-2026')).total, 412);
  });

  it('sorts events by start and filters them', async () => {
    const c = client();
    const all = await c.events();
    assert.equal(all.items[0]!.id, 'estaminet-climat-lille');
    const online = await c.events({ online: true });
    assert.deepEqual(
      online.items.map((e) => e.id),
      ['webinaire-stockage-carbone'],
    );
    const april = await c.events({ from: '2026-04-10', to: '2026-05-31' });
    assert.deepEqual(
      april.items.map((e) => e.id),
      ['exposition-plus-2', 'formation-enseignants'],
    );
    const found = await c.members({ q: 'Réparation VELO' });
    assert.deepEqual(
      found.items.map((m) => m.id),
      ['velo-club-solidaire'],
    );
    assert.equal(server.count('/v1/events.json'), 1, 'filters reuse the fetched document');
  });

  it('builds the iCalendar URL with the same filters', () => {
    assert.equal(
      client().eventsIcsUrl({ themes: ['mobilite', 'energie'], region: 'Hauts-de-France' }),
      `${feed()}/events.ics?themes=mobilite%2Cenergie&region=Hauts-de-France`,
    );
  });

  it('reads a 5 MB document', async () => {
    const big = generateEvents(6000, 700);
    const body = JSON.stringify(big);
    assert.ok(body.length > 5_000_000, `${body.length} bytes`);
    server.route('/v1/events.json', raw(body, 'application/json'));
    const { items, issues } = await client().events();
    assert.equal(items.length, 6000);
    assert.deepEqual(issues, []);
  });
});

describe('document size', () => {
  const big = JSON.stringify(generateEvents(2000, 400));

  it('refuses a document over maxBytes announced by Content-Length, before reading it', async () => {
    // Only the headers and a first chunk ever come: waiting for the body would time out.
    server.route('/v1/events.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': big.length });
      res.write(big.slice(0, 1000));
    });
    const error = await feedError(
      client({ maxBytes: 500_000, lang: 'en', timeout: 2_000 }).events(),
    );
    assert.equal(
      error.message,
      `The document ${feed()}/events.json is larger than the maximum size (0.5 MB)`,
    );
  });

  it('refuses a chunked document once read past maxBytes', async () => {
    server.route('/v1/events.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      res.write(big.slice(0, 1000));
      res.end(big.slice(1000));
    });
    const error = await feedError(client({ maxBytes: 500_000 }).events());
    assert.match(error.message, /dépasse la taille maximale \(0,5 Mo\)$/);
    assert.equal(server.count('/v1/events.json'), 1);
  });
});

describe('hostile documents', () => {
  it('keeps script-like text verbatim', async () => {
    server.route('/v1/events.json', json({ version: 1, items: [xssEvent('x')] }));
    server.route('/v1/members.json', json({ version: 1, items: [xssMember('x')] }));
    server.route('/v1/coalitions.json', json({ version: 1, items: [xssCoalition('x')] }));
    const c = client();
    const [events, members, coalitions] = await Promise.all([
      c.events(),
      c.members(),
      c.coalitions(),
    ]);
    assert.equal(events.items[0]!.name, XSS_STRINGS[0]);
    assert.equal(events.items[0]!.location?.name, XSS_STRINGS[2]);
    assert.equal(members.items[0]!.description, XSS_STRINGS[1]);
    assert.equal(coalitions.items[0]!.actions?.[0]?.title, XSS_STRINGS[6]);
  });

  it('leaves out every item with a bad URL, and only those', async () => {
    const good = loadFixture<{ items: Record<string, unknown>[] }>('members').items[0]!;
    const items = [good, ...BAD_URLS.map((url, i) => ({ ...good, id: `bad-${i}`, url }))];
    server.route('/v1/members.json', json({ version: 1, items }));
    const result = await client().members();
    assert.deepEqual(
      result.items.map((m) => m.id),
      ['cerdd'],
    );
    assert.deepEqual(
      result.issues.map((i) => [i.index, i.id, i.path.join('.')]),
      BAD_URLS.map((_, i) => [i + 1, `bad-${i}`, `items.${i + 1}.url`]),
    );
  });

  it('reports out-of-range geo, bad dates and duplicate ids with their paths', async () => {
    const doc = loadFixture<{ version: number; items: Record<string, unknown>[] }>('events');
    doc.items.push(
      { id: 'geo', name: 'Geo', startDate: '2026-05-01', location: { geo: { lat: 120, lon: 3 } } },
      { id: 'date', name: 'Date', startDate: '2026-02-30' },
      { ...doc.items[0]! },
    );
    server.route('/v1/events.json', json(doc));
    const { items, issues } = await client({ lang: 'en' }).events();
    assert.equal(items.length, 6);
    assert.deepEqual(
      issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      [
        'items.6.location.geo.lat: Number too big: at most 90',
        'items.7.startDate: Invalid date: expected 2026-03-14 or 2026-03-14T18:30:00+01:00',
        'items.8.id: Duplicate id: another item of the document already has this id',
      ],
    );
  });
});

describe('broken documents are a FeedError naming the URL', () => {
  it('truncated JSON', async () => {
    const body = JSON.stringify(loadFixture('events'));
    server.route('/v1/events.json', raw(body.slice(0, body.length / 2), 'application/json'));
    const error = await feedError(client().events());
    assert.equal(error.url, `${feed()}/events.json`);
    assert.equal(error.status, 200);
    assert.equal(error.message, `Le flux ${feed()}/events.json n’a pas renvoyé de JSON valide`);
    assert.ok(error.cause instanceof SyntaxError);
  });

  it('an HTML page instead of JSON (wrong content type)', async () => {
    server.route('/v1/events.json', raw('<!doctype html><title>Accueil</title>', 'text/html'));
    const error = await feedError(client({ lang: 'en' }).events());
    assert.equal(error.message, `The feed ${feed()}/events.json did not return valid JSON`);
  });

  it('JSON served as text/plain is still read', async () => {
    server.route('/v1/events.json', raw(JSON.stringify(loadFixture('events')), 'text/plain'));
    assert.equal((await client().events()).items.length, 6);
  });

  it('an unknown version', async () => {
    server.route('/v1/events.json', json({ version: 2, items: [] }));
    const error = await feedError(client().events());
    assert.match(error.message, /events\.json: Version de flux inconnue/);
    assert.equal(error.cause instanceof Error && error.cause.name, 'InvalidDocumentError');
  });

  it('404, not retried', async () => {
    const error = await feedError(client().stats('inconnue'));
    const url = `${feed()}/campaigns/inconnue/stats.json`;
    assert.equal(error.status, 404);
    assert.equal(error.url, url);
    assert.equal(error.message, `Le flux ${url} a répondu 404`);
    assert.equal(server.count('/v1/campaigns/inconnue/stats.json'), 1);
  });

  it('a stats document with a negative count', async () => {
    server.route('/v1/campaigns/x/stats.json', json({ ...loadFixture('stats'), total: -1 }));
    const error = await feedError(client().stats('x'));
    assert.match(error.message, /total: Nombre trop petit/);
  });
});

describe('transport policy', () => {
  it('retries a 500 and reads the next answer', async () => {
    server.route(
      '/v1/events.json',
      sequence(json({}, { status: 500 }), json(loadFixture('events'))),
    );
    assert.equal((await client().events()).items.length, 6);
    assert.equal(server.count('/v1/events.json'), 2);
  });

  it('gives up after two retries', async () => {
    server.route('/v1/events.json', json({}, { status: 502 }));
    const error = await feedError(client({ lang: 'en' }).events());
    assert.equal(error.status, 502);
    assert.equal(error.message, `The feed ${feed()}/events.json answered 502`);
    assert.equal(server.count('/v1/events.json'), 3);
  });

  it('waits as long as a 503 Retry-After asks', async () => {
    server.route(
      '/v1/events.json',
      sequence(
        json({}, { status: 503, headers: { 'retry-after': '1' } }),
        json(loadFixture('events')),
      ),
    );
    const started = Date.now();
    await client().events();
    const [first, second] = server.requests.filter((r) => r.path === '/v1/events.json');
    assert.ok(first && second);
    // With retryDelay 5 ms, only the header can explain a wait of a second.
    assert.ok(Date.now() - started >= 950, `retried after ${Date.now() - started} ms`);
  });

  it('never retries a 413', async () => {
    server.route('/v1/events.json', json({}, { status: 413 }));
    assert.equal((await feedError(client().events())).status, 413);
    assert.equal(server.count('/v1/events.json'), 1);
  });

  it('retries a dropped connection', async () => {
    server.route('/v1/events.json', sequence(dropConnection, json(loadFixture('events'))));
    assert.equal((await client().events()).items.length, 6);
    assert.equal(server.count('/v1/events.json'), 2);
  });

  it('a network failure is a FeedError', async () => {
    const origin = server.origin;
    await server.close();
    const error = await feedError(createClient({ feed: `${origin}/v1`, retryDelay: 1 }).events());
    assert.equal(error.message, `Le flux ${origin}/v1/events.json est injoignable`);
    server = await startFixtureServer();
  });

  it('gives up on a response slower than the timeout', async () => {
    server.route('/v1/events.json', delayed(5_000, json(loadFixture('events'))));
    const error = await feedError(client({ timeout: 300 }).events());
    assert.equal(error.message, `Le flux ${feed()}/events.json n’a pas répondu à temps`);
    assert.equal(error.cause instanceof Error && error.cause.name, 'TimeoutError');
    assert.equal(server.count('/v1/events.json'), 1, 'a timeout is not retried');
  });

  it('makes one request for concurrent callers', async () => {
    server.route('/v1/events.json', delayed(50, json(loadFixture('events'))));
    const c = client();
    const results = await Promise.all([
      c.events(),
      c.events({ online: true }),
      c.events(),
      c.events(),
    ]);
    assert.equal(server.count('/v1/events.json'), 1);
    assert.deepEqual(
      results.map((r) => r.items.length),
      [6, 1, 6, 6],
    );
  });

  it('keeps a document in memory, then revalidates it with its ETag', async () => {
    server.route('/v1/events.json', withEtag(loadFixture('events'), '"agenda-1"'));
    const fresh = client();
    await fresh.events();
    await fresh.events();
    assert.equal(server.count('/v1/events.json'), 1, 'within maxAge: answered from memory');

    const stale = client({ maxAge: 0 });
    const first = await stale.events();
    const second = await stale.events();
    const asked = server.requests.filter((r) => r.path === '/v1/events.json');
    assert.equal(asked.length, 3);
    assert.equal(asked[2]!.headers['if-none-match'], '"agenda-1"');
    assert.deepEqual(second, first);
  });

  it('refresh() asks the server again, past the HTTP cache', async () => {
    const c = client();
    await c.members();
    c.refresh();
    await c.members();
    const asked = server.requests.filter((r) => r.path === '/v1/members.json');
    assert.equal(asked.length, 2);
    assert.equal(asked[1]!.headers['cache-control'], 'max-age=0', 'past the HTTP cache too');
  });
});

describe('AbortSignal', () => {
  it('rejects an aborted call with the signal’s reason', async () => {
    server.route('/v1/events.json', delayed(2_000, json(loadFixture('events'))));
    const controller = new AbortController();
    const call = client().events({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(call, { name: 'AbortError' });
  });

  it('one caller giving up does not cancel the request for the others', async () => {
    server.route('/v1/events.json', delayed(100, json(loadFixture('events'))));
    const c = client();
    const controller = new AbortController();
    const leaving = c.events({}, { signal: controller.signal });
    const staying = c.events();
    controller.abort();
    await assert.rejects(leaving, { name: 'AbortError' });
    assert.equal((await staying).items.length, 6);
    assert.equal(server.count('/v1/events.json'), 1);
  });

  it('when every caller gives up, the download stops', async () => {
    server.route('/v1/events.json', delayed(10_000, json(loadFixture('events'))));
    const c = client();
    const a = new AbortController();
    const b = new AbortController();
    const calls = [c.events({}, { signal: a.signal }), c.events({}, { signal: b.signal })];
    await until(() => server.count('/v1/events.json') === 1);
    a.abort();
    b.abort();
    await Promise.allSettled(calls);
    // The answer would come after 10 s: a closed connection before then is the abort.
    await until(() => server.requests[0]!.closedEarly, 5_000);
    server.route('/v1/events.json', json(loadFixture('events')));
    assert.equal((await c.events()).items.length, 6, 'a later caller starts afresh');
  });

  it('an already aborted signal sends nothing', async () => {
    await assert.rejects(client().members({}, { signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
    assert.equal(server.count('/v1/members.json'), 0);
  });
});

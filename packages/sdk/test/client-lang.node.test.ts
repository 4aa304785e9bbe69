/** One client shared by widgets of several languages; one document forgotten at a time. */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, FeedError } from '../src/index.js';
import { loadFixture } from '../../../test/fixtures/feeds/load.js';
import { json, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let server: FixtureServer;
const feed = () => `${server.origin}/v1`;

beforeEach(async () => {
  const events = loadFixture('events') as { items: Record<string, unknown>[] };
  server = await startFixtureServer({
    '/v1/events.json': json({ ...events, items: [...events.items, { id: 'sans-nom' }] }),
    '/v1/members.json': json(loadFixture('members')),
  });
});
afterEach(() => server.close());

describe('the language of one call', () => {
  it('each caller gets the issues in its language, from one request', async () => {
    const client = createClient({ feed: feed(), lang: 'fr' });
    const [fr, en] = await Promise.all([client.events(), client.events({}, { lang: 'en' })]);
    assert.equal(server.count('/v1/events.json'), 1);
    assert.ok(fr.issues.length > 0);
    assert.deepEqual(
      fr.issues.map((i) => i.path),
      en.issues.map((i) => i.path),
    );
    assert.notEqual(fr.issues[0]!.message, en.issues[0]!.message);
    assert.deepEqual(
      (await client.events({}, { lang: 'en-GB' })).issues,
      en.issues,
      'parsed once per language',
    );
  });

  it('a failure shared by two callers is told to each in its language', async () => {
    const client = createClient({ feed: feed(), retryDelay: 5 });
    const url = `${feed()}/campaigns/x/stats.json`;
    const [fr, en] = await Promise.all([
      client.stats('x').catch((e: unknown) => e),
      client.stats('x', { lang: 'en' }).catch((e: unknown) => e),
    ]);
    assert.equal(server.count('/v1/campaigns/x/stats.json'), 1);
    assert.ok(fr instanceof FeedError && en instanceof FeedError);
    assert.equal(fr.message, `Le flux ${url} a répondu 404`);
    assert.equal(en.message, `The feed ${url} answered 404`);
  });

  it('checkPledge speaks the language it is given', () => {
    const client = createClient({ feed: feed() });
    const [fr] = client.checkPledge({});
    const [en] = client.checkPledge({}, { lang: 'en' });
    assert.ok(fr && en);
    assert.deepEqual(fr.path, en.path);
    assert.notEqual(fr.message, en.message);
  });
});

describe('refresh(url)', () => {
  it('forgets that document only, and asks past the HTTP cache', async () => {
    const client = createClient({ feed: feed() });
    await Promise.all([client.events(), client.members()]);
    client.refresh(`${feed()}/events.json`);
    await Promise.all([client.events(), client.members()]);
    const asked = server.requests.filter((r) => r.path === '/v1/events.json');
    assert.equal(asked.length, 2);
    assert.equal(asked[1]!.headers['cache-control'], 'max-age=0');
    assert.equal(server.count('/v1/members.json'), 1, 'the other document stays in memory');
  });
});

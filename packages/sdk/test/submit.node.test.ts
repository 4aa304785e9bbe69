/** Submissions over real HTTP: local validation first, then POST with an Idempotency-Key. */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, FeedError, SubmissionError, type ClientOptions } from '../src/index.js';
import { goodDeclaration, goodPledge, loadFixture } from '../../../test/fixtures/feeds/load.js';
import {
  delayed,
  dropConnection,
  json,
  sequence,
  startFixtureServer,
  type FixtureServer,
} from './helpers/fixture-server.js';

let server: FixtureServer;
const client = (options: Partial<ClientOptions> = {}) =>
  createClient({ feed: `${server.origin}/v1`, retryDelay: 5, ...options });
const created = json({ id: 'p-1', status: 'recorded' }, { status: 201 });
const posts = (path: string) =>
  server.requests.filter((r) => r.method === 'POST' && r.path === path);

/** Asserts `promise` rejects with a SubmissionError and returns it. */
async function submissionError(promise: Promise<unknown>): Promise<SubmissionError> {
  const error = await promise.then(
    () => assert.fail('should have rejected'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof SubmissionError, `expected a SubmissionError, got ${String(error)}`);
  assert.equal(error.name, 'SubmissionError');
  return error;
}

beforeEach(async () => {
  server = await startFixtureServer({ '/v1/pledges': created, '/v1/coalitions': created });
});
afterEach(() => server.close());

describe('submitPledge', () => {
  it('POSTs the pledge as JSON with an Idempotency-Key and resolves with the receipt', async () => {
    const receipt = await client().submitPledge(goodPledge());
    const [post] = posts('/v1/pledges');
    assert.ok(post);
    assert.deepEqual(JSON.parse(post.body), goodPledge());
    assert.match(post.headers['content-type'] ?? '', /^application\/json/);
    assert.match(String(post.headers['idempotency-key']), /^[0-9a-f-]{36}$/);
    assert.deepEqual(receipt, {
      id: 'p-1',
      status: 'recorded',
      idempotencyKey: post.headers['idempotency-key'],
    });
  });

  it('sends the language of the call as Accept-Language (the server answers and writes its messages in it)', async () => {
    await client().submitPledge(goodPledge());
    await client().submitPledge(goodPledge(), { lang: 'en' });
    const [fr, en] = posts('/v1/pledges');
    assert.equal(fr!.headers['accept-language'], 'fr');
    assert.equal(en!.headers['accept-language'], 'en');
  });

  it('uses one key per submission', async () => {
    const c = client();
    await c.submitPledge(goodPledge());
    await c.submitPledge(goodPledge());
    const [a, b] = posts('/v1/pledges').map((p) => p.headers['idempotency-key']);
    assert.notEqual(a, b);
  });

  it('rejects an invalid pledge locally, without any request', async () => {
    const error = await submissionError(
      client().submitPledge({ ...goodPledge(), email: 'camille@', consent: false as true }),
    );
    assert.equal(error.status, undefined);
    assert.equal(error.message, 'Le formulaire contient des erreurs');
    assert.deepEqual(error.errors, [
      { path: ['email'], message: 'Adresse e-mail invalide' },
      {
        path: ['consent'],
        message: 'Votre accord est nécessaire pour enregistrer votre engagement',
      },
    ]);
    assert.equal(server.requests.length, 0);
  });

  it('checkPledge gives the same errors in English', () => {
    assert.deepEqual(client({ lang: 'en' }).checkPledge({ ...goodPledge(), commitments: [] }), [
      { path: ['commitments'], message: 'List too short: at least 1 item' },
    ]);
    assert.deepEqual(client().checkPledge(goodPledge()), []);
  });

  it('retries after a 503 with the same Idempotency-Key', async () => {
    server.route('/v1/pledges', sequence(json({}, { status: 503 }), created));
    const receipt = await client().submitPledge(goodPledge());
    const keys = posts('/v1/pledges').map((p) => p.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.equal(receipt.idempotencyKey, keys[0]);
    assert.deepEqual(JSON.parse(posts('/v1/pledges')[1]!.body), goodPledge());
  });

  it('retries after a dropped connection with the same Idempotency-Key', async () => {
    server.route('/v1/pledges', sequence(dropConnection, created));
    await client().submitPledge(goodPledge());
    const keys = posts('/v1/pledges').map((p) => p.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
  });

  it('sends again with a key the caller kept', async () => {
    const receipt = await client().submitPledge(goodPledge(), {
      idempotencyKey: 'cle-de-test-0001',
    });
    assert.equal(receipt.idempotencyKey, 'cle-de-test-0001');
    assert.equal(posts('/v1/pledges')[0]!.headers['idempotency-key'], 'cle-de-test-0001');
  });

  it('never retries a 413', async () => {
    server.route('/v1/pledges', json({ message: 'Trop volumineux' }, { status: 413 }));
    const error = await submissionError(client().submitPledge(goodPledge()));
    assert.equal(error.status, 413);
    assert.equal(error.message, 'Trop volumineux');
    assert.equal(posts('/v1/pledges').length, 1);
  });

  it('surfaces the server’s field errors', async () => {
    server.route(
      '/v1/pledges',
      json(
        {
          message: 'Engagement refusé',
          errors: [
            { path: ['commitments', 1], message: 'Engagement inconnu' },
            { path: 'email', message: 'Adresse déjà engagée' },
          ],
        },
        { status: 422 },
      ),
    );
    const error = await submissionError(client().submitPledge(goodPledge()));
    assert.equal(error.status, 422);
    assert.deepEqual(error.errors, [
      { path: ['commitments', 1], message: 'Engagement inconnu' },
      { path: ['email'], message: 'Adresse déjà engagée' },
    ]);
    assert.equal(posts('/v1/pledges').length, 1);
  });

  it('a 4xx without body still explains itself, in the client’s language', async () => {
    server.route('/v1/pledges', (_req, res) => res.writeHead(409).end());
    const error = await submissionError(client({ lang: 'en' }).submitPledge(goodPledge()));
    assert.equal(error.message, 'The server refused the submission (409)');
    assert.deepEqual(error.errors, []);
  });

  it('a server that keeps failing is a FeedError after two retries', async () => {
    server.route('/v1/pledges', json({}, { status: 500 }));
    const error = await client()
      .submitPledge(goodPledge())
      .catch((e: unknown) => e);
    assert.ok(error instanceof FeedError);
    assert.equal(error.status, 500);
    assert.equal(posts('/v1/pledges').length, 3);
  });

  it('asks for fresh stats after a pledge', async () => {
    server.route('/v1/campaigns/engagements-2026/stats.json', json(loadFixture('stats')));
    const c = client();
    await c.stats('engagements-2026');
    await c.submitPledge(goodPledge());
    await c.stats('engagements-2026');
    const asked = server.requests.filter(
      (r) => r.path === '/v1/campaigns/engagements-2026/stats.json',
    );
    assert.equal(asked.length, 2);
    // Past any HTTP cache too: the counter just changed.
    assert.equal(asked[0]!.headers['cache-control'], undefined);
    assert.equal(asked[1]!.headers['cache-control'], 'max-age=0');
  });

  it('can be aborted', async () => {
    server.route('/v1/pledges', delayed(2_000, created));
    const controller = new AbortController();
    const call = client().submitPledge(goodPledge(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(call, { name: 'AbortError' });
  });
});

describe('declareCoalition', () => {
  it('POSTs a valid declaration', async () => {
    server.route('/v1/coalitions', json({ id: 'c-9', status: 'pending' }, { status: 201 }));
    const receipt = await client().declareCoalition(goodDeclaration());
    assert.equal(receipt.status, 'pending');
    assert.deepEqual(JSON.parse(posts('/v1/coalitions')[0]!.body), goodDeclaration());
  });

  it('refuses an invalid one locally', async () => {
    const error = await submissionError(
      client({ lang: 'en' }).declareCoalition({
        ...goodDeclaration(),
        scope: 'galactique' as 'thematique',
      }),
    );
    assert.deepEqual(
      error.errors.map((e) => e.path),
      [['scope']],
    );
    assert.equal(error.message, 'The form has errors');
    assert.equal(server.requests.length, 0);
  });

  it('asks consent for the declaration, not for a pledge', () => {
    const unticked = { ...goodDeclaration(), consent: false as true };
    assert.deepEqual(client().checkDeclaration(unticked), [
      {
        path: ['consent'],
        message:
          'Votre accord est nécessaire pour enregistrer la déclaration et en publier la partie publique',
      },
    ]);
    assert.deepEqual(client({ lang: 'en' }).checkDeclaration(unticked), [
      {
        path: ['consent'],
        message: 'Your agreement is needed to record the declaration and publish its public part',
      },
    ]);
  });
});

/**
 * The SDK in Chromium, under a Content-Security-Policy without 'unsafe-eval' (as on strict
 * partner pages): it must read, validate and refuse documents without ever calling eval.
 */
import { expect } from '@open-wc/testing';
import { globalConfig } from 'zod/v4/core';
import type * as Sdk from '../src/index.js';

const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e));

/** The shared fixture documents, as served by the test server. */
const fixture = (name: string) => fetch(`/test/fixtures/feeds/${name}.json`).then((r) => r.json());
const docs: Record<string, unknown> = {};

/** A `fetch` that serves documents under `https://feed.example.org/v1/`, 404 otherwise. */
const feedFetch: typeof fetch = async (input) => {
  const url = input instanceof Request ? input.url : String(input);
  const doc = docs[url.replace('https://feed.example.org/v1/', '')];
  return doc
    ? new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json' } })
    : new Response('{}', { status: 404 });
};

let sdk: typeof Sdk;
/** Violation reports arrive as tasks: let them land. */
const nextTask = () => new Promise((done) => setTimeout(done, 0));

describe('@coalition-kit/sdk in the browser, under a strict CSP', () => {
  before(async () => {
    for (const name of ['collective', 'events', 'members'])
      docs[`${name}.json`] = await fixture(name);
    docs['coalitions.json'] = {
      version: 1,
      items: [{ id: 'x', name: 'X', objective: 'Y', scope: 'locale', status: 'active' }],
    };
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'";
    document.head.append(meta);
    // The harness must see eval: under the policy it throws and is reported.
    expect(() => new Function('return 1')).to.throw(EvalError);
    await nextTask();
    expect(violations.map((v) => v.blockedURI)).to.deep.equal(['eval']);
    violations.length = 0;
    // Loaded after the policy: zod's set-up and every schema are built under it.
    sdk = await import('../src/index.js');
  });

  it('zod is configured jitless', () => {
    expect(globalConfig.jitless).to.equal(true);
  });

  it('reads and validates every document without eval', async () => {
    const client = sdk.createClient({ feed: 'https://feed.example.org/v1', fetch: feedFetch });
    const c = await client.collective();
    expect(c.name).to.equal('Collectif Dynamique Climat');
    const agenda = await client.events({ themes: ['sensibilisation'] });
    expect(agenda.items.map((e) => e.id)).to.deep.equal([
      'estaminet-climat-lille',
      'exposition-plus-2',
    ]);
    expect((await client.members()).items).to.have.length(7);
    const coalitions = await client.coalitions();
    expect(coalitions.items).to.deep.equal([]);
    expect(coalitions.issues.map((i) => i.path.join('.'))).to.deep.equal(['items.0.scope']);
    expect(client.checkPledge({ campaign: 'engagements-2026' }).length).to.be.greaterThan(0);
    await nextTask();
    expect(violations.map((v) => `${v.violatedDirective} ${v.blockedURI}`)).to.deep.equal([]);
  });

  it('rejects a missing document with a FeedError in English', async () => {
    const client = sdk.createClient({
      feed: 'https://feed.example.org/v1',
      fetch: feedFetch,
      lang: 'en',
    });
    const error = await client.stats('absent').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(sdk.FeedError);
    expect((error as Sdk.FeedError).message).to.equal(
      'The feed https://feed.example.org/v1/campaigns/absent/stats.json answered 404',
    );
  });

  it('resolves a relative feed against the page', () => {
    const client = sdk.createClient({ feed: '/v1/', fetch: feedFetch });
    expect(client.feed).to.equal(`${location.origin}/v1`);
  });

  it('refuses a feed that is not http(s)', () => {
    expect(() => sdk.createClient({ feed: 'javascript:alert(1)' })).to.throw(TypeError);
  });
});

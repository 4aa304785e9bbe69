/** POST /v1/pledges and /v1/coalitions: every error code, idempotency, honeypot, origins, rate limit. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { startServer, type TestServer } from './helpers/start-server.js';
import { getJson, pledge, post } from './helpers/requests.js';
import { runCli } from './helpers/process.js';

let server: TestServer;
before(async () => {
  // 200 pledges at once from one address (a load test): no cap on its connections.
  server = await startServer({
    demo: 'without-confirmation',
    args: ['--rate-limit', '0', '--max-connections-per-address', '0'],
  });
});
after(() => server?.stop());

const pledges = () => `${server.url}/v1/pledges`;
const total = async () =>
  (
    (await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`)).json as {
      total: number;
    }
  ).total;

describe('POST /v1/pledges', () => {
  test('201 with {id, status} and the pledge counted', async () => {
    const n = await total();
    const res = await post(pledges(), pledge());
    assert.equal(res.status, 201);
    assert.match(String(res.json.id), /^[0-9a-f-]{36}$/);
    assert.equal(res.json.status, 'recorded');
    assert.equal(await total(), n + 1);
  });

  test('415 for anything but JSON, and nothing stored', async () => {
    const n = await total();
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await post(pledges(), null, {
        raw: 'campaign=appel-engagements',
        headers: { 'content-type': type },
      });
      assert.equal(res.status, 415, type);
      assert.equal(res.json.title, 'Unsupported Media Type');
    }
    assert.equal(await total(), n);
  });

  test('413 for a body over 16 kB', async () => {
    const res = await post(pledges(), pledge({ message: 'x'.repeat(17_000) }));
    assert.equal(res.status, 413);
    assert.equal(res.json.status, 413);
  });

  test('400 for JSON that does not parse', async () => {
    const res = await post(pledges(), null, { raw: '{"campaign": ' });
    assert.equal(res.status, 400);
  });

  test('400 with the failing field paths, French by default and English on request', async () => {
    const bad = pledge({
      email: 'pas-une-adresse',
      commitments: [],
      consent: false,
      confirmed: true,
    });
    const fr = await post(pledges(), bad);
    assert.equal(fr.status, 400);
    assert.equal(fr.json.title, 'Bad Request');
    const paths = (fr.json.errors as { path: unknown[] }[]).map((e) => e.path.join('.'));
    for (const p of ['email', 'commitments', 'consent'])
      assert.ok(paths.includes(p), `${p} in ${paths}`);
    assert.ok(
      paths.some((p) => p === '' || p.includes('confirmed')),
      'unknown key refused',
    );
    assert.match(String(fr.json.message), /champs/);
    const en = await post(pledges(), bad, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    assert.match(String(en.json.message), /fields/);
  });

  test('400 for a commitment the campaign does not have', async () => {
    const res = await post(pledges(), pledge({ commitments: ['en-parler', 'inventé'] }));
    assert.equal(res.status, 400);
    assert.deepEqual(
      (res.json.errors as { path: unknown[] }[]).map((e) => e.path),
      [['commitments', 1]],
    );
  });

  test('422 for an unknown campaign', async () => {
    const res = await post(pledges(), pledge({ campaign: 'campagne-inconnue' }));
    assert.equal(res.status, 422);
    assert.match(String(res.json.message), /campagne-inconnue/);
  });

  test('400 without an Idempotency-Key, or with a malformed one', async () => {
    assert.equal((await post(pledges(), pledge(), { key: null })).status, 400);
    assert.equal((await post(pledges(), pledge(), { key: 'a b' })).status, 400);
  });

  test('the same key and body replays the first answer and stores nothing new', async () => {
    const body = pledge();
    const key = randomUUID();
    const first = await post(pledges(), body, { key });
    const n = await total();
    const again = await post(pledges(), body, { key });
    assert.equal(again.status, 201);
    assert.deepEqual(again.json, first.json);
    assert.equal(await total(), n);
  });

  test('the same key with another body answers 422', async () => {
    const key = randomUUID();
    assert.equal((await post(pledges(), pledge(), { key })).status, 201);
    const other = await post(pledges(), pledge(), { key });
    assert.equal(other.status, 422);
  });

  test('a second pledge from the same address gets its own id, like a new one, and counts once', async () => {
    const email = `deux.fois.${randomUUID().slice(0, 8)}@example.org`;
    const n = await total();
    const first = await post(pledges(), pledge({ email }));
    const key = randomUUID();
    const second = await post(pledges(), pledge({ email, name: 'Autre nom' }), { key });
    assert.equal(second.status, first.status);
    assert.deepEqual(Object.keys(second.json).sort(), Object.keys(first.json).sort());
    assert.equal(second.json.status, first.json.status);
    assert.match(String(second.json.id), /^[0-9a-f-]{36}$/);
    assert.notEqual(second.json.id, first.json.id);
    assert.equal(await total(), n + 1);
    // Its own key still replays its own answer.
    const replay = await post(pledges(), pledge({ email, name: 'Autre nom' }), { key });
    assert.deepEqual(replay.json, second.json);
  });

  test('a key still in flight answers 409', async () => {
    const key = randomUUID();
    const body = JSON.stringify(pledge());
    const url = new URL(pledges());
    // The first request sends its headers and waits for the server's 100 Continue: from then
    // on the server is processing it, and it stays in flight until its body is complete.
    const first = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': key,
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
      },
    });
    const firstAnswer = new Promise<number>((resolve, reject) => {
      first.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      first.on('error', reject);
    });
    first.flushHeaders();
    await new Promise((resolve) => first.once('continue', resolve));
    first.write(body.slice(0, 10));
    const second = await post(pledges(), JSON.parse(body), { key });
    assert.equal(second.status, 409);
    first.end(body.slice(10));
    assert.equal(await firstAnswer, 201);
    const replay = await post(pledges(), JSON.parse(body), { key });
    assert.equal(replay.status, 201);
  });

  test('200 concurrent pledges plus their replays store exactly 200', async () => {
    const n = await total();
    const bodies = Array.from({ length: 200 }, () => ({ key: randomUUID(), body: pledge() }));
    const first = await Promise.all(bodies.map((b) => post(pledges(), b.body, { key: b.key })));
    assert.deepEqual([...new Set(first.map((r) => r.status))], [201]);
    const replays = await Promise.all(bodies.map((b) => post(pledges(), b.body, { key: b.key })));
    assert.ok(replays.every((r) => r.status === 201 || r.status === 409));
    replays.forEach((r, i) => r.status === 201 && assert.equal(r.json.id, first[i]!.json.id));
    assert.equal(new Set(first.map((r) => r.json.id)).size, 200);
    assert.equal(await total(), n + 200);
  });

  test('a filled honeypot is answered like a success and not stored', async () => {
    const n = await total();
    const res = await post(pledges(), pledge({ website: 'http://spam.example' }));
    assert.equal(res.status, 201);
    assert.equal(res.json.status, 'recorded');
    assert.equal(await total(), n);
  });

  test('a NUL character is refused with its path, and fails none of the pledges sent with it', async () => {
    const n = await total();
    const answers = await Promise.all([
      post(pledges(), pledge({ name: 'Avec\u0000nul' })),
      ...Array.from({ length: 10 }, () => post(pledges(), pledge())),
    ]);
    assert.equal(answers[0]!.status, 400);
    assert.deepEqual((answers[0]!.json.errors as { path: unknown[] }[])[0]!.path, ['name']);
    assert.ok(answers.slice(1).every((a) => a.status === 201));
    assert.equal(await total(), n + 10);
  });

  test('SQL-looking and formula-looking input is stored and returned verbatim', async () => {
    const names = [
      `Robert'); DROP TABLE pledges;--`,
      `' OR 1=1--`,
      '=HYPERLINK("http://x.example")',
      '@SUM(A1)',
    ];
    for (const name of names) {
      assert.equal((await post(pledges(), pledge({ name, public: true }))).status, 201);
    }
    const stats = (await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`))
      .json as { recent: { name: string }[] };
    for (const name of names)
      assert.ok(
        stats.recent.some((r) => r.name === name),
        name,
      );
  });
});

describe('POST /v1/coalitions', () => {
  test('a declaration is stored as pending: 201, and not published', async () => {
    const res = await post(`${server.url}/v1/coalitions`, {
      name: 'Coalition Climat Pays de Morlaix',
      objective: 'Rassembler associations et habitants autour d’actions locales',
      scope: 'geographique',
      locality: 'Morlaix',
      contacts: [
        { name: 'Alex', email: 'alex@example.org' },
        { name: 'Sam', email: 'sam@example.org' },
      ],
      publicContact: { url: 'https://example.org/morlaix' },
      actions: [{ title: 'Fresque du climat', status: 'planned' }],
      consent: true,
    });
    assert.equal(res.status, 201);
    assert.equal(res.json.status, 'pending');
    const list = await getJson(`${server.url}/v1/coalitions.json`);
    assert.ok(!list.text.includes('Pays de Morlaix'));
  });

  test('400 with paths for an invalid declaration (three contacts, no consent)', async () => {
    const contact = { name: 'A', email: 'a@example.org' };
    const res = await post(`${server.url}/v1/coalitions`, {
      name: 'X',
      objective: 'Y',
      scope: 'geographique',
      contacts: [contact, contact, contact],
    });
    assert.equal(res.status, 400);
    const paths = (res.json.errors as { path: unknown[] }[]).map((e) => e.path.join('.'));
    assert.ok(paths.includes('contacts'));
    assert.ok(paths.includes('consent'));
  });
});

describe('CORS preflight', () => {
  test('allows POST with Content-Type and Idempotency-Key from a page', async () => {
    const res = await fetch(pledges(), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://partner.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.match(res.headers.get('access-control-allow-headers')!, /Idempotency-Key/i);
    assert.match(res.headers.get('vary')!, /Origin/);
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
  });
});

describe('limits set on the command line', () => {
  let limited: TestServer;
  before(async () => {
    limited = await startServer({
      demo: 'without-confirmation',
      args: ['--rate-limit', '3', '--trust-proxy', '--allow-origin', 'https://partner.example'],
    });
  });
  after(() => limited?.stop());

  test('--allow-origin: exact origins only (403 otherwise); requests without Origin pass', async () => {
    const url = `${limited.url}/v1/pledges`;
    const ok = await post(url, pledge(), { headers: { origin: 'https://partner.example' } });
    assert.equal(ok.status, 201);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://partner.example');
    for (const origin of [
      'https://partner.example.evil.com',
      'https://evilpartner.example',
      'null',
    ]) {
      const res = await post(url, pledge(), { headers: { origin } });
      assert.equal(res.status, 403, origin);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    }
    assert.equal((await post(url, pledge())).status, 201);
  });

  test('--trust-proxy: visitors behind a proxy are counted by their own address', async () => {
    const url = `${limited.url}/v1/pledges`;
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await post(url, pledge(), from('203.0.113.7'))).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    assert.equal((await post(url, pledge(), from('203.0.113.8'))).status, 201);
  });

  test('--rate-limit: POSTs to unknown routes count too, with the pledges of that address', async () => {
    const from = { headers: { 'x-forwarded-for': '203.0.113.9' } };
    const statuses = [];
    for (const path of ['/v1/nulle-part', '/v1/events.json', '/wp-login.php', '/v1/nulle-part'])
      statuses.push((await post(`${limited.url}${path}`, {}, from)).status);
    assert.deepEqual(statuses, [404, 405, 404, 429]);
    const res = await post(`${limited.url}/v1/pledges`, pledge(), from);
    assert.equal(res.status, 429);
    assert.match(res.headers.get('retry-after')!, /^\d+$/);
  });

  test('--trust-proxy (one hop): 40 POSTs with a spoofed X-Forwarded-For are counted as one client', async () => {
    const url = `${limited.url}/v1/pledges`;
    // What a reverse proxy forwards: the client's own header, then the address it saw appended.
    const statuses = [];
    for (let i = 0; i < 40; i += 1) {
      const spoofed = { headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.20` } };
      statuses.push((await post(url, pledge(), spoofed)).status);
    }
    assert.deepEqual(statuses.slice(0, 3), [201, 201, 201]);
    assert.equal(statuses.filter((s) => s === 429).length, 37);
  });

  test('IPv6 visitors are counted by their /64', async () => {
    const url = `${limited.url}/v1/pledges`;
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    const statuses = [];
    for (const host of ['1', 'a:b:c', '2', 'ffff'])
      statuses.push((await post(url, pledge(), from(`2001:db8:aa:bb::${host}`))).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    assert.equal((await post(url, pledge(), from('2001:db8:aa:bc::1'))).status, 201);
  });

  test('--trust-proxy with something that is neither a hop count nor addresses: a clear error', async () => {
    const res = await runCli(['serve', '--port', '0', '--trust-proxy', '10.0.0.1,proxy'], {
      CK_LANG: 'fr',
    });
    assert.equal(res.code, 1);
    assert.match(res.stderr, /--trust-proxy attend un nombre de proxys .*« proxy »/);
  });

  test('--rate-limit: past N pledges a minute, 429 with Retry-After', async () => {
    const url = `${limited.url}/v1/pledges`;
    let res = await post(url, pledge());
    for (let i = 0; i < 5 && res.status !== 429; i += 1) res = await post(url, pledge());
    assert.equal(res.status, 429);
    assert.match(res.headers.get('retry-after')!, /^\d+$/);
    assert.ok(Number(res.headers.get('retry-after')) <= 60);
  });
});

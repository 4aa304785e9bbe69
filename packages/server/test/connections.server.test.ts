/**
 * Slow and greedy clients, over real TCP against the real process: a request whose body (or
 * headers) stalls gets 408 and is closed within `--request-timeout`; an idle kept-alive
 * connection is closed after `--keep-alive-timeout`; past `--max-connections-per-address`,
 * one address is refused (429) while other visitors are still served. The timeouts are set
 * to 1 s here so that the waits stay short; nothing asserts on elapsed time.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { MESSAGES } from '../src/http/messages.js';
import { startServer, type TestServer } from './helpers/start-server.js';
import { runCli } from './helpers/process.js';
import { open, parseResponse, untilClosed } from './helpers/raw-http.js';

/** Another visitor: loopback has every 127.x.y.z address. */
const OTHER = '127.0.0.2';

/** A GET from `localAddress`, resolved with its status. */
const getFrom = (url: string, localAddress: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(url, { localAddress, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end();
  });

/** Headers and the first bytes of a pledge, then nothing more. */
const slowPledge = (i: number) =>
  [
    'POST /v1/pledges HTTP/1.1',
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Idempotency-Key: lent-${String(i).padStart(6, '0')}`,
    'Content-Length: 200',
    '',
    '{"campa',
  ].join('\r\n');

/** Opens `n` connections and sends `first(i)` on each; resolves once all are written. */
async function openMany(url: string, n: number, first: (i: number) => string) {
  const sockets: Socket[] = [];
  const closed: Promise<string>[] = [];
  for (let i = 0; i < n; i++) {
    const socket = await open(url);
    closed.push(untilClosed(socket));
    await new Promise<void>((resolve) => socket.write(first(i), () => resolve()));
    sockets.push(socket);
  }
  return { sockets, closed };
}

describe('timeouts (1 s each)', { timeout: 60_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      demo: true,
      args: [
        '--rate-limit',
        '0',
        '--request-timeout',
        '1',
        '--headers-timeout',
        '1',
        '--keep-alive-timeout',
        '1',
        '--max-connections-per-address',
        '100',
      ],
    });
  });
  after(() => server?.stop());

  test('50 bodies that stall each get 408 and are closed; others are served meanwhile', async () => {
    const { closed } = await openMany(server.url, 50, slowPledge);
    assert.equal(await getFrom(`${server.url}/v1/collective.json`, OTHER), 200);
    for (const text of await Promise.all(closed)) {
      const res = parseResponse(text);
      assert.equal(res?.status, 408, text);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(JSON.parse(res.body).message, MESSAGES.fr.requestTimeout);
    }
  });

  test('headers that stall get 408 (French: their language is not known yet) and are closed', async () => {
    const socket = await open(server.url);
    const closed = untilClosed(socket);
    socket.write('GET /v1/events.json HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n');
    const res = parseResponse(await closed);
    assert.equal(res?.status, 408);
    assert.equal(JSON.parse(res.body).message, MESSAGES.fr.requestTimeout);
  });

  test('a body that stalls after English headers gets its 408 in English', async () => {
    const socket = await open(server.url);
    const closed = untilClosed(socket);
    socket.write(slowPledge(999).replace('Host:', 'Accept-Language: en\r\nHost:'));
    const res = parseResponse(await closed);
    assert.equal(res?.status, 408);
    assert.equal(JSON.parse(res.body).message, MESSAGES.en.requestTimeout);
  });

  test('an idle kept-alive connection is closed after its answer', async () => {
    const socket = await open(server.url);
    const closed = untilClosed(socket);
    socket.write('GET /v1/collective.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const text = await closed;
    assert.equal(parseResponse(text)?.status, 200);
    assert.equal(text.match(/^HTTP\/1\.1 /gm)?.length, 1);
  });
});

describe('--max-connections-per-address', { timeout: 60_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      demo: true,
      args: ['--rate-limit', '0', '--max-connections-per-address', '5'],
    });
  });
  after(() => server?.stop());

  test('past 5 connections one address is refused with 429; another address is served', async () => {
    const held = await openMany(server.url, 5, () => 'GET /v1/events.json HTTP/1.1\r\n');
    const extra = await open(server.url);
    const res = parseResponse(await untilClosed(extra));
    assert.equal(res?.status, 429);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(JSON.parse(res.body).message, MESSAGES.fr.tooManyConnections);
    assert.equal(await getFrom(`${server.url}/v1/collective.json`, OTHER), 200);

    // Once one of them is closed, that address is served again.
    held.sockets[0]!.destroy();
    await held.closed[0];
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = await getFrom(`${server.url}/v1/collective.json`, '127.0.0.1').catch(() => 0);
      if (status !== 200) await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(status, 200);
    held.sockets.forEach((s) => s.destroy());
  });
});

test('a timeout of 0 seconds is refused on the command line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-timeout-'));
  try {
    const res = await runCli(['serve', '--request-timeout', '0', '--data', dir], {
      DATABASE_URL: '',
    });
    assert.equal(res.code, 1);
    assert.match(res.stderr, /--request-timeout attend une durée d’au moins 1 seconde/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Every error answer is our problem+json, French by default and English on request: those
 * of the routes (404, 405, 413, 415), of Fastify's router (a URL that does not decode) and
 * of Node's HTTP parser, before Fastify (431 headers too large, 501 unknown method).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGES } from '../src/http/messages.js';
import { BODY_LIMIT } from '../src/http/submissions.js';
import { startServer, type TestServer } from './helpers/start-server.js';
import { rawRequest, type RawResponse } from './helpers/raw-http.js';

let server: TestServer;
before(async () => {
  server = await startServer({ demo: true, args: ['--rate-limit', '0'] });
});
after(() => server?.stop());

type Lang = keyof typeof MESSAGES;

/** One request line and its headers, the language's `Accept-Language` among them. */
const request = (line: string, lang: Lang, headers: string[] = [], body = '') =>
  [
    line,
    'Host: 127.0.0.1',
    ...(lang === 'en' ? ['Accept-Language: en-GB,en;q=0.9'] : []),
    ...headers,
    'Connection: close',
    '',
    body,
  ].join('\r\n');

const json = ['Content-Type: application/json', 'Idempotency-Key: erreurs-0001'];
const big = '{"x":"' + 'a'.repeat(BODY_LIMIT) + '"}';

const CASES: {
  name: string;
  status: number;
  request: (lang: Lang) => string;
  message: (m: (typeof MESSAGES)[Lang]) => string;
  allow?: string;
}[] = [
  {
    name: '404 for a document that does not exist',
    status: 404,
    request: (l) => request('GET /v1/nulle-part.json HTTP/1.1', l),
    message: (m) => m.notFound,
  },
  {
    name: '405 with Allow for another method on a document',
    status: 405,
    request: (l) => request('DELETE /v1/events.json HTTP/1.1', l),
    message: (m) => m.methodNotAllowed('DELETE', 'GET, HEAD'),
    allow: 'GET, HEAD',
  },
  {
    name: '405 for a WebDAV method (PROPFIND)',
    status: 405,
    request: (l) => request('PROPFIND /v1/events.json HTTP/1.1', l),
    message: (m) => m.methodNotAllowed('PROPFIND', 'GET, HEAD'),
    allow: 'GET, HEAD',
  },
  {
    name: '405 for PUT on the submission route',
    status: 405,
    request: (l) => request('PUT /v1/pledges HTTP/1.1', l, [...json, 'Content-Length: 2'], '{}'),
    message: (m) => m.methodNotAllowed('PUT', 'POST'),
    allow: 'POST',
  },
  {
    name: '413 for a body over the limit',
    status: 413,
    request: (l) =>
      request('POST /v1/pledges HTTP/1.1', l, [...json, `Content-Length: ${big.length}`], big),
    message: (m) => m.tooLarge(BODY_LIMIT),
  },
  {
    name: '415 for a body that is not JSON',
    status: 415,
    request: (l) =>
      request(
        'POST /v1/pledges HTTP/1.1',
        l,
        ['Content-Type: text/plain', 'Idempotency-Key: erreurs-0002', 'Content-Length: 2'],
        'hi',
      ),
    message: (m) => m.unsupportedType,
  },
  {
    name: '400 for a URL that does not decode',
    status: 400,
    request: (l) => request('GET /v1/%E0%A4%A HTTP/1.1', l),
    message: (m) => m.badUrl,
  },
  {
    name: '431 for headers too large (Node’s parser, before Fastify)',
    status: 431,
    request: (l) => request('GET /v1/events.json HTTP/1.1', l, [`X-Huge: ${'a'.repeat(20_000)}`]),
    message: (m) => m.headersTooLarge,
  },
  {
    name: '501 for a method the parser does not know',
    status: 501,
    request: (l) => request('BREW /v1/events.json HTTP/1.1', l),
    message: (m) => m.unknownMethod,
  },
];

function assertProblem(res: RawResponse, status: number, message: string) {
  assert.equal(res.status, status);
  assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  const body = JSON.parse(res.body) as Record<string, unknown>;
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assert.equal(body.message, message);
}

for (const lang of ['fr', 'en'] as const) {
  describe(`error answers in ${lang === 'fr' ? 'French (default)' : 'English (Accept-Language: en)'}`, () => {
    for (const c of CASES) {
      test(c.name, async () => {
        const res = await rawRequest(server.url, c.request(lang));
        assertProblem(res, c.status, c.message(MESSAGES[lang]));
        if (c.allow) assert.equal(res.headers.allow, c.allow);
      });
    }
  });
}

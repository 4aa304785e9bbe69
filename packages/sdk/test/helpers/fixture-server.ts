/**
 * A small HTTP server on 127.0.0.1 (random port) for tests against real HTTP: each path has a
 * handler; every request is recorded (method, path, headers, body) so tests can count them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The client closed the connection before the answer was complete. */
  closedEarly: boolean;
}

/** Answers one request; `nth` counts the requests of this path from 0. */
export type Handler = (req: IncomingMessage, res: ServerResponse, ctx: HandlerContext) => void;

export interface HandlerContext {
  nth: number;
  body: string;
  /** Runs `fn` after `ms`, unless the server closes first. */
  later(ms: number, fn: () => void): void;
}

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  requests: RecordedRequest[];
  /** Requests received for a path (query string ignored). */
  count(path: string): number;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a server answering `routes`; unknown paths get 404. */
export async function startFixtureServer(
  routes: Record<string, Handler> = {},
): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const body = Buffer.concat(chunks).toString('utf8');
      const nth = requests.filter((r) => r.path === path).length;
      const record = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body,
        closedEarly: false,
      };
      requests.push(record);
      res.on('close', () => {
        if (!res.writableEnded) record.closedEarly = true;
      });
      const handler = table.get(path) ?? notFound;
      handler(req, res, {
        nth,
        body,
        later(ms, fn) {
          const t = setTimeout(() => {
            timers.delete(t);
            fn();
          }, ms);
          timers.add(t);
        },
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    route: (path, handler) => void table.set(path, handler),
    close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

const notFound: Handler = (_req, res) => {
  res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
};

interface JsonOptions {
  status?: number;
  headers?: Record<string, string>;
}

/** Answers `value` as JSON. */
export const json =
  (value: unknown, { status = 200, headers = {} }: JsonOptions = {}): Handler =>
  (_req, res) => {
    const body = JSON.stringify(value);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  };

/** Answers `body` as is, with a content type. */
export const raw =
  (body: string, contentType: string, status = 200): Handler =>
  (_req, res) => {
    res
      .writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
      .end(body);
  };

/** The first request gets `handlers[0]`, the second `handlers[1]`…, later ones the last. */
export const sequence =
  (...handlers: Handler[]): Handler =>
  (req, res, ctx) =>
    handlers[Math.min(ctx.nth, handlers.length - 1)]!(req, res, ctx);

/** Answers with `handler` after `ms`. */
export const delayed =
  (ms: number, handler: Handler): Handler =>
  (req, res, ctx) =>
    ctx.later(ms, () => {
      if (!res.destroyed) handler(req, res, ctx);
    });

/** Cuts the connection without answering (a dropped connection). */
export const dropConnection: Handler = (req) => req.socket.destroy();

/** Serves `value` with an ETag and answers 304 when the client already has it. */
export const withEtag =
  (value: unknown, etag = '"v1"'): Handler =>
  (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(JSON.stringify(value));
  };

/** Resolves once `condition()` holds, checking every 10 ms (rejects after `limit` ms). */
export async function until(condition: () => boolean, limit = 2_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited >= limit) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 10));
  }
}

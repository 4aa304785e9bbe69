/**
 * A small HTTP server on 127.0.0.1 (random port) for tests against real HTTP: each path has a
 * handler; every request is recorded (method, path, headers, body) so tests can count them.
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
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
export declare function startFixtureServer(
  routes?: Record<string, Handler>,
): Promise<FixtureServer>;
interface JsonOptions {
  status?: number;
  headers?: Record<string, string>;
}
/** Answers `value` as JSON. */
export declare const json: (value: unknown, { status, headers }?: JsonOptions) => Handler;
/** Answers `body` as is, with a content type. */
export declare const raw: (body: string, contentType: string, status?: number) => Handler;
/** The first request gets `handlers[0]`, the second `handlers[1]`…, later ones the last. */
export declare const sequence: (...handlers: Handler[]) => Handler;
/** Answers with `handler` after `ms`. */
export declare const delayed: (ms: number, handler: Handler) => Handler;
/** Cuts the connection without answering (a dropped connection). */
export declare const dropConnection: Handler;
/** Serves `value` with an ETag and answers 304 when the client already has it. */
export declare const withEtag: (value: unknown, etag?: string) => Handler;
/** Resolves once `condition()` holds, checking every 10 ms (rejects after `limit` ms). */
export declare function until(condition: () => boolean, limit?: number): Promise<void>;
export {};
//# sourceMappingURL=fixture-server.d.ts.map

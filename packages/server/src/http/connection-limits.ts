/**
 * Limits on connections, so that slow or idle clients cannot hold the server's sockets (and
 * file descriptors) away from everyone else: a request, headers and body, must arrive within
 * `requestTimeoutMs` (its headers within `headersTimeoutMs`), an idle kept-alive connection
 * is closed after `keepAliveTimeoutMs`, and one address holds at most `maxPerAddress`
 * connections at a time. A request cut by a timeout gets `408` (see client-errors.ts).
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { MESSAGES } from './messages.js';
import { rawProblem } from './problem.js';

export interface ConnectionLimits {
  /** The whole request, headers and body (ms). */
  requestTimeoutMs: number;
  /** The request's headers (ms); never more than `requestTimeoutMs`. */
  headersTimeoutMs: number;
  /** An idle connection between two requests (ms). */
  keepAliveTimeoutMs: number;
  /** Open connections per client address; 0: no cap (behind a reverse proxy). */
  maxPerAddress: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 10_000,
  // Visitors behind one NAT share an address; a browser opens up to 6 connections a site.
  maxPerAddress: 64,
};

/** Fastify's server options for the timeouts. */
export function timeoutOptions(limits: ConnectionLimits) {
  const requestTimeout = limits.requestTimeoutMs;
  const headersTimeout = Math.min(limits.headersTimeoutMs, requestTimeout);
  const keepAliveTimeout = limits.keepAliveTimeoutMs;
  return {
    requestTimeout,
    keepAliveTimeout,
    // A connection silent for twice as long (a client that stopped reading its answer) is
    // closed too; a stalled request is answered 408 before that.
    connectionTimeout: 2 * requestTimeout,
    // Node takes these at creation only (set later, they are not checked), and looks for
    // expired requests every `connectionsCheckingInterval` (30 s by default: too late).
    http: {
      requestTimeout,
      headersTimeout,
      keepAliveTimeout,
      connectionsCheckingInterval: Math.min(1000, Math.max(100, headersTimeout / 4)),
    },
  };
}

/**
 * Refuses a connection past `max` from one address: a `429` problem (French: no request
 * has told the language yet), then closed, before the HTTP parser holds anything for it.
 */
export function capConnectionsPerAddress(server: Server, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.write(rawProblem(429, MESSAGES.fr.tooManyConnections, ['Retry-After: 1']));
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = open.get(address)! - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/**
 * CORS: documents are readable from any origin; submissions are accepted from any origin by
 * default, or only from the exact origins of `--allow-origin` (never a pattern, never `null`).
 */
import type { FastifyInstance } from 'fastify';

export interface CorsOptions {
  /** Exact origins allowed to POST (`https://partner.example`); empty: any. */
  allowOrigins: readonly string[];
}

/** Is a POST from `origin` accepted? Requests without Origin (curl, servers) are. */
export const originAllowed = (origin: string | undefined, allow: readonly string[]) =>
  origin === undefined || allow.length === 0 || allow.includes(origin);

export function registerCors(app: FastifyInstance, { allowOrigins }: CorsOptions): void {
  // A callback hook, not an async one: it runs on every request, and a promise per request shows.
  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (request.method === 'GET' || request.method === 'HEAD') {
      reply.header('access-control-allow-origin', '*');
      reply.header('access-control-expose-headers', 'ETag, Retry-After');
      return done();
    }
    // POST and preflights: echo an accepted origin, and say the answer depends on it.
    reply.header('vary', 'Origin');
    if (origin && origin !== 'null' && originAllowed(origin, allowOrigins)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-expose-headers', 'Retry-After');
    }
    done();
  });
  app.options('/v1/*', async (_request, reply) => {
    reply
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'Content-Type, Idempotency-Key, Accept-Language')
      .header('access-control-max-age', '86400')
      .code(204)
      .send();
  });
}

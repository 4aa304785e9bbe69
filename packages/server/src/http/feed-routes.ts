/**
 * `GET /v1/*`: the feed documents with a strong ETag, `304` on `If-None-Match`, a short
 * `Cache-Control`, readable from any origin (see cors.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../store/database.js';
import type { DocumentCache } from './document-cache.js';
import { etagOf, type Rendered } from './document-cache.js';
import {
  calendarDocument,
  coalitionsGeoJson,
  collectiveDocument,
  eventQuery,
  listDocument,
  statsDocument,
} from './documents.js';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';
import { FeedUrls } from '../media/feed-url.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Seconds a browser or CDN may reuse a document before asking again. */
const MAX_AGE = { document: 60, stats: 10 } as const;

const render = (value: unknown, type = JSON_TYPE): Rendered | undefined => {
  if (value === undefined) return undefined;
  const body = Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
  return { body, etag: etagOf(body), type };
};

/** Does `If-None-Match` name this ETag (or `*`)? Weak comparison, as RFC 9110 asks for GET. */
export function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

export function send(request: FastifyRequest, reply: FastifyReply, doc: Rendered, maxAge: number) {
  reply.header('etag', doc.etag).header('cache-control', `public, max-age=${maxAge}`);
  if (notModified(request, doc.etag)) return reply.code(304).send();
  return reply.type(doc.type).send(doc.body);
}

export function registerFeedRoutes(app: FastifyInstance, db: Database, cache: DocumentCache): void {
  // Documents that name image copies carry the feed's public URL (see media/feed-url.ts).
  const feedUrls = new FeedUrls();
  const serve =
    (
      key: (r: FastifyRequest) => string | null,
      build: (r: FastifyRequest) => Promise<Rendered | undefined>,
      maxAge: number,
      missing: 'notFound' | 'noCollective',
    ) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const k = key(request);
      // Uncommon queries (filtered calendars) are rendered each time instead of filling the cache.
      const doc = k === null ? await build(request) : await cache.get(k, () => build(request));
      if (!doc) return sendProblem(reply, 404, MESSAGES[langOf(request.headers)][missing]);
      return send(request, reply, feedUrls.localize(doc, request), maxAge);
    };

  app.get(
    '/v1/collective.json',
    serve(
      () => 'collective',
      async () => render(await collectiveDocument(db, feedUrls.base)),
      MAX_AGE.document,
      'noCollective',
    ),
  );
  for (const kind of ['events', 'members', 'coalitions'] as const) {
    app.get(
      `/v1/${kind}.json`,
      serve(
        () => kind,
        async () => render(await listDocument(db, kind, feedUrls.base)),
        MAX_AGE.document,
        'notFound',
      ),
    );
  }
  app.get<{ Params: { id: string } }>(
    '/v1/campaigns/:id/stats.json',
    serve(
      (r) => `stats/${(r.params as { id: string }).id}`,
      async (r) => render(await statsDocument(db, (r.params as { id: string }).id)),
      MAX_AGE.stats,
      'notFound',
    ),
  );
  app.get(
    '/v1/events.ics',
    serve(
      (r) => (Object.keys(r.query as object).length === 0 ? 'ics' : null),
      async (r) =>
        render(
          await calendarDocument(db, eventQuery(r.query as Record<string, unknown>)),
          'text/calendar; charset=utf-8',
        ),
      MAX_AGE.document,
      'noCollective',
    ),
  );
  app.get(
    '/v1/coalitions.geojson',
    serve(
      () => 'geojson',
      async () => render(await coalitionsGeoJson(db), 'application/geo+json; charset=utf-8'),
      MAX_AGE.document,
      'notFound',
    ),
  );
}

/**
 * `GET /v1/*`: the feed documents with a strong ETag, `304` on `If-None-Match`, a short
 * `Cache-Control`, readable from any origin (see cors.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Collective } from '@coalition-kit/sdk';
import type { Database } from '../store/database.js';
import type { ContentChanges } from '../store/changes.js';
import type { DocumentCache } from './document-cache.js';
import { etagOf, type Rendered } from './document-cache.js';
import { CalendarCache } from './calendar-cache.js';
import {
  calendarInputs,
  calendarOf,
  coalitionsGeoJson,
  collectiveDocument,
  eventQuery,
  listDocument,
  statsDocument,
} from './documents.js';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';
import { LastGood, STALE_STATUS } from './stale-if-error.js';
import { isUnavailable } from '../store/unavailable.js';
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

export interface FeedSources {
  /** The collective as published (cached by the caller). */
  collective(): Promise<Collective | undefined>;
  /** How long the events are reused before the database is read again (ms). */
  cacheMs: number;
  /** A coordinator's command changed the content: the calendars are rendered again. */
  contentChanges?: ContentChanges | undefined;
}

export function registerFeedRoutes(
  app: FastifyInstance,
  db: Database,
  cache: DocumentCache,
  sources: FeedSources,
): void {
  const lastGood = new LastGood();
  // Documents that name image copies carry the feed's public URL (see media/feed-url.ts).
  const feedUrls = new FeedUrls();
  const serve =
    (
      /** The cache key, or undefined when there is no such document (answered 404, not kept). */
      key: (r: FastifyRequest) => string | undefined | Promise<string | undefined>,
      build: (r: FastifyRequest) => Promise<Rendered | undefined>,
      maxAge: number,
      missing: 'notFound' | 'noCollective',
    ) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const k = await key(request);
      const { doc, stale } =
        k === undefined
          ? { doc: undefined, stale: false }
          : await lastGood.get(k, () => cache.get(k, () => build(request)));
      if (stale) reply.header('cache-status', STALE_STATUS);
      if (!doc) return sendProblem(reply, 404, MESSAGES[langOf(request.headers)][missing]);
      return send(request, reply, feedUrls.localize(doc, request), maxAge);
    };

  const calendars = new CalendarCache(
    sources.cacheMs,
    () => calendarInputs(db),
    (inputs, query) => render(calendarOf(inputs, query), 'text/calendar; charset=utf-8')!,
  );
  sources.contentChanges?.subscribe(() => calendars.invalidate());

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
      // An unknown id is answered from the cached collective: it never takes a cache entry.
      async (r) => {
        const { id } = r.params as { id: string };
        const collective = await sources.collective().catch((error: unknown) => {
          if (isUnavailable(error)) return null;
          throw error;
        });
        // Database unreachable: a campaign served before is found by its last good copy.
        if (collective === null) return `stats/${id}`;
        return collective?.campaigns.some((c) => c.id === id) ? `stats/${id}` : undefined;
      },
      async (r) => render(await statsDocument(db, (r.params as { id: string }).id)),
      MAX_AGE.stats,
      'notFound',
    ),
  );
  app.get('/v1/events.ics', async (request, reply) => {
    const doc = await calendars.get(eventQuery(request.query as Record<string, unknown>));
    if (!doc) return sendProblem(reply, 404, MESSAGES[langOf(request.headers)].noCollective);
    return send(request, reply, doc, MAX_AGE.document);
  });
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

/** The Fastify application: feed documents, submissions, CDN and demo page. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Collective } from '@coalition-kit/sdk';
import type { Database } from '../store/database.js';
import type { ContentChanges } from '../store/changes.js';
import { DocumentCache } from './document-cache.js';
import { collectiveDocument } from './documents.js';
import { registerCors } from './cors.js';
import { registerFeedRoutes } from './feed-routes.js';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';
import { RateLimiter } from './rate-limit.js';
import { GroupCommit } from '../store/group-commit.js';
import { BODY_LIMIT, registerSubmissions } from './submissions.js';
import { registerStaticFiles } from './static-files.js';

export interface AppOptions {
  db: Database;
  /** Submissions per minute per address (0: no limit). */
  rateLimit: number;
  /** Exact origins allowed to POST; empty: any. */
  allowOrigins: readonly string[];
  cdnDir: string;
  siteDir: string;
  /** How long a rendered document is reused before the database is read again (ms). */
  cacheMs?: number;
  now?: () => Date;
  /** Log requests (JSON lines on stdout). */
  log?: boolean;
  /** Behind a reverse proxy: the client's address (for the rate limit) is read from X-Forwarded-For. */
  trustProxy?: boolean;
  /** A coordinator's command changed the content: every cached document is dropped. */
  contentChanges?: ContentChanges;
}

/** Builds the application (not listening yet). */
export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: options.log ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
  });
  const cacheMs = options.cacheMs ?? 1000;
  const documents = new DocumentCache(cacheMs);
  const collective = new DocumentCache<Collective | undefined>(cacheMs);
  options.contentChanges?.subscribe(() => {
    documents.invalidate();
    collective.invalidate();
  });

  // JSON only: Fastify's other default parser (text/plain) is removed, so a form post cannot
  // reach a handler.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const m = MESSAGES[langOf(request.headers)];
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 413, m.tooLarge(BODY_LIMIT));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, 415, m.unsupportedType);
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, 400, m.invalidJson);
    }
    if (error instanceof SyntaxError) return sendProblem(reply, 400, m.invalidJson);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, status, m.badRequest);
    request.log.error(error);
    if (!options.log) console.error(error);
    return sendProblem(reply, 500, m.internal);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, MESSAGES[langOf(request.headers)].notFound),
  );

  registerCors(app, { allowOrigins: options.allowOrigins });
  registerFeedRoutes(app, options.db, documents);
  registerSubmissions(app, {
    db: options.db,
    limiter: new RateLimiter(options.rateLimit),
    pledges: new GroupCommit(options.db),
    allowOrigins: options.allowOrigins,
    collective: () => collective.get('collective', () => collectiveDocument(options.db)),
    onPledge: (campaign) => documents.invalidate(`stats/${campaign}`),
    now: options.now ?? (() => new Date()),
  });
  registerStaticFiles(app, { cdnDir: options.cdnDir, siteDir: options.siteDir });
  return app;
}

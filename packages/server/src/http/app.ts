/** The Fastify application: feed documents, submissions, CDN and demo page. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Collective } from '@coalition-kit/sdk';
import type { Database } from '../store/database.js';
import { trustProxyOption, type TrustProxy } from './client-address.js';
import type { ContentChanges } from '../store/changes.js';
import { DocumentCache } from './document-cache.js';
import { collectiveDocument } from './documents.js';
import { registerCors } from './cors.js';
import { registerFeedRoutes } from './feed-routes.js';
import { registerMediaRoutes } from './media-routes.js';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';
import { clientErrorHandler, frameworkErrors } from './client-errors.js';
import {
  DEFAULT_LIMITS,
  capConnectionsPerAddress,
  timeoutOptions,
  type ConnectionLimits,
} from './connection-limits.js';
import { trackAllowedMethods } from './allowed-methods.js';
import { refuseOverLimit } from './rate-limit-guard.js';
import { createLimiter } from './shared-rate-limit.js';
import { GroupCommit } from '../store/group-commit.js';
import { BODY_LIMIT, registerSubmissions } from './submissions.js';
import { registerStaticFiles } from './static-files.js';
import { registerPledgeLinks } from './pledge-links.js';
import { isUnavailable } from '../store/unavailable.js';
import { sendUnavailable } from './unavailable.js';

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
  /** Behind reverse proxies (hops, or their addresses): the client's address (for the rate limit) is read from X-Forwarded-For. */
  trustProxy?: TrustProxy;
  /** Timeouts and the cap of connections per address (defaults: DEFAULT_LIMITS). */
  connections?: Partial<ConnectionLimits>;
  /** The cache of rendered documents (tests pass one to watch its size). */
  documents?: DocumentCache;
  /** A coordinator's command changed the content: every cached document is dropped. */
  contentChanges?: ContentChanges;
  /** Confirmation messages: where their links point, and the outbox to wake after a pledge. */
  mail?: { linkBase(): string; wake(): void };
}

/** Methods that only read: a request with another one and no route is rate limited. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Builds the application (not listening yet). */
export function buildApp(options: AppOptions): FastifyInstance {
  const limits = { ...DEFAULT_LIMITS, ...options.connections };
  const app = Fastify({
    logger: options.log ?? false,
    bodyLimit: BODY_LIMIT,
    // Hops or proxy addresses, never `true` (every hop, including the ones the client writes).
    trustProxy: trustProxyOption(options.trustProxy),
    clientErrorHandler,
    frameworkErrors,
    ...timeoutOptions(limits),
  });
  // Behind a proxy every connection comes from the proxy's address: the proxy caps them.
  if (!options.trustProxy) capConnectionsPerAddress(app.server, limits.maxPerAddress);
  const cacheMs = options.cacheMs ?? 1000;
  const documents = options.documents ?? new DocumentCache(cacheMs);
  const collective = new DocumentCache<Collective | undefined>(cacheMs);
  const limiter = createLimiter(options.db, options.rateLimit);
  app.addHook('onClose', async () => limiter.close?.());
  const allowedMethods = trackAllowedMethods(app);
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
    if (isUnavailable(error)) return sendUnavailable(reply, m);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, status, m.badRequest);
    request.log.error(error);
    if (!options.log) console.error(error);
    return sendProblem(reply, 500, m.internal);
  });
  // A write to no route counts against the rate limit like a submission, before its body is read.
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404 && !READS.has(request.method))
      return refuseOverLimit(limiter, request, reply);
    return undefined;
  });
  app.setNotFoundHandler((request, reply) => {
    const m = MESSAGES[langOf(request.headers)];
    const allow = allowedMethods(request.url.split('?')[0]!).join(', ');
    if (allow)
      return sendProblem(
        reply.header('allow', allow),
        405,
        m.methodNotAllowed(request.method, allow),
      );
    return sendProblem(reply, 404, m.notFound);
  });

  const published = () => collective.get('collective', () => collectiveDocument(options.db));

  registerCors(app, { allowOrigins: options.allowOrigins });
  registerFeedRoutes(app, options.db, documents, {
    collective: published,
    cacheMs,
    contentChanges: options.contentChanges,
  });
  registerMediaRoutes(app, options.db);
  registerSubmissions(app, {
    db: options.db,
    limiter,
    pledges: new GroupCommit(options.db),
    allowOrigins: options.allowOrigins,
    collective: published,
    onPledge: (campaign) => documents.invalidate(`stats/${campaign}`),
    linkBase: options.mail?.linkBase ?? (() => 'http://localhost/v1'),
    onMail: () => options.mail?.wake(),
    now: options.now ?? (() => new Date()),
  });
  registerPledgeLinks(app, {
    db: options.db,
    limiter,
    collective: published,
    onChange: (campaign) => documents.invalidate(`stats/${campaign}`),
    now: options.now ?? (() => new Date()),
  });
  registerStaticFiles(app, { cdnDir: options.cdnDir, siteDir: options.siteDir });
  return app;
}

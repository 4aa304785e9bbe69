/**
 * `GET /v1/media/<sha256>.<ext>`: the stored copies of the feed's images. The name is the
 * content's hash, so a copy never changes: cached for a year, `immutable`. Served as inert
 * bytes (nosniff, no active content) and embeddable by partner pages (CORP cross-origin).
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../store/database.js';
import { isMediaName } from '../media/fields.js';
import { extensionOf, readMedia } from '../media/store.js';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';
import { notModified } from './feed-routes.js';

export function registerMediaRoutes(app: FastifyInstance, db: Database): void {
  app.get<{ Params: { name: string } }>('/v1/media/:name', async (request, reply) => {
    const { name } = request.params;
    const notFound = () => sendProblem(reply, 404, MESSAGES[langOf(request.headers)].notFound);
    if (!isMediaName(name)) return notFound();
    const [sha256, ext] = name.split('.') as [string, string];
    const media = await readMedia(db, sha256);
    // The extension is part of the name: `<sha>.gif` of a PNG is no such file.
    if (!media || extensionOf(media.type) !== ext) return notFound();
    const etag = `"${sha256}"`;
    reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      .header('cross-origin-resource-policy', 'cross-origin');
    if (notModified(request, etag)) return reply.code(304).send();
    return reply.type(media.type).send(media.bytes);
  });
}

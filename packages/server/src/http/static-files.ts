/**
 * `/cdn/*`: the widgets' script-tag bundle (packages/elements/dist/cdn). The entry
 * `coalition-kit.js` keeps its name, so partners' snippets never change: short cache. Every
 * other file has a content hash in its name: cached for a year, immutable.
 * `/`: the demo partner page, under a strict Content-Security-Policy.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, type Rendered } from './document-cache.js';
import { send } from './feed-routes.js';
import { MESSAGES, langOf } from './messages.js';
import { sendProblem } from './problem.js';

export const CDN_ENTRY = 'coalition-kit.js';

/** The policy of the demo page: no inline script or style, images from anywhere safe. */
export const PAGE_CSP =
  "default-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Reads `name` under `dir`, refusing anything that would leave it (`..`, odd characters). */
function readInside(dir: string, name: string): Rendered | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name) || name.includes('..')) return undefined;
  const root = resolve(dir);
  const file = resolve(root, name);
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
    return undefined;
  const body = readFileSync(file);
  return { body, etag: etagOf(body), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

export interface StaticOptions {
  /** The elements' CDN build (`packages/elements/dist/cdn`). */
  cdnDir: string;
  /** The demo partner site (`examples/partner-site`). */
  siteDir: string;
}

export function registerStaticFiles(
  app: FastifyInstance,
  { cdnDir, siteDir }: StaticOptions,
): void {
  // Files are read once per process: a rebuilt bundle needs a restart, like any deploy.
  const files = new Map<string, Rendered | undefined>();
  const cached = (dir: string, name: string) => {
    const key = join(dir, name);
    if (!files.has(key)) {
      const found = readInside(dir, name);
      if (!found) return undefined; // not kept: the build may land later
      files.set(key, found);
    }
    return files.get(key);
  };

  app.get('/cdn/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const name = (request.params as { '*': string })['*'];
    const file = cached(cdnDir, name);
    const m = MESSAGES[langOf(request.headers)];
    if (!file) return sendProblem(reply, 404, name === CDN_ENTRY ? m.cdnMissing : m.notFound);
    reply.header('access-control-allow-origin', '*');
    if (name === CDN_ENTRY) return send(request, reply, file, 300);
    reply.header('cache-control', 'public, max-age=31536000, immutable').header('etag', file.etag);
    return reply.type(file.type).send(file.body);
  });

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = (request.params as { '*'?: string })['*'];
    const name = raw ? raw : 'index.html';
    const file = cached(siteDir, name);
    if (!file) return sendProblem(reply, 404, MESSAGES[langOf(request.headers)].notFound);
    reply
      .header('content-security-policy', PAGE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'strict-origin-when-cross-origin');
    return send(request, reply, file, 60);
  };
  app.get('/', page);
  app.get('/*', page);
}

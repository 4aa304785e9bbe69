// Serves examples/strict-csp under a strict Content-Security-Policy with Trusted Types, and
// passes /v1/* and /cdn/* to a ck-server, so that the widgets, their feed and their bundle
// are all 'self'. Run: `node examples/strict-csp/serve.mjs http://127.0.0.1:8787`
// (a `ck-server serve --demo` there), then open the address it prints.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/** The page's policy: the strict one plus the Trusted Types line of the README. */
export const TRUSTED_TYPES =
  "require-trusted-types-for 'script'; trusted-types coalition-kit-lit coalition-kit-json-ld 'allow-duplicates'";
export const PAGE_POLICY = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; ${TRUSTED_TYPES}`;

const FILES = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/page.css': ['page.css', 'text/css; charset=utf-8'],
};

/** Starts the page's server on 127.0.0.1 (`port` 0: any free one); resolves with it and its URL. */
export async function serveStrictCsp(feedOrigin, port = 0) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/v1/') || path.startsWith('/cdn/')) return proxy(request, response);
    const file = FILES[path];
    if (!file) return void response.writeHead(404).end();
    const body = await readFile(fileURLToPath(new URL(file[0], import.meta.url)));
    response.writeHead(200, {
      'content-type': file[1],
      'content-security-policy': PAGE_POLICY,
      'x-content-type-options': 'nosniff',
    });
    response.end(body);
  });

  async function proxy(request, response) {
    const body =
      request.method === 'GET' || request.method === 'HEAD'
        ? undefined
        : Buffer.concat(await request.toArray());
    const headers = { ...request.headers };
    delete headers.host;
    try {
      const upstream = await fetch(new URL(request.url, feedOrigin), {
        method: request.method,
        headers,
        body,
      });
      const out = Object.fromEntries(upstream.headers);
      // fetch has decoded the body already.
      delete out['content-encoding'];
      delete out['content-length'];
      response.writeHead(upstream.status, out);
      response.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  }

  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address();
  return { server, url: `http://127.0.0.1:${bound}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const feed = process.argv[2] ?? 'http://127.0.0.1:8787';
  const { url } = await serveStrictCsp(feed, Number(process.env.PORT ?? 8790));
  console.log(`${url}/ (feed and bundle from ${feed})`);
}

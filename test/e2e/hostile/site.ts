/**
 * The hostile pages' own web server on loopback: it serves `pages/*.html` with the CSP header
 * of the case, and proxies `/v1/*` and `/cdn/*` to the real ck-server, so everything is
 * same-origin (`'self'`). Also `/cdn-other/*` (the bundle as another version would be),
 * `/hostile/v1/*` (the hostile feed) and `/pages/other-lit.js` (another Lit, bundled here).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CDN_DIR } from '../../../packages/server/test/helpers/process.js';
import { hostileDocument } from './hostile-feed.js';
import { widgetsHtml } from './widgets.js';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));

/** The strict policy of issue #13, with the Trusted Types line of the README. */
const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
];
export const STRICT_CSP = [
  ...STRICT,
  "require-trusted-types-for 'script'",
  // Ours (README "Safe embedding"), and the host's: another Lit and its own policy.
  "trusted-types coalition-kit-lit coalition-kit-json-ld 'allow-duplicates' lit-html host-app",
].join('; ');

/** The page policies, by the value of `?csp=`. */
const POLICIES: Record<string, string | undefined> = {
  strict: STRICT_CSP,
  'no-tt': STRICT.join('; '),
  none: undefined,
};

/** The version the second bundle claims. */
export const OTHER_VERSION = '0.0.9-other';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface HostileSite {
  readonly url: string;
  close(): Promise<void>;
}

/** A copy of the CDN build as another version would be (its loader and define guard). */
function otherVersionCdn(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ck-cdn-other-'));
  cpSync(CDN_DIR, dir, { recursive: true });
  // The version is in the entry (the loader) and in the chunks (the define guard).
  const chunks = join(dir, 'chunks');
  const files = [
    join(dir, 'coalition-kit.js'),
    ...readdirSync(chunks)
      .filter((n) => n.endsWith('.js'))
      .map((n) => join(chunks, n)),
  ];
  for (const path of files) {
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"0.1.0"', `"${OTHER_VERSION}"`));
  }
  return dir;
}

/** Another Lit app of the host page: one ES module, bundled from node_modules. */
async function otherLit(): Promise<string> {
  const out = await build({
    entryPoints: [join(PAGES, 'other-lit.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  csp?: string,
) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    ...(csp ? { 'content-security-policy': csp } : {}),
  });
  res.end(body);
}

function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  path: string,
  hostile: boolean,
) {
  const upstream = request(
    new URL(path, target),
    {
      method: req.method,
      headers: { ...req.headers, host: target.host, 'accept-encoding': 'identity' },
    },
    (up) => {
      if (!hostile || !(up.headers['content-type'] ?? '').includes('json')) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        return void up.pipe(res);
      }
      let text = '';
      up.setEncoding('utf8').on('data', (c: string) => (text += c));
      up.on('end', () =>
        send(res, up.statusCode ?? 502, up.headers['content-type']!, hostileDocument(text)),
      );
    },
  );
  upstream.on('error', () => send(res, 502, 'text/plain', 'ck-server unreachable'));
  req.pipe(upstream);
}

/**
 * Starts the site in front of `feedUrl` (the ck-server). A page is `/NAME.html` from `pages/`,
 * `<!-- WIDGETS -->` replaced by every widget; `?feed=hostile` points them at the hostile
 * feed; `?csp=none` drops the policy, `?csp=no-tt` keeps it without Trusted Types.
 */
export async function startHostileSite(feedUrl: string): Promise<HostileSite> {
  const target = new URL(feedUrl);
  const otherCdn = otherVersionCdn();
  const otherLitJs = await otherLit();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path.startsWith('/v1/') || path.startsWith('/cdn/'))
      return proxy(req, res, target, path + url.search, false);
    if (path.startsWith('/hostile/v1/'))
      return proxy(req, res, target, path.slice('/hostile'.length) + url.search, true);
    if (path === '/pages/other-lit.js') return send(res, 200, TYPES['.js']!, otherLitJs);
    const file = path.startsWith('/cdn-other/')
      ? join(otherCdn, path.slice('/cdn-other/'.length))
      : join(PAGES, path.slice(path.startsWith('/pages/') ? '/pages/'.length : 1));
    if (!file.startsWith(otherCdn) && !file.startsWith(PAGES))
      return send(res, 404, 'text/plain', '');
    let body: string;
    try {
      body = readFileSync(file, 'utf8');
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) !== '.html') return send(res, 200, type, body);
    const feed = url.searchParams.get('feed') === 'hostile' ? '/hostile/v1' : '/v1';
    const csp = POLICIES[url.searchParams.get('csp') ?? 'strict'];
    send(res, 200, type, body.replace('<!-- WIDGETS -->', widgetsHtml(feed)), csp);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(otherCdn, { recursive: true, force: true });
    },
  };
}

// Serves the fixture feeds of feeds.mjs over real HTTP to the browser tests, and counts requests.
//   GET|HEAD /__feeds/<name>[~anything]/v1/<document>   a fixture document ("~x": a fresh URL, same data)
//   /__feeds/slow-<name>/…                               the same, answered after 1.5 s
//   {status, body, failFirst: n}                         a document failing n times, then 200
//   GET /__feeds/_count?prefix=/__feeds/demo~a/         how many requests began with that prefix
//   https://feed-origin.invalid, https://remote-origin.invalid in a document  this server's origin,
//                                                        and the same server under another host name
//   /__pledge/…                                          the scriptable pledge feed (pledge-fixture.mjs)
// Registered in web-test-runner.config.mjs as a middleware.
import { feeds } from './feeds.mjs';
import { FEED_ORIGIN, REMOTE_ORIGIN } from './member-feeds.mjs';
import { pledgeFixtureMiddleware } from './pledge-fixture.mjs';

const pledgeFixture = pledgeFixtureMiddleware();

const counts = new Map();

export function feedFixtureMiddleware() {
  return async function feedFixture(ctx, next) {
    if (ctx.path.startsWith('/__pledge/')) return pledgeFixture(ctx, next);
    if (!ctx.path.startsWith('/__feeds/')) return next();
    if (ctx.path === '/__feeds/_count') {
      const prefix = String(ctx.query.prefix ?? '');
      let n = 0;
      for (const [path, c] of counts) if (path.startsWith(prefix)) n += c;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: n });
      return;
    }
    counts.set(ctx.path, (counts.get(ctx.path) ?? 0) + 1);
    const match = /^\/__feeds\/(slow-)?([\w-]+)(?:~[\w-]+)?\/v1\/(.+)$/.exec(ctx.path);
    const doc = match && feeds[match[2]]?.[match[3]];
    if (match?.[1]) await new Promise((r) => setTimeout(r, 1500));
    ctx.set('cache-control', 'no-store');
    if (!doc) {
      ctx.status = 404;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ message: 'not found' });
      return;
    }
    const wrapped = typeof doc === 'object' && 'status' in doc && 'body' in doc;
    const body = wrapped ? doc.body : doc;
    // `failFirst: n`: the first n requests of this URL get `status`, the next ones 200.
    const failing = wrapped && (!doc.failFirst || counts.get(ctx.path) <= doc.failFirst);
    ctx.status = failing ? doc.status : 200;
    ctx.type = wrapped && doc.type ? doc.type : 'application/json';
    ctx.body = withOrigins(typeof body === 'string' ? body : JSON.stringify(body), ctx);
  };
}

/** Absolute image URLs of the fixtures: on the feed's origin, or on another host (same server). */
function withOrigins(text, ctx) {
  if (!text.includes('.invalid')) return text;
  const [host, port] = ctx.host.split(':');
  const other = host === 'localhost' ? '127.0.0.1' : 'localhost';
  return text
    .replaceAll(FEED_ORIGIN, ctx.origin)
    .replaceAll(REMOTE_ORIGIN, `${ctx.protocol}://${other}${port ? `:${port}` : ''}`);
}

/** Imports of `@coalition-kit/sdk` get the SDK's source, not a possibly stale `dist/`. */
export function sdkFromSourcePlugin() {
  return {
    name: 'coalition-kit-sdk-from-source',
    resolveImport({ source }) {
      if (source === '@coalition-kit/sdk') return '/packages/sdk/src/index.ts';
      return undefined;
    },
  };
}

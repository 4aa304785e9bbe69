/**
 * Which methods a path has, from the routes as they are registered: a known path asked with
 * another method answers `405` with `Allow` (RFC 9110 §15.5.6) instead of `404`. Preflight
 * routes (`OPTIONS /v1/*`) and the site's catch-all (`/*`) say nothing about a resource.
 */
import type { FastifyInstance } from 'fastify';

/** `/v1/campaigns/:id/stats.json` → a pattern matching `/v1/campaigns/x/stats.json`. */
const patternOf = (url: string) =>
  new RegExp(
    `^${url
      .split(/(:[A-Za-z_]\w*|\*)/)
      .map((part, i) =>
        i % 2 ? (part === '*' ? '.*' : '[^/]+') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('')}$`,
  );

/** Records the routes of `app` (call before they are added); returns a lookup by path. */
export function trackAllowedMethods(app: FastifyInstance): (path: string) => string[] {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url === '/*') return;
    const methods = [route.method].flat().filter((m) => m !== 'OPTIONS');
    if (methods.length) routes.push({ pattern: patternOf(route.url), methods });
  });
  return (path) => {
    const allowed = new Set<string>();
    for (const r of routes) if (r.pattern.test(path)) r.methods.forEach((m) => allowed.add(m));
    return [...allowed].sort();
  };
}

/**
 * Where the server finds the files it serves, the same whether it runs from an npm install,
 * from its build or from source in the repository.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The widgets' script-tag build, from the installed `@coalition-kit/elements`. */
export const DEFAULT_CDN_DIR = fileURLToPath(
  new URL('./dist/cdn/', import.meta.resolve('@coalition-kit/elements/package.json')),
);

/**
 * The demo partner page: `site/` beside the built server (the build copies it there), else the
 * repository's `examples/partner-site` (running from source).
 */
const built = new URL('./site/', import.meta.url);
export const DEFAULT_SITE_DIR = fileURLToPath(
  existsSync(built) ? built : new URL('../../../examples/partner-site/', import.meta.url),
);

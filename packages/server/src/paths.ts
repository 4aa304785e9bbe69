/**
 * Where the server finds the files it serves. `src/` and `dist/` sit at the same depth in
 * packages/server, so these paths hold both when run from source and when built.
 */
import { fileURLToPath } from 'node:url';

/** The widgets' script-tag build. */
export const DEFAULT_CDN_DIR = fileURLToPath(new URL('../../elements/dist/cdn/', import.meta.url));

/** The demo partner page. */
export const DEFAULT_SITE_DIR = fileURLToPath(
  new URL('../../../examples/partner-site/', import.meta.url),
);

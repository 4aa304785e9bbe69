/**
 * Configures zod before any schema parses anything.
 *
 * `jitless`: zod otherwise compiles object parsers with `new Function`, which a strict
 * Content-Security-Policy (no `'unsafe-eval'`) forbids on partner pages.
 * Every module that builds a schema imports this file first.
 */
import * as z from 'zod/v4/mini';

z.config({ jitless: true });

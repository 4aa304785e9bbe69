#!/usr/bin/env node
// `ck-server`: runs the built CLI. In a source checkout, `npm run build` (at the root) builds it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('ck-server: not built yet. Run `npm run build` at the root of the checkout.');
  process.exit(1);
}
await import(main.href);

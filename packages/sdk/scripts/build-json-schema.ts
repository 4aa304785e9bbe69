/**
 * Writes the JSON Schemas of the feed to `packages/sdk/dist/json-schema/<name>.json`
 * (exported as `@coalition-kit/sdk/schemas/<name>.json`).
 * Usage: `node --import tsx packages/sdk/scripts/build-json-schema.ts [output-dir]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas } from '../src/json-schema.js';

const out = resolve(
  process.argv[2] ?? fileURLToPath(new URL('../dist/json-schema', import.meta.url)),
);
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(out, `${name}.json`), JSON.stringify(schema, null, 2) + '\n');
}
console.log(`JSON Schemas written to ${out}`);

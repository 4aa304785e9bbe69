/**
 * Writes `packages/sdk/src/generated/read-validators.ts` from the zod schemas (run by
 * `npm run build`; a node test fails when the committed file is stale).
 * Usage: `node --import tsx packages/sdk/scripts/build-read-validators.ts`
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReadValidators } from '../src/codegen/format.js';

const out = fileURLToPath(new URL('../src/generated/read-validators.ts', import.meta.url));
writeFileSync(out, await formatReadValidators());
console.log(`Read validators written to ${out}`);

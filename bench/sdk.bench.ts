/**
 * `npm run bench`: what the SDK costs, against `JSON.parse` of the same bytes measured in the
 * same run. Medians of 7 runs after 2 warm-up runs, 10,000 items per document, zod jitless.
 * Goals: validation alone ≤ 3× JSON.parse; fetch + parse + validate ≤ 5×; browser bundle
 * ≤ 16 kB min+gzip (ky and zod included).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { globalConfig } from 'zod/v4/core';
import type * as z from 'zod/v4/mini';
import {
  Coalition,
  Event,
  Member,
  createClient,
  parseListDocument,
} from '../packages/sdk/src/index.js';
import {
  generateCoalitions,
  generateEvents,
  generateMembers,
} from '../test/fixtures/feeds/generate.js';
import { measure } from './lib/measure.js';
import { fileSizes, kB, ms, printTable, ratio } from './lib/report.js';
import { serveStatic } from './lib/serve.js';

const COUNT = 10_000;
const GOALS = { validate: 3, fetch: 5, gzip: 16_000 };
const BUNDLE = fileURLToPath(
  new URL('../packages/sdk/dist/browser/coalition-kit-sdk.min.js', import.meta.url),
);

interface Bench {
  name: 'events' | 'members' | 'coalitions';
  schema: z.ZodMiniType<{ id: string }>;
  body: string;
}
const documents: Bench[] = [
  { name: 'events', schema: Event, body: JSON.stringify(generateEvents(COUNT)) },
  { name: 'members', schema: Member, body: JSON.stringify(generateMembers(COUNT)) },
  { name: 'coalitions', schema: Coalition, body: JSON.stringify(generateCoalitions(COUNT)) },
];

const server = await serveStatic(
  Object.fromEntries(documents.map((d) => [`/v1/${d.name}.json`, d.body])),
);
const rows: string[][] = [
  ['document', 'bytes', 'JSON.parse', 'validate', '×', 'fetch+parse+validate', '×', 'goals'],
];
let missed = false;

for (const doc of documents) {
  const parsed: unknown = JSON.parse(doc.body);
  const check = parseListDocument(doc.schema, parsed);
  if (check.items.length !== COUNT)
    throw new Error(`${doc.name}: ${check.issues.length} generated items are invalid`);

  const parse = await measure(() => JSON.parse(doc.body));
  const validate = await measure(() => parseListDocument(doc.schema, parsed));
  const fetched = await measure(async () => {
    // A new client each run: nothing is cached, every run fetches, parses and validates.
    const client = createClient({ feed: `${server.origin}/v1` });
    const result = await client[doc.name]();
    if (result.items.length !== COUNT) throw new Error(`${doc.name}: ${result.items.length} items`);
  });
  const ok = validate / parse <= GOALS.validate && fetched / parse <= GOALS.fetch;
  missed ||= !ok;
  rows.push([
    `${doc.name} (${COUNT.toLocaleString('en')})`,
    kB(doc.body.length),
    ms(parse),
    ms(validate),
    ratio(validate / parse),
    ms(fetched),
    ratio(fetched / parse),
    ok ? 'met' : 'MISSED',
  ]);
}
await server.close();

console.log(
  `\n@coalition-kit/sdk benchmark: Node ${process.version}, zod jitless: ${globalConfig.jitless === true}`,
);
console.log(
  `Median of 7 runs after 2 warm-ups. Goals: validate ≤ ${GOALS.validate}× JSON.parse, fetch+parse+validate ≤ ${GOALS.fetch}×.\n`,
);
printTable(rows);

console.log('');
if (existsSync(BUNDLE)) {
  const size = fileSizes(BUNDLE);
  const ok = size.gzip <= GOALS.gzip;
  missed ||= !ok;
  printTable([
    ['browser bundle (ky + zod included)', 'min', 'min+gzip', 'goal'],
    [
      'coalition-kit-sdk.min.js',
      kB(size.min),
      kB(size.gzip),
      `≤ ${kB(GOALS.gzip)} ${ok ? 'met' : 'MISSED'}`,
    ],
  ]);
} else {
  console.log(`No browser bundle at ${BUNDLE}: run \`npm run build\` first.`);
  missed = true;
}
console.log(missed ? '\nSome goals are missed (see above).' : '\nEvery goal is met.');

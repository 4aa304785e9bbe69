/**
 * `npm run bench`: what the SDK costs, against `JSON.parse` of the same bytes measured in the
 * same run. Medians of 7 runs after 2 warm-up runs, 10,000 items per document, zod jitless.
 * Goals: validation alone ≤ 3× JSON.parse; fetch + parse + validate ≤ 5×; browser bundle
 * ≤ 16 kB gzip for a page that only reads (ky included; zod loads when an item fails).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
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
import { measureRounds } from './lib/measure.js';
import { kB, ms, printTable, ratio } from './lib/report.js';
import { SDK_BROWSER_DIR, sdkReadPath } from './lib/page-weight.js';
import { serveStatic } from './lib/serve.js';

const COUNT = 10_000;
const GOALS = { validate: 3, fetch: 5, gzip: 16_000 };
const BUNDLE = join(SDK_BROWSER_DIR, 'coalition-kit-sdk.min.js');

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
  Object.fromEntries(documents.map((d) => [`${d.name}.json`, d.body])),
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

  const m = await measureRounds(
    {
      parse: () => JSON.parse(doc.body),
      validate: () => parseListDocument(doc.schema, parsed),
      fetch: async () => {
        // A new client each run: nothing is cached, every run fetches, parses and validates.
        const client = createClient({ feed: `${server.origin}/v1` });
        const result = await client[doc.name]();
        if (result.items.length !== COUNT)
          throw new Error(`${doc.name}: ${result.items.length} items`);
      },
    },
    'parse',
  );
  const ok = m.validate.ratio <= GOALS.validate && m.fetch.ratio <= GOALS.fetch;
  missed ||= !ok;
  rows.push([
    `${doc.name} (${COUNT.toLocaleString('en')})`,
    kB(doc.body.length),
    `${ms(m.parse.ms)} (${ms(m.parse.wallMs)})`,
    `${ms(m.validate.ms)} (${ms(m.validate.wallMs)})`,
    ratio(m.validate.ratio),
    `${ms(m.fetch.ms)} (${ms(m.fetch.wallMs)})`,
    ratio(m.fetch.ratio),
    ok ? 'met' : 'MISSED',
  ]);
}
await server.close();

console.log(
  `\n@coalition-kit/sdk benchmark: Node ${process.version}, zod jitless: ${globalConfig.jitless === true}`,
);
console.log(
  `Medians of 7 rounds after 2 warm-ups, in CPU time of this process (wall time in brackets);\n× is the median of each round's CPU time over JSON.parse's.`,
);
console.log(
  `Goals: validate ≤ ${GOALS.validate}× JSON.parse, fetch+parse+validate ≤ ${GOALS.fetch}×.`,
);
console.log(
  `Machine load (1 min average, ${availableParallelism()} cores): ${loadavg()[0]!.toFixed(1)}\n`,
);
printTable(rows);

console.log('');
if (existsSync(BUNDLE)) {
  // What a page that only reads loads: the entry and its static imports; zod's chunk loads
  // when an item fails or a form is checked or sent.
  const read = sdkReadPath();
  const ok = read.total <= GOALS.gzip;
  missed ||= !ok;
  printTable([
    ['browser build, a page that only reads (ky included)', 'gzip', 'goal'],
    ...read.files.map((f) => [f.file, kB(f.gzip), '']),
    ['total', kB(read.total), `≤ ${kB(GOALS.gzip)} ${ok ? 'met' : 'MISSED'}`],
    ...read.lazy.map((f) => [`${f.file} (on first use)`, kB(f.gzip), '']),
  ]);
} else {
  console.log(`No browser bundle at ${BUNDLE}: run \`npm run build\` first.`);
  missed = true;
}
console.log(missed ? '\nSome goals are missed (see above).' : '\nEvery goal is met.');

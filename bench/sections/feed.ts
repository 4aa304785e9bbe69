/**
 * Feed validation in Node: 10,000 items per document, validated (zod jitless) and fetched +
 * parsed + validated by the SDK's client from a loopback server in another process, against
 * `JSON.parse` of the same bytes in the same round. CPU time of this process: steadier than
 * wall time on a busy machine.
 */
import { globalConfig } from 'zod/v4/core';
import type * as z from 'zod/v4/mini';
import {
  Coalition,
  Event,
  Member,
  createClient,
  parseListDocument,
} from '../../packages/sdk/src/index.js';
import {
  generateCoalitions,
  generateEvents,
  generateMembers,
} from '../../test/fixtures/feeds/generate.js';
import { measureRounds } from '../lib/measure.js';
import type { Row } from '../lib/rows.js';
import type { Section } from '../lib/section.js';
import { serveStatic } from '../lib/serve.js';

const COUNT = 10_000;
export const GOALS = { validate: { max: 3, on: 'ratio' }, fetch: { max: 5, on: 'ratio' } } as const;

interface Document {
  name: 'events' | 'members' | 'coalitions';
  schema: z.ZodMiniType<{ id: string }>;
  body: string;
}

export const feed: Section = {
  name: 'feed',
  title: `Feed validation, ${COUNT.toLocaleString('en')} items per document (Node, CPU time)`,
  rounds: 7,
  async run({ rounds }) {
    const documents: Document[] = [
      { name: 'events', schema: Event, body: JSON.stringify(generateEvents(COUNT)) },
      { name: 'members', schema: Member, body: JSON.stringify(generateMembers(COUNT)) },
      { name: 'coalitions', schema: Coalition, body: JSON.stringify(generateCoalitions(COUNT)) },
    ];
    const server = await serveStatic(
      Object.fromEntries(documents.map((d) => [`${d.name}.json`, d.body])),
    );
    const rows: Row[] = [];
    try {
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
              // A new client each round: nothing cached, every round fetches, parses, validates.
              const client = createClient({ feed: `${server.origin}/v1` });
              const result = await client[doc.name]();
              if (result.items.length !== COUNT)
                throw new Error(`${doc.name}: ${result.items.length} items`);
            },
          },
          'parse',
          { runs: rounds },
        );
        const size = `${(doc.body.length / 1e6).toFixed(1)} MB`;
        const baseline = { label: `JSON.parse of the same ${size}`, value: m.parse.ms };
        const common = { section: 'feed', unit: 'ms', baseline } as const;
        rows.push(
          {
            ...common,
            measure: `${doc.name}: validate`,
            value: m.validate.ms,
            ratio: m.validate.ratio,
            goal: GOALS.validate,
          },
          {
            ...common,
            measure: `${doc.name}: fetch + parse + validate`,
            value: m.fetch.ms,
            ratio: m.fetch.ratio,
            goal: GOALS.fetch,
          },
        );
      }
    } finally {
      await server.close();
    }
    return {
      rows,
      notes: [
        `CPU time of the benchmark process, after 2 warm-up rounds; zod jitless: ${globalConfig.jitless === true}.`,
        'Fetch + parse + validate: a new SDK client each round, from a loopback server in another process.',
      ],
    };
  },
};

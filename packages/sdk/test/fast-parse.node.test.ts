/**
 * The fast path must accept exactly what zod accepts, and give the same data: checked on the
 * fixtures and on every field of them broken in many ways.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/v4/mini';
import {
  CampaignStats,
  Coalition,
  CoalitionDeclaration,
  Collective,
  Event,
  Member,
  Pledge,
} from '../src/index.js';
import { FAIL, fastParser } from '../src/fast-parse.js';
import { goodDeclaration, goodPledge, loadFixture } from '../../../test/fixtures/feeds/load.js';
import { BAD_DATES, BAD_URLS, XSS_STRINGS } from './helpers/hostile.js';

const MUTATIONS: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  42,
  -1000,
  Number.MAX_VALUE,
  true,
  [],
  ['a', 'a'],
  {},
  'x'.repeat(6000),
  BAD_URLS[2],
  BAD_DATES[0],
  XSS_STRINGS[0],
  'https://example.org/',
  '2026-03-14',
  'scheduled',
];

type Json = Record<string, unknown> | unknown[];

/** Every path of `value` down to `depth` levels (object keys and array indexes). */
function paths(value: unknown, depth = 3, at: (string | number)[] = []): (string | number)[][] {
  if (depth === 0 || typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [
    [...at, k],
    ...paths((value as Record<string, unknown>)[k], depth - 1, [...at, k]),
  ]);
}

/** A copy of `value` with `replacement` at `path` (deleted when undefined). */
function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Json;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

function assertSameAsZod(schema: z.ZodMiniType, value: unknown, label: string) {
  const fast = fastParser(schema)(value);
  const zod = schema.safeParse(value);
  assert.equal(
    fast !== FAIL,
    zod.success,
    `${label}: fast ${fast === FAIL ? 'refuses' : 'accepts'}, zod ${zod.success ? 'accepts' : 'refuses'}`,
  );
  if (zod.success) assert.deepEqual(fast, zod.data, label);
}

describe('the fast path agrees with zod', () => {
  const cases: [string, z.ZodMiniType, unknown[]][] = [
    ['events', Event, loadFixture<{ items: unknown[] }>('events').items],
    ['members', Member, loadFixture<{ items: unknown[] }>('members').items],
    ['coalitions', Coalition, loadFixture<{ items: unknown[] }>('coalitions').items],
    ['collective', Collective, [loadFixture('collective')]],
    ['stats', CampaignStats, [loadFixture('stats')]],
    [
      'pledge',
      Pledge,
      [goodPledge(), { ...goodPledge(), pledgerKind: 'organisation', organisation: 'Cerdd' }],
    ],
    ['declaration', CoalitionDeclaration, [goodDeclaration()]],
  ];
  for (const [name, schema, values] of cases) {
    it(`${name}: every fixture, and every field broken ${MUTATIONS.length} ways`, () => {
      let compared = 0;
      values.forEach((value, i) => {
        assertSameAsZod(schema, value, `${name}[${i}]`);
        assert.notEqual(fastParser(schema)(value), FAIL, `${name}[${i}] is valid`);
        for (const path of paths(value)) {
          for (const replacement of MUTATIONS) {
            assertSameAsZod(
              schema,
              mutate(value, path, replacement),
              `${name}[${i}].${path.join('.')} = ${JSON.stringify(replacement)?.slice(0, 30)}`,
            );
            compared++;
          }
        }
        assertSameAsZod(
          schema,
          { ...(value as object), unknownField: 1 },
          `${name}[${i}] + unknown field`,
        );
      });
      assert.ok(compared > 100, `${compared} comparisons`);
    });
  }

  it('refuses what is not an object', () => {
    for (const value of [null, [], 'event', 42]) assert.equal(fastParser(Event)(value), FAIL);
  });
});

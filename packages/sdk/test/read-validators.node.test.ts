/**
 * The read validators generated from the zod schemas (a page that only reads never loads
 * zod) accept exactly what zod accepts and give the same data; the committed file is what
 * the schemas give today.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as read from '../src/generated/read-validators.js';
import { FAIL, type Parse } from '../src/read-parsers.js';
import { READ_SCHEMAS, parserSource } from '../src/codegen/read-validators.js';
import * as z from 'zod/v4/mini';
import { checkedObject, withRule } from '../src/schemas/checked.js';
import { READ_VALIDATORS_FILE, formatReadValidators } from '../src/codegen/format.js';
import { loadFixture, type FixtureName } from '../../../test/fixtures/feeds/load.js';
import { MUTATIONS, mutate, paths } from './helpers/mutations.js';

function assertSameAsZod(parse: Parse, schema: z.ZodMiniType, value: unknown, label: string) {
  const fast = parse(value);
  const zod = schema.safeParse(value);
  assert.equal(
    fast !== FAIL,
    zod.success,
    `${label}: generated ${fast === FAIL ? 'refuses' : 'accepts'}, zod ${zod.success ? 'accepts' : 'refuses'}`,
  );
  if (zod.success) assert.deepEqual(fast, zod.data, label);
}

const items = (name: FixtureName) => loadFixture<{ items: unknown[] }>(name).items;
const collective = loadFixture<{ themes: unknown[]; campaigns: unknown[]; brand: unknown }>(
  'collective',
);

describe('the generated read validators agree with zod', () => {
  const cases: [keyof typeof read, unknown[]][] = [
    ['ListEnvelope', [loadFixture('events'), { version: '1.2', items: [] }]],
    ['Event', items('events')],
    ['Member', items('members')],
    ['Coalition', items('coalitions')],
    ['Theme', collective.themes],
    ['Campaign', collective.campaigns],
    ['Brand', [collective.brand]],
    ['Collective', [loadFixture('collective')]],
    ['CampaignStats', [loadFixture('stats')]],
  ];
  for (const [name, values] of cases) {
    it(`${name}: every fixture, and every field broken ${MUTATIONS.length} ways`, () => {
      const schema = READ_SCHEMAS[name] as z.ZodMiniType;
      let compared = 0;
      values.forEach((value, i) => {
        assert.notEqual(read[name](value), FAIL, `${name}[${i}] is valid`);
        assertSameAsZod(read[name], schema, value, `${name}[${i}]`);
        for (const path of paths(value)) {
          for (const replacement of MUTATIONS) {
            assertSameAsZod(
              read[name],
              schema,
              mutate(value, path, replacement),
              `${name}[${i}].${path.join('.')} = ${JSON.stringify(replacement)?.slice(0, 30)}`,
            );
            compared++;
          }
        }
        assertSameAsZod(
          read[name],
          schema,
          { ...(value as object), extra: 1 },
          `${name}[${i}] + extra`,
        );
      });
      assert.ok(compared > 20, `${compared} comparisons`);
    });
  }

  it('refuses what is not an object', () => {
    for (const value of [null, [], 'event', 42, undefined]) assert.equal(read.Event(value), FAIL);
  });

  it('refuses a record key zod treats apart (__proto__) rather than guess', () => {
    const stats = { ...loadFixture('stats'), byCommitment: JSON.parse('{"__proto__": 1}') };
    assert.equal(read.CampaignStats(stats), FAIL);
  });
});

describe('the generator', () => {
  it('stops at what it cannot print rather than accept more than zod', () => {
    const unnamed = withRule(
      z.string,
      (v) => (v === 'x' ? undefined : { code: 'custom', input: v }),
      {},
    );
    assert.throws(() => parserSource(checkedObject({ a: unnamed })), /rule given as a function/);
    assert.throws(() => parserSource(z.strictObject({ a: z.string() })), /strict/);
    assert.throws(
      () => parserSource(z.string().check(z.refine((v) => v !== 'x'))),
      /describeCheck/,
    );
    assert.equal(parserSource(z.string().check(z.maxLength(3))), 'checked(str, [maxLength(3)])');
  });
});

describe('generated/read-validators.ts', () => {
  it('is what the zod schemas give (run `npm run build:validators` after a schema change)', async () => {
    assert.equal(readFileSync(READ_VALIDATORS_FILE, 'utf8'), await formatReadValidators());
  });
});

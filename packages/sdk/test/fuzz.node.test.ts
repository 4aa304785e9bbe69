/**
 * Arbitrary JSON and mutated feeds never break the lenient reader: it answers items and
 * issues, or an InvalidDocumentError for an unusable document, and nothing else. Seeded, so
 * every run checks the same cases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Coalition,
  Event,
  InvalidDocumentError,
  Member,
  parseCollective,
  parseListDocument,
} from '../src/index.js';
import { loadFixture } from '../../../test/fixtures/feeds/load.js';

/** mulberry32: a small deterministic PRNG. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'id',
  'name',
  'items',
  'version',
  'startDate',
  'url',
  'geo',
  'lat',
  'kind',
  'themes',
  '__proto__',
  'constructor',
];
const STRINGS = [
  '',
  ' ',
  'javascript:alert(1)',
  '2026-02-30',
  'https://example.org/',
  '<script>',
  '1',
  'x'.repeat(300),
];

/** A random JSON value up to `depth` levels deep. */
function json(next: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  switch (Math.floor(next() * (depth > 0 ? 7 : 5))) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return pick([0, -1, 1.5, 91, -181, 1e308, 2 ** 53]);
    case 3:
    case 4:
      return pick(STRINGS);
    case 5:
      return Array.from({ length: Math.floor(next() * 4) }, () => json(next, depth - 1));
    default:
      return JSON.parse(
        JSON.stringify(
          Object.fromEntries(
            Array.from({ length: Math.floor(next() * 5) }, () => [
              pick(KEYS),
              json(next, depth - 1),
            ]),
          ),
        ),
      );
  }
}

/** Reads `doc` leniently; anything thrown but InvalidDocumentError fails the test. */
function readList(schema: typeof Event | typeof Member | typeof Coalition, doc: unknown) {
  try {
    const { items, issues } = parseListDocument(schema as typeof Event, doc);
    const total = (doc as { items: unknown[] }).items.length;
    const leftOut = new Set(issues.map((i) => i.index)).size;
    assert.equal(items.length + leftOut, total, 'every item is kept or reported');
  } catch (error) {
    assert.ok(error instanceof InvalidDocumentError, `unexpected ${String(error)}`);
  }
}

describe('fuzz', () => {
  it('arbitrary JSON documents: items and issues, or InvalidDocumentError', () => {
    const next = random(2026);
    for (let i = 0; i < 2000; i++) {
      const value = json(next, 4);
      const doc =
        next() < 0.5 ? value : { version: 1, items: Array.isArray(value) ? value : [value] };
      readList(Event, doc);
      readList(Member, doc);
      readList(Coalition, doc);
      try {
        parseCollective(doc);
      } catch (error) {
        assert.ok(error instanceof InvalidDocumentError, `unexpected ${String(error)}`);
      }
    }
  });

  it('mutated fixtures: a random field replaced by random JSON', () => {
    const next = random(14);
    for (const [name, schema] of [
      ['events', Event],
      ['members', Member],
      ['coalitions', Coalition],
    ] as const) {
      const doc = loadFixture<{ version: number; items: Record<string, unknown>[] }>(name);
      for (let i = 0; i < 300; i++) {
        const copy = structuredClone(doc);
        const item = copy.items[Math.floor(next() * copy.items.length)]!;
        const keys = Object.keys(item);
        item[keys[Math.floor(next() * keys.length)]!] = json(next, 2);
        readList(schema, copy);
      }
    }
  });
});

/** The JSON Schemas shipped with the package: built by the script, and usable without zod. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  goodDeclaration,
  goodPledge,
  loadFixture,
  type FixtureName,
} from '../../../test/fixtures/feeds/load.js';
import { jsonSchemaErrors } from './helpers/json-schema-check.js';

const SCRIPT = fileURLToPath(new URL('../scripts/build-json-schema.ts', import.meta.url));
const NAMES = [
  'campaign-stats',
  'coalition-declaration',
  'coalitions',
  'collective',
  'events',
  'members',
  'pledge',
];

let dir: string;
const schemas: Record<string, Record<string, unknown>> = {};
/** The JSON Schema of a property path (`['items', 'properties', …]` walked for you). */
const prop = (name: string, ...path: string[]) =>
  path.reduce<Record<string, unknown>>((node, key) => {
    const items = node.items as Record<string, unknown> | undefined;
    const from = node.properties ? node : (items ?? node);
    return (from.properties as Record<string, Record<string, unknown>>)[key]!;
  }, schemas[name]!);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ck-json-schema-'));
  execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, dir], { stdio: 'pipe' });
  for (const file of readdirSync(dir))
    schemas[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the build script', () => {
  it('writes one draft 2020-12 schema per document and submission', () => {
    assert.deepEqual(Object.keys(schemas).sort(), NAMES);
    for (const name of NAMES) {
      assert.equal(schemas[name]!.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
      assert.equal(schemas[name]!.type, 'object', name);
      assert.match(String(schemas[name]!.title), /^Coalition Kit /, name);
    }
  });

  it('is what `@coalition-kit/sdk/schemas/<name>.json` points to', () => {
    const resolved = fileURLToPath(import.meta.resolve('@coalition-kit/sdk/schemas/events.json'));
    assert.match(resolved, /packages\/sdk\/dist\/json-schema\/events\.json$/);
  });
});

describe('the contract is in the files', () => {
  it('enums', () => {
    assert.deepEqual(prop('events', 'items', 'status').enum, [
      'scheduled',
      'cancelled',
      'postponed',
      'rescheduled',
    ]);
    assert.equal((prop('events', 'items', 'format').enum as string[]).length, 9);
    assert.equal((prop('members', 'items', 'kind').enum as string[]).length, 7);
    assert.deepEqual(prop('coalitions', 'items', 'scope').enum, [
      'thematique',
      'geographique',
      'sectorielle',
    ]);
    assert.deepEqual(prop('pledge', 'pledgerKind').enum, ['citizen', 'organisation']);
  });

  it('URL and date patterns, maximum lengths, geo bounds', () => {
    const url = prop('events', 'items', 'url');
    assert.equal(url.maxLength, 2048);
    // No regex flags in JSON Schema: the scheme's case is spelt out.
    assert.equal(url.pattern, '^[Hh][Tt][Tt][Pp][Ss]?://[^/\\s]');
    assert.deepEqual(jsonSchemaErrors(url, 'HTTPS://Example.org/'), []);
    assert.deepEqual(jsonSchemaErrors(url, '\tjavascript:alert(1)'), ['/: pattern']);
    const themes = prop('events', 'items', 'themes');
    assert.deepEqual([themes.maxItems, themes.uniqueItems], [100, true]);
    const id = prop('events', 'items', 'id');
    assert.deepEqual([id.minLength, id.maxLength], [1, 200]);
    assert.deepEqual(jsonSchemaErrors(id, ' padded'), ['/: pattern']);
    assert.equal(prop('events', 'items', 'name').maxLength, 200);
    assert.equal(prop('events', 'items', 'name').pattern, '\\S');
    const date = prop('events', 'items', 'startDate');
    for (const good of ['2026-03-14', '2026-03-14T18:30:00+01:00', '2026-03-14T17:30Z']) {
      assert.deepEqual(jsonSchemaErrors(date, good), [], good);
    }
    for (const bad of ['14/03/2026', '2026-03-14T18:30:00', '2026-03-14 18:30+01:00']) {
      assert.deepEqual(jsonSchemaErrors(date, bad), ['/: pattern'], bad);
    }
    const geo = prop('members', 'items', 'geo');
    assert.deepEqual(
      [
        prop('members', 'items', 'geo', 'lat').minimum,
        prop('members', 'items', 'geo', 'lat').maximum,
      ],
      [-90, 90],
    );
    assert.deepEqual((geo.required as string[]).sort(), ['lat', 'lon']);
  });

  it('submitted texts: no control character, something that shows; long texts keep newlines', () => {
    const name = prop('pledge', 'name');
    for (const good of ['Camille', 'Zoé 🌱', 'Zoé\u200dX'])
      assert.deepEqual(jsonSchemaErrors(name, good), [], good);
    for (const bad of ['a\tb', 'a\nb', 'x\u001b[2J', '\u200b\u200b', ' ', 'C1\u0085'])
      assert.deepEqual(jsonSchemaErrors(name, bad), ['/: pattern'], JSON.stringify(bad));
    const message = prop('pledge', 'message');
    for (const good of ['une\ndeux', 'une\r\ndeux'])
      assert.deepEqual(jsonSchemaErrors(message, good), [], JSON.stringify(good));
    for (const bad of ['une\tdeux', 'a\rb', '\n\n', 'x\u0007'])
      assert.deepEqual(jsonSchemaErrors(message, bad), ['/: pattern'], JSON.stringify(bad));
    const contact = prop('coalition-declaration', 'contacts', 'name');
    assert.deepEqual(jsonSchemaErrors(contact, 'Jean\tFaux'), ['/: pattern']);
  });

  it('submissions are strict; defaults are optional inputs', () => {
    assert.equal(schemas.pledge!.additionalProperties, false);
    assert.equal(prop('pledge', 'consent').const, true);
    assert.equal(prop('pledge', 'email').format, 'email');
    assert.ok(!(schemas.collective!.required as string[]).includes('timeZone'));
    assert.equal(prop('collective', 'timeZone').default, 'Europe/Paris');
    assert.deepEqual(
      [prop('campaign-stats', 'total').type, prop('campaign-stats', 'total').minimum],
      ['integer', 0],
    );
  });
});

describe('a plain JSON Schema check', () => {
  const documents: [string, FixtureName][] = [
    ['events', 'events'],
    ['members', 'members'],
    ['coalitions', 'coalitions'],
    ['collective', 'collective'],
    ['campaign-stats', 'stats'],
  ];
  for (const [schema, fixture] of documents) {
    it(`accepts the ${fixture} fixture`, () => {
      assert.deepEqual(jsonSchemaErrors(schemas[schema]!, loadFixture(fixture)), []);
    });
  }

  it('accepts a pledge and a declaration', () => {
    assert.deepEqual(jsonSchemaErrors(schemas.pledge!, goodPledge()), []);
    assert.deepEqual(jsonSchemaErrors(schemas['coalition-declaration']!, goodDeclaration()), []);
  });

  it('refuses broken fields at their paths', () => {
    const doc = loadFixture<{ items: Record<string, unknown>[] }>('events');
    doc.items[0]!.url = 'javascript:alert(1)';
    doc.items[1]!.status = 'annulé';
    doc.items[2]!.location = { geo: { lat: 91, lon: 3 } };
    doc.items[3]!.name = 'x'.repeat(201);
    delete doc.items[4]!.startDate;
    doc.items[5]!.online = { url: '//evil.example/' };
    assert.deepEqual(jsonSchemaErrors(schemas.events!, doc), [
      '/items/0/url: pattern',
      '/items/1/status: enum',
      '/items/2/location/geo/lat: maximum',
      '/items/3/name: maxLength',
      '/items/4/startDate: required',
      '/items/5/online/url: pattern',
    ]);
    assert.deepEqual(
      jsonSchemaErrors(schemas.pledge!, { ...goodPledge(), confirmed: true, consent: false }),
      ['/consent: const', '/confirmed: additionalProperties'],
    );
  });
});

/**
 * Coalition declarations: the contact people never reach a public document or format (before
 * or after approval, served or exported), and `pledges erase --email` erases them too.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from './helpers/start-server.js';
import { pledge, post } from './helpers/requests.js';

/** What only the collective may see: names, addresses, organisations, stakes. */
const PRIVATE = [
  /secret\.contact/i,
  /Personne Secr[eè]te/i,
  /Organisation Cach[ée]e/i,
  /efface\.contact/i,
  /Contact [ÀA] Effacer/i,
  /reste\.contact/i,
  /Enjeu confidentiel/i,
];

const PUBLIC_PATHS = [
  'collective.json',
  'events.json',
  'members.json',
  'coalitions.json',
  'coalitions.geojson',
  'events.ics',
  'campaigns/appel-engagements/stats.json',
];

let server: TestServer;
let fivesId: string;
let roubaixId: string;
let roubaixKey: string;
const roubaixBody = {
  name: 'Coalition Climat Roubaix',
  objective: 'Des rues plus fraîches.',
  scope: 'thematique',
  locality: 'Roubaix',
  contacts: [{ name: 'Contact À Effacer', email: 'efface.contact@example.org' }],
  consent: true,
};

function assertNoContacts(where: string, text: string): void {
  for (const pattern of PRIVATE) assert.doesNotMatch(text, pattern, `${where} shows ${pattern}`);
}

async function assertPublicDocumentsClean(when: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const path of PUBLIC_PATHS) {
    const res = await fetch(`${server.url}/v1/${path}`);
    const text = await res.text();
    assert.equal(res.status, 200, `${when}: ${path}`);
    assertNoContacts(`${when}: ${path}`, text);
    texts[path] = text;
  }
  return texts;
}

/** Every file under `dir`, read as text. */
function filesUnder(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((f) => [f, readFileSync(f, 'utf8')]);
}

before(async () => {
  server = await startServer({ demo: true, args: ['--rate-limit', '0'] });
  const fives = await post(`${server.url}/v1/coalitions`, {
    name: 'Coalition Climat Fives',
    objective: 'Rénover les logements du quartier.',
    scope: 'geographique',
    locality: 'Lille – Fives',
    region: 'Hauts-de-France',
    geo: { lat: 50.63, lon: 3.09 },
    contacts: [
      {
        name: 'Personne Secrète',
        email: 'secret.contact@example.org',
        organisation: 'Organisation Cachée',
      },
      { name: 'Contact À Effacer', email: 'Efface.Contact@Example.org' },
    ],
    publicContact: { url: 'https://fives.example.org' },
    stakes: ['Enjeu confidentiel du PCAET'],
    consent: true,
  });
  assert.equal(fives.status, 201, fives.text);
  assert.deepEqual(Object.keys(fives.json).sort(), ['id', 'status']);
  fivesId = String(fives.json.id);
  roubaixKey = randomUUID();
  const roubaix = await post(`${server.url}/v1/coalitions`, roubaixBody, { key: roubaixKey });
  roubaixId = String(roubaix.json.id);
  const replayed = await post(`${server.url}/v1/coalitions`, roubaixBody, { key: roubaixKey });
  assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
  const pledged = await post(
    `${server.url}/v1/pledges`,
    pledge({ email: 'efface.contact@example.org' }),
  );
  assert.equal(pledged.status, 201, pledged.text);
});
after(() => server?.stop());

describe('contact people of coalition declarations', () => {
  test('pending: in no public document, and the coalition is not published yet', async () => {
    const texts = await assertPublicDocumentsClean('pending');
    assert.doesNotMatch(texts['coalitions.json']!, /Coalition Climat Fives/);
    // Commands on an embedded data directory need the server stopped (it holds the lock).
    await server.halt();
  });

  test('export-feed before approval: no contact in any file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-export-'));
    try {
      const res = await server.cli(['export-feed', dir]);
      assert.equal(res.code, 0, res.stderr);
      for (const [file, text] of filesUnder(dir)) assertNoContacts(file, text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('approved: published with its public contact, still without the contact people', async () => {
    const res = await server.cli(['coalitions', 'approve', fivesId]);
    assert.equal(res.code, 0, res.stderr);
    const dir = mkdtempSync(join(tmpdir(), 'ck-export-'));
    try {
      assert.equal((await server.cli(['export-feed', dir])).code, 0);
      const files = filesUnder(dir);
      for (const [file, text] of files) assertNoContacts(file, text);
      const exported = files.find(([f]) => f.endsWith('coalitions.json'))![1];
      assert.match(exported, /Coalition Climat Fives/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await server.restart();
    const texts = await assertPublicDocumentsClean('approved');
    assert.match(texts['coalitions.json']!, /Coalition Climat Fives/);
    assert.match(texts['coalitions.json']!, /https:\/\/fives\.example\.org/);
    assert.match(texts['coalitions.geojson']!, /Coalition Climat Fives/);
    await server.halt();
  });

  test('pledges erase --email: the pledges and that person in every declaration, counted', async () => {
    const res = await server.cli(['pledges', 'erase', '--email', 'EFFACE.contact@example.org']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /^1 engagement\(s\) effacé\(s\)/);
    assert.match(res.stderr, /2 personne\(s\) contact effacée\(s\) dans 2 déclaration\(s\)/);
    const list = await server.cli(['coalitions', 'list']);
    assert.doesNotMatch(list.stdout, /efface\.contact/i);
    assert.doesNotMatch(list.stdout, /Contact À Effacer/);
    // The other contact person of the same declaration stays, and so do both declarations.
    assert.match(list.stdout, /secret\.contact@example\.org/);
    assert.match(list.stdout, new RegExp(roubaixId));
    const again = await server.cli(['pledges', 'erase', '--email', 'efface.contact@example.org']);
    assert.match(again.stderr, /^0 engagement/);
    assert.match(again.stderr, /0 personne\(s\) contact effacée\(s\) dans 0 déclaration/);
  });

  test('the stored answer of an erased declaration is gone too (its fingerprint hashed the address)', async () => {
    await server.restart();
    const again = await post(`${server.url}/v1/coalitions`, roubaixBody, { key: roubaixKey });
    assert.equal(again.status, 201, again.text);
    assert.equal(again.headers.get('idempotent-replayed'), null);
    assert.notEqual(again.json.id, roubaixId);
  });
});

describe('a public contact address', () => {
  test('pledges erase --email takes it out of the published coalition, the rest stays', async () => {
    const address = 'publique.tourcoing@example.org';
    const res = await post(`${server.url}/v1/coalitions`, {
      name: 'Coalition Climat Tourcoing',
      objective: 'Des cours d’école ombragées.',
      scope: 'geographique',
      locality: 'Tourcoing',
      geo: { lat: 50.72, lon: 3.16 },
      contacts: [{ name: 'Autre Personne', email: 'autre.personne@example.org' }],
      publicContact: { url: 'https://tourcoing.example.org', email: address },
      consent: true,
    });
    assert.equal(res.status, 201, res.text);
    await server.halt();
    assert.equal((await server.cli(['coalitions', 'approve', String(res.json.id)])).code, 0);
    await server.restart();
    const published = await (await fetch(`${server.url}/v1/coalitions.json`)).text();
    assert.ok(published.includes(address), 'published with consent');

    await server.halt();
    const erased = await server.cli([
      'pledges',
      'erase',
      '--email',
      'Publique.Tourcoing@Example.org',
    ]);
    assert.equal(erased.code, 0, erased.stderr);
    assert.match(
      erased.stderr,
      /1 adresse\(s\) de contact publique\(s\) de coalition effacée\(s\)/,
    );
    await server.restart();
    for (const path of ['coalitions.json', 'coalitions.geojson']) {
      const text = await (await fetch(`${server.url}/v1/${path}`)).text();
      assert.ok(!text.toLowerCase().includes(address), `${path} still shows the address`);
      assert.match(text, /Coalition Climat Tourcoing/);
      assert.match(text, /https:\/\/tourcoing\.example\.org/);
    }
    // The contact person of that declaration is another person: kept.
    assert.match((await server.cli(['coalitions', 'list'])).stdout, /autre\.personne@example\.org/);
  });
});

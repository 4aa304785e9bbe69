/** The coordinator's CLI, part 1: imports, moderation and static export, then what the restarted server publishes. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventsDocument, MembersDocument, validate, type Collective } from '@coalition-kit/sdk';
import { startServer, type TestServer } from './helpers/start-server.js';
import { getJson, pledge, post } from './helpers/requests.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let server: TestServer;
let declaredId: string;
let collectiveFile: string;

before(async () => {
  server = await startServer({ demo: true, args: ['--rate-limit', '0'] });
  const declared = await post(`${server.url}/v1/coalitions`, {
    name: 'Coalition Climat Quimper',
    objective: 'Des actions locales pour le climat',
    scope: 'geographique',
    locality: 'Quimper',
    geo: { lat: 47.996, lon: -4.102 },
    contacts: [{ name: 'Contact Privé', email: 'prive@example.org' }],
    consent: true,
  });
  declaredId = String(declared.json.id);
  // The demo collective with two more campaigns: one closed, one not open yet.
  const collective = (await getJson(`${server.url}/v1/collective.json`)).json as Collective;
  const base = collective.campaigns[0]!;
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  collective.campaigns.push(
    { ...base, id: 'appel-clos', opensAt: day(-60), closesAt: day(-2) },
    { ...base, id: 'appel-futur', opensAt: day(30), closesAt: day(90) },
  );
  collectiveFile = join(mkdtempSync(join(tmpdir(), 'ck-collective-')), 'collective.json');
  writeFileSync(collectiveFile, JSON.stringify(collective));
  // Here the CLI opens the database itself (server stopped); cli-live.server.test.ts runs
  // the same commands beside the running server.
  await server.halt();
});
after(() => server?.stop());

describe('ck-server import', () => {
  test('members from a French CSV: valid rows stored, each bad row or value reported with its line', async () => {
    const res = await server.cli(['import', fixture('membres.csv')]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /encodage lu UTF-8 avec BOM/);
    assert.match(
      res.stderr,
      /4 membre\(s\) importé\(s\), 1 ligne\(s\) écartée\(s\), 1 valeur\(s\) ignorée\(s\)/,
    );
    assert.match(res.stderr, /ligne 3, colonne « Type » : écartée : type « Licorne » inconnu/);
    // A javascript: URL loses the URL, not the member.
    assert.match(res.stderr, /ligne 5, colonne « Site web » : valeur ignorée/);
  });

  test('members from French Excel (Windows-1252, `;`, CRLF, dd/mm/yyyy): accents and kinds intact', async () => {
    const res = await server.cli(['import', fixture('membres-excel-1252.csv')]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /encodage lu Windows-1252/);
    assert.match(res.stderr, /6 membre\(s\) importé\(s\), 1 ligne\(s\) écartée\(s\)/);
    assert.match(res.stderr, /ligne 7, colonne « Date d'adhésion » : valeur ignorée.*31\/02\/2016/);
    assert.doesNotMatch(res.stderr, /\uFFFD/);
  });

  test('the report is in English when LANG is English', async () => {
    const res = await server.cli(['import', fixture('membres-excel-1252.csv')], {
      CK_LANG: undefined,
      LANG: 'en_GB.UTF-8',
    });
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /read as Windows-1252/);
    assert.match(res.stderr, /6 member\(s\) imported, 1 row\(s\) left out, 1 value\(s\) dropped/);
    assert.match(
      res.stderr,
      /line 9, column "Type de structure": left out: unknown type "Licorne"/,
    );
  });

  test('members from an English CSV', async () => {
    const res = await server.cli(['import', fixture('members-en.csv')]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /1 membre\(s\) importé\(s\), 1 ligne\(s\) écartée\(s\)/);
    assert.match(res.stderr, /ligne 3/);
  });

  test('an agenda from iCalendar: events kept, each bad VEVENT reported with its line', async () => {
    const res = await server.cli(['import', fixture('agenda.ics')]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /encodage lu UTF-8\./);
    assert.match(res.stderr, /3 événement\(s\) importé\(s\), 2 écarté\(s\), 0 avertissement\(s\)/);
    assert.match(res.stderr, /ligne 32 : écartée : pas de DTSTART/);
    assert.match(res.stderr, /ligne 50 : écartée : endDate/);
  });

  test('an agenda with a BOM and Outlook zone names: the encoding and each unknown zone are said', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ck-ics-')), 'agenda-outlook.ics');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      'BEGIN:VEVENT',
      'UID:rencontre-strasbourg-2027',
      'DTSTART;TZID=W. Europe Standard Time:20270615T100000',
      'SUMMARY:Rencontre transfrontalière',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:webinaire-personnalise-2027',
      'DTSTART;TZID=Customized Time Zone:20270210T140000',
      'SUMMARY:Webinaire énergie',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    writeFileSync(file, `\uFEFF${ics.join('\r\n')}\r\n`);
    const res = await server.cli(['import', file]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /encodage lu UTF-8 avec BOM/);
    assert.match(res.stderr, /2 événement\(s\) importé\(s\), 0 écarté\(s\), 1 avertissement\(s\)/);
    assert.match(
      res.stderr,
      /ligne 9, colonne « TZID » : fuseau horaire « Customized Time Zone » inconnu : heures lues dans le fuseau Europe\/Paris/,
    );
  });

  test('a workbook instead of its CSV, or an empty file: a clear message, exit 1, nothing read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-workbook-'));
    // The first bytes of an .xlsx (a zip archive), under the name a coordinator might give it.
    writeFileSync(join(dir, 'membres.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
    const xlsx = await server.cli(['import', join(dir, 'membres.csv')]);
    assert.equal(xlsx.code, 1);
    assert.match(xlsx.stderr, /est un classeur \(\.xlsx \/ \.ods\), pas un CSV : .*« CSV UTF-8/);
    writeFileSync(join(dir, 'vide.csv'), '');
    const empty = await server.cli(['import', join(dir, 'vide.csv')]);
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /ligne 1 : écartée : fichier vide/);
  });

  test('the collective document replaces the collective, with its campaigns', async () => {
    const res = await server.cli(['import', collectiveFile]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /\(collective\) : 1 élément/);
  });

  test('a file that does not exist or is not a feed document fails with a clear message', async () => {
    const missing = await server.cli(['import', '/nonexistent/members.csv']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Impossible de lire/);
    const notJson = await server.cli([
      'import',
      fixture('agenda.ics').replace(/agenda\.ics$/, 'membres.csv.json'),
    ]);
    assert.equal(notJson.code, 1);
  });
});

describe('ck-server coalitions', () => {
  test('list --pending shows the declaration with its private contacts; approve publishes it', async () => {
    const list = await server.cli(['coalitions', 'list', '--pending']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, new RegExp(`${declaredId}\\tpending\\tCoalition Climat Quimper`));
    assert.match(list.stdout, /prive@example\.org/);
    const approved = await server.cli(['coalitions', 'approve', declaredId]);
    assert.equal(approved.code, 0, approved.stderr);
    assert.match(approved.stderr, /approuvée/);
    assert.doesNotMatch((await server.cli(['coalitions', 'list', '--pending'])).stdout, /Quimper/);
  });

  test('approving an unknown id exits non-zero', async () => {
    const res = await server.cli(['coalitions', 'approve', 'inconnue']);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /inconnue/);
  });
});

describe('ck-server export-feed', () => {
  test('writes every document as static files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-export-'));
    try {
      const res = await server.cli(['export-feed', dir]);
      assert.equal(res.code, 0, res.stderr);
      for (const f of [
        'collective.json',
        'events.json',
        'members.json',
        'coalitions.json',
        'events.ics',
        'coalitions.geojson',
        'campaigns/appel-engagements/stats.json',
      ]) {
        assert.ok(existsSync(join(dir, f)), f);
      }
      const members = JSON.parse(readFileSync(join(dir, 'members.json'), 'utf8'));
      assert.ok(validate(MembersDocument, members).ok);
      assert.doesNotMatch(readFileSync(join(dir, 'coalitions.json'), 'utf8'), /prive@example/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('after the commands, the restarted server publishes their results', () => {
  before(() => server.restart());

  test('imported members and events, approved coalition', async () => {
    const members = (await getJson(`${server.url}/v1/members.json`)).json as MembersDocument;
    const names = members.items.map((m) => m.name);
    for (const n of [
      'Maison du Vélo de Lille',
      'Les Ateliers du Vélo',
      'Métropole Européenne de Lille',
      'Agence de l’Eau Artois-Picardie',
      'Site Piégé',
      'Énergies Citoyennes; Douaisis',
      '=Formule Verbatim',
      'Climate Network North',
    ])
      assert.ok(names.includes(n), n);
    const velo = members.items.find((m) => m.name === 'Maison du Vélo de Lille')!;
    assert.deepEqual(velo.geo, { lat: 50.6292, lon: 3.0573 });
    assert.deepEqual(velo.themes, ['mobilite']);
    const ateliers = members.items.find((m) => m.name === 'Les Ateliers du Vélo')!;
    assert.equal(ateliers.joinedAt, '2015-03-12');
    assert.equal(members.items.find((m) => m.name === 'Site Piégé')!.url, undefined);

    const events = EventsDocument.parse((await getJson(`${server.url}/v1/events.json`)).json);
    const byId = new Map(events.items.map((e) => [e.id, e]));
    assert.equal(
      byId.get('fresque-lille-2027-example-org')?.startDate,
      '2027-01-15T18:30:00+01:00',
    );
    assert.equal(byId.get('fresque-lille-2027-example-org')?.format, 'formation');
    assert.equal(byId.get('marche-ete-2027-example-org')?.startDate, '2027-07-03T10:00:00+02:00');
    assert.equal(byId.get('forum-2027-example-org')?.startDate, '2027-03-20');
    assert.equal(byId.get('forum-2027-example-org')?.endDate, '2027-03-21');
    assert.equal(
      byId.get('rencontre-strasbourg-2027')?.startDate,
      '2027-06-15T10:00:00+02:00',
      'W. Europe Standard Time is Berlin’s clock',
    );

    const coalitions = await getJson(`${server.url}/v1/coalitions.json`);
    assert.match(coalitions.text, /Coalition Climat Quimper/);
    assert.doesNotMatch(coalitions.text, /prive@example/);
  });
});

describe('campaign dates', () => {
  test('a closed campaign, or one not open yet, answers 422 and stores nothing', async () => {
    const closed = await post(`${server.url}/v1/pledges`, pledge({ campaign: 'appel-clos' }));
    assert.equal(closed.status, 422);
    assert.match(String(closed.json.message), /close/);
    const future = await post(`${server.url}/v1/pledges`, pledge({ campaign: 'appel-futur' }));
    assert.equal(future.status, 422);
    assert.match(String(future.json.message), /ouvre/);
    const stats = (await getJson(`${server.url}/v1/campaigns/appel-clos/stats.json`)).json as {
      total: number;
    };
    assert.equal(stats.total, 0);
  });
});

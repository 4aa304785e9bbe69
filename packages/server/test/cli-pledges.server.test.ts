/** The coordinator's CLI, part 2: pledges export (CSV), erasure and purge. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from './helpers/start-server.js';
import { pledge, post } from './helpers/requests.js';

let server: TestServer;
const formula = '=HYPERLINK("http://x.example","clic")';

before(async () => {
  server = await startServer({ demo: 'without-confirmation', args: ['--rate-limit', '0'] });
  const origin = { origin: 'https://mairie.example' };
  assert.equal(
    (
      await post(
        `${server.url}/v1/pledges`,
        pledge({ name: formula, email: 'formule@example.org', public: true }),
        { headers: origin },
      )
    ).status,
    201,
  );
  assert.equal(
    (
      await post(
        `${server.url}/v1/pledges`,
        pledge({ name: 'À Effacer', email: 'Efface.Moi@Example.org' }),
      )
    ).status,
    201,
  );
  // Here the CLI opens the database itself (server stopped); cli-live.server.test.ts runs
  // the same commands beside the running server.
  await server.halt();
});
after(() => server?.stop());

describe('ck-server pledges', () => {
  test('export: UTF-8 CSV with BOM, proof of consent, formulas neutralised', async () => {
    const res = await server.cli(['pledges', 'export', '--campaign', 'appel-engagements']);
    assert.equal(res.code, 0, res.stderr);
    assert.ok(res.stdout.startsWith('\uFEFFid,date,type,nom,email,'));
    const row = res.stdout.split('\r\n').find((l) => l.includes('formule@example.org'))!;
    assert.ok(row.includes(`"'=HYPERLINK(""http://x.example"",""clic"")"`), row);
    assert.match(row, /https:\/\/mairie\.example/);
    assert.match(row, /,[0-9a-f]{16},/, 'notice version');
    assert.match(row, /,oui,\d{4}-\d{2}-\d{2}T/, 'public flag and consent time');
  });

  test('export of an unknown campaign exits non-zero', async () => {
    const res = await server.cli(['pledges', 'export', '--campaign', 'inconnue']);
    assert.equal(res.code, 1);
    assert.equal(res.stdout, '');
  });

  test('erase --email removes that person’s pledges whatever the case; again erases nothing', async () => {
    const first = await server.cli(['pledges', 'erase', '--email', 'efface.moi@example.org']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /^1 engagement/);
    const again = await server.cli(['pledges', 'erase', '--email', 'efface.moi@example.org']);
    assert.match(again.stderr, /^0 engagement/);
    const exported = await server.cli(['pledges', 'export', '--campaign', 'appel-engagements']);
    assert.doesNotMatch(exported.stdout, /efface\.moi/i);
    assert.doesNotMatch(exported.stdout, /À Effacer/);
  });
});

describe('ck-server purge', () => {
  test('keeps pledges younger than retentionMonths, erases older ones', async () => {
    const now = await server.cli(['purge']);
    assert.equal(now.code, 0, now.stderr);
    assert.match(now.stderr, /appel-engagements : 0 engagement/);
    const later = new Date(Date.now() + 25 * 31 * 86_400_000).toISOString();
    const res = await server.cli(['purge', '--now', later]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /appel-engagements : 1 engagement\(s\) de plus de 24 mois/);
    const exported = await server.cli(['pledges', 'export', '--campaign', 'appel-engagements']);
    assert.equal(exported.stdout.trim().split('\r\n').length, 1, 'only the header is left');
  });
});

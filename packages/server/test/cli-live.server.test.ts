/**
 * Moderation without downtime: every coordinator command works while the server serves, on
 * both engines, and the public feed shows its result at once, even with documents cached
 * for ten minutes. Embedded: the command runs in the server, sent over its control socket;
 * PostgreSQL: the command's own connection sends NOTIFY.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type TestServer } from './helpers/start-server.js';
import { getJson, pledge, post } from './helpers/requests.js';

const embedded = !process.env.DATABASE_URL;
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
let server: TestServer;

before(async () => {
  server = await startServer({
    // Pledges count at once here: what is tested is the commands' effect on the counter.
    demo: 'without-confirmation',
    args: ['--rate-limit', '0'],
    env: { CK_CACHE_MS: '600000' },
  });
});
after(() => server?.stop());

const coalitionIds = async () =>
  ((await getJson(`${server.url}/v1/coalitions.json`)).json!.items as { id: string }[]).map(
    (c) => c.id,
  );
const stats = async () =>
  (await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`)).json as {
    total: number;
    recent: { name: string }[];
  };

describe('coordinator commands while the server serves', () => {
  test('coalitions approve: the coalition is in coalitions.json at once', async () => {
    const declared = await post(`${server.url}/v1/coalitions`, {
      name: 'Coalition Climat Morlaix',
      objective: 'Des actions locales',
      scope: 'geographique',
      contacts: [{ name: 'Contact Privé', email: 'prive@example.org' }],
      consent: true,
    });
    assert.equal(declared.status, 201);
    const id = String(declared.json.id);
    assert.ok(!(await coalitionIds()).includes(id), 'pending: not published (and now cached)');
    const listed = await server.cli(['coalitions', 'list', '--pending']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`^${id}\\tpending\\t`, 'm'));
    const res = await server.cli(['coalitions', 'approve', id]);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /approuvée/);
    assert.ok((await coalitionIds()).includes(id));
  });

  test('pledges export, then erase: the name leaves the public counter at once', async () => {
    const email = 'visible.puis.efface@example.org';
    const name = 'Visible Puis Effacé';
    assert.equal(
      (await post(`${server.url}/v1/pledges`, pledge({ email, name, public: true }))).status,
      201,
    );
    const before = await stats();
    assert.ok(before.recent.some((r) => r.name === name));
    const exported = await server.cli(['pledges', 'export', '--campaign', 'appel-engagements']);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /visible\.puis\.efface@example\.org/);
    const erased = await server.cli(['pledges', 'erase', '--email', email]);
    assert.equal(erased.code, 0, erased.stderr);
    assert.match(erased.stderr, /^1 engagement/);
    const after = await stats();
    assert.equal(after.total, before.total - 1);
    assert.ok(!after.recent.some((r) => r.name === name));
  });

  test('purge: the counter drops to zero at once', async () => {
    assert.equal((await post(`${server.url}/v1/pledges`, pledge())).status, 201);
    assert.ok((await stats()).total > 0);
    const later = new Date(Date.now() + 25 * 31 * 86_400_000).toISOString();
    const res = await server.cli(['purge', '--now', later]);
    assert.equal(res.code, 0, res.stderr);
    assert.equal((await stats()).total, 0);
  });

  test('import: new members are in members.json at once; export-feed writes the files', async () => {
    const res = await server.cli(['import', fixture('membres.csv')]);
    assert.equal(res.code, 0, res.stderr);
    const members = (await getJson(`${server.url}/v1/members.json`)).text;
    assert.match(members, /Maison du Vélo de Lille/);
    const dir = mkdtempSync(join(tmpdir(), 'ck-live-feed-'));
    try {
      const fed = await server.cli(['export-feed', dir]);
      assert.equal(fed.code, 0, fed.stderr);
      assert.equal(readFileSync(join(dir, 'members.json'), 'utf8'), members);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an error is said as the CLI says it, in the coordinator’s language', async () => {
    const res = await server.cli(['coalitions', 'approve', 'inconnue']);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /Coalition inconnue : inconnue/);
  });
});

if (embedded) {
  describe('the control socket', () => {
    test('is a socket only its owner can open, removed when the server stops', async () => {
      const socket = join(server.dataDir, 'ck-server.sock');
      const stat = statSync(socket);
      assert.ok(stat.isSocket());
      assert.equal(stat.mode & 0o777, 0o600);
      assert.equal(stat.uid, process.getuid!());
      await server.halt();
      assert.ok(!existsSync(socket));
      await server.restart();
    });

    // Root can hand the directory to another user and still run the server on it.
    if (process.getuid?.() === 0) {
      test('is not opened in a data directory that belongs to another user: commands wait', async () => {
        await server.halt();
        chownSync(server.dataDir, 54321, 54321);
        try {
          await server.restart();
          assert.ok(!existsSync(join(server.dataDir, 'ck-server.sock')));
          const res = await server.cli(['coalitions', 'list']);
          assert.equal(res.code, 1);
          assert.match(res.stderr, new RegExp(`utilisé par le processus ${server.pid}\\b`));
        } finally {
          await server.halt();
          chownSync(server.dataDir, 0, 0);
          await server.restart();
        }
      });
    }
  });
}

/** 201 only after COMMIT: kill -9 right after acknowledgements loses nothing. And the data-directory lock. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './helpers/start-server.js';
import { getJson, pledge, post } from './helpers/requests.js';

const embedded = !process.env.DATABASE_URL;

test('kill -9 right after the acknowledgements, then restart: every acknowledged pledge is there', async () => {
  const server = await startServer({ demo: true, args: ['--rate-limit', '0'] });
  try {
    const sent = Array.from({ length: 40 }, () => ({ key: randomUUID(), body: pledge({ public: true, name: `Durable ${randomUUID().slice(0, 6)}` }) }));
    const answers = await Promise.all(sent.map((s) => post(`${server.url}/v1/pledges`, s.body, { key: s.key })));
    assert.ok(answers.every((a) => a.status === 201));
    server.kill9();
    await server.restart();
    const stats = (await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`)).json as { total: number };
    assert.equal(stats.total, 40);
    // Each key still answers its first result: the answers were committed with the pledges.
    for (const [i, s] of sent.entries()) {
      const replay = await post(`${server.url}/v1/pledges`, s.body, { key: s.key });
      assert.equal(replay.status, 201);
      assert.equal(replay.json.id, answers[i]!.json.id);
    }
  } finally {
    await server.stop();
  }
});

test('while the server runs, a CLI command on its data directory refuses and names the pid', { skip: !embedded && 'PostgreSQL takes concurrent writers' }, async () => {
  const server = await startServer({ demo: true });
  try {
    const lock = readFileSync(join(server.dataDir, 'ck-server.lock'), 'utf8').trim();
    const res = await server.cli(['pledges', 'erase', '--email', 'x@example.org']);
    assert.equal(res.code, 1);
    assert.match(res.stderr, new RegExp(`\\b${lock}\\b`));
    assert.match(res.stderr, /ck-server/);
    // The server is unharmed.
    assert.equal((await post(`${server.url}/v1/pledges`, pledge())).status, 201);
  } finally {
    await server.stop();
  }
  // Once it stopped, the same command works.
});

test('a stale lock (its process is gone) is taken over', { skip: !embedded && 'no lock on PostgreSQL' }, async () => {
  const server = await startServer({ demo: true });
  try {
    server.kill9();
    // kill -9 leaves the lock file behind, with a pid that no longer runs.
    writeFileSync(join(server.dataDir, 'ck-server.lock'), '999999\n');
    await server.restart();
    assert.equal((await getJson(`${server.url}/v1/collective.json`)).status, 200);
  } finally {
    await server.stop();
  }
});

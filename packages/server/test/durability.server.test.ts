/** 201 only after COMMIT: kill -9 right after acknowledgements loses nothing (the lock: lock.server.test.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startServer } from './helpers/start-server.js';
import { getJson, pledge, post } from './helpers/requests.js';

const embedded = !process.env.DATABASE_URL;

test('kill -9 right after the acknowledgements, then restart: every acknowledged pledge is there', async () => {
  const server = await startServer({ demo: 'without-confirmation', args: ['--rate-limit', '0'] });
  try {
    const sent = Array.from({ length: 40 }, () => ({
      key: randomUUID(),
      body: pledge({ public: true, name: `Durable ${randomUUID().slice(0, 6)}` }),
    }));
    const answers = await Promise.all(
      sent.map((s) => post(`${server.url}/v1/pledges`, s.body, { key: s.key })),
    );
    assert.ok(answers.every((a) => a.status === 201));
    server.kill9();
    await server.restart();
    const stats = (await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`))
      .json as { total: number };
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

if (!embedded) {
  test('on PostgreSQL, CLI commands run beside the server, which sees their effect', async () => {
    const server = await startServer({ demo: 'without-confirmation', args: ['--rate-limit', '0'] });
    try {
      const email = `beside.${randomUUID().slice(0, 6)}@example.org`;
      assert.equal(
        (await post(`${server.url}/v1/pledges`, pledge({ email, name: 'À côté', public: true })))
          .status,
        201,
      );
      const res = await server.cli(['pledges', 'erase', '--email', email]);
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stderr, /^1 engagement/);
      // Documents are re-read from the database at most a second later.
      let stats = '';
      for (let i = 0; i < 40 && !stats.includes('"total":0'); i += 1) {
        await new Promise((r) => setTimeout(r, 100));
        stats = (await getJson(`${server.url}/v1/campaigns/appel-engagements/stats.json`)).text;
      }
      assert.match(stats, /"total":0/);
    } finally {
      await server.stop();
    }
  });
}

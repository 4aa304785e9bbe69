/**
 * The data-directory lock of the embedded engine: respected while its holder lives, taken
 * over when it is provably stale, even when its pid now names a living, unrelated process.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from './helpers/start-server.js';
import { getJson } from './helpers/requests.js';
import { processStart } from '../src/store/lock.js';

const embedded = !process.env.DATABASE_URL;
let server: TestServer;
const lockFile = () => join(server.dataDir, 'ck-server.lock');
const socketFile = () => join(server.dataDir, 'ck-server.sock');

/** Kills the server with -9, then rewrites what its lock says with `edit`. */
async function crashAndEditLock(edit: (lock: string) => string) {
  server.kill9();
  await server.halt(); // waits for the exit
  writeFileSync(lockFile(), edit(readFileSync(lockFile(), 'utf8')));
}

/** The lock with its pid (a bare number, or the record's field) replaced by the test's own. */
const pidReused = (lock: string, dead: number) =>
  lock.replace(new RegExp(`(^|"pid":)${dead}\\b`), `$1${process.pid}`);

if (embedded) {
  before(async () => {
    server = await startServer({ demo: true });
  });
  after(() => server?.stop());

  test('the lock says who holds it: pid, start time, boot, host, a token', () => {
    const lock = JSON.parse(readFileSync(lockFile(), 'utf8')) as Record<string, unknown>;
    assert.equal(lock.pid, server.pid);
    assert.equal(lock.start, processStart(server.pid));
    assert.equal(lock.host, hostname());
    assert.equal(lock.role, 'serve');
    assert.match(String(lock.token), /^[0-9a-f]{24}$/);
  });

  test('a lock held by a living process is respected: the command refuses and names it', async () => {
    await server.halt();
    const mine = {
      pid: process.pid,
      start: processStart(process.pid),
      boot: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
      host: hostname(),
      token: 'a'.repeat(24),
      role: 'cli',
    };
    writeFileSync(lockFile(), JSON.stringify(mine));
    const res = await server.cli(['coalitions', 'list']);
    assert.equal(res.code, 1);
    assert.match(res.stderr, new RegExp(`processus ${process.pid}\\b`));
    writeFileSync(lockFile(), ''); // garbage, not a lock: taken over by the restart
    await server.restart();
  });

  test('after kill -9, a stale socket does not confuse the CLI: it runs the command itself', async () => {
    server.kill9();
    await server.halt();
    assert.ok(existsSync(socketFile()), 'the killed server left its socket');
    const res = await server.cli(['coalitions', 'list']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /\tapproved\t/);
  });

  test('a lock whose pid now names a living, unrelated process (pid reused) is taken over', async () => {
    await server.restart();
    const dead = server.pid;
    // As after a container restart: the dead server's pid is now someone else's (ours).
    await crashAndEditLock((lock) => pidReused(lock, dead));
    await server.restart();
    assert.equal((await getJson(`${server.url}/v1/collective.json`)).status, 200);
  });

  test('a server’s lock from another host name on this machine, whose socket nobody answers, is taken over', async () => {
    const dead = server.pid;
    // A container recreated under a new host name, the living pid unrelated.
    await crashAndEditLock((lock) =>
      pidReused(lock, dead).replace(/"host":"[^"]*"/, '"host":"ancien-conteneur"'),
    );
    await server.restart();
    assert.equal((await getJson(`${server.url}/v1/collective.json`)).status, 200);
  });

  test('a lock left by a process that is gone is taken over (an older version’s bare pid too)', async () => {
    await crashAndEditLock(() => '999999\n');
    await server.restart();
    assert.equal((await getJson(`${server.url}/v1/collective.json`)).status, 200);
  });
}

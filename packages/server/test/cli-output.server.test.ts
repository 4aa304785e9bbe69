/**
 * What the coordinator's commands print: complete through a pipe whose reader is late and
 * slow (the CLI used to exit with 64 KiB of an export still unread), and free of the
 * terminal control characters a visitor could put in a name (which the server now refuses).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from './helpers/start-server.js';
import { REPO_ROOT, cliBundle } from './helpers/process.js';
import { seedPledges, withSql } from './helpers/database.js';
import { pledge, post } from './helpers/requests.js';

const CAMPAIGN = 'appel-engagements';
const ROWS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: TestServer;
let work: string;

before(async () => {
  server = await startServer({ demo: true });
  work = mkdtempSync(join(tmpdir(), 'ck-output-'));
  await server.halt();
  await withSql(server, async (sql) => {
    await seedPledges(sql, CAMPAIGN, ROWS);
    // As stored before validation refused such names (or by any other way in).
    await sql(`INSERT INTO coalitions (id, doc, status, private) VALUES ($1, $2, 'pending', $3)`, [
      'coalition-piege',
      JSON.stringify({ id: 'coalition-piege', name: 'Piège\u001b]0;pwned\u0007\u001b[2J' }),
      JSON.stringify({
        contacts: [{ name: 'Jean\tFaux\nfaux-id\tapproved', email: 'jean@example.org' }],
      }),
    ]);
  });
});
after(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

const exportArgs = () => ['pledges', 'export', '--campaign', CAMPAIGN, '--data', server.dataDir];
const env = () => ({ ...process.env, DATABASE_URL: server.databaseUrl ?? '' });

/** The export written to a file (what `> export.csv` gets). */
async function exportToFile(): Promise<Buffer> {
  const file = join(work, `export-${Date.now()}.csv`);
  const fd = openSync(file, 'w');
  const child = spawn(process.execPath, [await cliBundle(), ...exportArgs()], {
    cwd: REPO_ROOT,
    env: env(),
    stdio: ['ignore', fd, 'ignore'],
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  closeSync(fd);
  assert.equal(code, 0);
  return readFileSync(file);
}

/**
 * The export through a pipe whose reader starts a second after the first bytes, then takes
 * a chunk at a time with pauses (a slow `gzip`, a `wc` on a busy machine).
 */
async function exportThroughSlowPipe(): Promise<{ body: Buffer; code: number; stderr: string }> {
  const child = spawn(process.execPath, [await cliBundle(), ...exportArgs()], {
    cwd: REPO_ROOT,
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const closed = new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const chunks: Buffer[] = [];
  await new Promise((resolve) => child.stdout.once('readable', resolve));
  await sleep(1000);
  for await (const chunk of child.stdout) {
    chunks.push(chunk as Buffer);
    await sleep(20);
  }
  return { body: Buffer.concat(chunks), code: await closed, stderr };
}

async function assertPipeEqualsFile() {
  const file = await exportToFile();
  const piped = await exportThroughSlowPipe();
  assert.equal(piped.code, 0, piped.stderr);
  assert.equal(piped.body.length, file.length, 'bytes through the pipe = bytes to a file');
  assert.ok(piped.body.equals(file));
  const rows = piped.body.toString('utf8').match(/\r\nseed-\d+,/g) ?? [];
  assert.equal(rows.length, ROWS);
  assert.match(piped.stderr, new RegExp(`${ROWS} engagement\\(s\\) exporté\\(s\\)`));
  assert.ok(file.length > 65_536 * 4, `${file.length} bytes: well past a pipe's buffer`);
}

describe('with the server stopped (the CLI opens the database)', () => {
  test(`an export of ${ROWS} pledges through a late, slow pipe is whole`, assertPipeEqualsFile);

  test('a reader that goes away (`| head`) ends the export with a clear error, not silence', async () => {
    const child = spawn(process.execPath, [await cliBundle(), ...exportArgs()], {
      cwd: REPO_ROOT,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const closed = new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    await new Promise((resolve) => child.stdout.once('readable', resolve));
    child.stdout.destroy();
    assert.equal(await closed, 1);
    assert.match(stderr, /sortie standard a été fermée avant la fin/);
    assert.doesNotMatch(stderr, /exporté|at .*\.js/);
  });

  test('coalitions list: control characters escaped, a tab or newline in a contact forges no row', async () => {
    const res = await server.cli(['coalitions', 'list']);
    assert.equal(res.code, 0, res.stderr);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(res.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'no raw ESC or BEL');
    const line = res.stdout.split('\n').find((l) => l.startsWith('coalition-piege'))!;
    assert.equal(line.split('\t').length, 5, line);
    assert.match(line, /Piège\\x1b\]0;pwned\\x07\\x1b\[2J/);
    assert.match(line, /Jean\\x09Faux\\x0afaux-id\\x09approved <jean@example\.org>/);
    const rows = res.stdout.trim().split('\n');
    assert.ok(
      rows.every((r) => /^\S+\t(pending|approved)\t/.test(r)),
      'one row per coalition',
    );
  });

  test('messages that repeat the coordinator’s input are escaped too', async () => {
    const res = await server.cli(['pledges', 'erase', '--email', 'x\u001b[2J@example.org']);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stderr, /pour x\\x1b\[2J@example\.org\./);
  });
});

describe('with the server running (the command goes through its control socket)', () => {
  before(() => server.restart());

  test(`an export of ${ROWS} pledges through a late, slow pipe is whole`, assertPipeEqualsFile);

  test('coalitions list is escaped the same way', async () => {
    const res = await server.cli(['coalitions', 'list', '--pending']);
    assert.equal(res.code, 0, res.stderr);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(res.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/);
    assert.match(res.stdout, /Jean\\x09Faux\\x0afaux-id\\x09approved/);
  });

  test('the server refuses such texts at the door: 400 naming the field, in French or English', async () => {
    const name = 'Camille\u001b]0;pwned\u0007\u001b[2J';
    const fr = await post(`${server.url}/v1/pledges`, pledge({ name }));
    assert.equal(fr.status, 400);
    const errors = fr.json.errors as { path: (string | number)[]; message: string }[];
    assert.deepEqual(
      errors.map((e) => e.path),
      [['name']],
    );
    assert.match(errors[0]!.message, /Caractère invisible interdit/);
    const en = await post(
      `${server.url}/v1/coalitions`,
      {
        name: 'Coalition',
        objective: 'Objectif',
        scope: 'geographique',
        contacts: [{ name: 'Jean\tFaux\nfaux-id', email: 'jean@example.org' }],
        consent: true,
      },
      { headers: { 'accept-language': 'en' } },
    );
    assert.equal(en.status, 400);
    const enErrors = en.json.errors as { path: (string | number)[]; message: string }[];
    assert.deepEqual(
      enErrors.map((e) => e.path),
      [['contacts', 0, 'name']],
    );
    assert.match(enErrors[0]!.message, /^Invisible character not allowed/);
  });
});

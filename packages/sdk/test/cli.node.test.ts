/**
 * `ck-feed validate`: output, paths, summary and exit codes. The main cases spawn the command
 * as a process; the detailed ones run the same code in this process, to keep the suite fast.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePath, loadFixture } from '../../../test/fixtures/feeds/load.js';
import { runCli } from '../src/cli/validate.js';
import { json, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

const SOURCE_CLI = fileURLToPath(new URL('./helpers/ck-feed-source.ts', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/ck-feed.mjs', import.meta.url));
const BUILT_CLI = fileURLToPath(new URL('../dist/esm/cli.js', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node <script> ...args` and collects its output. */
function spawned(args: string[], script = SOURCE_CLI): Promise<Run> {
  const node = script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
  return new Promise((done) => {
    const child = spawn(process.execPath, [...node, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs the CLI in this process (same code, no process start-up): for the detailed checks. */
async function run(args: string[]): Promise<Run> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(args, {
    out: (line) => (out.stdout += `${line}\n`),
    err: (line) => (out.stderr += `${line}\n`),
  });
  return { code, ...out };
}

let dir: string;
let files = 0;
let server: FixtureServer;
/** Writes `content` to a temporary file and returns its path. */
const file = (name: string, content: unknown) => {
  const own = join(dir, String(files++)); // tests run concurrently: one folder each
  mkdirSync(own);
  const path = join(own, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ck-feed-'));
  server = await startFixtureServer({ '/v1/members.json': json(loadFixture('members')) });
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await server.close();
});

describe('ck-feed validate', { concurrency: true }, () => {
  it('exit 0 when every item is valid', async () => {
    const r = await spawned(['validate', fixturePath('events')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${fixturePath('events')} (events)\n✔ 6 éléments valides\n`);
  });

  it('exit 2 with each issue and its path when items are left out', async () => {
    const doc = loadFixture<{ items: Record<string, unknown>[] }>('events');
    doc.items[1]!.startDate = '2026-02-30';
    doc.items[3]!.url = 'javascript:alert(1)';
    doc.items[3]!.status = 'annulé';
    const r = await spawned(['validate', file('events.json', doc)]);
    assert.equal(r.code, 2);
    const lines = r.stdout.trim().split('\n').slice(1);
    assert.deepEqual(lines, [
      'items[1].startDate: Date invalide : format attendu 2026-03-14 ou 2026-03-14T18:30:00+01:00',
      'items[3].status: Valeur invalide : "scheduled" ou "cancelled" ou "postponed" ou "rescheduled" attendu',
      'items[3].url: Adresse web invalide : une URL absolue en http:// ou https:// est attendue',
      '✖ 2 éléments écartés sur 6 (3 problèmes)',
    ]);
  });

  it('speaks English with --lang en', async () => {
    const doc = loadFixture<{ items: Record<string, unknown>[] }>('members');
    doc.items.push({ ...doc.items[0]! });
    const r = await run(['validate', file('members.json', doc), '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.match(
      r.stdout,
      /^items\[7\]\.id: Duplicate id: another item of the document already has this id$/m,
    );
    assert.match(r.stdout, /^✖ 1 of 8 items left out \(1 issue\)$/m);
  });

  it('recognises a document by its content when the name says nothing', async () => {
    const r = await run(['validate', file('agenda-export.json', loadFixture('coalitions'))]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\(coalitions\)\n✔ 3 éléments valides/);
  });

  it('asks for --type when it cannot tell, and accepts it', async () => {
    const empty = file('export.json', { version: 1, items: [] });
    const unknown = await run(['validate', empty]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /précisez --type/);
    const typed = await run(['validate', empty, '--type', 'members']);
    assert.equal(typed.code, 0);
    assert.match(typed.stdout, /✔ 0 élément valide/);
  });

  it('exit 1 for a file that is not JSON', async () => {
    const r = await spawned(['validate', file('events.json', '{"version": 1, "items": [')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /events\.json n’est pas du JSON valide/);
  });

  it('exit 1 for an unknown version, with the reason', async () => {
    const r = await run([
      'validate',
      file('coalitions.json', { version: 2, items: [] }),
      '--lang=en',
    ]);
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      'Unusable document: Unknown feed version: only version 1 is supported (2)\n',
    );
  });

  it('exit 1 for a document that is not an object with items', async () => {
    const r = await run(['validate', file('events.json', [{ id: 'a' }])]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /n’est pas un objet JSON avec une liste « items »/);
  });

  it('exit 1 for an invalid counter, naming the field', async () => {
    const r = await run(['validate', file('stats.json', { ...loadFixture('stats'), total: -3 })]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^total: Nombre trop petit : au moins 0$/m);
  });

  it('exit 1 for a missing file', async () => {
    const r = await run(['validate', join(dir, 'absent.json')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Impossible de lire .*absent\.json : ENOENT/);
  });

  it('reads a URL', async () => {
    const r = await spawned(['validate', `${server.origin}/v1/members.json`]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\(members\)\n✔ 7 éléments valides/);
  });

  it('exit 1 for a URL that answers 404', async () => {
    const r = await run(['validate', `${server.origin}/v1/events.json`]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `Le flux ${server.origin}/v1/events.json a répondu 404\n`);
  });

  it('exit 1 with usage for an unknown command', async () => {
    const r = await run(['check', 'events.json']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Commande inconnue : check/);
  });

  it('the package bin runs the built CLI', async () => {
    assert.ok(existsSync(BUILT_CLI), 'dist/esm/cli.js is missing: run `npm run build` first');
    const r = await spawned(['--help', '--lang', 'en'], BIN);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Usage: ck-feed validate <file-or-URL>/);
  });
});

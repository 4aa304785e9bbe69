/**
 * Starts the real `ck-server` process on loopback for a test, on a fresh database: a copy of
 * a template PGlite directory, or a new PostgreSQL database when DATABASE_URL is set (the
 * suite runs both ways: `npm run test:server`, `scripts/with-postgres.sh npm run test:server`).
 *
 * @example
 * const server = await startServer({ demo: true });
 * const res = await fetch(`${server.url}/v1/events.json`);
 * await server.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { CDN_DIR, REPO_ROOT, SITE_DIR, cliBundle, runCli, type CliResult } from './process.js';
import { copyTemplate, withoutConfirmation, type TemplateKind } from './template.js';

export interface StartOptions {
  /**
   * Load the demo feed (the collective with campaign `appel-engagements`, members, agenda,
   * coalitions). `'without-confirmation'`: its campaign counts pledges at once
   * (`confirmation: "none"`), for tests of the pledge path that do not read mail.
   */
  demo?: TemplateKind;
  /** More `ck-server serve` arguments (`--rate-limit`, `--allow-origin`…). */
  args?: string[];
  /** More environment variables for the server and `cli()`. */
  env?: Record<string, string>;
  /** Serve this PostgreSQL database (another test server's) instead of a new one: several instances. */
  sharedDatabaseUrl?: string;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** The server's `--data` directory. */
  dataDir: string;
  /** The server's own PostgreSQL database, when the suite runs on PostgreSQL. */
  databaseUrl: string | undefined;
  /** The server process's id (for the benchmark's CPU figures). */
  pid: number;
  /** Stops the server (SIGTERM) and removes its data. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL: no clean-up at all, as in a crash. */
  kill9(): void;
  /** Stops the server (SIGTERM) and keeps its data, for CLI commands or a `restart`. */
  halt(): Promise<void>;
  /** Starts the server again on the same data (after `kill9` or `halt`). */
  restart(): Promise<void>;
  /** Runs `ck-server ARGS --data DIR` on the same database (`env`: more variables for this run). */
  cli(args: string[], env?: Record<string, string | undefined>): Promise<CliResult>;
}

/** A new, empty PostgreSQL database on the server of `adminUrl`; returns its URL. */
async function createDatabase(adminUrl: string): Promise<string> {
  const name = `ck_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Spawns `serve` and resolves with its URL once it prints it. */
async function spawnServer(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string }> {
  const cli = await cliBundle();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ck-server did not start within 60 s:\n${stderr}`));
    }, 60_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      // Unexpected errors of a running server still show in the test output.
      if (/Error|ck-server:/.test(chunk)) process.stderr.write(chunk);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ck-server exited (${code}) before listening:\n${stderr}`));
    });
  });
}

/** Starts `ck-server serve --port 0` on a fresh database. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const adminUrl = options.env?.DATABASE_URL ?? process.env.DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'ck-server-test-'));
  let databaseUrl = options.sharedDatabaseUrl;
  // A database the server shares belongs to its first server, which drops it.
  const owned = Boolean(adminUrl) && databaseUrl === undefined;
  if (adminUrl && owned) {
    databaseUrl = await createDatabase(adminUrl);
    if (options.demo === 'without-confirmation') {
      const env = { ...options.env, DATABASE_URL: databaseUrl };
      const demo = await runCli(['demo'], env);
      if (demo.code !== 0) throw new Error(`loading the demo failed: ${demo.stderr}`);
      await withoutConfirmation([], env);
    }
  } else if (!databaseUrl) await copyTemplate(options.demo ?? false, join(dataDir, 'data'));
  const data = join(dataDir, 'data');
  const env = { ...process.env, ...options.env, DATABASE_URL: databaseUrl ?? '' };
  const args = [
    'serve',
    '--port',
    '0',
    '--data',
    data,
    '--cdn',
    CDN_DIR,
    '--site',
    SITE_DIR,
    ...(options.demo ? ['--demo'] : []),
    ...(options.args ?? []),
  ];
  let running = await spawnServer(args, env);

  const exited = (child: ChildProcess) =>
    new Promise<void>((resolve) =>
      child.exitCode !== null || child.signalCode !== null
        ? resolve()
        : child.once('exit', () => resolve()),
    );

  const server: TestServer = {
    url: running.url,
    dataDir: data,
    databaseUrl,
    pid: running.child.pid!,
    async stop() {
      running.child.kill('SIGTERM');
      await exited(running.child);
      if (owned && adminUrl && databaseUrl)
        await dropDatabase(adminUrl, databaseUrl).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
    kill9() {
      running.child.kill('SIGKILL');
    },
    async halt() {
      running.child.kill('SIGTERM');
      await exited(running.child);
    },
    async restart() {
      await exited(running.child);
      running = await spawnServer(args, env);
      server.url = running.url;
      server.pid = running.child.pid!;
    },
    cli: (cliArgs, cliEnv) =>
      runCli([...cliArgs, '--data', data], {
        ...options.env,
        DATABASE_URL: databaseUrl ?? '',
        ...cliEnv,
      }),
  };
  return server;
}

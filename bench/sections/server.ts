/**
 * The server on loopback (autocannon, 32 connections, bounded rounds), on PGlite and on a
 * throw-away PostgreSQL (scripts/with-postgres.sh), each engine in its own process
 * (server-engine.ts), beside a bare node:http server answering the same bytes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Row } from '../lib/rows.js';
import type { Section } from '../lib/section.js';
import { CONNECTIONS } from './server-load.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = fileURLToPath(new URL('./server-engine.ts', import.meta.url));
/** Seconds of load per figure and round (BENCH_SECONDS overrides). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

/** Runs `command` from the repository root, its output shown; rejects on a non-zero exit. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function engineRows(postgres: boolean, rounds: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-server-'));
  const out = join(dir, 'rows.json');
  const node = [process.execPath, '--conditions=source', '--import', 'tsx', ENGINE];
  const args = [...node, String(rounds), String(SECONDS), out];
  const { DATABASE_URL: _, ...env } = process.env;
  try {
    if (postgres) await run('bash', ['scripts/with-postgres.sh', ...args], env);
    else await run(args[0]!, args.slice(1), env);
    return JSON.parse(readFileSync(out, 'utf8')) as Row[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const server: Section = {
  name: 'server',
  title: 'The server: feed GET 200 and 304, calendar, pledge POST (loopback)',
  rounds: 3,
  async run({ rounds }) {
    const rows = [...(await engineRows(false, rounds)), ...(await engineRows(true, rounds))];
    return {
      rows,
      notes: [
        `autocannon, ${CONNECTIONS} connections, ${SECONDS} s per figure and round, ck-server then the`,
        'baseline in each round, on the demo feed; pledges with a unique Idempotency-Key and e-mail',
        'each, rate limit off, each 201 sent after COMMIT. PostgreSQL is the throw-away cluster of',
        '`scripts/with-postgres.sh` (fsync off). autocannon shares the 2 cores with the server: the',
        "server's CPU per answer is the steadier figure on a busy machine.",
      ],
    };
  },
};

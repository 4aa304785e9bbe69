/**
 * How the tests run `ck-server`: from its TypeScript source, bundled once by esbuild (the
 * SDK's `source` condition, dependencies left to node_modules) into node_modules/.cache.
 * A bundled start is about a second faster than tsx on every spawn, and the suite spawns
 * dozens. The bundle's name is a hash of the sources, so an edit builds a new one.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER = join(REPO_ROOT, 'packages/server');
const CACHE = join(SERVER, 'node_modules/.cache/ck-server-test');

/** The server's default CDN and site directories (the bundle lives elsewhere, so they are passed). */
export const CDN_DIR = join(REPO_ROOT, 'packages/elements/dist/cdn');
export const SITE_DIR = join(REPO_ROOT, 'examples/partner-site');

/** Updates `hash` with every source file under `dir`. */
export function hashSources(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashSources(hash, path);
    else if (/\.(sql|ts)$/.test(name) && !name.endsWith('.d.ts'))
      hash.update(path).update(readFileSync(path));
  }
}

let bundled: Promise<string> | undefined;

/** The path of the bundled CLI for the current sources, building it when needed. */
export function cliBundle(): Promise<string> {
  bundled ??= (async () => {
    const hash = createHash('sha256');
    hashSources(hash, join(SERVER, 'src'));
    hashSources(hash, join(REPO_ROOT, 'packages/sdk/src'));
    const dir = join(CACHE, hash.digest('hex').slice(0, 16));
    const entry = join(dir, 'cli.mjs');
    if (existsSync(entry)) return entry;
    // Built beside, then renamed: test files starting together never see half a bundle.
    const work = `${dir}.${randomBytes(4).toString('hex')}`;
    mkdirSync(work, { recursive: true });
    await build({
      entryPoints: [join(SERVER, 'src/cli/main.ts')],
      outfile: join(work, 'cli.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      external: ['fastify', 'pg', '@electric-sql/pglite', 'ical.js', 'zod', 'ky', 'nodemailer'],
      logLevel: 'warning',
    });
    // migrate.ts reads ./migrations/ beside itself.
    cpSync(join(SERVER, 'src/store/migrations'), join(work, 'migrations'), { recursive: true });
    try {
      renameSync(work, dir);
    } catch {
      rmSync(work, { recursive: true, force: true }); // another file built it first
    }
    return entry;
  })();
  return bundled;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ck-server ARGS` to completion. */
export async function runCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<CliResult> {
  const cli = await cliBundle();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

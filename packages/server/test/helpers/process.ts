/** How the tests run `ck-server` from source: node with tsx and the SDK's `source` condition. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const CLI_MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** The node arguments that run the CLI from its TypeScript source. */
export const nodeArgs = (args: readonly string[]) => [
  '--conditions=source',
  '--import',
  'tsx',
  CLI_MAIN,
  ...args,
];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ck-server ARGS` to completion. */
export function runCli(args: readonly string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs(args), {
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

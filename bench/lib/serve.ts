/** A local HTTP server on 127.0.0.1 answering fixed bodies, in a child process, for fetch benchmarks. */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./static-server.mjs', import.meta.url));

/** Serves `bodies` (file name → JSON text) at `/v1/<name>` from another process. */
export async function serveStatic(bodies: Record<string, string>): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
  for (const [name, body] of Object.entries(bodies)) writeFileSync(join(dir, name), body);
  const child = fork(SCRIPT, [dir], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], execArgv: [] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

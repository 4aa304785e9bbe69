/**
 * The data-directory lock. PGlite takes none: two processes on one directory silently lose
 * writes. The serving process (or a CLI command) holds `DIR/ck-server.lock` with its pid; a
 * lock whose process is gone (kill -9, crash) is stale and taken over.
 */
import { openSync, readFileSync, unlinkSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'ck-server.lock';

/** Thrown when another live process holds the lock. */
export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Le répertoire de données ${dataDir} est utilisé par le processus ${pid} (ck-server serve ?). ` +
        `Arrêtez-le d’abord, ou utilisez PostgreSQL (DATABASE_URL). / ` +
        `The data directory ${dataDir} is in use by process ${pid}; stop it first.`,
    );
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    // A zombie (killed, not yet reaped: containers whose init reaps nothing) holds nothing.
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return true;
    }
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid written in the lock file, or undefined when there is none. */
export function lockHolder(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock on `dataDir` for this process; returns the function that releases it. */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (lockHolder(dataDir) === process.pid) unlinkSync(file);
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = lockHolder(dataDir);
      if (pid !== undefined && pid !== process.pid && isAlive(pid)) {
        throw new LockHeldError(dataDir, pid);
      }
      // Stale: its process is gone. Remove it and try again.
      try {
        unlinkSync(file);
      } catch {
        // Another process took it over first: the next attempt says who.
      }
    }
  }
  throw new LockHeldError(dataDir, lockHolder(dataDir) ?? 0);
}

/**
 * The data-directory lock. PGlite takes none: two processes on one directory silently lose
 * writes. The serving process (or a CLI command) holds `DIR/ck-server.lock`, which says who
 * holds it: pid, the process's start time, the boot, the host and a random token.
 *
 * A lock is taken over only when it is provably stale:
 * - on this host and this boot, its pid is gone, or is now another process (another start
 *   time: a container restarted, and pid 1 is someone else);
 * - on this host, the machine has rebooted since (another boot id);
 * - it was taken by a server, on this kernel, and nothing listens on its control socket any
 *   more (a container restarted under a new host name).
 * Anything else (another host sharing the directory…) is held: the error says by whom.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'ck-server.lock';
/** The running server's control socket, beside the lock (cli/control-server.ts). */
export const SOCKET_FILE = 'ck-server.sock';

/** What a lock file records about its holder. */
export interface LockInfo {
  pid: number;
  /** Start time of the process, in clock ticks since boot (`/proc/PID/stat`), when known. */
  start?: string | undefined;
  /** `/proc/sys/kernel/random/boot_id`, when known. */
  boot?: string | undefined;
  host?: string | undefined;
  token?: string | undefined;
  /** `serve` for the server (which listens on the control socket), else the CLI command. */
  role?: string | undefined;
}

/** Thrown when another live process holds the lock. */
export class LockHeldError extends Error {
  override name = 'LockHeldError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly host?: string,
  ) {
    const where = host && host !== hostname() ? ` (${host})` : '';
    super(
      `Le répertoire de données ${dataDir} est utilisé par le processus ${pid}${where} (ck-server serve ?). ` +
        `Arrêtez-le d’abord, ou utilisez PostgreSQL (DATABASE_URL). / ` +
        `The data directory ${dataDir} is in use by process ${pid}${where}; stop it first.`,
    );
  }
}

const readText = (path: string) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** The start time of process `pid` (field 22 of /proc/PID/stat), when /proc tells. */
export function processStart(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  // The name (field 2) is in parentheses and may hold spaces: count from its end.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

const bootId = () => readText('/proc/sys/kernel/random/boot_id');

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    // A zombie (killed, not yet reaped: containers whose init reaps nothing) holds nothing.
    const stat = readText(`/proc/${pid}/stat`);
    return !(stat && /^\d+ \(.*\) Z/.test(stat));
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The lock's record, or undefined when there is none (a bare pid: an older version's). */
export function readLock(dataDir: string): LockInfo | undefined {
  const text = readText(join(dataDir, LOCK_FILE));
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const info = JSON.parse(text) as LockInfo;
    return Number.isInteger(info.pid) && info.pid > 0 ? info : undefined;
  } catch {
    return undefined;
  }
}

/** The pid written in the lock file, or undefined when there is none. */
export const lockHolder = (dataDir: string) => readLock(dataDir)?.pid;

/** Does something accept connections on the control socket of `dataDir`? */
function socketAnswers(dataDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(join(dataDir, SOCKET_FILE));
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Is the lock `info` provably abandoned? */
async function isStale(dataDir: string, info: LockInfo): Promise<boolean> {
  if (info.pid === process.pid) return true; // pid reused by this very process
  const sameHost = info.host === undefined || info.host === hostname();
  const boot = bootId();
  const sameBoot = info.boot === undefined || boot === undefined || info.boot === boot;
  if (sameHost && !sameBoot) return true;
  if (sameHost) {
    if (!isAlive(info.pid)) return true;
    const start = info.start && processStart(info.pid);
    if (start && start !== info.start) return true;
    if (start || info.role !== 'serve') return false;
  }
  // Another host name on this kernel (a container recreated), or no /proc: a server that
  // held the lock listened on its socket; a socket that nobody answers proves it gone.
  return (
    info.role === 'serve' && sameBoot && info.boot !== undefined && !(await socketAnswers(dataDir))
  );
}

/**
 * Takes the lock on `dataDir` for this process (`role`: `serve` or the command's name);
 * returns the function that releases it.
 */
export async function acquireLock(dataDir: string, role = 'cli'): Promise<() => void> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    start: processStart(process.pid),
    boot: bootId(),
    host: hostname(),
    token: randomBytes(12).toString('hex'),
    role,
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      // Written beside, then linked: the lock file appears whole or not at all (link fails
      // when it exists), so no reader ever sees an empty lock.
      const draft = `${file}.${mine.token}`;
      writeFileSync(draft, `${JSON.stringify(mine)}\n`, { mode: 0o600 });
      try {
        linkSync(draft, file);
      } finally {
        unlinkSync(draft);
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readLock(dataDir)?.token === mine.token) unlinkSync(file);
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = readLock(dataDir);
      if (held && !(await isStale(dataDir, held))) {
        throw new LockHeldError(dataDir, held.pid, held.host);
      }
      // Stale (or not a lock: garbage). Take it over, unless another process did first: the
      // next attempt says who.
      try {
        if (readLock(dataDir)?.token === held?.token) unlinkSync(file);
      } catch {
        // Removed by another process meanwhile.
      }
    }
  }
  const held = readLock(dataDir);
  throw new LockHeldError(dataDir, held?.pid ?? 0, held?.host);
}

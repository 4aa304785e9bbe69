/**
 * The running server's control socket, `DATA/ck-server.sock`: with the embedded engine only
 * one process may open the database, so the coordinator's commands are sent to the server,
 * which runs them on its own connection and then drops its cached documents, so the feed
 * shows an approval or an erasure at once.
 *
 * No network surface: a Unix socket, mode 0600, in a data directory owned by the server's
 * user; only that user (and root) can connect. It is removed on shutdown; one left by a
 * killed server is replaced at the next start (the lock is held by then).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { toLang } from '@coalition-kit/sdk';
import { chmodSync, statSync, unlinkSync } from 'node:fs';
import type { Database } from '../store/database.js';
import { runRequest, type Envelope } from './request.js';
import { CliError, inLang, say } from './output.js';
import { writeTo, OutputClosedError, type Io } from './io.js';
import { MAX_REQUEST, socketPath, type Frame } from './control-protocol.js';

export interface ControlServer {
  path: string;
  /** Stops listening, waits for the commands under way, removes the socket. */
  close(): Promise<void>;
}

/** Why the data directory cannot carry a control socket, or undefined when it can. */
function unsafeDirectory(dataDir: string): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return 'no Unix user on this platform';
  const stat = statSync(dataDir);
  if (stat.uid !== uid) return `owned by uid ${stat.uid}, the server runs as ${uid}`;
  return undefined;
}

/** Frames a command's output onto `socket`, waiting while the client reads slowly. */
function socketIo(socket: Socket): Io {
  const send = (frame: Frame) => writeTo(socket, `${JSON.stringify(frame)}\n`);
  return { out: (o) => send({ o }), data: (d) => send({ d }), err: (e) => send({ e }) };
}

/** The request: the first line the client sends (undefined when it sends none). */
function readRequest(socket: Socket): Promise<Envelope | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const done = (request: Envelope | undefined) => {
      socket.off('data', onData);
      socket.off('close', onClose);
      resolve(request);
    };
    const onData = (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0 && text.length <= MAX_REQUEST) return;
      try {
        done(end < 0 ? undefined : (JSON.parse(text.slice(0, end)) as Envelope));
      } catch {
        done(undefined);
      }
    };
    const onClose = () => done(undefined);
    socket.on('data', onData);
    socket.on('close', onClose);
  });
}

async function serveConnection(socket: Socket, db: Database, onChange: () => void) {
  socket.setEncoding('utf8');
  socket.on('error', () => socket.destroy());
  const io = socketIo(socket);
  const request = await readRequest(socket);
  if (!request) return void socket.destroy();
  const { lang, ...command } = request;
  await inLang(toLang(lang), async () => {
    let code = 0;
    try {
      await runRequest({ db, onChange }, command, io);
    } catch (error) {
      if (error instanceof OutputClosedError) return void socket.destroy();
      code = 1;
      const message =
        error instanceof CliError
          ? error.message
          : say('erreur interne du serveur : ', 'internal server error: ') +
            (error as Error).message;
      if (!(error instanceof CliError)) console.error(error);
      await io.err(`ck-server: ${message}`).catch(() => undefined);
    }
    await writeTo(socket, `${JSON.stringify({ x: code } satisfies Frame)}\n`).catch(
      () => undefined,
    );
    socket.end();
  });
}

/**
 * Listens on the control socket of `dataDir` (the caller holds its lock). Resolves to
 * `{refused}`, with the reason, when the directory is not safe for one or listening failed.
 */
export async function startControlServer(
  dataDir: string,
  db: Database,
  onChange: () => void,
): Promise<ControlServer | { refused: string }> {
  const path = socketPath(dataDir);
  try {
    unlinkSync(path); // left by a server killed without clean-up: we hold the lock now
  } catch {
    // none
  }
  const refused = unsafeDirectory(dataDir);
  if (refused) return { refused };
  const running = new Set<Promise<void>>();
  const server: Server = createServer((socket) => {
    const work = serveConnection(socket, db, onChange).finally(() => running.delete(work));
    running.add(work);
  });
  // The socket file is created 0600 (bind honours the umask, and happens within listen()),
  // never briefly open to others.
  const umask = process.umask(0o177);
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  process.umask(umask);
  try {
    await listening;
  } catch (error) {
    return { refused: (error as Error).message };
  }
  chmodSync(path, 0o600);
  const remove = () => {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.once('exit', remove);
  return {
    path,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...running]);
      remove();
    },
  };
}

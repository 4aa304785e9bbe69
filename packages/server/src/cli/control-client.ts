/**
 * The CLI's side of the control socket: when a server runs on the data directory, the
 * command is sent to it instead of opening the database (which only one process may do).
 * No socket, or one that nobody answers (a server killed with -9), and the CLI runs the
 * command itself, under the data-directory lock.
 */
import { connect, type Socket } from 'node:net';
import type { Envelope } from './request.js';
import { CliError, say } from './output.js';
import type { Io } from './io.js';
import { lineSplitter, socketPath, type Frame } from './control-protocol.js';

/** Connects to the server's socket; undefined when no server listens there. */
function open(path: string): Promise<Socket | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.off('error', onError);
      resolve(socket);
    });
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(undefined);
      else if (error.code === 'EACCES')
        reject(
          new CliError(
            say(
              `${path} : accès refusé ; lancez la commande sous l’utilisateur du serveur.`,
              `${path}: access denied; run the command as the server's user.`,
            ),
          ),
        );
      else reject(error);
    };
    socket.once('error', onError);
  });
}

/**
 * Runs `request` in the server running on `dataDir`, relaying its output to `io` as it
 * comes (the socket is read only as fast as `io` takes it). Resolves to the exit code, or
 * undefined when no server listens.
 */
export async function sendToServer(
  dataDir: string,
  request: Envelope,
  io: Io,
): Promise<number | undefined> {
  const socket = await open(socketPath(dataDir));
  if (!socket) return undefined;
  socket.setEncoding('utf8');
  let code: number | undefined;
  const feed = lineSplitter(async (line) => {
    const frame = JSON.parse(line) as Frame;
    if ('o' in frame) await io.out(frame.o);
    else if ('d' in frame) await io.data(frame.d);
    else if ('e' in frame) await io.err(frame.e);
    else code = frame.x;
  });
  try {
    socket.write(`${JSON.stringify(request)}\n`);
    for await (const chunk of socket) await feed(chunk as string);
  } finally {
    socket.destroy();
  }
  if (code === undefined)
    throw new CliError(
      say(
        'le serveur a fermé la connexion avant la fin de la commande (arrêté ?).',
        'the server closed the connection before the command ended (stopped?).',
      ),
    );
  return code;
}

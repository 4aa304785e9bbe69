/**
 * The control socket's protocol: newline-delimited JSON. The CLI sends one {@link Envelope};
 * the server answers frames in order: `{o}` a listing line, `{d}` raw data, `{e}` a message,
 * and last `{x}` the exit code.
 */
import { join } from 'node:path';
import { SOCKET_FILE } from '../store/lock.js';

export type Frame = { o: string } | { d: string } | { e: string } | { x: number };

/** The control socket of the server running on `dataDir`. */
export const socketPath = (dataDir: string) => join(dataDir, SOCKET_FILE);

/** The largest request line (an import carries its file). */
export const MAX_REQUEST = 64 * 1024 * 1024;

/** Splits a stream of text into lines, calling `onLine` for each; returns the feeder. */
export function lineSplitter(onLine: (line: string) => void | Promise<void>, max = Infinity) {
  let pending = '';
  return async (chunk: string) => {
    pending += chunk;
    if (pending.length > max) throw new Error('line too long');
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      await onLine(line);
    }
  };
}

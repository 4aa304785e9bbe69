/**
 * Where a command's output goes. Every write waits while its stream is full: `process.exit`
 * drops whatever a pipe has not taken yet (an export through `| gzip` was cut at 64 KiB), so
 * the CLI exits only once its output has drained.
 */
import type { Writable } from 'node:stream';
import { visible } from './terminal.js';
import { CliError, say } from './output.js';

export interface Io {
  /** A line of a listing on stdout: its fields escaped by the command, tabs between them. */
  out(line: string): Promise<void>;
  /** Raw data on stdout (the CSV export): written as is unless stdout is a terminal. */
  data(chunk: string): Promise<void>;
  /** A message line on stderr. */
  err(line: string): Promise<void>;
}

/** Thrown when the reader of stdout went away (`| head`) before the end. */
export class OutputClosedError extends CliError {
  constructor() {
    super(
      say(
        'la sortie standard a été fermée avant la fin : résultat incomplet.',
        'the standard output was closed before the end: incomplete result.',
      ),
    );
  }
}

/** Writes `text` to `stream`, waiting while the stream's buffer is full. */
export async function writeTo(stream: Writable, text: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) throw new OutputClosedError();
  if (stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new OutputClosedError());
    stream.on('drain', onDrain);
    stream.on('close', onClose);
  });
}

/** Resolves once everything written to `stream` has been handed to the system. */
export function drained(stream: Writable): Promise<void> {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => stream.write('', () => resolve()));
}

interface Terminalish extends Writable {
  isTTY?: boolean;
}

/** The process's own output: stdout for data, stderr for messages, controls escaped. */
export function streamIo(stdout: Terminalish, stderr: Writable): Io {
  // A reader that goes away (EPIPE) ends the command, not the process with a stack trace.
  for (const s of [stdout, stderr]) s.on('error', () => s.destroy());
  return {
    out: (line) => writeTo(stdout, `${visible(line, '\t')}\n`),
    data: (chunk) => writeTo(stdout, stdout.isTTY ? visible(chunk, '\r\n\t') : chunk),
    async err(line) {
      // In order with the data: "N exported" comes after the N rows reached the reader.
      await drained(stdout);
      await writeTo(stderr, `${visible(line, '\n')}\n`);
    },
  };
}

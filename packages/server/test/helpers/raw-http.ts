/**
 * Raw HTTP/1.1 over TCP, for what `fetch` cannot send (huge headers, unknown methods,
 * malformed URLs) or cannot hold (a body that stalls).
 */
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Parses the first answer in `text` (status line, headers, body up to Content-Length). */
export function parseResponse(text: string): RawResponse | undefined {
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  const body = Buffer.from(text.slice(end + 4), 'latin1')
    .subarray(0, length)
    .toString('utf8');
  return { status: Number(statusLine!.split(' ')[1]), headers, body };
}

export interface OpenOptions {
  /** The client's own address (`127.0.0.2`…: another visitor on loopback). */
  localAddress?: string;
}

/** A TCP connection to `url`'s host and port, resolved once connected. */
export function open(url: string, o: OpenOptions = {}): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), ...o }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends on `socket` until it closes the connection. */
export function untilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    // A reset after the answer (unread bytes of ours) still ends the wait.
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(text));
  });
}

/** Sends `request` as is and returns the server's answer (it must close the connection). */
export async function rawRequest(url: string, request: string | Buffer): Promise<RawResponse> {
  const socket = await open(url);
  const closed = untilClosed(socket);
  socket.write(request);
  const text = await closed;
  const response = parseResponse(text);
  if (!response) throw new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`);
  return response;
}

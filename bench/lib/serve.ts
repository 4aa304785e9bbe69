/** A local HTTP server on 127.0.0.1 answering fixed bodies, for fetch benchmarks. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `bodies` (path → JSON text) with a content length; 404 for anything else. */
export async function serveStatic(bodies: Record<string, string>): Promise<StaticServer> {
  const buffers = new Map(Object.entries(bodies).map(([path, body]) => [path, Buffer.from(body)]));
  const server = createServer((req, res) => {
    const body = buffers.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
      .end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

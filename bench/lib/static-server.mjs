// A static JSON server in its own process, so serving does not share the benchmark's thread.
// Usage: node static-server.mjs <dir>; serves <dir>/<name> at /v1/<name>; prints the port.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const bodies = new Map(
  readdirSync(dir).map((name) => [`/v1/${name}`, readFileSync(join(dir, name))]),
);
const server = createServer((req, res) => {
  const body = bodies.get(req.url ?? '');
  if (!body) return void res.writeHead(404).end();
  res
    .writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
    .end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('disconnect', () => process.exit(0));

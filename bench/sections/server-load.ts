/**
 * Load for the server section: autocannon against a URL for a bounded time, the answers with
 * the expected status per second, p99 latency and the CPU time the server process spent per
 * answer (steadier than req/s on a busy machine); and the bare `node:http` baseline that
 * answers the same bytes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export const CONNECTIONS = 32;

/**
 * A bare node:http server: for each path of its manifest (JSON: path → file, content type,
 * ETag), the same bytes and headers, 304 on a matching If-None-Match; 201 for any POST.
 */
const BASELINE = `
const http = require('node:http');
const fs = require('node:fs');
const files = new Map(Object.entries(JSON.parse(process.argv[1])).map(([path, f]) => [path, { ...f, body: fs.readFileSync(f.file) }]));
const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    req.resume();
    req.on('end', () => { res.writeHead(201, { 'content-type': 'application/json', 'content-length': 30 }); res.end('{"id":"x","status":"recorded"}'); });
    return;
  }
  const f = files.get(req.url.split('?')[0]);
  if (!f) { res.writeHead(404); res.end(); return; }
  if (req.headers['if-none-match'] === f.etag) { res.writeHead(304, { etag: f.etag }); res.end(); return; }
  res.writeHead(200, { 'content-type': f.type, 'content-length': f.body.length, etag: f.etag, 'cache-control': 'public, max-age=60' });
  res.end(f.body);
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));
`;

export interface Served {
  file: string;
  type: string;
  etag: string;
}

export interface Target {
  url: string;
  pid: number;
}

/** Starts the baseline serving `files` (URL path → what to answer); kill its `child` when done. */
export function startBaseline(
  files: Record<string, Served>,
): Promise<Target & { child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', BASELINE, JSON.stringify(files)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child
      .stdout!.setEncoding('utf8')
      .once('data', (line: string) => resolve({ url: line.trim(), pid: child.pid!, child }));
    child.once('exit', (code) => reject(new Error(`baseline exited (${code})`)));
  });
}

export interface Figures {
  rps: number;
  p99: number;
  /** CPU µs of the server process per answer with the expected status. */
  cpuUs: number;
  /** Answers with another status, errors and timeouts. */
  unexpected: number;
}

/** CPU time (user + system) of process `pid` so far, in ms (Linux: /proc, 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export async function load(
  target: Target,
  options: autocannon.Options,
  expected: number,
  seconds: number,
): Promise<Figures> {
  const before = cpuMs(target.pid);
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options });
  const cpu = cpuMs(target.pid) - before;
  const good = result.statusCodeStats[String(expected)]?.count ?? 0;
  return {
    rps: good / seconds,
    p99: result.latency.p99,
    cpuUs: good ? (cpu * 1000) / good : 0,
    unexpected: result.requests.total - good + result.errors + result.timeouts,
  };
}

/** POST pledges, a unique Idempotency-Key and e-mail each (rate limit off: each is stored). */
export const pledgeRequests = (): autocannon.Request[] => [
  {
    method: 'POST',
    path: '/v1/pledges',
    setupRequest: (req) => {
      const id = randomUUID();
      return {
        ...req,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': id,
          origin: 'https://bench.example',
        },
        body: JSON.stringify({
          campaign: 'appel-engagements',
          pledgerKind: 'citizen',
          name: 'Banc d’essai',
          email: `bench.${id}@example.org`,
          commitments: ['en-parler', 'climate-tour'],
          public: false,
          consent: true,
        }),
      };
    },
  },
];

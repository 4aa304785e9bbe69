/**
 * `npm run bench:server`: the reference server on loopback, measured with autocannon for a
 * bounded time per scenario, beside a bare `node:http` server answering the same bytes (the
 * baseline, measured in the same run on the same machine).
 *
 * Scenarios: GET events.json (200), GET events.json with If-None-Match (304), GET events.ics
 * filtered by themes (one rendering per normalised query, then cached), POST pledges
 * (unique Idempotency-Key and email each, rate limit off: each 201 is sent after COMMIT).
 * Goals: feed ≥ 5,000 req/s, 304 ≥ 10,000 req/s, pledges ≥ 500/s acknowledged durably.
 * The database is PGlite in a temporary directory, or PostgreSQL when DATABASE_URL is set.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer } from '../packages/server/test/helpers/start-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 32;
const GOALS = { feed: 5_000, notModified: 10_000, pledges: 500 } as const;

/** A bare node:http server: the same bytes for GET (with the ETag), 201 for POST. */
const BASELINE = `
const http = require('node:http');
const fs = require('node:fs');
const body = fs.readFileSync(process.argv[1]);
const etag = process.argv[2];
const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    req.resume();
    req.on('end', () => { res.writeHead(201, { 'content-type': 'application/json', 'content-length': 30 }); res.end('{"id":"x","status":"recorded"}'); });
    return;
  }
  if (req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); res.end(); return; }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, etag, 'cache-control': 'public, max-age=60' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));
`;

function startBaseline(file: string, etag: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', BASELINE, file, etag], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child
      .stdout!.setEncoding('utf8')
      .once('data', (line: string) => resolve({ url: line.trim(), child }));
    child.once('exit', (code) => reject(new Error(`baseline exited (${code})`)));
  });
}

interface Figures {
  rps: number;
  p99: number;
  unexpected: number;
  /** CPU time the server process spent per answered request, in µs: steadier than req/s on a busy machine. */
  cpuUs: number;
}

/** CPU time (user + system) of process `pid` so far, in ms (Linux: /proc, 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(
  pid: number,
  options: autocannon.Options,
  expected: number,
): Promise<Figures> {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const cpu = cpuMs(pid) - cpuBefore;
  const statuses = result.statusCodeStats;
  const good = statuses[String(expected)]?.count ?? 0;
  return {
    rps: good / SECONDS,
    p99: result.latency.p99,
    unexpected: result.requests.total - good + result.errors + result.timeouts,
    cpuUs: good ? (cpu * 1000) / good : 0,
  };
}

const pledgeRequests = (): autocannon.Request[] => [
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

// Pledges counted at once, as this benchmark always measured (with e-mail: bench:confirmation).
const server = await startServer({ demo: 'without-confirmation', args: ['--rate-limit', '0'] });
const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
let baseline: { url: string; child: ChildProcess } | undefined;
try {
  const first = await fetch(`${server.url}/v1/events.json`);
  const body = Buffer.from(await first.arrayBuffer());
  const etag = first.headers.get('etag')!;
  writeFileSync(join(dir, 'events.json'), body);
  baseline = await startBaseline(join(dir, 'events.json'), etag);

  const rows: [string, Figures, Figures, number][] = [];
  const ck = { url: server.url, pid: server.pid };
  const plain = { url: baseline.url, pid: baseline.child.pid! };
  type Target = typeof ck;
  const feed = (t: Target) => measure(t.pid, { url: `${t.url}/v1/events.json` }, 200);
  const cached = (t: Target) =>
    measure(t.pid, { url: `${t.url}/v1/events.json`, headers: { 'if-none-match': etag } }, 304);
  const calendar = (t: Target) =>
    measure(t.pid, { url: `${t.url}/v1/events.ics?themes=mobilite,energie` }, 200);
  const pledges = (t: Target) => measure(t.pid, { url: t.url, requests: pledgeRequests() }, 201);
  rows.push([
    `GET events.json (${(body.length / 1024).toFixed(1)} kB) → 200`,
    await feed(ck),
    await feed(plain),
    GOALS.feed,
  ]);
  rows.push([
    'GET events.json, If-None-Match → 304',
    await cached(ck),
    await cached(plain),
    GOALS.notModified,
  ]);
  rows.push([
    'GET events.ics?themes=mobilite,energie → 200',
    await calendar(ck),
    await calendar(plain),
    GOALS.feed,
  ]);
  rows.push([
    'POST pledges → 201 after COMMIT',
    await pledges(ck),
    await pledges(plain),
    GOALS.pledges,
  ]);

  const stats = (await (
    await fetch(`${server.url}/v1/campaigns/appel-engagements/stats.json`)
  ).json()) as { total: number };
  const engine = server.databaseUrl ? 'PostgreSQL' : 'PGlite';
  console.log(
    `\nck-server on ${engine}, ${SECONDS} s per run, ${CONNECTIONS} connections, ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)} at the end`,
  );
  // req/s and p99 move with the machine's load (autocannon shares it); the server's CPU time
  // per request does not, and 1,000,000 / µs per request is what one free core would answer.
  console.log(
    '| scenario | ck-server req/s | p99 ms | CPU µs/req | bare node:http req/s | p99 ms | CPU µs/req | goal req/s | met |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const [name, ours, bare, goal] of rows) {
    const flag = ours.unexpected ? ` (${ours.unexpected} unexpected answers)` : '';
    console.log(
      `| ${name} | ${Math.round(ours.rps).toLocaleString('en')} | ${ours.p99} | ${Math.round(ours.cpuUs)} | ${Math.round(bare.rps).toLocaleString('en')} | ${bare.p99} | ${Math.round(bare.cpuUs)} | ${goal.toLocaleString('en')} | ${ours.rps >= goal ? 'yes' : 'no'}${flag} |`,
    );
  }
  console.log(`\nPledges stored (counted from the database): ${stats.total.toLocaleString('en')}`);
} finally {
  baseline?.child.kill();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

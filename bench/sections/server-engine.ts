/**
 * One engine of the server section, in its own process (PostgreSQL's runs under
 * scripts/with-postgres.sh, which sets DATABASE_URL; PGlite's without it):
 *   node --conditions=source --import tsx bench/sections/server-engine.ts ROUNDS SECONDS OUT
 * Starts ck-server on the demo feed (pledges counted at once, rate limit off) and the bare
 * node:http baseline with the same bytes, loads both in turn each round, and writes the rows
 * (JSON) to OUT.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { startServer } from '../../packages/server/test/helpers/start-server.js';
import { median } from '../lib/measure.js';
import type { Row } from '../lib/rows.js';
import {
  load,
  pledgeRequests,
  startBaseline,
  type Figures,
  type Served,
  type Target,
} from './server-load.js';

export const GOALS = { feed: 5_000, notModified: 10_000, pledges: 500 } as const;

const [rounds, seconds, out] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]!];
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

const server = await startServer({ demo: 'without-confirmation', args: ['--rate-limit', '0'] });
const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
let baseline: Awaited<ReturnType<typeof startBaseline>> | undefined;
try {
  // The baseline answers the bytes and headers ck-server answered.
  const files: Record<string, Served> = {};
  const bytes: Record<string, number> = {};
  for (const [name, query] of [
    ['events.json', ''],
    ['events.ics', '?themes=mobilite,energie'],
  ] as const) {
    const res = await fetch(`${server.url}/v1/${name}${query}`);
    const body = Buffer.from(await res.arrayBuffer());
    writeFileSync(join(dir, name), body);
    const [type, etag] = [res.headers.get('content-type') ?? '', res.headers.get('etag') ?? ''];
    files[`/v1/${name}`] = { file: join(dir, name), type, etag };
    bytes[name] = body.length;
  }
  const etag = files['/v1/events.json']!.etag;
  baseline = await startBaseline(files);

  const scenarios: [string, (t: Target) => autocannon.Options, number, number | undefined][] = [
    [
      `GET events.json (${(bytes['events.json']! / 1000).toFixed(0)} kB) → 200`,
      (t) => ({ url: `${t.url}/v1/events.json` }),
      200,
      GOALS.feed,
    ],
    [
      'GET events.json, If-None-Match → 304',
      (t) => ({ url: `${t.url}/v1/events.json`, headers: { 'if-none-match': etag } }),
      304,
      GOALS.notModified,
    ],
    [
      `GET events.ics?themes=mobilite,energie (${(bytes['events.ics']! / 1000).toFixed(0)} kB) → 200`,
      (t) => ({ url: `${t.url}/v1/events.ics?themes=mobilite,energie` }),
      200,
      undefined,
    ],
    [
      'POST pledges → 201 after COMMIT',
      (t) => ({ url: t.url, requests: pledgeRequests() }),
      201,
      GOALS.pledges,
    ],
  ];
  const ck: Target = { url: server.url, pid: server.pid };
  const seen = scenarios.map(() => ({ ours: [] as Figures[], bare: [] as Figures[] }));
  for (let round = 0; round < rounds; round++)
    for (const [i, [, options, status]] of scenarios.entries()) {
      seen[i]!.ours.push(await load(ck, options(ck), status, seconds));
      seen[i]!.bare.push(await load(baseline, options(baseline), status, seconds));
    }

  const rows: Row[] = scenarios.flatMap(([name, , , goal], i) => {
    const { ours, bare } = seen[i]!;
    const unexpected = ours.reduce((n, f) => n + f.unexpected, 0);
    const label = `bare node:http${name.startsWith('POST') ? ', 201 at once' : ', same bytes'}`;
    const row = (measure: string, pick: (f: Figures) => number, unit: Row['unit']): Row => ({
      section: 'server',
      measure: `${engine}: ${name}, ${measure}`,
      value: median(ours.map(pick)),
      unit,
      baseline: { label, value: median(bare.map(pick)) },
      ratio: median(ours.map((f, r) => pick(f) / pick(bare[r]!))),
    });
    const throughput = row(
      `throughput${unexpected ? ` (${unexpected} unexpected answers)` : ''}`,
      (f) => f.rps,
      'req/s',
    );
    return [
      goal ? { ...throughput, goal: { min: goal } } : throughput,
      row('p99', (f) => f.p99, 'ms'),
      row('server CPU per answer', (f) => f.cpuUs, 'µs'),
    ];
  });
  writeFileSync(out, JSON.stringify(rows));
} finally {
  baseline?.child.kill();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

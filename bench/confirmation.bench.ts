/**
 * `npm run bench:confirmation`: pledges to a campaign that confirms by e-mail, on the real
 * server with a real SMTP server in this process (loopback, no TLS). Reports the time from the
 * POST to the message accepted by SMTP (median of sequential pledges), the pledges per second
 * acknowledged with confirmation on (autocannon, bounded), and how fast the outbox drains.
 * The database is PGlite in a temporary directory, or PostgreSQL when DATABASE_URL is set.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { startServer } from '../packages/server/test/helpers/start-server.js';
import { startSmtp } from '../packages/server/test/helpers/smtp.js';
import { median } from './lib/measure.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 32;
const SAMPLES = 9;

const body = (email: string) =>
  JSON.stringify({
    campaign: 'appel-engagements',
    pledgerKind: 'citizen',
    name: 'Banc d’essai',
    email,
    commitments: ['en-parler'],
    public: false,
    consent: true,
  });

const smtp = await startSmtp();
const server = await startServer({
  demo: true,
  args: ['--rate-limit', '0'],
  env: { SMTP_URL: smtp.url, SMTP_FROM: 'Banc <banc@bench.example.org>' },
});
try {
  const delays: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const email = `latence.${randomUUID()}@example.org`;
    const start = performance.now();
    const res = await fetch(`${server.url}/v1/pledges`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: body(email),
    });
    if (res.status !== 201) throw new Error(`POST answered ${res.status}`);
    const mail = await smtp.waitFor(email);
    delays.push(mail.acceptedAt - start);
  }
  const middle = median(delays);

  const before = smtp.received.length;
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/v1/pledges',
        setupRequest: (req) => {
          const id = randomUUID();
          return {
            ...req,
            headers: { 'content-type': 'application/json', 'idempotency-key': id },
            body: body(`bench.${id}@example.org`),
          };
        },
      },
    ],
  });
  const acknowledged = result.statusCodeStats['201']?.count ?? 0;
  const ended = performance.now();
  // The outbox sends after the answers: wait (bounded) until every message was accepted.
  const deadline = ended + 300_000;
  while (smtp.received.length - before < acknowledged && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  const delivered = smtp.received.length - before;
  // Requests still in flight when autocannon stops are stored and mailed, but not counted.
  const distinct = new Set(smtp.received.map((m) => m.headers.get('message-id'))).size;
  const drained = (performance.now() - ended) / 1000;

  console.log(
    `POST → message accepted by SMTP: median ${middle.toFixed(0)} ms (min ${Math.min(...delays).toFixed(0)}, max ${Math.max(...delays).toFixed(0)}, ${SAMPLES} sequential pledges)`,
  );
  console.log(
    `pledges acknowledged with confirmation on: ${(acknowledged / SECONDS).toFixed(0)}/s (${acknowledged} in ${SECONDS} s, ${CONNECTIONS} connections, p99 ${result.latency.p99} ms, non-201 ${result.requests.total - acknowledged}, errors ${result.errors})`,
  );
  console.log(
    `messages accepted by SMTP: ${delivered} for ${acknowledged} counted 201s (in-flight requests at the end are stored and mailed too), ${smtp.received.length - distinct} sent twice, the last ${drained.toFixed(1)} s after the load ended`,
  );
} finally {
  await server.stop();
  await smtp.close();
}

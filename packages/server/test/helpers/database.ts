/**
 * Direct SQL on a test server's database, for what HTTP cannot make: thousands of pledges in
 * one statement, rows holding what today's validation refuses. On the embedded engine the
 * server must be halted first (PGlite admits one process).
 */
import { join } from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { TestServer } from './start-server.js';

type Sql = (text: string, params?: unknown[]) => Promise<unknown[]>;

/** Runs `fn` with a query function on `server`'s database, then closes it. */
export async function withSql<T>(server: TestServer, fn: (sql: Sql) => Promise<T>): Promise<T> {
  if (server.databaseUrl) {
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      return await fn(async (text, params) => (await client.query(text, params)).rows);
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(join(server.dataDir, 'pgdata'));
  try {
    return await fn(async (text, params) => (await db.query(text, params)).rows);
  } finally {
    await db.close();
  }
}

/**
 * Inserts `count` pledges to `campaign` in one statement, one second apart, with names,
 * messages (some with commas, quotes and line breaks) and addresses `seed-N@example.org`.
 */
export function seedPledges(sql: Sql, campaign: string, count: number): Promise<unknown[]> {
  return sql(
    `INSERT INTO pledges (id, campaign, pledger_kind, name, email, organisation, postal_code,
       commitments, message, public, consent_at, notice_version, origin, created_at)
     SELECT 'seed-' || g, $1, 'citizen', 'Personne ' || g, 'seed-' || g || '@example.org',
       CASE WHEN g % 3 = 0 THEN 'Asso "Climat", ' || g END, '29000', '["en-parler"]'::jsonb,
       CASE WHEN g % 5 = 0 THEN E'Ligne une\\nligne deux, ' || g END, g % 2 = 0,
       timestamptz '2026-01-01' + g * interval '1 second', '0123456789abcdef',
       'https://partenaire.example', timestamptz '2026-01-01' + g * interval '1 second'
     FROM generate_series(1, $2::int) AS g`,
    [campaign, count],
  );
}

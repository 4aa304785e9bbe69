/**
 * Stored answers of submissions, by `Idempotency-Key`: a replay of the same body gets the
 * first answer; the same key with another body is refused. The answer is written in the same
 * transaction as the submission, so one never exists without the other.
 */
import type { Queryable } from './database.js';

export type Scope = 'pledges' | 'coalitions';

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** The answer stored for `key`, if any. */
export async function findAnswer(
  db: Queryable,
  scope: Scope,
  key: string,
): Promise<StoredAnswer | undefined> {
  const rows = await db.query<StoredAnswer>(
    'SELECT fingerprint, status, body FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [scope, key],
  );
  return rows[0];
}

/** Records the answer to `key` (throws a unique violation when another request stored it first). */
export async function saveAnswer(
  db: Queryable,
  scope: Scope,
  key: string,
  answer: StoredAnswer,
  subjectId: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO idempotency_keys (scope, key, fingerprint, status, body, subject_id)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [scope, key, answer.fingerprint, answer.status, JSON.stringify(answer.body), subjectId],
  );
}

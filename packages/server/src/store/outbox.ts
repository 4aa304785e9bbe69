/**
 * The durable outbox of messages (table `mail_outbox`). Rows are written in the pledge's
 * transaction; a sender claims due rows (`FOR UPDATE SKIP LOCKED`, so two instances on one
 * PostgreSQL never claim the same row), sends, then marks them sent and empties their body.
 */
import type { Queryable } from './database.js';

export interface OutboxRow {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  unsubscribe_url: string | null;
  attempts: number;
}

/** Claims up to `limit` due rows: pending ones, and claims older than `staleBefore` (a sender that died). */
export function claimDue(
  db: Queryable,
  now: Date,
  staleBefore: Date,
  limit = 10,
): Promise<OutboxRow[]> {
  return db.query<OutboxRow>(
    `UPDATE mail_outbox SET status = 'sending', claimed_at = $1, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM mail_outbox
       WHERE (status = 'pending' AND next_at <= $1) OR (status = 'sending' AND claimed_at < $2)
       ORDER BY next_at LIMIT ${Number(limit)} FOR UPDATE SKIP LOCKED)
     RETURNING id, recipient, subject, text_body, html_body, unsubscribe_url, attempts`,
    [now.toISOString(), staleBefore.toISOString()],
  );
}

/** The SMTP server accepted the message: it is never sent again; its links leave the database. */
export async function markSent(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET status = 'sent', sent_at = $2, claimed_at = NULL,
       text_body = NULL, html_body = NULL, unsubscribe_url = NULL, last_error = NULL
     WHERE id = $1 AND status = 'sending'`,
    [id, now.toISOString()],
  );
}

/** Sending failed: tried again at `retryAt`, or given up (`failed`) when `retryAt` is null. */
export async function markFailed(
  db: Queryable,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET status = $2, next_at = coalesce($3, next_at), claimed_at = NULL,
       last_error = $4
     WHERE id = $1 AND status = 'sending'`,
    [id, retryAt ? 'pending' : 'failed', retryAt?.toISOString() ?? null, error.slice(0, 500)],
  );
}

/**
 * Claims left by a process that is gone become due again. Only for the embedded engine: its
 * data directory is locked, so no other process can be sending them.
 */
export async function releaseClaims(db: Queryable): Promise<void> {
  await db.query(
    `UPDATE mail_outbox SET status = 'pending', claimed_at = NULL WHERE status = 'sending'`,
  );
}

/**
 * Pledges with their proof of consent; statistics are always counted from these rows, and
 * only from confirmed ones (a pledge waiting for its e-mail confirmation counts nowhere).
 */
import type { CampaignStats } from '@coalition-kit/sdk';
import type { Queryable } from './database.js';

export interface ConsentProof {
  /** When the visitor agreed (the time the pledge was received). */
  at: Date;
  /** Version of the privacy notice the form showed (a hash of the campaign's notice fields). */
  noticeVersion: string;
  /** Origin of the page the pledge came from (`https://partner.example`), when sent. */
  origin: string | null;
}

/** How many `recent` pledgers the stats show. */
export const RECENT = 10;

/** A campaign's counter, computed from the stored pledges (no separate counter to drift). */
export async function campaignStats(db: Queryable, campaign: string): Promise<CampaignStats> {
  const [totals] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM pledges WHERE campaign = $1 AND status = 'confirmed'`,
    [campaign],
  );
  const byCommitment = await db.query<{ commitment: string; n: number }>(
    `SELECT c.value AS commitment, count(*)::int AS n
     FROM pledges p, jsonb_array_elements_text(p.commitments) AS c(value)
     WHERE p.campaign = $1 AND p.status = 'confirmed' GROUP BY c.value ORDER BY c.value`,
    [campaign],
  );
  const byPartner = await db.query<{ origin: string; n: number }>(
    `SELECT origin, count(*)::int AS n FROM pledges
     WHERE campaign = $1 AND status = 'confirmed' AND origin IS NOT NULL GROUP BY origin ORDER BY origin`,
    [campaign],
  );
  // Only pledgers who ticked "show my name"; never an email.
  const recent = await db.query<{ name: string; organisation: string | null; at: Date | string }>(
    `SELECT name, organisation, created_at AS at FROM pledges
     WHERE campaign = $1 AND status = 'confirmed' AND public ORDER BY created_at DESC, id LIMIT ${RECENT}`,
    [campaign],
  );
  return {
    version: 1,
    campaign,
    total: totals?.total ?? 0,
    byCommitment: Object.fromEntries(byCommitment.map((r) => [r.commitment, r.n])),
    byPartner: Object.fromEntries(byPartner.map((r) => [r.origin, r.n])),
    recent: recent.map((r) => ({
      name: r.name,
      ...(r.organisation && { organisation: r.organisation }),
      at: new Date(r.at).toISOString(),
    })),
  };
}

/** A pledge as the coordinator's export shows it. */
export interface PledgeRow {
  id: string;
  created_at: Date | string;
  pledger_kind: string;
  name: string;
  email: string;
  organisation: string | null;
  postal_code: string | null;
  commitments: string[];
  message: string | null;
  public: boolean;
  consent_at: Date | string;
  notice_version: string;
  origin: string | null;
}

const PLEDGE_COLUMNS = `id, created_at, pledger_kind, name, email, organisation, postal_code,
  commitments, message, public, consent_at, notice_version, origin`;

/**
 * The confirmed pledges of a campaign (pending ones are not commitments yet), oldest first, `size` at a time: an export of 100,000 pledges
 * holds one batch in memory, and on the embedded engine the server's requests run between
 * batches. Pages by (created_at, id), the time kept as PostgreSQL's text so that its
 * microseconds survive.
 */
export async function* pledgeBatches(
  db: Queryable,
  campaign: string,
  size = 1000,
): AsyncGenerator<PledgeRow[]> {
  let after: { at: string; id: string } | undefined;
  for (;;) {
    // `created_at >= $2` lets the index on (campaign, created_at) start at the cursor.
    const rows = await db.query<PledgeRow & { cursor_at: string }>(
      `SELECT ${PLEDGE_COLUMNS}, created_at::text AS cursor_at FROM pledges
       WHERE campaign = $1 AND status = 'confirmed' ${after ? 'AND created_at >= $3::timestamptz AND (created_at, id) > ($3::timestamptz, $4)' : ''}
       ORDER BY created_at, id LIMIT $2`,
      after ? [campaign, size, after.at, after.id] : [campaign, size],
    );
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1]!;
    after = { at: last.cursor_at, id: last.id };
    if (rows.length < size) return;
  }
}

/** Erases the stored answers that point to the erased pledges `ids`. */
export async function forgetAnswers(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `DELETE FROM idempotency_keys WHERE scope = 'pledges' AND subject_id = ANY($1::text[])`,
    [ids],
  );
}

/**
 * Erases every pledge made with `email` (any case), and the stored answers that point to
 * them. Returns how many pledges were erased; running it again erases nothing more.
 */
export async function erasePledges(db: Queryable, email: string): Promise<number> {
  const erased = await db.query<{ id: string }>(
    'DELETE FROM pledges WHERE lower(email) = lower($1) RETURNING id',
    [email],
  );
  await forgetAnswers(
    db,
    erased.map((r) => r.id),
  );
  return erased.length;
}

/**
 * Erases the pledges still waiting for a confirmation whose every link expired by `now`;
 * returns how many.
 */
export async function purgeUnconfirmed(db: Queryable, now: Date): Promise<number> {
  const erased = await db.query<{ id: string }>(
    `DELETE FROM pledges p WHERE p.status = 'pending' AND NOT EXISTS (
       SELECT 1 FROM pledge_links l
       WHERE l.pledge_id = p.id AND l.purpose = 'confirm' AND l.expires_at > $1)
     RETURNING p.id`,
    [now.toISOString()],
  );
  await forgetAnswers(
    db,
    erased.map((r) => r.id),
  );
  return erased.length;
}

/** Erases the pledges of `campaign` received before `before`; returns how many. */
export async function purgePledges(db: Queryable, campaign: string, before: Date): Promise<number> {
  const erased = await db.query<{ id: string }>(
    'DELETE FROM pledges WHERE campaign = $1 AND created_at < $2 RETURNING id',
    [campaign, before.toISOString()],
  );
  await forgetAnswers(
    db,
    erased.map((r) => r.id),
  );
  return erased.length;
}

/** Campaign ids that have pledges, with their counts (for `purge` to report unknown ones). */
export function pledgeCampaigns(db: Queryable): Promise<{ campaign: string; n: number }[]> {
  return db.query(
    'SELECT campaign, count(*)::int AS n FROM pledges GROUP BY campaign ORDER BY campaign',
  );
}

/**
 * The links of the messages, as the pledger uses them: confirm (once, before it expires),
 * withdraw (erases the pledge), view (shows the one pledge). A token is looked up by its
 * hash only; an unknown token and an expired one take the same single query.
 */
import type { Queryable } from './database.js';
import { hashToken } from '../mail/tokens.js';
import { forgetAnswers, type PledgeRow } from './pledges.js';

export type LinkPurpose = 'confirm' | 'withdraw' | 'view';

/** A pledge as its owner sees it through a link. */
export interface OwnPledge extends PledgeRow {
  campaign: string;
  status: 'pending' | 'confirmed';
  confirmed_at: Date | string | null;
  lang: string;
}

export type LinkState =
  /** Unknown, expired, or its pledge was erased: one answer for all. */
  | { state: 'invalid' }
  /** A confirmation link that served already (the pledge is confirmed). */
  | { state: 'used'; pledge: OwnPledge }
  | { state: 'valid'; pledge: OwnPledge };

const OWN_COLUMNS = `p.id, p.campaign, p.created_at, p.pledger_kind, p.name, p.email, p.organisation,
  p.postal_code, p.commitments, p.message, p.public, p.consent_at, p.notice_version, p.origin,
  p.status, p.confirmed_at, p.lang`;

/** What the link of `token` leads to. */
export async function readLink(
  db: Queryable,
  purpose: LinkPurpose,
  token: string,
  now: Date,
): Promise<LinkState> {
  const [row] = await db.query<OwnPledge & { expires_at: Date | string | null; used_at: unknown }>(
    `SELECT l.expires_at, l.used_at, ${OWN_COLUMNS}
     FROM pledge_links l JOIN pledges p ON p.id = l.pledge_id
     WHERE l.token_hash = $1 AND l.purpose = $2`,
    [hashToken(token), purpose],
  );
  if (!row) return { state: 'invalid' };
  const { expires_at, used_at, ...pledge } = row;
  if (expires_at !== null && new Date(expires_at).getTime() <= now.getTime())
    return { state: 'invalid' };
  return { state: used_at === null ? 'valid' : 'used', pledge };
}

/** Confirms the pledge of a valid confirmation link; returns its campaign, or undefined. */
export async function confirmByLink(
  tx: Queryable,
  token: string,
  now: Date,
): Promise<{ campaign: string } | undefined> {
  const [link] = await tx.query<{ pledge_id: string }>(
    `UPDATE pledge_links SET used_at = $2
     WHERE token_hash = $1 AND purpose = 'confirm' AND used_at IS NULL AND expires_at > $2
     RETURNING pledge_id`,
    [hashToken(token), now.toISOString()],
  );
  if (!link) return undefined;
  const [pledge] = await tx.query<{ campaign: string }>(
    `UPDATE pledges SET status = 'confirmed', confirmed_at = $2
     WHERE id = $1 AND status = 'pending' RETURNING campaign`,
    [link.pledge_id, now.toISOString()],
  );
  return pledge;
}

/** Erases the pledge of a withdraw link (links and messages go with it); returns its campaign. */
export async function withdrawByLink(
  tx: Queryable,
  token: string,
): Promise<{ campaign: string } | undefined> {
  const [pledge] = await tx.query<{ id: string; campaign: string }>(
    `DELETE FROM pledges WHERE id = (
       SELECT pledge_id FROM pledge_links WHERE token_hash = $1 AND purpose = 'withdraw')
     RETURNING id, campaign`,
    [hashToken(token)],
  );
  if (!pledge) return undefined;
  await forgetAnswers(tx, [pledge.id]);
  return { campaign: pledge.campaign };
}

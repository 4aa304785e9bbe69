/**
 * What a pledge to a campaign with `confirmation: "email"` writes beside itself, in the same
 * transaction: its links (hashed tokens) and its message in the outbox.
 *
 * An address that already pledged gets the same answer as a new one, and nothing public
 * changes: when its earlier pledge still waits for confirmation, the newer content replaces
 * it (and only the newest message's link confirms); when it was confirmed, the message says
 * so and carries fresh withdraw and view links. Either way only the owner of the mailbox
 * learns which case it was.
 */
import type { Pledge } from '@coalition-kit/sdk';
import type { Queryable } from './database.js';
import type { PledgeJob } from './group-commit.js';
import { values } from './sql-values.js';
import { newToken } from '../mail/tokens.js';
import { pledgeMail } from '../mail/messages.js';

/** Days a confirmation link stays valid; unconfirmed pledges are erased after. */
export const CONFIRM_DAYS = 7;

/**
 * Messages one pledge (one address, one campaign) may be sent in 24 hours. Anyone can type
 * someone else's address: past this, a new submission changes nothing and mails nobody, so
 * the form cannot be used to flood a mailbox (the per-IP rate limit alone does not stop that
 * from many addresses). The answer to the submitter stays the same.
 */
export const MAILS_PER_DAY = 3;
const DAY_MS = 86_400_000;

/** What a message needs to know beyond the pledge. */
export interface ConfirmationMail {
  /** The collective's name (the sender the pledger knows). */
  collective: string;
  /** The campaign's title. */
  campaign: string;
  /** Where the link pages are: the feed's public address (`https://feed.example.org/v1`). */
  base: string;
}

interface Outgoing {
  job: PledgeJob;
  pledgeId: string;
  kind: 'confirm' | 'already';
  name: string;
}

/** Takes the place of a pledge still waiting for confirmation (its links and unsent message go). */
async function replacePending(tx: Queryable, pledgeId: string, job: PledgeJob): Promise<void> {
  const p: Pledge = job.pledge;
  const at = job.proof.at.toISOString();
  await tx.query(
    `UPDATE pledges SET pledger_kind = $2, name = $3, email = $4, organisation = $5,
       postal_code = $6, commitments = $7, message = $8, public = $9, consent_at = $10,
       notice_version = $11, origin = $12, created_at = $10, lang = $13
     WHERE id = $1`,
    [
      pledgeId,
      p.pledgerKind,
      p.name,
      p.email,
      p.organisation ?? null,
      p.postalCode ?? null,
      JSON.stringify(p.commitments),
      p.message ?? null,
      p.public,
      at,
      job.proof.noticeVersion,
      job.proof.origin,
      job.lang,
    ],
  );
  await tx.query('DELETE FROM pledge_links WHERE pledge_id = $1', [pledgeId]);
  await tx.query(`DELETE FROM mail_outbox WHERE pledge_id = $1 AND status = 'pending'`, [pledgeId]);
}

/** Whether the pledge's messages of the last 24 hours (sent or queued) reached the cap. */
async function mailedToday(tx: Queryable, pledgeId: string, at: Date): Promise<boolean> {
  const [row] = await tx.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM mail_outbox WHERE pledge_id = $1 AND created_at > $2::timestamptz',
    [pledgeId, new Date(at.getTime() - DAY_MS).toISOString()],
  );
  return Number(row?.n ?? 0) >= MAILS_PER_DAY;
}

/** Writes the links and queues the message of each job (`inserted`: ids stored as new pledges). */
export async function confirmationMails(
  tx: Queryable,
  jobs: readonly PledgeJob[],
  inserted: ReadonlySet<string>,
): Promise<void> {
  // One message per pledge row: a later job of the same batch replaces an earlier one.
  const byPledge = new Map<string, Outgoing>();
  for (const job of jobs) {
    if (inserted.has(job.id)) {
      byPledge.set(job.id, { job, pledgeId: job.id, kind: 'confirm', name: job.pledge.name });
      continue;
    }
    const [earlier] = await tx.query<{ id: string; status: string; name: string }>(
      'SELECT id, status, name FROM pledges WHERE campaign = $1 AND lower(email) = lower($2)',
      [job.pledge.campaign, job.pledge.email],
    );
    if (!earlier) continue;
    if (await mailedToday(tx, earlier.id, job.proof.at)) continue;
    if (earlier.status === 'pending') {
      await replacePending(tx, earlier.id, job);
      byPledge.set(earlier.id, {
        job,
        pledgeId: earlier.id,
        kind: 'confirm',
        name: job.pledge.name,
      });
    } else {
      byPledge.set(earlier.id, { job, pledgeId: earlier.id, kind: 'already', name: earlier.name });
    }
  }
  const outgoing = [...byPledge.values()];
  if (outgoing.length === 0) return;

  const links: { hash: string; pledgeId: string; purpose: string; expires: string | null }[] = [];
  const mails = outgoing.map((o) => {
    const mail = o.job.mail!;
    const expires = new Date(o.job.proof.at.getTime() + CONFIRM_DAYS * 86_400_000).toISOString();
    const url = (purpose: string) => {
      const { token, hash } = newToken();
      links.push({
        hash,
        pledgeId: o.pledgeId,
        purpose,
        expires: purpose === 'confirm' ? expires : null,
      });
      return `${mail.base}/pledges/${purpose}?token=${token}`;
    };
    const withdraw = url('withdraw');
    const rendered = pledgeMail({
      lang: o.job.lang,
      collective: mail.collective,
      campaign: mail.campaign,
      name: o.name,
      kind: o.kind,
      links: {
        ...(o.kind === 'confirm' && { confirm: url('confirm') }),
        withdraw,
        view: url('view'),
      },
      days: CONFIRM_DAYS,
    });
    return { o, rendered, withdraw };
  });
  const linkRows = values(
    links,
    (l, $) => `(${$(l.hash)}, ${$(l.pledgeId)}, ${$(l.purpose)}, ${$(l.expires)}::timestamptz)`,
  );
  await tx.query(
    `INSERT INTO pledge_links (token_hash, pledge_id, purpose, expires_at) VALUES ${linkRows.sql}`,
    linkRows.params,
  );
  const rows = values(
    mails,
    ({ o, rendered, withdraw }, $) =>
      `(${[
        $(o.job.id),
        $(o.pledgeId),
        $(o.job.pledge.email),
        $(rendered.subject),
        $(rendered.text),
        $(rendered.html),
        $(withdraw),
        `${$(o.job.proof.at.toISOString())}::timestamptz`,
      ].join(', ')})`,
  );
  await tx.query(
    `INSERT INTO mail_outbox (id, pledge_id, recipient, subject, text_body, html_body,
       unsubscribe_url, created_at) VALUES ${rows.sql}`,
    rows.params,
  );
}

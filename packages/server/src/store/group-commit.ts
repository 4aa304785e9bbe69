/**
 * Group commit of pledges: the pledges that arrive while a transaction is committing wait
 * for the next one, which stores them all (one multi-row INSERT per table) and is
 * acknowledged only after its COMMIT. One disk sync then serves many pledges instead of one,
 * which matters on the embedded engine, where every query runs on the server's only thread.
 *
 * Each pledge is stored with its answer under its Idempotency-Key. A key already stored
 * (a replay, or the same key on another instance) stores nothing: the caller reads the stored
 * answer after the commit.
 */
import type { Lang, Pledge } from '@coalition-kit/sdk';
import type { Database, Queryable } from './database.js';
import type { ConsentProof } from './pledges.js';
import { isUnavailable } from './unavailable.js';
import { values } from './sql-values.js';
import { confirmationMails, type ConfirmationMail } from './confirmation.js';

export interface PledgeJob {
  key: string;
  fingerprint: string;
  /** The id the pledge gets when it is new. */
  id: string;
  pledge: Pledge;
  proof: ConsentProof;
  /** The language of the pledge's messages and pages. */
  lang: Lang;
  /** Set when the campaign confirms by e-mail: the pledge waits, a message is queued. */
  mail?: ConfirmationMail | undefined;
}

/** The answer to a pledge: the same shape and status for a new address and a known one. */
export const pledgeReceipt = (id: string, pending: boolean) => ({
  id,
  status: pending ? 'pending' : 'recorded',
});

export type PledgeOutcome =
  /** Stored now, or answered like it (an address that had pledged: counted once, new id). */
  | { stored: true; id: string }
  /** The key was already used: read its stored answer. */
  | { stored: false };

interface Pending {
  job: PledgeJob;
  resolve: (outcome: PledgeOutcome) => void;
  reject: (error: unknown) => void;
}

/** Stores one batch; returns the outcome of each job, in order. */
async function storeBatch(tx: Queryable, jobs: readonly PledgeJob[]): Promise<PledgeOutcome[]> {
  const keys = values(
    jobs,
    (j, $) =>
      `('pledges', ${$(j.key)}, ${$(j.fingerprint)}, 201, ${$(JSON.stringify(pledgeReceipt(j.id, Boolean(j.mail))))}, ${$(j.id)})`,
  );
  const keyed = await tx.query<{ key: string }>(
    `INSERT INTO idempotency_keys (scope, key, fingerprint, status, body, subject_id)
     VALUES ${keys.sql} ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    keys.params,
  );
  const fresh = new Set(keyed.map((r) => r.key));
  const toStore = jobs.filter((j) => fresh.has(j.key));
  const inserted = new Set<string>();
  if (toStore.length > 0) {
    const rows = values(toStore, (j, $) => {
      const { id, pledge: p, proof } = j;
      const at = $(proof.at.toISOString());
      return `(${[
        $(id),
        $(p.campaign),
        $(p.pledgerKind),
        $(p.name),
        $(p.email),
        $(p.organisation ?? null),
        $(p.postalCode ?? null),
        $(JSON.stringify(p.commitments)),
        $(p.message ?? null),
        $(p.public),
        at,
        $(proof.noticeVersion),
        $(proof.origin),
        at,
        $(j.mail ? 'pending' : 'confirmed'),
        $(j.lang),
      ].join(', ')})`;
    });
    const stored = await tx.query<{ id: string }>(
      `INSERT INTO pledges (id, campaign, pledger_kind, name, email, organisation, postal_code,
         commitments, message, public, consent_at, notice_version, origin, created_at, status, lang)
       VALUES ${rows.sql} ON CONFLICT (campaign, lower(email)) DO NOTHING RETURNING id`,
      rows.params,
    );
    for (const r of stored) inserted.add(r.id);
  }
  const outcomes: PledgeOutcome[] = [];
  const mails = toStore.filter((j) => j.mail);
  if (mails.length > 0) await confirmationMails(tx, mails, inserted);
  for (const job of jobs) {
    if (!fresh.has(job.key)) {
      outcomes.push({ stored: false });
      continue;
    }
    if (inserted.has(job.id)) {
      outcomes.push({ stored: true, id: job.id });
      continue;
    }
    // This address had already pledged to this campaign: nothing more is counted, and the
    // answer keeps the fresh id it was given, so it never reveals the earlier pledge's. The
    // key is linked to that pledge (not shown), so erasing it erases this answer too.
    await tx.query(
      `UPDATE idempotency_keys SET subject_id = (
         SELECT id FROM pledges WHERE campaign = $1 AND lower(email) = lower($2))
       WHERE scope = 'pledges' AND key = $3`,
      [job.pledge.campaign, job.pledge.email, job.key],
    );
    outcomes.push({ stored: true, id: job.id });
  }
  return outcomes;
}

/** How long the first pledge of a group waits for others, in ms. */
const COMMIT_DELAY_MS = 2;

export class GroupCommit {
  #queue: Pending[] = [];
  #running = false;

  constructor(
    private readonly db: Database,
    /** Most pledges in one transaction (bounds the statement's parameters). */
    private readonly maxBatch = 200,
  ) {}

  /** Stores `job` in the next transaction; resolves after that transaction's COMMIT. */
  submit(job: PledgeJob): Promise<PledgeOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      if (!this.#running) {
        this.#running = true;
        // Wait a moment (a "commit delay") so that pledges arriving together share a commit:
        // a transaction costs the embedded engine milliseconds of CPU, a row a few µs.
        setTimeout(() => void this.#drain(), COMMIT_DELAY_MS);
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.db.transaction((tx) =>
          storeBatch(
            tx,
            batch.map((p) => p.job),
          ),
        );
        batch.forEach((p, i) => p.resolve(outcomes[i]!));
      } catch (error) {
        // Alone, or the database is unreachable (trying each again would only wait longer).
        if (batch.length === 1 || isUnavailable(error)) {
          for (const p of batch) p.reject(error);
          continue;
        }
        // One bad pledge must not fail the others: each is tried again on its own.
        for (const p of batch) {
          try {
            const [outcome] = await this.db.transaction((tx) => storeBatch(tx, [p.job]));
            p.resolve(outcome!);
          } catch (alone) {
            p.reject(alone);
          }
        }
      }
    }
    this.#running = false;
  }
}

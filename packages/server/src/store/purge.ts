/**
 * The purge: pledges older than their campaign's `retentionMonths`, and pledges never
 * confirmed once their link expired. `ck-server purge` runs it, and so does a running
 * server every hour.
 */
import type { Collective } from '@coalition-kit/sdk';
import type { Queryable } from './database.js';
import { readCollective } from './content.js';
import { pledgeCampaigns, purgePledges, purgeUnconfirmed } from './pledges.js';

/** Adds `months` calendar months (negative: back) to `date`. */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export interface PurgeReport {
  campaigns: { id: string; months: number; before: Date; erased: number }[];
  /** Pledges never confirmed, erased after their link expired. */
  unconfirmed: number;
  /** Campaigns that have pledges but are missing from the collective: left in place. */
  orphans: { campaign: string; n: number }[];
}

/** Runs the purge as of `now` (in the caller's transaction). */
export async function purge(tx: Queryable, now: Date): Promise<PurgeReport> {
  const collective = (await readCollective(tx)) as Collective | undefined;
  const known = collective?.campaigns ?? [];
  const campaigns: PurgeReport['campaigns'] = [];
  for (const c of known) {
    const before = addMonths(now, -c.retentionMonths);
    campaigns.push({
      id: c.id,
      months: c.retentionMonths,
      before,
      erased: await purgePledges(tx, c.id, before),
    });
  }
  const unconfirmed = await purgeUnconfirmed(tx, now);
  const ids = new Set(known.map((c) => c.id));
  const orphans = (await pledgeCampaigns(tx)).filter((c) => !ids.has(c.campaign));
  return { campaigns, unconfirmed, orphans };
}

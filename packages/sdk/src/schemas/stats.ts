/** `{feed}/campaigns/{id}/stats.json`: the counter of a call for commitments. */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import { MAX, checkedObject, id, integer, isoDate, text, version } from './primitives.js';

const count = () => integer(0);

/** A pledger who chose to show their name (`public: true`). */
export const RecentPledger = checkedObject({
  name: text(MAX.name),
  organisation: z.optional(text(MAX.name)),
  locality: z.optional(text(MAX.name)),
  at: isoDate(),
});
export type RecentPledger = z.infer<typeof RecentPledger>;

/** The counter of a campaign: totals by commitment and partner, recent public pledgers. */
export const CampaignStats = checkedObject({
  version: version(),
  campaign: id(),
  total: count(),
  byCommitment: z.record(z.string().check(z.maxLength(MAX.id)), count()),
  /** Counts by the origin (`https://partner.example`) of the page the pledge came from. */
  byPartner: z.optional(z.record(z.string().check(z.maxLength(MAX.url)), count())),
  recent: z._default(z.array(RecentPledger).check(z.maxLength(MAX.list)), []),
});
export type CampaignStats = z.infer<typeof CampaignStats>;

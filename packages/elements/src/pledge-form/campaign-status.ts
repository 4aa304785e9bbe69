/** Whether a campaign takes pledges now, by the same rule as the server. */
import type { Campaign } from '@coalition-kit/sdk';

export type CampaignStatus = 'open' | 'not-yet-open' | 'closed';

/** A plain closing date (`2026-06-30`) includes that whole day. */
const closingInstant = (closesAt: string) =>
  Date.parse(closesAt.length === 10 ? `${closesAt}T23:59:59.999Z` : closesAt);

export function campaignStatus(campaign: Campaign, now = Date.now()): CampaignStatus {
  if (campaign.opensAt && now < Date.parse(campaign.opensAt)) return 'not-yet-open';
  if (campaign.closesAt && now > closingInstant(campaign.closesAt)) return 'closed';
  return 'open';
}

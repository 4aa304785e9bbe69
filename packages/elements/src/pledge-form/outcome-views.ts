/** What replaces or follows the form: closed campaign, thanks (a pledge on its way: shared/form/pending-view.ts). */
import { html, type TemplateResult } from 'lit';
import type { Campaign } from '@coalition-kit/sdk';
import { dayKey, formatDay } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import type { CampaignStatus } from './campaign-status.js';
import type { PledgeMessages } from './messages.js';
import { shareLinks } from './share.js';

/** Where the visitor is with their pledge. */
export type { SubmitPhase as PledgePhase } from '../shared/form/pending-view.js';

/** A campaign not open yet, or closed: when, in the collective's time zone. */
export function renderClosed(
  m: PledgeMessages,
  campaign: Campaign,
  status: Exclude<CampaignStatus, 'open'>,
  lang: Lang,
  timeZone: string,
): TemplateResult {
  const day = (iso: string) => formatDay(dayKey(iso, timeZone), lang);
  const text =
    status === 'not-yet-open'
      ? m.notYetOpen(day(campaign.opensAt!))
      : campaign.closesAt
        ? m.closed(day(campaign.closesAt))
        : m.closedNoDate;
  return html`<p class="box" part="closed">${text}</p>`;
}

/**
 * Thanks, after the server's 201, with share links that are plain URLs. A campaign that
 * confirms by e-mail says where the pledge is now: waiting in the visitor's inbox.
 */
export function renderThanks(
  m: PledgeMessages,
  campaign: Campaign,
  headingLevel: number,
): TemplateResult {
  const links = shareLinks(location.href, m.shareText(campaign.title), m.shareEmail);
  return html`<div class="box thanks" part="thanks">
    ${heading(Math.min(headingLevel + 1, 6), 'thanks-title', m.thanks)}
    ${
      campaign.confirmation === 'email'
        ? html`<p part="check-inbox">${m.checkInbox}</p>`
        : html`<p>${m.recorded}</p>`
    }
    <p id="share-label">${m.share}</p>
    <ul class="share" part="share" aria-labelledby="share-label">
      ${links.map((l) => html`<li><a href=${l.href}>${l.label}</a></li>`)}
    </ul>
  </div>`;
}

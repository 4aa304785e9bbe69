/** The short privacy notice beside the consent box (GDPR art. 13, first layer). */
import { html, type TemplateResult } from 'lit';
import type { Campaign } from '@coalition-kit/sdk';
import { safeHref } from '../shared/safe-url.js';
import type { PledgeMessages } from './messages.js';

export function renderNotice(
  m: PledgeMessages,
  collectiveName: string,
  campaign: Campaign,
): TemplateResult {
  return html`<div id="notice" class="notice" part="notice">
    <p class="notice-title"><strong>${m.noticeTitle}</strong></p>
    <ul>
      <li>${m.noticeWho(collectiveName)}</li>
      <li>${m.noticeWhy(campaign.title)}</li>
      <li>${m.noticeHowLong(campaign.retentionMonths)}</li>
      <li>${m.noticeRights}</li>
    </ul>
    <p><a part="privacy-link" href=${safeHref(campaign.privacyUrl)}>${m.privacyLink}</a></p>
  </div>`;
}

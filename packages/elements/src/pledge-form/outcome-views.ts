/** What replaces or follows the form: closed campaign, a pledge on its way or waiting, thanks. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Campaign } from '@coalition-kit/sdk';
import { dayKey, formatDay } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import type { Lang } from '../shared/i18n.js';
import type { CampaignStatus } from './campaign-status.js';
import type { PledgeMessages } from './messages.js';
import { shareLinks } from './share.js';

/** Where the visitor is with their pledge. */
export type PledgePhase = 'editing' | 'sending' | 'offline' | 'failed' | 'success';

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

/** The pledge on its way, or waiting (offline, server failure) with a way to send it again. */
export function renderPending(
  m: PledgeMessages,
  phase: PledgePhase,
  onResend: () => void,
): TemplateResult | typeof nothing {
  if (phase === 'sending') {
    return html`<p class="box progress" part="sending" tabindex="-1">${m.sending}</p>`;
  }
  if (phase !== 'offline' && phase !== 'failed') return nothing;
  const offline = phase === 'offline';
  return html`<div
    class="box pending ${offline ? '' : 'failed'}"
    part="pending"
    tabindex="-1"
    role=${offline ? nothing : 'alert'}
  >
    <p><strong>${offline ? m.offline : m.failed}</strong></p>
    <button type="button" class="button" part="retry-send-button" @click=${onResend}>
      ${m.retrySend}
    </button>
  </div>`;
}

/** The short privacy notice beside the consent box (GDPR art. 13, first layer). */
import { html, type TemplateResult } from 'lit';
import type { CoalitionFormMessages } from './messages.js';

export function renderNotice(m: CoalitionFormMessages, collectiveName: string): TemplateResult {
  return html`<div id="notice" class="notice" part="notice">
    <p class="notice-title"><strong>${m.noticeTitle}</strong></p>
    <ul>
      <li>${m.noticeWho(collectiveName)}</li>
      <li>${m.noticePublic}</li>
      <li>${m.noticePrivate}</li>
      <li>${m.noticeRights}</li>
    </ul>
  </div>`;
}

/**
 * What a form says about its submission above the submit button (`form-frame.ts`): a
 * submission on its way or waiting (offline, server failure) with a way to send it again.
 * Loaded once the visitor has started, with `send.ts`: only a started submission has these.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormMessages } from './messages.js';

/** Where the visitor is with their submission. */
export type SubmitPhase = 'editing' | 'sending' | 'offline' | 'failed' | 'success';

export function renderPending(
  m: FormMessages,
  phase: SubmitPhase,
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

/**
 * The end of every form: the honeypot, the server's refusal, a submission on its way or
 * waiting (offline, server failure) with a way to send it again, and the submit button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormMessages } from './messages.js';

/** Where the visitor is with their submission. */
export type SubmitPhase = 'editing' | 'sending' | 'offline' | 'failed' | 'success';

function renderPending(
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

/** The server's refusal when it names no field, or the expired wait. */
function renderFormError(refusal: string): TemplateResult | typeof nothing {
  return refusal
    ? html`<p class="box form-error" part="form-error" role="alert" tabindex="-1">${refusal}</p>`
    : nothing;
}

/** A field people leave empty, out of sight and out of the tab order; robots fill it. */
export function renderHoneypot(m: FormMessages): TemplateResult {
  return html`<div class="hp" aria-hidden="true">
    <label for="website">${m.honeypot}</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}

/** The end of a form: the refusal, the submission on its way or waiting, the submit button. */
export function renderSendRow(
  m: FormMessages,
  state: { phase: SubmitPhase; refusal: string; resend: () => void },
): TemplateResult {
  return html`${renderFormError(state.refusal)} ${renderPending(m, state.phase, state.resend)}
    <button
      type="submit"
      class="button primary"
      part="submit-button"
      ?disabled=${state.phase !== 'editing'}
    >
      ${state.phase === 'sending' ? m.sendingButton : m.submit}
    </button>`;
}

/**
 * The frame of every form around its own fields: the `<form>` wired to its
 * `SubmissionController`, the error summary, the fields frozen while a submission is on its
 * way, then the notice, the consent box, the honeypot (a field people leave empty, out of
 * sight and out of the tab order; robots fill it), the server's refusal, the submission on
 * its way or waiting, and the submit button. The summary and the submission's boxes come
 * from the part loaded once the visitor has started (`send.ts`): only then are they shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldParts } from './field-parts.js';
import type { SubmissionController } from './submission.js';

export interface FormFrameOptions<T, F extends string> {
  /** The form's accessible name. */
  label: string;
  submission: SubmissionController<T, F | 'consent'>;
  /** The field pieces of this render (their errors, labels and messages). */
  parts: FieldParts<F | 'consent'>;
  /** Called after the controller saw an input or change: a form's own state (a choice shown). */
  onInput?: (target: HTMLInputElement) => void;
  /** The form's own fields, before the notice. */
  fields: TemplateResult;
  /** The short privacy notice (`id="notice"`) that describes the consent box. */
  notice: TemplateResult;
}

/** The server's refusal when it names no field, the expired wait, or the code that did not load. */
const renderFormError = (refusal: string): TemplateResult | typeof nothing =>
  refusal
    ? html`<p class="box form-error" part="form-error" role="alert" tabindex="-1">${refusal}</p>`
    : nothing;

export function renderFormFrame<T, F extends string>(o: FormFrameOptions<T, F>): TemplateResult {
  const sub = o.submission;
  const f = o.parts;
  const m = f.m;
  const run = sub.run;
  const handleInput = (event: Event) => {
    sub.handleInput(event);
    o.onInput?.(event.target as HTMLInputElement);
  };
  return html`<form
    part="form"
    novalidate
    aria-label=${o.label}
    @submit=${sub.handleSubmit}
    @input=${handleInput}
    @change=${handleInput}
    @focusout=${sub.handleBlur}
    @focusin=${sub.handleFocusIn}
  >
    ${sub.showSummary && run ? run.renderSummary(f) : nothing}
    <fieldset class="plain" ?disabled=${sub.phase !== 'editing'}>
      ${o.fields} ${o.notice} ${f.consent('consent')}
      <div class="hp" aria-hidden="true">
        <label for="website">${m.honeypot}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
    </fieldset>
    ${renderFormError(sub.refusal)} ${run ? run.renderPending(m, sub.phase, sub.resend) : nothing}
    <button
      type="submit"
      class="button primary"
      part="submit-button"
      ?disabled=${sub.phase !== 'editing'}
    >
      ${sub.phase === 'sending' ? m.sendingButton : m.submit}
    </button>
  </form>`;
}

/**
 * What a form does once the visitor has started (loaded at the first focus, check or submit,
 * with the SDK's validation: `SubmissionController`): the check's errors by field, the submit
 * after a clean check, the send with one `Idempotency-Key` (`SubmissionSender`), the offline
 * wait and the retry, each outcome's focus and announcement, and the views only a started
 * submission shows (the error summary, the submission on its way or waiting).
 */
import type { Client } from '@coalition-kit/sdk';
import { renderErrorSummary } from './error-summary.js';
import { errorsByField, withFieldError } from './field-errors.js';
import { renderPending } from './pending-view.js';
import { SubmissionSender } from './sender.js';
import type { SubmissionOptions, SubmissionState } from './submission.js';

export class SubmissionRun<T, F extends string> {
  readonly sender: SubmissionSender<T>;
  readonly renderSummary = renderErrorSummary;
  readonly renderPending = renderPending;
  readonly #o: SubmissionOptions<T, F>;
  readonly #state: SubmissionState<F>;

  constructor(options: SubmissionOptions<T, F>, state: SubmissionState<F>) {
    this.#o = options;
    this.#state = state;
    this.sender = new SubmissionSender(options.post, options.now);
  }

  /** The errors of `body`, by field (the SDK's validation is loaded). */
  check(client: Client, body: T, lang = this.#o.lang()): Map<F, string> {
    return errorsByField(this.#o.fields, this.#o.check(client, body, lang), this.#o.fieldOf);
  }

  /** The server's errors by field: a field left unchanged keeps its own (the check cannot know). */
  #refused = new Map<F, string>();

  /** `field` was edited: a refused submission becomes a new one, the server's word on it is old. */
  edited(field: F): void {
    this.#refused.delete(field);
    this.sender.edited();
  }

  /** `field`'s error in `found` (or the server's, while not edited), the others as they were. */
  withField(found: Map<F, string>, field: F): Map<F, string> {
    const error = found.get(field) ?? this.#refused.get(field);
    return withFieldError(this.#o.fields, this.#state.get().errors, field, error);
  }

  /** A submit checked: the summary, or the send once a person could have filled the form. */
  async submit(client: Client, body: T, errors: Map<F, string>): Promise<void> {
    const { set } = this.#state;
    if (errors.size) {
      set({ refusal: '', errors, showSummary: true });
      this.#o.announce('');
      this.#o.focus.next('[part~="error-summary"]');
      return;
    }
    set({ refusal: '', errors, showSummary: false, phase: 'sending' });
    this.#o.announce(this.#o.messages().sending);
    this.#o.focus.next('[part~="sending"]');
    // A person takes seconds to fill the form; a robot does not. The wait is real, not faked.
    const wait = this.#o.minFillTime() - (performance.now() - this.#state.renderedAt());
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await this.#send(client, body);
  }

  async #send(client: Client, body: T): Promise<void> {
    const m = this.#o.messages();
    const focus = this.#o.focus;
    const { set } = this.#state;
    // Sent again from a waiting state: its box (and retry button) gives way to "Envoi…".
    if (this.#state.get().phase !== 'sending') focus.next('[part~="sending"]');
    set({ phase: 'sending' });
    this.#o.announce(m.sending);
    const outcome = await this.sender.send(client, body, this.#o.lang());
    switch (outcome.kind) {
      case 'recorded':
        set({ phase: 'success' });
        this.#o.announce(m.announcedRecorded);
        focus.next('[part~="thanks-title"]');
        this.#o.onRecorded(outcome.receipt, body);
        break;
      case 'offline':
        set({ phase: 'offline' });
        this.#o.announce(m.offline);
        focus.next('[part~="pending"]');
        break;
      case 'failed':
        set({ phase: 'failed' });
        this.#o.announce('');
        focus.next('[part~="pending"]');
        break;
      case 'refused': {
        this.#o.announce('');
        const { fields, fieldOf } = this.#o;
        const errors = (this.#refused = errorsByField(fields, outcome.error.errors, fieldOf));
        // What points to no field of the form is said above the button, never dropped.
        const rest = outcome.error.errors
          .filter((e) => !errorsByField(fields, [e], fieldOf).size)
          .map((e) => e.message)
          .join(' ');
        if (errors.size) {
          set({ phase: 'editing', errors, showSummary: true, refusal: rest && m.refused(rest) });
          focus.next('[part~="error-summary"]');
        } else {
          set({ phase: 'editing', errors, refusal: m.refused(rest || outcome.error.message) });
          focus.next('[part~="form-error"]');
        }
        break;
      }
    }
  }

  /** Sends the waiting submission again, with the same key. */
  resend(client: Client): void {
    const pending = this.sender.pending;
    if (pending) return void this.#send(client, pending);
    // Waited too long (24 h): nothing is sent behind the visitor's back; the answers stay.
    this.#state.set({ phase: 'editing', refusal: this.#o.messages().expired });
    this.#o.announce('');
    this.#o.focus.next('[part~="form-error"]');
  }
}

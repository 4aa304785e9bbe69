/**
 * `SubmissionController`: the life of a form that posts one submission (a pledge, a coalition
 * declaration), shared by every form widget. It checks the answers with the SDK's schema
 * (messages in the widget's language; the SDK's validation, zod and the schemas, loads on
 * first use, not with the page), shows the error summary, holds a submit until a
 * person could have filled the form (`minFillTime`), sends with one `Idempotency-Key`
 * (`SubmissionSender`), waits offline and sends again when the browser is back online,
 * and says where focus goes and what the live region announces at each step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Client, FieldError, Receipt } from '@coalition-kit/sdk';
import type { FocusController } from '../focus.js';
import type { Lang } from '../i18n.js';
import { errorsByField, withFieldError, type FieldOf } from './field-errors.js';
import type { FormMessages } from './messages.js';
import type { SubmitPhase } from './pending-view.js';
import { SubmissionSender, type Post } from './sender.js';

export interface SubmissionOptions<T, F extends string> {
  /** Fields in the order of the form: the summary lists them in this order. */
  fields: readonly F[];
  post: Post<T>;
  /** The SDK's check of a body, in `lang` (the validation is loaded before it runs). */
  check: (client: Client, body: T, lang: Lang) => FieldError[];
  /** The body the form holds. */
  read: (form: HTMLFormElement) => T;
  client: () => Client | undefined;
  lang: () => Lang;
  messages: () => FormMessages;
  announce: (text: string) => void;
  focus: FocusController;
  /** Minimum time (ms) between showing the form and sending it. */
  minFillTime: () => number;
  onRecorded: (receipt: Receipt, body: T) => void;
  /** The id of the control a summary link focuses (default: the field's name). */
  controlId?: (field: F) => string;
  /** The field an error's path points to (default: its first segment). */
  fieldOf?: FieldOf;
  now?: () => number;
}

interface Host extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

export class SubmissionController<T, F extends string> implements ReactiveController {
  readonly sender: SubmissionSender<T>;
  /** Where the visitor is: editing, sending, offline (waiting), failed (waiting), success. */
  phase: SubmitPhase = 'editing';
  errors: ReadonlyMap<F, string> = new Map();
  showSummary = false;
  /** The server's sentence when it refused without naming a field, or the expired wait. */
  refusal = '';
  readonly #host: Host;
  readonly #o: SubmissionOptions<T, F>;
  /** When the form was first shown: a submit is held until `minFillTime` has passed. */
  #renderedAt = 0;
  readonly #touched = new Set<F>();
  #submitted = false;
  /** The SDK's validation, loaded the first time it is needed. */
  #loading: Promise<void> | undefined;
  /** A submit being checked: a second one changes nothing. */
  #submitting = false;
  /** The last check started: hosts wait for it in `updateComplete` (see `settled`). */
  #checking: Promise<unknown> = Promise.resolve();

  /** The host's form, once rendered. */
  #form = (): HTMLFormElement | null => this.#host.renderRoot.querySelector('form');

  constructor(host: Host, options: SubmissionOptions<T, F>) {
    this.#host = host;
    this.#o = options;
    this.sender = new SubmissionSender(options.post, options.now);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#handleOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#handleOnline);
  }

  hostUpdated(): void {
    if (this.#form() && !this.#renderedAt) this.#renderedAt = performance.now();
  }

  /** Back to an empty, untouched form (another campaign, a new declaration). */
  reset(): void {
    this.#set({ phase: 'editing', errors: new Map(), showSummary: false, refusal: '' });
    this.#touched.clear();
    this.#submitted = false;
    this.#renderedAt = 0;
  }

  #set(changes: Partial<Pick<this, 'phase' | 'errors' | 'showSummary' | 'refusal'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  #isField = (name: string): name is F => (this.#o.fields as readonly string[]).includes(name);

  /** Resolves once the last check started has shown its errors (for `updateComplete`). */
  get settled(): Promise<unknown> {
    return this.#checking;
  }

  /** The visitor is in the form: the validation starts loading before it is needed. */
  readonly handleFocusIn = (): void => {
    const client = this.#o.client();
    if (client) void this.#load(client).catch(() => undefined);
  };

  #load(client: Client): Promise<void> {
    const loading = (this.#loading ??= client.loadSubmission());
    // A load that failed (offline) is tried again by the next check.
    loading.catch(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
    return loading;
  }

  /**
   * The errors of `body`, by field, once the validation is loaded; undefined when it cannot
   * load (offline): the form then says so instead of sending unchecked answers.
   */
  #check(client: Client, body: T): Promise<Map<F, string> | undefined> {
    const lang = this.#o.lang();
    const step = this.#load(client).then(
      () => errorsByField(this.#o.fields, this.#o.check(client, body, lang), this.#o.fieldOf),
      (error: unknown) => {
        console.error('Coalition Kit: could not load the form validation', error);
        return undefined;
      },
    );
    this.#checking = step;
    return step;
  }

  readonly handleSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // Double clicks and Enter presses while a submission is on its way change nothing.
    if (this.phase !== 'editing' || this.#submitting) return;
    const client = this.#o.client();
    const form = this.#form();
    if (!client || !form) return;
    const body = this.#o.read(form);
    this.#submitted = true;
    this.#submitting = true;
    const errors = await this.#check(client, body).finally(() => (this.#submitting = false));
    if (!errors) {
      this.#set({ refusal: this.#o.messages().checksUnavailable });
      this.#o.focus.next('[part~="form-error"]');
      return;
    }
    if (errors.size) {
      this.#set({ refusal: '', errors, showSummary: true });
      this.#o.announce('');
      this.#o.focus.next('[part~="error-summary"]');
      return;
    }
    this.#set({ refusal: '', errors, showSummary: false, phase: 'sending' });
    this.#o.announce(this.#o.messages().sending);
    this.#o.focus.next('[part~="sending"]');
    // A person takes seconds to fill the form; a robot does not. The wait is real, not faked.
    const wait = this.#o.minFillTime() - (performance.now() - this.#renderedAt);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await this.#send(client, body);
  };

  async #send(client: Client, body: T): Promise<void> {
    const m = this.#o.messages();
    const focus = this.#o.focus;
    // Sent again from a waiting state: its box (and retry button) gives way to "Envoi…".
    if (this.phase !== 'sending') focus.next('[part~="sending"]');
    this.#set({ phase: 'sending' });
    this.#o.announce(m.sending);
    const outcome = await this.sender.send(client, body, this.#o.lang());
    switch (outcome.kind) {
      case 'recorded':
        this.#set({ phase: 'success' });
        this.#o.announce(m.announcedRecorded);
        focus.next('[part~="thanks-title"]');
        this.#o.onRecorded(outcome.receipt, body);
        break;
      case 'offline':
        this.#set({ phase: 'offline' });
        this.#o.announce(m.offline);
        focus.next('[part~="pending"]');
        break;
      case 'failed':
        this.#set({ phase: 'failed' });
        this.#o.announce('');
        focus.next('[part~="pending"]');
        break;
      case 'refused': {
        this.#o.announce('');
        const errors = errorsByField(this.#o.fields, outcome.error.errors, this.#o.fieldOf);
        if (errors.size) {
          this.#set({ phase: 'editing', errors, showSummary: true });
          focus.next('[part~="error-summary"]');
        } else {
          this.#set({ phase: 'editing', errors, refusal: m.refused(outcome.error.message) });
          focus.next('[part~="form-error"]');
        }
        break;
      }
    }
  }

  /** Sends the waiting submission again, with the same key. */
  readonly resend = (): void => {
    const client = this.#o.client();
    if (!client || (this.phase !== 'offline' && this.phase !== 'failed')) return;
    const pending = this.sender.pending;
    if (pending) return void this.#send(client, pending);
    // Waited too long (24 h): nothing is sent behind the visitor's back; the answers stay.
    this.#set({ phase: 'editing', refusal: this.#o.messages().expired });
    this.#o.announce('');
    this.#o.focus.next('[part~="form-error"]');
  };

  #handleOnline = () => {
    if (this.phase === 'offline') this.resend();
  };

  /** A field changed: it is touched, and a refused submission becomes a new one. */
  readonly handleInput = (event: Event): void => {
    const name = (event.target as HTMLInputElement).name;
    if (!this.#isField(name)) return;
    this.#touched.add(name);
    this.sender.edited();
  };

  /** Once a field was touched (or the form submitted), leaving it checks it again. */
  readonly handleBlur = (event: FocusEvent): void => {
    const name = (event.target as HTMLInputElement).name;
    const client = this.#o.client();
    const form = this.#form();
    if (!this.#isField(name) || !client || !form) return;
    if (!this.#touched.has(name) && !this.#submitted) return;
    this.recheck(name);
  };

  /** Checks `field` again (after a change the form made itself, e.g. a placed point). */
  recheck(field: F): void {
    const client = this.#o.client();
    const form = this.#form();
    if (!client || !form || (!this.#touched.has(field) && !this.#submitted)) return;
    void this.#check(client, this.#o.read(form)).then((found) => {
      if (found)
        this.#set({ errors: withFieldError(this.#o.fields, this.errors, field, found.get(field)) });
    });
  }

  /** Marks `field` as touched (a control without a `name`, e.g. the map). */
  touch(field: F): void {
    this.#touched.add(field);
    this.sender.edited();
  }

  /** A summary link: focus in its field. */
  readonly focusField = (event: Event, field: F): void => {
    event.preventDefault();
    const id = this.#o.controlId?.(field) ?? field;
    this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };
}

/**
 * `SubmissionController`: the life of a form that posts one submission (a pledge, a coalition
 * declaration), shared by every form widget. What runs once the visitor has started loads
 * then, not with the page: at the first focus in the form (or a check, a submit), the SDK's
 * validation (zod, the schemas) and `send.ts` (the check's errors, the send with one
 * `Idempotency-Key`, the offline wait and the retry, each outcome, the summary and the
 * submission's boxes) are asked for together, with what the form adds (`alsoLoad`). A submit
 * waits for them; if they cannot load, the form says so and keeps the answers. It holds a
 * submit until a person could have filled the form (`minFillTime`) and says where focus goes
 * and what the live region announces at each step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Client, FieldError, Receipt } from '@coalition-kit/sdk';
import type { FocusController } from '../focus.js';
import type { Lang } from '../i18n.js';
import type { FieldOf } from './field-errors.js';
import type { FormMessages } from './messages.js';
import type { SubmitPhase } from './pending-view.js';
import type { SubmissionRun } from './send.js';
import type { Post } from './sender.js';

export interface SubmissionOptions<T, F extends string> {
  /** Fields in the order of the form: the summary lists them in this order. */
  fields: readonly F[];
  post: Post<T>;
  /** The SDK's check of a body, in `lang` (the validation is loaded before it runs). */
  check: (client: Client, body: T, lang: Lang) => FieldError[];
  /** The body of the form's answers (taken when the visitor submits or leaves a field). */
  read: (answers: FormData) => T;
  client: () => Client | undefined;
  lang: () => Lang;
  messages: () => FormMessages;
  announce: (text: string) => void;
  focus: FocusController;
  /** Minimum time (ms) between showing the form and sending it. */
  minFillTime: () => number;
  onRecorded: (receipt: Receipt, body: T) => void;
  /** The field an error's path points to (default: its first segment). */
  fieldOf?: FieldOf;
  /** The form's own code for a started visitor (the declaration's), loaded with the rest. */
  alsoLoad?: () => Promise<unknown>;
  now?: () => number;
}

/** What the controller shows: the part loaded on first use (`send.ts`) reads and sets it. */
export interface SubmissionView<F extends string> {
  /** Where the visitor is: editing, sending, offline (waiting), failed (waiting), success. */
  phase: SubmitPhase;
  errors: ReadonlyMap<F, string>;
  showSummary: boolean;
  /** The server's sentence when it refused without naming a field, the expired wait, or the code that did not load. */
  refusal: string;
}

export interface SubmissionState<F extends string> {
  get(): Readonly<SubmissionView<F>>;
  set(changes: Partial<SubmissionView<F>>): void;
  /** When the form was first shown (`performance.now()`). */
  renderedAt(): number;
}

interface Host extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

export class SubmissionController<T, F extends string>
  implements ReactiveController, SubmissionView<F>
{
  phase: SubmitPhase = 'editing';
  errors: ReadonlyMap<F, string> = new Map();
  showSummary = false;
  refusal = '';
  readonly #host: Host;
  readonly #o: SubmissionOptions<T, F>;
  /** When the form was first shown: a submit is held until `minFillTime` has passed. */
  #renderedAt = 0;
  readonly #touched = new Set<F>();
  #submitted = false;
  /** The code for a started visitor, loaded the first time it is needed. */
  #loading: Promise<SubmissionRun<T, F>> | undefined;
  #run: SubmissionRun<T, F> | undefined;
  /** A submit being checked: a second one changes nothing. */
  #submitting = false;
  /** The last check started: hosts wait for it in `updateComplete` (see `settled`). */
  #checking: Promise<unknown> = Promise.resolve();
  readonly #state: SubmissionState<F> = {
    get: () => this,
    set: (changes) => this.#set(changes),
    renderedAt: () => this.#renderedAt,
  };

  /** The host's form, once rendered. */
  #form = (): HTMLFormElement | null => this.#host.renderRoot.querySelector('form');

  constructor(host: Host, options: SubmissionOptions<T, F>) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** The part loaded once the visitor has started (`send.ts`), once it is there. */
  get run(): SubmissionRun<T, F> | undefined {
    return this.#run;
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

  #set(changes: Partial<SubmissionView<F>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  #isField = (name: string): name is F => (this.#o.fields as readonly string[]).includes(name);

  /** Resolves once the last check started has shown its errors (for `updateComplete`). */
  get settled(): Promise<unknown> {
    return this.#checking;
  }

  /** The visitor is in the form: what a started visitor needs starts loading. */
  readonly handleFocusIn = (): void => {
    const client = this.#o.client();
    if (client) void this.load(client).catch(() => undefined);
  };

  /**
   * The SDK's validation, `send.ts` and the form's own part (`alsoLoad`), asked for at once
   * (one round trip); rejects when one cannot load (offline): the next call tries again.
   */
  load(client: Client): Promise<SubmissionRun<T, F>> {
    const loading = (this.#loading ??= Promise.all([
      client.loadSubmission(),
      import('./send.js'),
      this.#o.alsoLoad?.(),
    ]).then(([, m]) => (this.#run ??= new m.SubmissionRun(this.#o, this.#state))));
    loading.catch(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
    return loading;
  }

  /**
   * The body of `answers` and its errors, by field, once the code is loaded; undefined when
   * it cannot load (offline): the form then says so instead of sending unchecked answers.
   */
  #check(client: Client, answers: FormData) {
    const lang = this.#o.lang();
    const step = this.load(client).then(
      (run) => {
        const body = this.#o.read(answers);
        return { run, body, errors: run.check(client, body, lang) };
      },
      (error: unknown) => {
        console.error('Coalition Kit: could not load the form validation', error);
        return undefined;
      },
    );
    this.#checking = step;
    return step;
  }

  /** The code for a started visitor could not load: the form says so, the answers stay. */
  unavailable(): void {
    this.#set({ refusal: this.#o.messages().checksUnavailable });
    this.#o.focus.next('[part~="form-error"]');
  }

  readonly handleSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // Double clicks and Enter presses while a submission is on its way change nothing.
    if (this.phase !== 'editing' || this.#submitting) return;
    const client = this.#o.client();
    const form = this.#form();
    if (!client || !form) return;
    // The answers as they are now: what is checked and sent, whatever the wait for the code.
    const answers = new FormData(form);
    this.#submitted = true;
    this.#submitting = true;
    const checked = await this.#check(client, answers).finally(() => (this.#submitting = false));
    if (!checked) return this.unavailable();
    await checked.run.submit(client, checked.body, checked.errors);
  };

  /** Sends the waiting submission again, with the same key. */
  readonly resend = (): void => {
    const client = this.#o.client();
    if (!client || (this.phase !== 'offline' && this.phase !== 'failed')) return;
    this.#run?.resend(client);
  };

  #handleOnline = () => {
    if (this.phase === 'offline') this.resend();
  };

  /** A field changed: it is touched, and a refused submission becomes a new one. */
  readonly handleInput = (event: Event): void => {
    const name = (event.target as HTMLInputElement).name;
    if (this.#isField(name)) this.touch(name);
  };

  /** Once a field was touched (or the form submitted), leaving it checks it again. */
  readonly handleBlur = (event: FocusEvent): void => {
    const name = (event.target as HTMLInputElement).name;
    if (this.#isField(name)) this.recheck(name);
  };

  /** Checks `field` again (after a change the form made itself, e.g. a placed point). */
  recheck(field: F): void {
    const client = this.#o.client();
    const form = this.#form();
    if (!client || !form || (!this.#touched.has(field) && !this.#submitted)) return;
    void this.#check(client, new FormData(form)).then((found) => {
      if (found) this.#set({ errors: found.run.withField(found.errors, field) });
    });
  }

  /** Marks `field` as touched (a control without a `name`, e.g. the map). */
  touch(field: F): void {
    this.#touched.add(field);
    this.#run?.edited(field);
  }
}

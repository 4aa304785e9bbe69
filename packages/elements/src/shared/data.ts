/**
 * `DataController`: a widget's documents, on `@lit/task`. Its arguments are the client and
 * the widget's own inputs; a change aborts the run under way and loads again through the
 * shared client's cache (no other widget's document is asked again). The collective is
 * asked once per client and handed to every widget with its data. A retry forgets only the
 * documents that failed, so only they are asked of the server again. The widget's strings
 * (English loads on first use) are awaited in parallel: the widget leaves its loading state
 * with both, so an English widget never shows French first. Fires `ck-load` and `ck-error`
 * on the host; removal aborts, re-adding loads again (single-page apps).
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, type Client, type CollectiveResult, type FeedIssue } from '@coalition-kit/sdk';
import type { NoClient } from './clients.js';
import { CkErrorEvent, CkLoadEvent } from './events.js';
import type { Lang } from './i18n.js';

export type LoadState = 'loading' | 'error' | 'empty' | 'populated';

/** What a load hands to SDK calls and may await. */
export interface LoadContext {
  signal: AbortSignal;
  /** Options for each SDK call: the abort signal and the widget's language. */
  call: { signal: AbortSignal; lang: Lang };
  /** The collective (loaded in parallel; already asked, so awaiting it costs no request). */
  collective: Promise<CollectiveResult>;
}

/**
 * A document a widget can do without (a list's members, the coalitions' names): its items, or
 * none when the feed does not publish it or it fails; the widget still shows its own document.
 */
export const optionalList = <T>(
  list: Promise<{ items: T[]; issues: FeedIssue[] }>,
): Promise<{ items: T[]; issues: FeedIssue[] }> =>
  list.catch(() => ({ items: [] as T[], issues: [] }));

/** How a widget reports its data: counts and issues for `ck-load`, the empty state, the live region. */
export interface LoadSummary {
  /** Counts for `ck-load`, e.g. `{events: 120}`. */
  counts: Record<string, number>;
  /** Items left out by validation. */
  issues: FeedIssue[];
  /** Nothing to show: the widget renders its empty state. */
  empty: boolean;
  /** Sentence for the live region once loaded ("12 événements trouvés."). */
  announcement?: string | undefined;
}

export interface DataOptions<T, A extends readonly unknown[]> {
  /** The widget's own inputs (`[this.campaign]`): a change loads again. */
  args: () => A;
  /** Loads the widget's documents with `ctx.call` on each SDK call. */
  load: (client: Client, args: A, ctx: LoadContext) => Promise<T>;
  /** What `ck-load` and the live region say about `data` (and the collective loaded with it). */
  summary: (data: T, collective: CollectiveResult) => LoadSummary;
}

/** What the host gives every data controller (`CkElement` does). */
export interface DataHostOptions {
  client: () => Client | NoClient;
  /** The language SDK calls word their issues and errors in. */
  lang: () => Lang;
  /** The widget's strings in its language, loading (started at connection): never rejects. */
  strings: () => Promise<unknown>;
  /** The sentence `ck-error` carries. */
  errorSentence: () => string;
  /** Text for the polite live region. */
  announce: (text: string) => void;
  /** Default announcement once loaded. */
  loadedSentence: () => string;
  /** The sentence when the widget has no feed at all. */
  noFeedSentence: () => string;
}

interface Loaded<T> {
  data: T;
  collective: CollectiveResult;
  summary: LoadSummary;
}

/** The widget is not linked to any feed. */
export class MissingFeedError extends Error {
  override name = 'MissingFeedError';
}

/** What the shell of a widget reads of its data. */
export interface DataSource<T> {
  readonly state: LoadState;
  readonly value: T | undefined;
  readonly collective: CollectiveResult | undefined;
  readonly error: unknown;
  retry(): void;
}

export class DataController<T, A extends readonly unknown[] = readonly unknown[]>
  implements ReactiveController, DataSource<T>
{
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #o: DataOptions<T, A> & DataHostOptions;
  readonly #task: Task<[Client | NoClient, ...A], Loaded<T>>;
  /** URLs of the documents that failed last time: a retry asks the server for those only. */
  #failed = new Set<string>();
  #client: Client | undefined;
  #ran = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: DataOptions<T, A> & DataHostOptions,
  ) {
    this.#host = host;
    this.#o = options;
    this.#task = new Task(host, {
      args: () => [options.client(), ...options.args()] as [Client | NoClient, ...A],
      task: (args, { signal }) => this.#run(args, signal),
      onComplete: (loaded) => this.#loaded(loaded),
      onError: (error) => this.#failedWith(error),
    });
    host.addController(this);
  }

  /** `loading`, `error`, `empty` or `populated`. */
  get state(): LoadState {
    switch (this.#task.status) {
      case TaskStatus.COMPLETE:
        return this.#task.value?.summary.empty ? 'empty' : 'populated';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  /** The widget's data, typed, once loaded (kept while a new load runs). */
  get value(): T | undefined {
    return this.#task.value?.data;
  }

  /** The collective of the last load. */
  get collective(): CollectiveResult | undefined {
    return this.#task.value?.collective;
  }

  /** Why the last load failed. */
  get error(): unknown {
    return this.#task.error;
  }

  /** The client of the last load (links built from the feed's URL, submissions). */
  get client(): Client | undefined {
    return this.#client;
  }

  /** Loads again: the documents that failed are asked of the server, the others come from memory. */
  retry(): void {
    const client = this.#client;
    if (client) for (const url of this.#failed) client.refresh(url);
    this.#failed.clear();
    void this.#task.run();
  }

  hostConnected(): void {
    // Re-added by a single-page app: the load was aborted on removal (the first load runs
    // with the first update).
    if (this.#ran) void this.#task.run();
  }

  hostDisconnected(): void {
    this.#task.abort();
  }

  async #run([found, ...args]: [Client | NoClient, ...A], signal: AbortSignal): Promise<Loaded<T>> {
    this.#ran = true;
    if (found === 'awaiting-provider') return initialState as never;
    // Loading since the widget connected, in parallel with the documents: the widget leaves
    // its loading state, to its content or its error, in its own language.
    const strings = this.#o.strings();
    if (found === 'no-feed' || found === 'bad-feed') {
      await strings;
      throw found === 'no-feed'
        ? new MissingFeedError(this.#o.noFeedSentence())
        : new TypeError('Coalition Kit: the feed is not an http(s) URL');
    }
    this.#client = found;
    const call = { signal, lang: this.#o.lang() };
    const failed = new Set<string>();
    const noting = <P>(promise: Promise<P>) =>
      promise.catch((error: unknown) => {
        if (error instanceof FeedError) failed.add(error.url);
        throw error;
      });
    const collective = noting(found.collective(call));
    // The widget may await it too: one promise, its rejection handled by Promise.all.
    collective.catch(() => undefined);
    try {
      const [c, data] = await Promise.all([
        collective,
        noting(this.#o.load(found, args as unknown as A, { signal, call, collective })),
        strings,
      ]);
      this.#failed.clear();
      return { data, collective: c, summary: this.#o.summary(data, c) };
    } catch (error) {
      // Removed from the page, or inputs changed: not a failure, the next run takes over.
      if (signal.aborted) return initialState as never;
      this.#failed = failed;
      await strings;
      throw error;
    }
  }

  #loaded({ collective, summary }: Loaded<T>): void {
    this.#o.announce(summary.announcement ?? this.#o.loadedSentence());
    this.#host.dispatchEvent(
      new CkLoadEvent({
        counts: summary.counts,
        issues: [...collective.issues, ...summary.issues],
      }),
    );
  }

  #failedWith(error: unknown): void {
    this.#o.announce('');
    this.#host.dispatchEvent(new CkErrorEvent({ error, message: this.#o.errorSentence() }));
  }
}

/** `createClient`: the typed client of one feed. */
import { FeedError, InvalidDocumentError } from './errors.js';
import { toLang, type Lang } from './lang.js';
import {
  sortByStart,
  matchCoalition,
  matchEvent,
  matchMember,
  type CoalitionQuery,
  type EventQuery,
  type MemberQuery,
} from './query.js';
import { readCollective, readList, readStats, type ListKind } from './read.js';
import type { Coalition } from './schemas/coalition.js';
import type { Collective } from './schemas/collective.js';
import type { CoalitionDeclarationInput } from './schemas/coalition-declaration.js';
import type { Event } from './schemas/event.js';
import type { Member } from './schemas/member.js';
import type { PledgeInput, SubmissionReceipt } from './schemas/pledge.js';
import type { CampaignStats } from './schemas/stats.js';
import { loadSubmission, loadedSubmission, type Submission } from './submission-loader.js';
import type { SubmissionPath } from './submission.js';
import { Transport } from './transport.js';
import type { FeedIssue, FieldError, ListResult } from './validate.js';

export interface ClientOptions {
  /** The feed's URL prefix, e.g. `https://feed.example.org/v1` (relative URLs resolve against the page). */
  feed: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Language of messages: `fr` (default) or `en`. */
  lang?: string;
  /** Milliseconds for one HTTP attempt. Default 10 000. */
  timeout?: number;
  /** How long a fetched document is reused before it is revalidated (ETag). Default 60 000 ms. */
  maxAge?: number;
  /** Base delay of retries in ms (300 by default). */
  retryDelay?: number;
  /** Largest document accepted, in bytes (20 MB by default): a bound on memory. */
  maxBytes?: number;
}

/** Options of one call. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Language of this call's messages (issues, errors), e.g. the calling widget's: clients
   * are shared by every widget of a feed, whatever their language. Default: the client's.
   */
  lang?: string | undefined;
}

export interface SubmitOptions extends CallOptions {
  /**
   * The submission's `Idempotency-Key`. Give the same key to send the same submission again
   * (after going offline, say): the server answers with the first result and stores nothing new.
   */
  idempotencyKey?: string;
}

/** The collective, with what was left out of it. */
export type CollectiveResult = Collective & { issues: FeedIssue[] };

/** A `201` answer: the stored submission's id and status (`recorded`, `pending`…). */
export type Receipt = SubmissionReceipt & { idempotencyKey: string };

export interface Client {
  /** The feed's URL prefix, without trailing slash. */
  readonly feed: string;
  /** Language of messages and errors. */
  readonly lang: Lang;
  /** `collective.json`: the collective, with the themes and campaigns left out in `issues`. */
  collective(options?: CallOptions): Promise<CollectiveResult>;
  /** `events.json`: the valid events matching `query`, sorted by start, and the ones left out. */
  events(query?: EventQuery, options?: CallOptions): Promise<ListResult<Event>>;
  /** `members.json`: the valid members matching `query`, and the ones left out. */
  members(query?: MemberQuery, options?: CallOptions): Promise<ListResult<Member>>;
  /** `coalitions.json`: the valid coalitions matching `query`, and the ones left out. */
  coalitions(query?: CoalitionQuery, options?: CallOptions): Promise<ListResult<Coalition>>;
  /** `campaigns/{id}/stats.json`: the counter of a campaign (asked again after a pledge). */
  stats(campaignId: string, options?: CallOptions): Promise<CampaignStats>;
  /** Validates locally (rejects with `SubmissionError`, no request), then POSTs with an `Idempotency-Key`. */
  submitPledge(pledge: PledgeInput, options?: SubmitOptions): Promise<Receipt>;
  declareCoalition(
    declaration: CoalitionDeclarationInput,
    options?: SubmitOptions,
  ): Promise<Receipt>;
  /**
   * Validates a pledge without sending it: field errors in `lang` (default: the client's). In
   * the browser builds the validation loads on first use: await `loadSubmission()` first.
   */
  checkPledge(pledge: unknown, options?: Pick<CallOptions, 'lang'>): FieldError[];
  /** Validates a coalition declaration without sending it (see `checkPledge`). */
  checkDeclaration(declaration: unknown, options?: Pick<CallOptions, 'lang'>): FieldError[];
  /** Loads the submission part (zod and its schemas): the browser builds load it on first use. */
  loadSubmission(): Promise<void>;
  /** URL of the agenda as iCalendar with the same filters (`{feed}/events.ics?…`). */
  eventsIcsUrl(query?: EventQuery): string;
  /**
   * Forgets fetched documents, so the next call asks the server (bypassing the browser's
   * HTTP cache too). With a URL (e.g. a `FeedError`'s `url`), forgets that document only.
   */
  refresh(url?: string): void;
}

/** Trims the trailing slash and resolves a relative feed against the page. */
function normaliseFeed(feed: string): string {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  const url = base ? new URL(feed, base) : new URL(feed);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(
      `Coalition Kit: the feed must be an http(s) URL, not ${JSON.stringify(feed)}`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

const NOT_LOADED = {
  fr: 'Coalition Kit : la validation n’est pas encore chargée (attendez client.loadSubmission())',
  en: 'Coalition Kit: validation is not loaded yet (await client.loadSubmission())',
} as const;

/**
 * Creates a client for the feed at `options.feed`.
 *
 * @example
 * const client = createClient({ feed: 'https://feed.example.org/v1' });
 * const { items, issues } = await client.events({ themes: ['mobilite'] });
 */
export function createClient(options: ClientOptions): Client {
  const feed = normaliseFeed(options.feed);
  const lang = toLang(options.lang);
  const transport = new Transport({
    fetch: options.fetch,
    lang,
    timeout: options.timeout,
    maxAge: options.maxAge,
    retryDelay: options.retryDelay,
    maxBytes: options.maxBytes,
  });
  // Parsed documents, keyed by the fetched body and the language of their issues: a
  // revalidated (304) body is not parsed again.
  const parsed = new WeakMap<object, Partial<Record<Lang, unknown>>>();
  const langOf = (opts?: Pick<CallOptions, 'lang'>): Lang =>
    opts?.lang ? toLang(opts.lang) : lang;
  const url = (path: string) => `${feed}/${path}`;

  async function load<T>(
    path: string,
    parse: (body: unknown, lang: Lang) => Promise<T>,
    opts: CallOptions = {},
  ): Promise<T> {
    const href = url(path);
    const callLang = langOf(opts);
    const body = await transport.getJson(href, opts.signal, callLang);
    const byLang = typeof body === 'object' && body !== null ? parsed.get(body) : undefined;
    if (byLang && callLang in byLang) return byLang[callLang] as T;
    try {
      const result = await parse(body, callLang);
      if (typeof body === 'object' && body !== null) {
        parsed.set(body, { ...parsed.get(body), [callLang]: result });
      }
      return result;
    } catch (error) {
      if (error instanceof InvalidDocumentError) {
        throw new FeedError(`${href}: ${error.message}`, { url: href, status: 200, cause: error });
      }
      throw error;
    }
  }

  const list = <T extends { id: string }>(kind: ListKind, opts?: CallOptions) =>
    load(`${kind}.json`, (body, callLang) => readList<T>(kind, body, callLang), opts);

  async function submit(path: SubmissionPath, input: unknown, opts?: SubmitOptions) {
    const submission = await loadSubmission();
    return submission.submit(transport, url(path), path, input, langOf(opts), opts);
  }

  /** The submission part for a synchronous check: loaded, or a clear error. */
  const loaded = (callLang: Lang): Submission => {
    const submission = loadedSubmission();
    if (!submission) throw new Error(NOT_LOADED[callLang]);
    return submission;
  };

  return {
    feed,
    lang,
    async collective(opts = {}) {
      const { collective, issues } = await load(
        'collective.json',
        (b, callLang) => readCollective(b, callLang),
        opts,
      );
      return { ...collective, issues };
    },
    async events(query = {}, opts = {}) {
      const all = await list<Event>('events', opts);
      return {
        items: sortByStart(all.items.filter((e) => matchEvent(e, query))),
        issues: all.issues,
      };
    },
    async members(query = {}, opts = {}) {
      const all = await list<Member>('members', opts);
      return { items: all.items.filter((m) => matchMember(m, query)), issues: all.issues };
    },
    async coalitions(query = {}, opts = {}) {
      const all = await list<Coalition>('coalitions', opts);
      return { items: all.items.filter((c) => matchCoalition(c, query)), issues: all.issues };
    },
    async stats(campaignId, opts = {}) {
      const path = `campaigns/${encodeURIComponent(campaignId)}/stats.json`;
      return load(path, (body, callLang) => readStats(body, callLang), opts);
    },
    async submitPledge(pledge, opts) {
      const receipt = await submit('pledges', pledge, opts);
      // The counter changed: the next stats() asks the server.
      transport.invalidate(url(`campaigns/${encodeURIComponent(pledge.campaign)}/stats.json`));
      return receipt;
    },
    declareCoalition(declaration, opts) {
      return submit('coalitions', declaration, opts);
    },
    checkPledge(pledge, opts) {
      return loaded(langOf(opts)).check('pledges', pledge, langOf(opts));
    },
    checkDeclaration(declaration, opts) {
      return loaded(langOf(opts)).check('coalitions', declaration, langOf(opts));
    },
    async loadSubmission() {
      await loadSubmission();
    },
    eventsIcsUrl(query = {}) {
      const params = new URLSearchParams();
      if (query.themes?.length) params.set('themes', query.themes.join(','));
      if (query.formats?.length) params.set('formats', query.formats.join(','));
      if (query.region) params.set('region', query.region);
      const qs = params.toString();
      return url(`events.ics${qs ? `?${qs}` : ''}`);
    },
    refresh(documentUrl) {
      transport.invalidate(documentUrl);
    },
  };
}

/** `createClient`: the typed client of one feed. */
import { FeedError, SubmissionError } from './errors.js';
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
import type { Collective } from './schemas/collective.js';
import { Coalition } from './schemas/coalition.js';
import {
  CoalitionDeclaration,
  type CoalitionDeclarationInput,
} from './schemas/coalition-declaration.js';
import { Event } from './schemas/event.js';
import { Member } from './schemas/member.js';
import { Pledge, SubmissionReceipt, type PledgeInput } from './schemas/pledge.js';
import { CampaignStats } from './schemas/stats.js';
import { Transport } from './transport.js';
import { randomKey } from './uuid.js';
import {
  InvalidDocumentError,
  parseCollective,
  parseListDocument,
  validate,
  type FeedIssue,
  type FieldError,
  type ListResult,
} from './validate.js';
import type * as z from 'zod/v4/mini';

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
  /** Validates a pledge without sending it: field errors in `lang` (default: the client's). */
  checkPledge(pledge: unknown, options?: Pick<CallOptions, 'lang'>): FieldError[];
  /** Validates a coalition declaration without sending it. */
  checkDeclaration(declaration: unknown, options?: Pick<CallOptions, 'lang'>): FieldError[];
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

/** Reads field errors from a server's 4xx body (`{errors: [{path, message}]}`, path as array or dotted). */
function serverFieldErrors(body: unknown): FieldError[] {
  const list =
    (body as { errors?: unknown; fields?: unknown } | null)?.errors ??
    (body as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: { path?: unknown; field?: unknown; message?: unknown }) => {
    const raw = e?.path ?? e?.field;
    const path = Array.isArray(raw)
      ? raw.map((k) => (typeof k === 'number' ? k : String(k)))
      : typeof raw === 'string'
        ? raw.split('.')
        : null;
    return path ? [{ path, message: typeof e.message === 'string' ? e.message : '' }] : [];
  });
}

const SUBMIT_MESSAGES = {
  fr: {
    invalid: 'Le formulaire contient des erreurs',
    refused: (s: number) => `Le serveur a refusé l’envoi (${s})`,
  },
  en: {
    invalid: 'The form has errors',
    refused: (s: number) => `The server refused the submission (${s})`,
  },
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
    parse: (body: unknown, lang: Lang) => T,
    opts: CallOptions = {},
  ): Promise<T> {
    const href = url(path);
    const callLang = langOf(opts);
    const body = await transport.getJson(href, opts.signal, callLang);
    const byLang = typeof body === 'object' && body !== null ? parsed.get(body) : undefined;
    if (byLang && callLang in byLang) return byLang[callLang] as T;
    try {
      const result = parse(body, callLang);
      if (typeof body === 'object' && body !== null) {
        parsed.set(body, { ...byLang, [callLang]: result });
      }
      return result;
    } catch (error) {
      if (error instanceof InvalidDocumentError) {
        throw new FeedError(`${href}: ${error.message}`, { url: href, status: 200, cause: error });
      }
      throw error;
    }
  }

  const list = <T extends { id: string }>(
    path: string,
    schema: z.ZodMiniType<T>,
    opts?: CallOptions,
  ) => load(path, (body, callLang) => parseListDocument(schema, body, callLang), opts);

  async function submit<T>(
    path: string,
    schema: z.ZodMiniType<T>,
    input: unknown,
    opts: SubmitOptions = {},
  ): Promise<Receipt> {
    const href = url(path);
    const callLang = langOf(opts);
    const m = SUBMIT_MESSAGES[callLang];
    const checked = validate(schema, input, callLang);
    if (!checked.ok) throw new SubmissionError(m.invalid, { url: href, errors: checked.errors });
    const key = opts.idempotencyKey ?? randomKey();
    const { status, body } = await transport.postJson(
      href,
      checked.value,
      key,
      opts.signal,
      callLang,
    );
    if (status >= 200 && status < 300) {
      const receipt = validate(SubmissionReceipt, body, callLang);
      if (!receipt.ok) throw new FeedError(`${href}: ${m.refused(status)}`, { url: href, status });
      return { ...receipt.value, idempotencyKey: key };
    }
    if (status >= 400 && status < 500) {
      const message = (body as { message?: unknown } | null)?.message;
      throw new SubmissionError(typeof message === 'string' ? message : m.refused(status), {
        url: href,
        status,
        errors: serverFieldErrors(body),
      });
    }
    throw new FeedError(`${href}: ${m.refused(status)}`, { url: href, status });
  }

  return {
    feed,
    lang,
    async collective(opts = {}) {
      const { collective, issues } = await load(
        'collective.json',
        (b, callLang) => parseCollective(b, callLang),
        opts,
      );
      return { ...collective, issues };
    },
    async events(query = {}, opts = {}) {
      const all = await list('events.json', Event, opts);
      return {
        items: sortByStart(all.items.filter((e) => matchEvent(e, query))),
        issues: all.issues,
      };
    },
    async members(query = {}, opts = {}) {
      const all = await list('members.json', Member, opts);
      return { items: all.items.filter((m) => matchMember(m, query)), issues: all.issues };
    },
    async coalitions(query = {}, opts = {}) {
      const all = await list('coalitions.json', Coalition, opts);
      return { items: all.items.filter((c) => matchCoalition(c, query)), issues: all.issues };
    },
    async stats(campaignId, opts = {}) {
      const path = `campaigns/${encodeURIComponent(campaignId)}/stats.json`;
      return load(
        path,
        (body, callLang) => {
          const result = validate(CampaignStats, body, callLang);
          if (!result.ok) {
            throw new InvalidDocumentError(
              result.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '),
            );
          }
          return result.value;
        },
        opts,
      );
    },
    async submitPledge(pledge, opts) {
      const receipt = await submit('pledges', Pledge, pledge, opts);
      // The counter changed: the next stats() asks the server.
      transport.invalidate(url(`campaigns/${encodeURIComponent(pledge.campaign)}/stats.json`));
      return receipt;
    },
    declareCoalition(declaration, opts) {
      return submit('coalitions', CoalitionDeclaration, declaration, opts);
    },
    checkPledge(pledge, opts) {
      const r = validate(Pledge, pledge, langOf(opts));
      return r.ok ? [] : r.errors;
    },
    checkDeclaration(declaration, opts) {
      const r = validate(CoalitionDeclaration, declaration, langOf(opts));
      return r.ok ? [] : r.errors;
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

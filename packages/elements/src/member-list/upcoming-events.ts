/**
 * `UpcomingController`: the members' upcoming events, for their details. The events document
 * is asked through the shared client when a first details panel opens: an agenda on the page
 * has already fetched it, and a page without details never needs it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, type Client } from '@coalition-kit/sdk';
import type { Lang } from '../shared/i18n.js';
import type { UpcomingEvents } from './member-item.js';
import { upcomingByOrganizer } from './upcoming.js';

interface UpcomingHost extends ReactiveControllerHost {
  readonly resolvedLang: Lang;
  /** The reference "now" (tests, stories); default: the real time. */
  readonly now: Date | undefined;
}

export class UpcomingController implements ReactiveController {
  readonly #host: UpcomingHost;
  readonly #zone: () => string;
  #value: UpcomingEvents | undefined;
  #abort: AbortController | undefined;

  /** `zone`: the collective's time zone, which tells which day "today" is (all-day events). */
  constructor(host: UpcomingHost, zone: () => string) {
    this.#host = host;
    this.#zone = zone;
    host.addController(this);
  }

  get value(): UpcomingEvents | undefined {
    return this.#value;
  }

  #set(value: UpcomingEvents | undefined): void {
    this.#value = value;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // Loaded again on the next opening: an aborted load is not an error to show.
    this.#abort?.abort();
    if (this.#value === 'loading') this.#set(undefined);
  }

  /** Another feed or a reload: the events are asked afresh. */
  forget(): void {
    this.#abort?.abort();
    this.#set(undefined);
  }

  /** Loads them through `client` unless they are there or loading (again after a failure). */
  async need(client: Client | undefined): Promise<void> {
    if ((this.#value && this.#value !== 'error') || !client) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#set('loading');
    try {
      const { items } = await client.events(
        {},
        { signal: abort.signal, lang: this.#host.resolvedLang },
      );
      const byOrganizer = upcomingByOrganizer(items, this.#host.now ?? new Date(), this.#zone());
      if (!abort.signal.aborted) this.#set(byOrganizer);
    } catch (error) {
      if (abort.signal.aborted) return;
      // A feed without an agenda: no events to show, not a failure.
      this.#set(error instanceof FeedError && error.status === 404 ? new Map() : 'error');
    }
  }
}

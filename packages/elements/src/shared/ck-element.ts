/**
 * `CkElement`: the thin shell every Coalition Kit widget extends. The work is in controllers
 * (see `README.md`): `DataController` (documents, `ck-load` / `ck-error`), `LocalizeController`
 * (language, strings), `FocusController` (focus after a render); `renderStates` draws the
 * four states. The shell wires them to the widget's client (`clients.ts`), sets the custom
 * states and applies the collective's brand colours.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Client, CollectiveResult } from '@coalition-kit/sdk';
import { findClient } from './clients.js';
import { clientContext, ensureContextRoot } from './context.js';
import {
  DataController,
  MissingFeedError,
  type DataOptions,
  type DataSource,
  type LoadState,
} from './data.js';
import { FocusController } from './focus.js';
import { sharedMessages, type Lang } from './i18n.js';
import { LocalizeController } from './localize.js';
import { renderStates } from './states.js';
import { hostStyles } from './styles.js';
import { applyBrand, guardContrast } from './theme.js';
import { VERSION } from './version.js';

export type { LoadState, LoadSummary } from './data.js';
export { MissingFeedError };

const STATES: LoadState[] = ['loading', 'error', 'empty', 'populated'];

/**
 * Base class of every Coalition Kit widget (not a tag itself). See `src/shared/README.md`.
 *
 * @summary Base of the ck-* widgets.
 * @slot - Fallback content, shown while loading and on failure.
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` of the page.
 * @csspart base - The wrapper of everything.
 * @csspart skeleton - Placeholder while loading.
 * @csspart fallback - The wrapper of the slotted fallback.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart status-region - The polite live region (visually hidden).
 * @cssstate loading - Data is loading.
 * @cssstate error - Loading failed.
 * @cssstate empty - Nothing to show.
 * @cssstate populated - Content is shown.
 * @fires ck-load - Data arrived: `detail.counts`, `detail.issues`.
 * @fires ck-error - Loading failed: `detail.error`, `detail.message`.
 */
export abstract class CkElement<T = unknown> extends LitElement {
  /** Compared by the define guard when a tag is already defined. */
  static version = VERSION;
  static override styles = [hostStyles];

  /** `lang` is the native attribute: observe it to re-render in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Custom states (`:state(loading)`…) for partner CSS; missing in old browsers. */
  readonly #internals: ElementInternals | undefined = this.attachInternals?.();
  #shown: { state?: LoadState; collective?: CollectiveResult | undefined } = {};

  /** The shared strings (states, errors, time words) in the widget's language. */
  protected readonly localize = new LocalizeController(this, sharedMessages);
  /** "Focus this after the next render." */
  protected readonly focusAfterRender = new FocusController(this);
  /** The widget's documents: `this.loadData({args, load, summary})` in a field. */
  protected abstract readonly data: DataSource<T>;

  /** The client given by an enclosing `<ck-feed>`. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  protected contextClient: Client | undefined;

  /** Text of the polite live region. */
  @state() protected announcement = '';

  /** URL prefix of the feed, e.g. `https://feed.example.org/v1`. Not needed inside `<ck-feed>`. */
  @property({ reflect: true }) feed: string | undefined;

  /** A client created by code (`createClient({feed, fetch})`): wins over `feed` and `<ck-feed>`. */
  @property({ attribute: false }) client: Client | undefined;

  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the visitor's system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined;

  override connectedCallback(): void {
    // Before super: connecting sends the context request, which the root must be there to keep.
    ensureContextRoot();
    super.connectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { state, collective } = this.data;
    if (collective !== this.#shown.collective) applyBrand(this, collective?.brand);
    if (state !== this.#shown.state) {
      for (const s of STATES) {
        if (s === state) this.#internals?.states?.add(s);
        else this.#internals?.states?.delete(s);
      }
      if (state !== 'loading') guardContrast(this);
    }
    this.#shown = { state, collective };
  }

  /**
   * The language the widget speaks: its `lang` (or the closest `[lang]`) once its strings
   * are loaded, French until then. Strings, dates and numbers are read in this one.
   */
  get resolvedLang(): Lang {
    return this.localize.lang;
  }

  /** Loads again: what failed is asked of the server again, the rest comes from memory. */
  reload(): void {
    this.data.retry();
  }

  /** The collective (name, time zone, brand, themes), once loaded. */
  protected get collective(): CollectiveResult | undefined {
    return this.data.collective;
  }

  /** The client in use, if any (links built from the feed's URL). */
  protected get activeClient(): Client | undefined {
    const found = this.#findClient();
    return typeof found === 'string' ? undefined : found;
  }

  /** A data controller wired to this widget's client, language and live region. */
  protected loadData<D, A extends readonly unknown[]>(
    options: DataOptions<D, A>,
  ): DataController<D, A> {
    const common = () => this.localize.m().common;
    return new DataController(this, {
      ...options,
      client: () => this.#findClient(),
      // The SDK words in the language asked for (its messages are its own).
      lang: () => this.localize.wanted,
      strings: () => this.localize.ready(),
      errorSentence: () => this.errorSentence(),
      announce: (text) => (this.announcement = text),
      loadedSentence: () => common().loaded,
      noFeedSentence: () => common().noFeed,
    });
  }

  #findClient() {
    return findClient(this, { client: this.client, feed: this.feed, provided: this.contextClient });
  }

  /** The populated or empty state, from the widget's typed data. */
  protected abstract renderContent(data: T): TemplateResult | typeof nothing;

  /** The sentence of the error state ("L’agenda n’a pas pu être chargé."). */
  protected errorSentence(): string {
    return this.localize.m().common.errorTitle;
  }

  /** A skeleton that reserves about the space of the content: no layout shift when it lands. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton skeleton-block" part="skeleton" aria-hidden="true"></div>`;
  }

  #handleRetry = () => {
    // Focus goes back into the widget once loaded, instead of the vanished button.
    this.focusAfterRender.next(
      '[data-focus-after-retry], [part~="retry-button"]',
      () => this.data.state !== 'loading',
    );
    this.reload();
  };

  protected override render(): TemplateResult {
    const m = this.localize.m().common;
    const missingFeed = this.data.error instanceof MissingFeedError;
    const data = this.data.value;
    return renderStates({
      state: this.data.state,
      // The loading state waits for the strings of the language asked for.
      lang: this.data.state === 'loading' ? this.localize.wanted : this.resolvedLang,
      announcement: this.announcement,
      skeleton: () => this.renderSkeleton(),
      content: () => (data === undefined ? nothing : this.renderContent(data)),
      error: {
        sentence: this.errorSentence(),
        hint: missingFeed ? m.noFeed : m.errorHint,
        retry: missingFeed ? undefined : m.retry,
        onRetry: this.#handleRetry,
      },
    });
  }
}

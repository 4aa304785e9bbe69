/**
 * `CkElement`: what every Coalition Kit widget shares.
 * - finds its feed client: the `client` property, else the `feed` attribute (one shared
 *   client per feed URL), else the `<ck-feed>` around it (@lit/context);
 * - loads the collective and the widget's own data, aborting on disconnect and reloading
 *   when re-added (single-page apps);
 * - renders the states loading (skeleton + fallback), error (sentence + retry + fallback),
 *   empty and populated, with a polite live region present from the first render;
 * - fires `ck-load` and `ck-error`; applies the collective's brand colours;
 * - resolves its language: `lang` on the tag, else the closest `[lang]` around it, else French.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Client, CollectiveResult, FeedIssue } from '@coalition-kit/sdk';
import { clientFor } from './clients.js';
import { clientContext, ensureContextRoot } from './context.js';
import { CkErrorEvent, CkLoadEvent } from './events.js';
import { messages, resolveLang, type Lang } from './i18n.js';
import { hostStyles } from './styles.js';
import { applyBrand, guardContrast } from './theme.js';
import { VERSION } from './version.js';

export type LoadState = 'loading' | 'error' | 'empty' | 'populated';

/** What a widget's `loadData()` reports back. */
export interface LoadResult {
  /** Counts for `ck-load`, e.g. `{events: 120}`. */
  counts: Record<string, number>;
  /** Items left out by validation. */
  issues: FeedIssue[];
  /** Nothing to show: the widget renders its empty state. */
  empty: boolean;
  /** Sentence for the live region once loaded ("12 événements trouvés."). */
  announcement?: string;
}

/** The widget is not linked to any feed. */
export class MissingFeedError extends Error {
  override name = 'MissingFeedError';
}

/**
 * Base class of every Coalition Kit widget (not a tag itself): feed client, loading states,
 * language, theming, `ck-load` / `ck-error`. See `src/shared/README.md`.
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
export abstract class CkElement extends LitElement {
  /** Compared by the define guard when a tag is already defined. */
  static version = VERSION;
  static override styles = [hostStyles];

  /** `lang` is the native attribute: observe it to re-render in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Custom states (`:state(loading)`…) for partner CSS; missing in old browsers. */
  readonly #internals: ElementInternals | undefined = this.attachInternals?.();
  #abort: AbortController | undefined;
  #focusAfterLoad = false;

  /** The client given by an enclosing `<ck-feed>`. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  protected contextClient: Client | undefined;

  @state() protected loadState: LoadState = 'loading';
  @state() protected loadError: unknown;
  /** The collective (name, time zone, brand, themes), once loaded. */
  @state() protected collective: CollectiveResult | undefined;
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
    // Re-added by a single-page app: the first load was aborted on removal.
    if (this.hasUpdated) this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      !this.hasUpdated ||
      changed.has('feed') ||
      changed.has('client') ||
      changed.has('contextClient')
    ) {
      this.#load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('collective')) applyBrand(this, this.collective?.brand);
    if (changed.has('loadState')) {
      const states = this.#internals?.states;
      if (states) {
        for (const s of ['loading', 'error', 'empty', 'populated']) {
          if (s === this.loadState) states.add(s);
          else states.delete(s);
        }
      }
      if (this.loadState !== 'loading') guardContrast(this);
      if (this.#focusAfterLoad && this.loadState !== 'loading') {
        this.#focusAfterLoad = false;
        this.focusAfterRetry();
      }
    }
  }

  /** The language the widget speaks. */
  get resolvedLang(): Lang {
    return resolveLang(this);
  }

  /** Loads everything again, asking the server (the retry button). */
  reload(): void {
    this.#activeClient()?.refresh();
    this.#load();
  }

  /** The widget's own documents; runs in parallel with `client.collective()`. */
  protected abstract loadData(client: Client, signal: AbortSignal): Promise<LoadResult>;

  /** The populated or empty state. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  /** The sentence of the error state ("L’agenda n’a pas pu être chargé."). */
  protected errorSentence(): string {
    return messages(this.resolvedLang).common.errorTitle;
  }

  /** A skeleton that reserves about the space of the content: no layout shift when it lands. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton skeleton-block" part="skeleton" aria-hidden="true"></div>`;
  }

  /** After a retry, focus goes back into the widget instead of the vanished button. */
  protected focusAfterRetry(): void {
    this.renderRoot
      .querySelector<HTMLElement>('[data-focus-after-retry], [part~="retry-button"]')
      ?.focus();
  }

  /** The client in use, if any (links built from the feed's URL). */
  protected get activeClient(): Client | undefined {
    try {
      return this.#activeClient();
    } catch {
      return undefined;
    }
  }

  #activeClient(): Client | undefined {
    if (this.client) return this.client;
    if (this.feed) return clientFor(this.feed, this.resolvedLang);
    return this.contextClient;
  }

  /** A `<ck-feed>` around us that is not upgraded yet: its client will come by context. */
  #awaitingProvider(): boolean {
    const provider = this.closest('ck-feed');
    return provider !== null && (!customElements.get('ck-feed') || provider.hasAttribute('src'));
  }

  #load(): void {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    let client: Client | undefined;
    try {
      client = this.#activeClient();
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (!client) {
      if (this.#awaitingProvider()) {
        this.loadState = 'loading';
        return;
      }
      this.#fail(new MissingFeedError(messages(this.resolvedLang).common.noFeed));
      return;
    }
    this.loadState = 'loading';
    const { signal } = abort;
    Promise.all([client.collective({ signal }), this.loadData(client, signal)]).then(
      ([collective, result]) => {
        if (signal.aborted) return;
        this.collective = collective;
        this.loadError = undefined;
        this.loadState = result.empty ? 'empty' : 'populated';
        this.announcement = result.announcement ?? messages(this.resolvedLang).common.loaded;
        this.dispatchEvent(
          new CkLoadEvent({
            counts: result.counts,
            issues: [...collective.issues, ...result.issues],
          }),
        );
      },
      (error: unknown) => {
        if (signal.aborted) return;
        this.#fail(error);
      },
    );
  }

  #fail(error: unknown): void {
    this.loadError = error;
    this.loadState = 'error';
    const message = this.errorSentence();
    this.announcement = '';
    this.dispatchEvent(new CkErrorEvent({ error, message }));
  }

  #handleRetry = () => {
    this.#focusAfterLoad = true;
    this.reload();
  };

  protected renderError(): TemplateResult {
    const m = messages(this.resolvedLang).common;
    const missingFeed = this.loadError instanceof MissingFeedError;
    return html`<div class="error" part="error" role="alert">
      <p><strong>${this.errorSentence()}</strong></p>
      <p>${missingFeed ? m.noFeed : m.errorHint}</p>
      ${
        missingFeed
          ? nothing
          : html`<button
              type="button"
              class="button"
              part="retry-button"
              @click=${this.#handleRetry}
            >
              ${m.retry}
            </button>`
      }
    </div>`;
  }

  protected override render(): TemplateResult {
    const lang = this.resolvedLang;
    const state = this.loadState;
    return html`<div
      part="base"
      class="base state-${state}"
      lang=${lang}
      aria-busy=${state === 'loading' ? 'true' : 'false'}
    >
      ${
        state === 'loading'
          ? html`<div part="fallback"><slot></slot></div>
              ${this.renderSkeleton()}`
          : nothing
      }
      ${
        state === 'error'
          ? html`${this.renderError()}
              <div part="fallback"><slot></slot></div>`
          : nothing
      }
      ${state === 'empty' || state === 'populated' ? this.renderContent() : nothing}
      <div role="status" aria-live="polite" class="visually-hidden" part="status-region">
        ${this.announcement}
      </div>
    </div>`;
  }
}

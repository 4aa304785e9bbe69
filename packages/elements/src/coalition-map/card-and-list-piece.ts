/**
 * The card and the list (`card-and-list.ts`, a chunk of its own) from the element's side: a
 * `LazyPiece` that styles them once there, opens a coalition's card, and sends focus to the
 * card, the list or the retry button once the piece is there or has failed to load.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Catalogue } from '../shared/i18n.js';
import type { DetailsController } from '../shared/list/details.js';
import type { FocusController } from '../shared/focus.js';
import { renderError } from '../shared/states.js';
import type * as CardAndList from './card-and-list.js';
import { LazyPiece } from './lazy-piece.js';

type PieceHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class CardAndListPiece extends LazyPiece<typeof CardAndList> {
  readonly #host: PieceHost;
  readonly #details: DetailsController;
  readonly #focus: FocusController;
  /** Where focus goes back when the card closes. */
  #opener: string | undefined;

  /** `load` imports the module (the element's `loadCardAndList`); `details` holds the open card. */
  constructor(
    host: PieceHost,
    load: () => Promise<typeof CardAndList>,
    details: DetailsController,
    focus: FocusController,
  ) {
    super(host, load, (piece) => {
      if (host.renderRoot instanceof ShadowRoot) piece.styleCardAndList(host.renderRoot);
    });
    this.#host = host;
    this.#details = details;
    this.#focus = focus;
  }

  /** Opens a coalition's card; focus goes to its title, and back to `opener` on close. */
  open(id: string, opener: string): void {
    this.#opener = opener;
    this.#details.open(id);
    this.#loadAndFocus();
  }

  /** Closes the card; focus goes back to where it was opened from. */
  readonly close = () => {
    this.#details.closeAll();
    if (this.#opener) this.#focus.next(this.#opener);
  };

  /**
   * Loads the piece; focus then goes to the card's title once it is there, or to the list's
   * first coalition (a retry in the list), or to the retry button if they failed to load.
   */
  readonly #loadAndFocus = () => {
    this.load();
    const find = (s: string) => this.#host.renderRoot.querySelector<HTMLElement>(s);
    this.#focus.next(
      () =>
        find('[part~="card-title"]') ??
        find('[part~="item-button"]') ??
        find('[part~="retry-button"]'),
      () => !this.loading,
    );
  };

  /**
   * Instead of the card or the list while they load (nothing) or after they failed to (`m`:
   * the shared strings).
   */
  renderMissing(m: Catalogue['common']): TemplateResult | typeof nothing {
    if (!this.failed) return nothing;
    return renderError({
      sentence: m.errorTitle,
      hint: m.errorHint,
      retry: m.retry,
      onRetry: this.#loadAndFocus,
    });
  }
}

/**
 * `PagingController`: a long list shown one page at a time, "show N more" below it; focus
 * lands on the first newly shown item so keyboard users continue from there.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FocusController } from '../focus.js';

export interface PagingOptions {
  /** Items per page (read at each use: an attribute may change it). */
  pageSize: () => number;
  focus: FocusController;
}

export class PagingController {
  readonly #host: ReactiveControllerHost;
  readonly #o: PagingOptions;
  #shown = 0;

  constructor(host: ReactiveControllerHost, options: PagingOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** How many items are shown. */
  get shown(): number {
    return this.#shown || this.#o.pageSize();
  }

  /** Back to the first page (new data, new filters). */
  reset(): void {
    this.#shown = 0;
    this.#host.requestUpdate();
  }

  /** Shows at least `count` items (e.g. every item of a day picked in a grid). */
  showAtLeast(count: number): void {
    this.#shown = Math.max(this.shown, count);
    this.#host.requestUpdate();
  }

  /** The page of `items` to render. */
  visible<T>(items: readonly T[]): T[] {
    return items.slice(0, this.shown);
  }

  /**
   * The "show more" button while items are left, labelled `label(next, left)`; a click shows
   * the next page and focuses `focusOf(firstNewItem)` (a selector).
   */
  renderMore<T>(
    items: readonly T[],
    label: (next: number, left: number) => string,
    focusOf: (item: T) => string,
  ): TemplateResult | undefined {
    const left = items.length - this.shown;
    if (left <= 0) return undefined;
    const more = () => {
      const first = items[this.shown];
      this.#shown = this.shown + this.#o.pageSize();
      if (first !== undefined) this.#o.focus.next(focusOf(first));
      this.#host.requestUpdate();
    };
    return html`<p class="more">
      <button type="button" class="button" part="show-more" @click=${more}>
        ${label(Math.min(this.#o.pageSize(), left), left)}
      </button>
    </p>`;
  }
}

/**
 * `FocusController`: "focus this after the next render", for every widget. Where focus goes
 * after an action (the first new item, an error summary, the thanks) is named before the
 * render that creates it; the controller focuses it once that render is done.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A selector in the widget's shadow root, or a function that finds the element. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

export class FocusController implements ReactiveController {
  readonly #host: FocusHost;
  #target: FocusTarget | undefined;
  #when: (() => boolean) | undefined;

  constructor(host: FocusHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Focuses `target` after the next render; with `when`, after the first render where
   * `when()` holds (e.g. once data arrived). A later call replaces an earlier one.
   */
  next(target: FocusTarget, when?: () => boolean): void {
    this.#target = target;
    this.#when = when;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target;
    if (!target || (this.#when && !this.#when())) return;
    this.#target = this.#when = undefined;
    const el =
      typeof target === 'string'
        ? this.#host.renderRoot.querySelector<HTMLElement>(target)
        : target();
    el?.focus();
  }
}

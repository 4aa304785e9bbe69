/**
 * `IntentController`: runs `onIntent` once, the first time a visitor reaches for the host (a
 * pointer over it, focus in it), so that what the visitor is about to use loads ahead: a page
 * nobody touches loads none of it. Touch sends `pointerover` too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const INTENT = ['pointerover', 'focusin'] as const;

export class IntentController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onIntent: () => void;
  #seen = false;

  constructor(host: ReactiveControllerHost & HTMLElement, onIntent: () => void) {
    this.#host = host;
    this.#onIntent = onIntent;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#seen) return;
    for (const type of INTENT) this.#host.addEventListener(type, this.#reached, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of INTENT) this.#host.removeEventListener(type, this.#reached);
  }

  readonly #reached = () => {
    this.#seen = true;
    this.hostDisconnected();
    this.#onIntent();
  };
}

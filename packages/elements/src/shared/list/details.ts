/**
 * `DetailsController`: list ↔ details. Which items show their details; opening one fires
 * `ck-select` (a visitor's action, never a property set).
 */
import type { ReactiveControllerHost } from 'lit';
import { CkSelectEvent, type CkSelectDetail } from '../events.js';

export class DetailsController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #kind: CkSelectDetail['kind'];
  #open = new Set<string>();

  constructor(host: ReactiveControllerHost & EventTarget, kind: CkSelectDetail['kind']) {
    this.#host = host;
    this.#kind = kind;
  }

  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /** Opens or closes the details of `id`; opening fires `ck-select`. */
  toggle(id: string): void {
    const open = new Set(this.#open);
    if (open.has(id)) open.delete(id);
    else {
      open.add(id);
      this.#host.dispatchEvent(new CkSelectEvent({ id, kind: this.#kind }));
    }
    this.#open = open;
    this.#host.requestUpdate();
  }
}

/**
 * `DetailsController`: list ↔ details. Which items show their details; opening one fires
 * `ck-select` (a visitor's action, never a property set).
 */
import type { ReactiveControllerHost } from 'lit';
import { CkSelectEvent, type CkSelectDetail } from '../events.js';

export interface DetailsOptions {
  /** One item open at a time (a map's card): opening one closes the other. */
  single?: boolean;
}

export class DetailsController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #kind: CkSelectDetail['kind'];
  readonly #single: boolean;
  #open = new Set<string>();

  constructor(
    host: ReactiveControllerHost & EventTarget,
    kind: CkSelectDetail['kind'],
    options: DetailsOptions = {},
  ) {
    this.#host = host;
    this.#kind = kind;
    this.#single = Boolean(options.single);
  }

  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /** The ids open now, in the order they were opened. */
  get opened(): string[] {
    return [...this.#open];
  }

  /** Opens `id` (firing `ck-select`) unless it is open already. */
  open(id: string): void {
    if (!this.#open.has(id)) this.toggle(id);
  }

  /** Closes every item (Escape); no event. */
  closeAll(): void {
    if (!this.#open.size) return;
    this.#open = new Set();
    this.#host.requestUpdate();
  }

  /** Opens or closes the details of `id`; opening fires `ck-select`. */
  toggle(id: string): void {
    const open = new Set(this.#single ? [...this.#open].filter((x) => x === id) : this.#open);
    if (open.has(id)) open.delete(id);
    else {
      open.add(id);
      this.#host.dispatchEvent(new CkSelectEvent({ id, kind: this.#kind }));
    }
    this.#open = open;
    this.#host.requestUpdate();
  }
}

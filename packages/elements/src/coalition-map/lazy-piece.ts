/**
 * A piece of a widget in a chunk of its own (the map's card and list, its gestures): loaded
 * when first needed, or ahead (`load(false)`) when the host sees it is about to be needed. A
 * failed load says so (`failed`) and the next `load()` tries again.
 */
import type { ReactiveControllerHost } from 'lit';

export class LazyPiece<T> {
  readonly #host: ReactiveControllerHost;
  readonly #import: () => Promise<T>;
  readonly #ready: (piece: T) => void;
  #value: T | undefined;
  #loading: Promise<void> | undefined;
  #needed = false;
  /** The last load failed (until the next `load()`). */
  failed = false;

  /** `ready` runs once the piece is there, before the render that uses it (e.g. its styles). */
  constructor(host: ReactiveControllerHost, load: () => Promise<T>, ready: (piece: T) => void) {
    this.#host = host;
    this.#import = load;
    this.#ready = ready;
  }

  get value(): T | undefined {
    return this.#value;
  }

  /**
   * While it loads because it is needed (the host's `updateComplete` waits for it; a load
   * ahead of need does not hold anyone up).
   */
  get loading(): Promise<void> | undefined {
    return this.#needed ? this.#loading : undefined;
  }

  /** Loads it, once; the host renders again when it is there or has failed. */
  load(needed = true): void {
    if (needed) {
      this.failed = false;
      this.#needed = !this.#value;
    }
    if (this.#value || this.#loading) return;
    this.#loading = this.#import()
      .then(
        (piece) => {
          this.#ready(piece);
          this.#value = piece;
        },
        (error: unknown) => {
          this.failed = true;
          console.error('Coalition Kit: could not load part of the widget', error);
        },
      )
      .finally(() => {
        this.#loading = undefined;
        this.#needed = false;
        this.#host.requestUpdate();
      });
  }
}

/**
 * The map's wheel, drag and pinch, in a chunk of their own: loaded when a visitor reaches for
 * the map, or at the first press or wheel on it (then the events that came before are played
 * again). `MapViewController` keeps up front the buttons, the keys, and the check that a press
 * which moved is not a click.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Point } from './geo/projection.js';
import type { MapViewController } from './view.js';

/** Wheel events closer than this belong to one gesture. */
const GESTURE_MS = 150;

/** A point of the page (client px) in viewBox units of `svg`, e.g. to place a pin by click. */
export function clientToMap(svg: SVGSVGElement, clientX: number, clientY: number): Point {
  const ctm = svg.getScreenCTM();
  if (!ctm) return { x: 0, y: 0 };
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  return { x: p.x, y: p.y };
}

export class MapGestures {
  readonly #view: MapViewController;
  readonly #host: ReactiveControllerHost;
  readonly #notch: number;
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #gestureEnd = 0;
  #wheelTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `notch`: the zoom of one wheel notch, the buttons' step (given: a value imported from the
   * widget's chunk would cost it a facade of its own in the CDN build).
   */
  constructor(view: MapViewController, host: ReactiveControllerHost, notch: number) {
    this.#view = view;
    this.#host = host;
    this.#notch = notch;
  }

  /** Is a wheel, drag or pinch under way? */
  get gesturing(): boolean {
    return this.#view.dragged && this.#pointers.size > 0
      ? true
      : performance.now() < this.#gestureEnd;
  }

  /** One wheel or pointer event on `svg` (`dragged` already says whether the press moved). */
  handle(e: Event, svg: SVGSVGElement): void {
    if (e.type === 'wheel') this.#onWheel(e as WheelEvent, svg);
    else if (e.type === 'pointerdown') this.#onDown(e as PointerEvent);
    else if (e.type === 'pointermove') this.#onMove(e as PointerEvent, svg);
    else this.#onUp(e as PointerEvent);
  }

  #onWheel(e: WheelEvent, svg: SVGSVGElement): void {
    e.preventDefault();
    // One notch (100 px) is one step; trackpads send many small deltas.
    const px = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaY;
    // A burst of wheel events is one gesture; when it ends, render once more, exactly.
    this.#gestureEnd = performance.now() + GESTURE_MS;
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => this.#host.requestUpdate(), GESTURE_MS);
    this.#view.zoomBy(this.#notch ** (-px / 100), clientToMap(svg, e.clientX, e.clientY), false);
  }

  #onDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
  }

  #onMove(e: PointerEvent, svg: SVGSVGElement): void {
    const last = this.#pointers.get(e.pointerId);
    // Within the drag threshold, the press may still be a click: the map stays.
    if (!last || !this.#view.dragged) return;
    if (!svg.hasPointerCapture(e.pointerId)) capture(svg, e.pointerId);
    const others = [...this.#pointers].filter(([id]) => id !== e.pointerId);
    const now = { x: e.clientX, y: e.clientY };
    this.#pointers.set(e.pointerId, now);
    const other = others[0]?.[1];
    if (other) {
      // Pinch: zoom by the change of distance, about the midpoint.
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(now.x - other.x, now.y - other.y);
      if (before > 0) {
        const mid = clientToMap(svg, (now.x + other.x) / 2, (now.y + other.y) / 2);
        this.#view.zoomBy(after / before, mid, false);
      }
      return;
    }
    const a = clientToMap(svg, last.x, last.y);
    const b = clientToMap(svg, now.x, now.y);
    const v = this.#view.view;
    this.#view.show({ ...v, x: v.x - (b.x - a.x), y: v.y - (b.y - a.y) }, false);
  }

  #onUp(e: PointerEvent): void {
    this.#pointers.delete(e.pointerId);
    if (!this.#pointers.size && this.#view.dragged) this.#host.requestUpdate();
  }
}

/** Moves keep reaching the map outside it; a pointer already gone (events played again) cannot be held. */
function capture(svg: SVGSVGElement, pointerId: number): void {
  try {
    svg.setPointerCapture(pointerId);
  } catch {
    // NotFoundError: that pointer is no longer active.
  }
}

/**
 * `MapViewController`: which part of the base map is shown, as the SVG `viewBox` (no style
 * binding: strict CSP). Zoom and pan by buttons, keys, wheel, drag and pinch; fit to points;
 * reset. Moves are animated unless the visitor prefers reduced motion. The wheel, drag and
 * pinch load on first use (`gestures.ts`); whether a press moved is known up front.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VIEW_BOX } from './geo/france-regions.js';
import type { Point } from './geo/projection.js';
import type { Box } from './geo/types.js';
import type * as Gestures from './gestures.js';
import { LazyPiece } from './lazy-piece.js';

export const MAX_ZOOM = 64;
/** One button press or key: ×1.5 (two presses ≈ one octave and a bit). */
export const ZOOM_STEP = 1.5;
/** One pan press: a fifth of the view. */
export const PAN_STEP = 0.2;
/** A fit never zooms past this (one place should not fill the map). */
const FIT_MAX_ZOOM = 8;
const ANIMATION_MS = 200;
/** A press that moved less than this (CSS px) is a click, not a drag. */
const DRAG_SLOP = 4;
/** What a press or a wheel on the map may be (one listener each). */
const GESTURE_EVENTS = ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'pointercancel'];

export interface MapViewOptions {
  /** Called after each change of the view (e.g. to announce it). */
  onChange?: (view: Box) => void;
  /** The wheel, drag and pinch code (default: its own chunk, `gestures.ts`). */
  gestures?: () => Promise<typeof Gestures>;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** `view` kept inside the map, at a zoom between 1 and MAX_ZOOM, with the map's aspect. */
export function clampView(view: Box): Box {
  const w = clamp(view.w, VIEW_BOX.w / MAX_ZOOM, VIEW_BOX.w);
  const h = (w * VIEW_BOX.h) / VIEW_BOX.w;
  const cx = view.x + view.w / 2;
  const cy = view.y + view.h / 2;
  return {
    x: clamp(cx - w / 2, VIEW_BOX.x, VIEW_BOX.x + VIEW_BOX.w - w),
    y: clamp(cy - h / 2, VIEW_BOX.y, VIEW_BOX.y + VIEW_BOX.h - h),
    w,
    h,
  };
}

/** The view that shows every point with a margin (the whole map for none). */
export function fitView(points: readonly Point[], margin = 0.15): Box {
  if (!points.length) return { ...VIEW_BOX };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  const aspect = VIEW_BOX.w / VIEW_BOX.h;
  let w = Math.max((x1 - x0) * (1 + 2 * margin), VIEW_BOX.w / FIT_MAX_ZOOM);
  let h = Math.max((y1 - y0) * (1 + 2 * margin), VIEW_BOX.h / FIT_MAX_ZOOM);
  if (w / h > aspect) h = w / aspect;
  else w = h * aspect;
  return clampView({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h });
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class MapViewController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: MapViewOptions;
  #view: Box = { ...VIEW_BOX };
  #home: Box = { ...VIEW_BOX };
  #frame = 0;
  #svg: SVGSVGElement | undefined;
  /** The `pointerdown` of the press under way. */
  #pressedAt: PointerEvent | undefined;
  #dragged = false;
  #width = 0;
  #gestures: Gestures.MapGestures | undefined;
  /** The events on the map while the gesture code loads, played again when it is there. */
  #early: Event[] = [];
  readonly #gestureCode: LazyPiece<typeof Gestures>;
  readonly #resize =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(([entry]) => {
          const width = entry?.contentRect.width ?? 0;
          if (Math.abs(width - this.#width) < 1) return;
          this.#width = width;
          this.#host.requestUpdate();
        })
      : undefined;

  constructor(host: ReactiveControllerHost, options: MapViewOptions = {}) {
    this.#host = host;
    this.#o = options;
    this.#gestureCode = new LazyPiece(
      host,
      options.gestures ?? (() => import('./gestures.js')),
      ({ MapGestures }) => {
        const gestures = new MapGestures(this, host, ZOOM_STEP);
        const svg = this.#svg;
        if (svg) for (const e of this.#early) gestures.handle(e, svg);
        this.#early = [];
        this.#gestures = gestures;
      },
    );
    host.addController(this);
  }

  /**
   * Asks for the wheel, drag and pinch code ahead of need (a visitor reaching for the map);
   * else it loads at the first press or wheel on the map.
   */
  loadGestures(): void {
    this.#gestureCode.load(false);
  }

  /** While the gesture code loads for a gesture begun (the host's `updateComplete` may wait). */
  get loading(): Promise<void> | undefined {
    return this.#gestureCode.loading;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.attach(undefined);
  }

  /** The part of the map shown, in viewBox units. */
  get view(): Box {
    return this.#view;
  }

  /** For `<svg viewBox=${…}>`. */
  get viewBox(): string {
    const { x, y, w, h } = this.#view;
    return `${round(x)} ${round(y)} ${round(w)} ${round(h)}`;
  }

  /** 1 for the whole map, up to MAX_ZOOM. */
  get zoom(): number {
    return VIEW_BOX.w / this.#view.w;
  }

  /** CSS px per viewBox unit (marks divide by it to keep their size on screen). */
  get pxPerUnit(): number {
    const width = this.#width || VIEW_BOX.w;
    return width / this.#view.w;
  }

  get canZoomIn(): boolean {
    return this.zoom < MAX_ZOOM - 1e-9;
  }

  get canZoomOut(): boolean {
    return this.zoom > 1 + 1e-9;
  }

  /** Is a wheel, drag or pinch under way? (Marks may then lag a level behind.) */
  get gesturing(): boolean {
    return this.#gestures?.gesturing ?? false;
  }

  /** Did the last press move the map? Then its click is not a choice. */
  get dragged(): boolean {
    return this.#dragged;
  }

  /** Shows `view` (clamped); animated unless `animate` is false or motion is reduced. */
  show(view: Box, animate = true): void {
    const target = clampView(view);
    cancelAnimationFrame(this.#frame);
    if (!animate || prefersReducedMotion()) return this.#set(target);
    const from = this.#view;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ANIMATION_MS);
      const e = 1 - (1 - t) ** 3;
      // Interpolate the width geometrically so zooming feels even.
      const w = from.w * (target.w / from.w) ** e;
      const cx = lerp(from.x + from.w / 2, target.x + target.w / 2, e);
      const cy = lerp(from.y + from.h / 2, target.y + target.h / 2, e);
      const h = (w * VIEW_BOX.h) / VIEW_BOX.w;
      this.#set(t < 1 ? { x: cx - w / 2, y: cy - h / 2, w, h } : target);
      if (t < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  /** Zooms by `factor` (>1: in) keeping `at` (default: the centre) in place. */
  zoomBy(factor: number, at?: Point, animate = true): void {
    const v = this.#view;
    const p = at ?? { x: v.x + v.w / 2, y: v.y + v.h / 2 };
    const w = v.w / factor;
    const h = v.h / factor;
    this.show({ x: p.x - (p.x - v.x) / factor, y: p.y - (p.y - v.y) / factor, w, h }, animate);
  }

  /** Pans by fractions of the view (`dx` = 1: one view width to the east). */
  panBy(dx: number, dy: number, animate = true): void {
    const v = this.#view;
    this.show({ ...v, x: v.x + dx * v.w, y: v.y + dy * v.h }, animate);
  }

  /** Shows every point; this becomes the view "reset" returns to. */
  fit(points: readonly Point[], animate = false): void {
    this.#home = fitView(points);
    this.show(this.#home, animate);
  }

  /** Back to the view of the last fit (the data on load). */
  reset(): void {
    this.show(this.#home);
  }

  /** +, −, arrows (and 0 for reset); zooms keep `at` in place (a focused mark). True when used. */
  handleKey(e: KeyboardEvent, at?: Point): boolean {
    const keys: Record<string, () => void> = {
      '+': () => this.zoomBy(ZOOM_STEP, at),
      '=': () => this.zoomBy(ZOOM_STEP, at),
      '-': () => this.zoomBy(1 / ZOOM_STEP, at),
      '−': () => this.zoomBy(1 / ZOOM_STEP, at),
      _: () => this.zoomBy(1 / ZOOM_STEP, at),
      '0': () => this.reset(),
      ArrowLeft: () => this.panBy(-PAN_STEP, 0),
      ArrowRight: () => this.panBy(PAN_STEP, 0),
      ArrowUp: () => this.panBy(0, -PAN_STEP),
      ArrowDown: () => this.panBy(0, PAN_STEP),
    };
    const action = e.ctrlKey || e.metaKey || e.altKey ? undefined : keys[e.key];
    if (!action) return false;
    e.preventDefault();
    action();
    return true;
  }

  /** Listens to wheel, drag and pinch on `svg` (undefined: stops). */
  attach(svg: SVGSVGElement | undefined): void {
    if (svg === this.#svg) return;
    for (const type of GESTURE_EVENTS) this.#svg?.removeEventListener(type, this.#onGesture);
    this.#resize?.disconnect();
    this.#svg = svg;
    // The last width is kept while the map is hidden (list view): marks keep their size.
    if (svg) {
      this.#width = svg.getBoundingClientRect().width || this.#width;
      this.#resize?.observe(svg);
    }
    for (const type of GESTURE_EVENTS)
      svg?.addEventListener(type, this.#onGesture, { passive: type !== 'wheel' });
  }

  #set(view: Box): void {
    this.#view = view;
    this.#host.requestUpdate();
    this.#o.onChange?.(view);
  }

  /**
   * Every wheel and pointer event on the map: whether the press moved (then its click is not a
   * choice, gesture code or not), then the gesture, or its code asked for and the event kept.
   */
  #onGesture = (e: Event) => {
    const p = e as PointerEvent;
    const start = this.#pressedAt;
    if (e.type === 'pointerdown') {
      // A second finger (a pinch) goes on with the first one's press.
      if (p.isPrimary) [this.#pressedAt, this.#dragged] = [p, false];
    } else if (e.type === 'pointermove') {
      if (start && Math.hypot(p.clientX - start.clientX, p.clientY - start.clientY) >= DRAG_SLOP)
        this.#dragged = true;
    } else if (e.type !== 'wheel') this.#pressedAt = undefined;
    const svg = this.#svg;
    if (this.#gestures && svg) return this.#gestures.handle(e, svg);
    const code = this.#gestureCode;
    // After a failed load, the wheel scrolls the page; the next press tries again.
    if (e.type === 'pointerdown' || (e.type === 'wheel' && !code.failed)) {
      if (!code.loading) this.#early = [];
      code.load();
    }
    if (!code.loading) return;
    if (e.type === 'wheel') e.preventDefault();
    this.#early.push(e);
  };
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const round = (n: number) => Math.round(n * 100) / 100;

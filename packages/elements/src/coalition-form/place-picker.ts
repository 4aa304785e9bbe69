/**
 * The small map where the declarants place their coalition: a click, or the keyboard (the
 * arrows move a cursor, Enter or Space places the point), gives `geo` through the base map
 * projection's inverse, and the region under it. It draws the base map itself from
 * `coalition-map/geo/` until the coalition map's reusable base map can take its place. The
 * cursor's moves and the region under a point (`started.ts`) load once the visitor has
 * started: a key or click waits for them.
 */
import { html, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { INSETS, REGIONS, VIEW_BOX } from '../coalition-map/geo/france-regions.js';
import { invert, type LatLon } from '../coalition-map/geo/projection.js';
import type { Region } from '../coalition-map/geo/types.js';
import type { Lang } from '../shared/i18n.js';
import { loadStarted } from './first-use.js';
import type * as Started from './started.js';

/** A point of the map, in viewBox units. */
export interface Point {
  x: number;
  y: number;
}

/** A placed point: where it is on the globe and on the map, and its region when on land. */
export interface Place {
  geo: LatLon;
  x: number;
  y: number;
  region: Region | undefined;
}

export interface PickerMessages {
  mapLabel: string;
  mapHint: string;
  cursorAt: (region: string | undefined) => string;
  placedAt: (region: string | undefined, lat: string, lon: string) => string;
  outside: string;
  /** The same, when an earlier point stays placed. */
  outsideKept: string;
  noPoint: string;
  removePoint: string;
}

export interface PickerOptions {
  /** Called with each sentence for the live region. */
  announce: (text: string) => void;
  /** The point was placed (or removed). */
  onChange: (place: Place | undefined) => void;
  lang: () => Lang;
  /** The geometry could not be loaded (offline): the form says so. */
  unavailable: () => void;
}

const START = { x: 580, y: 400 };

/** Four decimals: about 10 m, plenty for a coalition's place. */
const round = (n: number) => Math.round(n * 1e4) / 1e4;

export const regionName = (region: Region | undefined, lang: Lang) =>
  region && (lang === 'en' ? region.nameEn : region.name);

export class PlacePicker {
  place: Place | undefined;
  #cursor = { ...START };
  /** What the last key or click waits for: the host waits for it in `updateComplete`. */
  settled: Promise<unknown> = Promise.resolve();
  readonly #host: ReactiveControllerHost;
  readonly #o: PickerOptions;

  constructor(host: ReactiveControllerHost, options: PickerOptions) {
    this.#host = host;
    this.#o = options;
  }

  clear(): void {
    this.place = undefined;
    this.#cursor = { ...START };
    this.#host.requestUpdate();
  }

  /** Runs `action` once the geometry is there. */
  #then(action: (p: typeof Started) => void): void {
    this.settled = loadStarted().then(action, this.#o.unavailable);
  }

  /** Places the point at `x, y` (viewBox units); outside every frame, nothing is placed. */
  #placeAt(p: typeof Started, x: number, y: number, m: PickerMessages): void {
    this.#cursor = { x, y };
    const found = invert(x, y);
    if (found) {
      const geo = { lat: round(found.lat), lon: round(found.lon) };
      this.place = { geo, x, y, region: p.regionAt(x, y) };
      this.#o.announce(this.#describe(m));
      this.#o.onChange(this.place);
    } else this.#o.announce(this.place ? m.outsideKept : m.outside);
    this.#host.requestUpdate();
  }

  #describe(m: PickerMessages): string {
    const p = this.place;
    if (!p) return m.noPoint;
    const lang = this.#o.lang();
    const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
    return m.placedAt(regionName(p.region, lang), n.format(p.geo.lat), n.format(p.geo.lon));
  }

  /**
   * Focus goes to the map, the first child of the button's box (the button goes away with the
   * point): the place to put another.
   */
  #remove = (m: PickerMessages, button: HTMLElement) => {
    (button.parentElement!.firstElementChild as HTMLElement).focus();
    this.place = undefined;
    this.#o.announce(m.noPoint);
    this.#o.onChange(undefined);
    this.#host.requestUpdate();
  };

  #handleKey = (event: KeyboardEvent, m: PickerMessages) => {
    const { key, shiftKey } = event;
    const arrow = /^Arrow(Left|Right|Up|Down)$/.test(key);
    if (!arrow && key !== 'Enter' && key !== ' ') return;
    // Enter would otherwise submit the form, the arrows scroll the page.
    event.preventDefault();
    this.#then((p) => {
      if (!arrow) return this.#placeAt(p, this.#cursor.x, this.#cursor.y, m);
      const c = (this.#cursor = p.moved(this.#cursor, key, shiftKey));
      this.#o.announce(m.cursorAt(regionName(p.regionAt(c.x, c.y), this.#o.lang())));
      this.#host.requestUpdate();
    });
  };

  #handleClick = (event: MouseEvent, m: PickerMessages) => {
    const svgEl = event.currentTarget as SVGSVGElement;
    const matrix = svgEl.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    this.#then((p) => this.#placeAt(p, point.x, point.y, m));
  };

  render(m: PickerMessages, describedBy: string): TemplateResult {
    const { x, y, w, h } = VIEW_BOX;
    const p = this.place;
    const chosen = p?.region;
    const c = this.#cursor;
    return html`<div>
      <div
        class="map"
        part="map"
        id="map"
        tabindex="0"
        role="application"
        aria-label=${m.mapLabel}
        aria-describedby="map-hint map-chosen ${describedBy}"
        @keydown=${(e: KeyboardEvent) => this.#handleKey(e, m)}
      >
        <svg
          viewBox="${x} ${y} ${w} ${h}"
          aria-hidden="true"
          @click=${(e: MouseEvent) => this.#handleClick(e, m)}
        >
          ${INSETS.map(
            (f) =>
              svg`<rect class="inset" x=${f.box.x} y=${f.box.y} width=${f.box.w} height=${f.box.h}></rect>`,
          )}
          ${REGIONS.map(
            (r) => svg`<path class="region ${r === chosen ? 'chosen' : ''}" d=${r.d}></path>`,
          )}
          <g class="cursor">
            <circle cx=${c.x} cy=${c.y} r="14"></circle>
            <path d="M${c.x - 22} ${c.y}h44M${c.x} ${c.y - 22}v44"></path>
          </g>
          ${p ? svg`<circle class="marker" cx=${p.x} cy=${p.y} r="9"></circle>` : nothing}
        </svg>
      </div>
      <p class="hint" id="map-hint">${m.mapHint}</p>
      <p id="map-chosen" part="map-chosen">${this.#describe(m)}</p>
      ${
        p
          ? html`<button
              type="button"
              class="button"
              part="remove-point-button"
              @click=${(e: Event) => this.#remove(m, e.currentTarget as HTMLElement)}
            >
              ${m.removePoint}
            </button>`
          : nothing
      }
    </div>`;
  }
}
